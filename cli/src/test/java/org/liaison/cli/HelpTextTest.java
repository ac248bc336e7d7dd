package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help and the usage errors, word for word: each command's {@code --help} and {@code help
 * COMMAND} print {@code help/COMMAND.txt}, and each usage error of {@code help/usage-errors.txt}
 * prints its message with its exit status. The files are what the jar printed when the commands
 * were declared with picocli's annotations, so that a change of how the commands are declared
 * changes no byte of what a user sees.
 */
class HelpTextTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Liaison.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HelpTextTest.class.getResourceAsStream("/help/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String lines(String text) {
    return text.replace("\r\n", "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "export", "plugins", "codes", "schema", "help"})
  void subcommandHelp_printsTheGoldenText(String command) throws IOException {
    String expected = resource(command + ".txt");
    for (String[] args :
        List.of(
            new String[] {command, "--help"},
            new String[] {command, "-h"},
            new String[] {"help", command})) {
      Run run = run(args);

      assertThat(lines(run.out())).as(String.join(" ", args)).isEqualTo(expected);
      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void rootHelp_printsTheGoldenText(String arg) throws IOException {
    Run run = run(arg);

    assertThat(lines(run.out())).isEqualTo(resource("liaison.txt"));
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
  }

  /** Each block of {@code usage-errors.txt}: {@code $ liaison ARGS}, the message, the status. */
  static Stream<List<String>> usageErrors() throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    for (String line : lines(resource("usage-errors.txt")).split("\n")) {
      if (line.startsWith("$ liaison")) {
        blocks.add(new ArrayList<>());
      }
      blocks.get(blocks.size() - 1).add(line);
    }
    return blocks.stream();
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageError_printsTheGoldenMessageAndStatus(List<String> block) {
    String command = block.get(0).substring("$ liaison".length()).strip();
    String[] args = command.isEmpty() ? new String[0] : command.split(" ");
    String message = String.join("\n", block.subList(1, block.size() - 1)) + "\n";
    String status = block.get(block.size() - 1);

    Run run = run(args);

    assertThat(lines(run.err())).as(command).isEqualTo(message);
    assertThat(run.out()).isEmpty();
    assertThat("[exit " + run.status() + "]").isEqualTo(status);
  }

  @Test
  void pathThatIsNoPath_isAUsageErrorInPicocliWords() {
    Run positional = run("validate", "a\0b");
    Run option = run("validate", "--plugin-path", "p\0", "x");

    assertThat(positional.err())
        .isEqualTo(
            "liaison: Invalid value for positional parameter at index 0..* (PATH): cannot convert"
                + " 'a\0b' to interface java.nio.file.Path (java.nio.file.InvalidPathException: Nul"
                + " character not allowed: a\0b)\nRun 'liaison validate --help' for usage.\n");
    assertThat(positional.status()).isEqualTo(2);
    assertThat(option.err())
        .isEqualTo(
            "liaison: Invalid value for option '--plugin-path' (PATH): cannot convert 'p\0' to"
                + " interface java.nio.file.Path (java.nio.file.InvalidPathException: Nul"
                + " character not allowed: p\0)\nRun 'liaison validate --help' for usage.\n");
  }
}
