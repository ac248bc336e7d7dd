package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell command of README.md, run as written with the built jar, in a scratch copy of the
 * repository's layout ({@code cli/target/liaison.jar}, {@code examples/}, {@code docs/}): each
 * {@code console} transcript is replayed in one shell and its output compared line for line; each
 * command of a {@code sh} block and each {@code java -jar …} in the text is run and must succeed. A
 * YAML block introduced by "Save this as `NAME`" is written to NAME first. The Maven and npm
 * commands build and test this repository itself: {@code .ci/run} runs them. The CI snippets are
 * {@link CiSnippetsIT}'s and the Java snippet {@link ReadmeSnippetTest}'s.
 */
class ReadmeCommandsIT {
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\n");
  private static final Pattern SAVE_AS = Pattern.compile("Save this as `([^`]+)`:\\z");
  private static final Pattern INLINE =
      Pattern.compile("`(java -jar cli/target/liaison\\.jar [^`]+)`");

  /** Commands that build or test this repository: run by {@code .ci/run}, not from a test. */
  private static final Map<String, String> BUILD_COMMANDS =
      Map.of(
          "./mvnw -B -Dquick package -DskipTests", "the quick-start build",
          "./mvnw -B verify", "the full test run",
          "(cd plugins/src/test/node && npm ci --no-audit --no-fund)",
              "the Mermaid parser's install",
          "(cd io/src/test/node && npm ci --no-audit --no-fund)",
              "the parser test suites' install");

  @TempDir static Path work;

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  private static void setUpWorkspace() throws IOException {
    Files.createDirectories(work.resolve("cli/target"));
    Files.copy(
        Path.of(System.getProperty("liaison.jar", "target/liaison.jar")),
        work.resolve("cli/target/liaison.jar"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(work.resolve("docs"));
    Files.createDirectories(work.resolve("examples"));
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(
            f,
            work.resolve("examples").resolve(f.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @TestFactory
  List<DynamicTest> readme_everyCommandRunsAsWrittenAndPrintsWhatIsShown() throws IOException {
    setUpWorkspace();
    String readme = readme();
    String beforeCi = readme.substring(0, readme.indexOf("## In CI"));
    String rest = readme.substring(readme.indexOf("## Completion"), readme.indexOf("## From Java"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String part : List.of(beforeCi, rest)) {
      Matcher m = BLOCK.matcher(part);
      while (m.find()) {
        String kind = m.group(1);
        String body = m.group(2);
        Matcher save = SAVE_AS.matcher(part.substring(0, m.start()).stripTrailing());
        if (kind.equals("yaml") && save.find()) {
          Files.writeString(work.resolve(save.group(1)), body);
        } else if (kind.equals("console")) {
          tests.add(
              DynamicTest.dynamicTest(
                  "console: " + body.lines().findFirst().orElse(""), () -> replay(body)));
        } else if (kind.equals("sh")) {
          for (String line :
              body.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
            tests.add(DynamicTest.dynamicTest("sh: " + line, () -> runCommand(line)));
          }
        }
      }
      Matcher inline = INLINE.matcher(BLOCK.matcher(part).replaceAll(""));
      while (inline.find()) {
        String command = inline.group(1);
        tests.add(DynamicTest.dynamicTest("text: " + command, () -> runInline(command)));
      }
    }
    assertThat(tests).as("the README's commands").hasSizeGreaterThanOrEqualTo(6);
    return tests;
  }

  /** Runs a transcript's commands in one shell; each prints exactly the lines shown under it. */
  private static void replay(String transcript) throws Exception {
    List<String> commands = new ArrayList<>();
    List<List<String>> shown = new ArrayList<>();
    for (String line : transcript.lines().toList()) {
      if (line.startsWith("$ ")) {
        commands.add(line.substring(2));
        shown.add(new ArrayList<>());
      } else {
        shown.get(shown.size() - 1).add(line);
      }
    }
    StringBuilder script = new StringBuilder();
    for (int k = 0; k < commands.size(); k++) {
      script
          .append(commands.get(k))
          .append(" 2>&1; s=$?; echo '<<<")
          .append(k)
          .append(">>>'; (exit $s)\n");
    }
    String out = bash(script.toString()).output();
    String[] printed = out.split("<<<\\d+>>>\\n", -1);
    for (int k = 0; k < commands.size(); k++) {
      assertThat(printed[k].lines().toList())
          .as("what `%s` prints", commands.get(k))
          .containsExactlyElementsOf(shown.get(k));
    }
  }

  private static void runCommand(String line) throws Exception {
    if (BUILD_COMMANDS.containsKey(line)) {
      assumeTrue(
          false,
          "`"
              + line
              + "` is "
              + BUILD_COMMANDS.get(line)
              + " of this repository,"
              + " run by .ci/run");
    }
    if (line.contains("| dot ")) {
      assumeTrue(bash("command -v dot").status() == 0, "Graphviz `dot` is not on the PATH");
    }
    Result r = bash(line);
    assertThat(r.status()).as(line + "\n" + r.output()).isZero();
    if (line.contains("-o docs/network.svg")) {
      assertThat(work.resolve("docs/network.svg")).content().contains("<svg");
    }
  }

  private static void runInline(String command) throws Exception {
    Result r = bash(command);
    assertThat(r.status()).as(command + "\n" + r.output()).isZero();
    if (command.contains("--format mermaid")) {
      String readme = readme();
      int start = readme.indexOf("```mermaid\n") + "```mermaid\n".length();
      assertThat(r.output()).isEqualTo(readme.substring(start, readme.indexOf("```", start)));
    }
  }

  record Result(int status, String output) {}

  private static Result bash(String script) throws Exception {
    Process p =
        new ProcessBuilder("bash", "-c", script)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }
}
