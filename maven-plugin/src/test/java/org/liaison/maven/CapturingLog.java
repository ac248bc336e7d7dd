package org.liaison.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps its lines, each prefixed with its level as Maven prints it. */
final class CapturingLog extends SystemStreamLog {
  final List<String> lines = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    lines.add("[INFO] " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("[WARNING] " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("[ERROR] " + content);
  }

  String text() {
    return String.join("\n", lines);
  }
}
