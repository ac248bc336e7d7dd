package org.liaison.plugins.exporters.graph;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Lists, at the end of a test run, the checks that were skipped and why: the checks of the {@code
 * dot} and {@code mermaid} exports need Graphviz and Node.js, and without them they are skipped
 * rather than failed; this makes the skip and what to install visible at the end of Maven's output
 * instead of one line among many. Registered in {@code META-INF/services}.
 */
public final class SkippedChecks implements TestExecutionListener {
  private final List<String> skipped = new ArrayList<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    skipped.add(test.getDisplayName() + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      skipped.add(
          test.getDisplayName()
              + ": "
              + result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (skipped.isEmpty()) {
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println();
    out.println("Skipped checks (" + skipped.size() + "): these tests did not run");
    skipped.forEach(s -> out.println("  " + s));
    out.println();
  }
}
