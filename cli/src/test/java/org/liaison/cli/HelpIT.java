package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.cli.LiaisonIT.liaison;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.cli.LiaisonIT.Run;

/**
 * Every {@code --help}, rendered by the jar at 80 columns, reads as picocli wraps it: no line past
 * 80 columns, no sentence broken by hand before the next word would have fitted, and every command
 * summary in {@code liaison --help} a whole sentence.
 */
class HelpIT {
  private static final int WIDTH = 80;

  /** The longest line picocli makes when it wraps text at {@link #WIDTH} columns. */
  private static final int WRAP = WIDTH - 1;

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "export", "plugins", "schema", "codes", "help"})
  void help_isWrappedByPicocliWithNoSentenceCut(String command) throws Exception {
    List<String> args = new ArrayList<>();
    if (!command.isEmpty()) {
      args.add(command);
    }
    args.add("--help");
    Run run = liaison(Path.of("."), args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();

    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      softly
          .assertThat(line.length())
          .as("line %d is within %d columns: %s", i + 1, WIDTH, line)
          .isLessThanOrEqualTo(WIDTH);
      if (i + 1 < lines.size() && continues(line, lines.get(i + 1))) {
        String next = lines.get(i + 1).strip();
        String word = next.split(" ")[0];
        softly
            .assertThat(line.length() + 1 + word.length())
            .as("`%s` would have fitted at the end of line %d: %s", word, i + 1, line)
            .isGreaterThan(WRAP);
      }
    }
    for (String summary : commandSummaries(lines)) {
      softly.assertThat(summary).as("a command summary is a whole sentence").endsWith(".");
    }
    softly.assertAll();
  }

  /**
   * Whether {@code next} goes on with the sentence of {@code line}: same indent, no column layout,
   * and {@code line} does not end a sentence.
   */
  private static boolean continues(String line, String next) {
    return !line.isBlank()
        && !next.isBlank()
        && indent(line) == indent(next)
        && !line.endsWith(".")
        && !line.endsWith(":")
        && !line.startsWith("Usage:")
        && !next.startsWith("Usage:")
        && !next.strip().startsWith("-")
        && !next.strip().contains("  ");
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  /** The summaries under "Commands:", each with its wrapped lines joined. */
  private static List<String> commandSummaries(List<String> lines) {
    List<String> summaries = new ArrayList<>();
    int start = lines.indexOf("Commands:");
    if (start < 0) {
      return summaries;
    }
    for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String line = lines.get(i);
      if (indent(line) == 2) {
        summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
      } else {
        int last = summaries.size() - 1;
        summaries.set(last, summaries.get(last) + " " + line.strip());
      }
    }
    return summaries;
  }
}
