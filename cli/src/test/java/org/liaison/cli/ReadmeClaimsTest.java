package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.model.Id;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What README.md says about modules, options, exit statuses and ids, checked against the code. */
class ReadmeClaimsTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  private static String section(String text, String heading) {
    int start = text.indexOf("\n## " + heading);
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = text.indexOf("\n## ", start + 4);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  @Test
  void modulesTable_namesEveryModuleOfTheBuildWithItsArtifact() throws IOException {
    // given the modules of the parent pom, each with its artifactId
    String parent = Files.readString(Path.of("../pom.xml"));
    Map<String, String> modules = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
    while (m.find()) {
      String pom = Files.readString(Path.of("..", m.group(1), "pom.xml"));
      String withoutParent = pom.replaceFirst("(?s)<parent>.*?</parent>", "");
      Matcher a = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(withoutParent);
      assertThat(a.find()).isTrue();
      modules.put(m.group(1), a.group(1));
    }

    // when the README's table is read
    Map<String, String> table = new LinkedHashMap<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `([^`]+)` \\| `([^`]+)` \\|")
            .matcher(section(readme(), "Modules"));
    while (row.find()) {
      table.put(row.group(1), row.group(2));
    }

    // then
    assertThat(table).containsExactlyInAnyOrderEntriesOf(modules);
  }

  @Test
  void commandSynopsis_namesEveryCommandAndEveryOption() throws IOException {
    String synopsis = section(readme(), "The command line");
    synopsis =
        synopsis.substring(
            synopsis.indexOf("```\n") + 4,
            synopsis.indexOf("\n```", synopsis.indexOf("```\n") + 4));
    CommandLine cli =
        Liaison.commandLine(
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            Liaison.SUBCOMMANDS);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue;
      }
      String block = usageOf(synopsis, sub.getKey());
      if (block == null) {
        missing.add(sub.getKey());
        continue;
      }
      CommandSpec spec = sub.getValue().getCommandSpec();
      for (OptionSpec o : spec.options()) {
        String shown = (o.required() ? " " : "[") + o.longestName();
        if (!o.usageHelp() && !o.versionHelp() && !block.contains(shown)) {
          missing.add(sub.getKey() + " " + o.longestName());
        }
      }
    }
    assertThat(missing).as("commands and options missing from README's synopsis").isEmpty();
  }

  /** The lines of the synopsis from {@code liaison NAME} to the next command. */
  private static String usageOf(String synopsis, String name) {
    int start = synopsis.indexOf("liaison " + name + " ");
    if (start < 0) {
      return null;
    }
    int next = synopsis.indexOf("\nliaison ", start);
    return synopsis.substring(start, next < 0 ? synopsis.length() : next);
  }

  @Test
  void exitStatusTable_isInTheOrderTheyApply() throws IOException {
    Matcher row =
        Pattern.compile("(?m)^\\| (\\d) \\| ").matcher(section(readme(), "The command line"));
    List<Integer> statuses = new ArrayList<>();
    while (row.find()) {
      statuses.add(Integer.parseInt(row.group(1)));
    }
    assertThat(statuses)
        .containsExactly(ExitCode.USAGE, ExitCode.INTERNAL, ExitCode.PROBLEMS, ExitCode.OK);
  }

  @Test
  void idRule_isTheOneIdEnforces() throws IOException {
    String format = section(readme(), "The format in brief").replaceAll("\\s+", " ");
    Matcher rule =
        Pattern.compile(
                "an `id` of (\\d+) to (\\d+) characters: lowercase letters,"
                    + " digits, `-`, `\\.` and `_`, starting with a letter or digit")
            .matcher(format);
    assertThat(rule.find()).as("the id rule in README's format in brief").isTrue();
    int min = Integer.parseInt(rule.group(1));
    int max = Integer.parseInt(rule.group(2));

    assertThat(Id.isValid("a".repeat(min))).isTrue();
    assertThat(Id.isValid("a".repeat(min - 1))).isFalse();
    assertThat(Id.isValid("a".repeat(max))).isTrue();
    assertThat(Id.isValid("a".repeat(max + 1))).isFalse();
    assertThat(List.of("zq", "9a", "a-b.c_d")).allMatch(Id::isValid);
    assertThat(List.of("-a", ".a", "_a", "A", "a b", "a/b")).noneMatch(Id::isValid);
  }
}
