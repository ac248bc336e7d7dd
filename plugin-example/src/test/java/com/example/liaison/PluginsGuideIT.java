package com.example.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/plugins.md, run: its configuration and data blocks (those whose first line is {@code #
 * path}) are written to that path, and its commands ({@code $ …} lines) run in document order with
 * the real {@code liaison.jar} and the example's jar as {@code my-plugin.jar}, beside {@code
 * data/visits.yaml}; the lines after a command are its standard output, {@code …} standing for any
 * lines. The Java of §7 is the example's own tests, and §4's files are the example's.
 */
class PluginsGuideIT {
  private static final Path GUIDE = Path.of("../docs/plugins.md");
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

  record Block(String lang, String text) {}

  static List<Block> blocks() throws IOException {
    List<Block> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(Files.readString(GUIDE));
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  @Test
  void everyCommandOfTheGuide_printsWhatTheGuideShows(@TempDir Path dir) throws Exception {
    Files.copy(PluginCommandLineIT.LIAISON, dir.resolve("liaison.jar"));
    Files.copy(PluginCommandLineIT.PLUGIN, dir.resolve("my-plugin.jar"));
    Files.createDirectories(dir.resolve("data"));
    Files.copy(PluginCommandLineIT.DATA.resolve("visits.yaml"), dir.resolve("data/visits.yaml"));
    int commands = 0;
    for (Block b : blocks()) {
      if (b.text().startsWith("# ") && b.lang().equals("yaml")) {
        String path = b.text().lines().findFirst().orElseThrow().substring(2).trim();
        Files.writeString(dir.resolve(path), b.text());
      } else if (b.lang().equals("sh") && b.text().startsWith("$ ")) {
        commands += run(dir, b.text());
      }
    }
    assertThat(commands).isGreaterThanOrEqualTo(5);
  }

  private static int run(Path dir, String block) throws Exception {
    List<String> lines = block.lines().toList();
    int commands = 0;
    for (int i = 0; i < lines.size(); i++) {
      String command = lines.get(i).substring(2);
      List<String> expected = new ArrayList<>();
      while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
        expected.add(lines.get(++i));
      }
      List<String> args = words(command);
      String out;
      if (args.get(0).equals("cat")) {
        out = Files.readString(dir.resolve(args.get(1)));
      } else {
        assertThat(args.get(0)).isEqualTo("java");
        PluginCommandLineIT.Run run = PluginCommandLineIT.java(dir, args.subList(1, args.size()));
        assertThat(run.err()).as(command).doesNotContain("\tat ");
        out = run.out().replace(dir.toRealPath() + "/", "").replace(dir + "/", "");
      }
      assertMatches(command, out.lines().toList(), expected);
      commands++;
    }
    return commands;
  }

  /** Each expected line in order; {@code …} stands for any number of lines. */
  private static void assertMatches(String command, List<String> actual, List<String> expected) {
    if (!expected.contains("…")) {
      assertThat(actual).as(command).containsExactlyElementsOf(expected);
      return;
    }
    int at = 0;
    boolean gap = false;
    for (String line : expected) {
      if (line.equals("…")) {
        gap = true;
        continue;
      }
      int found = actual.subList(at, actual.size()).indexOf(line);
      assertThat(found)
          .as(command + ": the line\n" + line + "\nin\n" + String.join("\n", actual))
          .isGreaterThanOrEqualTo(0);
      assertThat(gap || found == 0)
          .as(command + ": the line after the one before\n" + line)
          .isTrue();
      at += found + 1;
      gap = false;
    }
  }

  /** The words of a command line; double quotes hold spaces. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ' && !quoted) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void theTestsOfSection7_areTheExamplesOwn() throws Exception {
    String guide = Files.readString(GUIDE);
    for (String[] region :
        new String[][] {
          {"SourceCountValidatorTest.java", "validator-test"},
          {"SummaryExporterTest.java", "exporter-test"}
        }) {
      String source =
          Files.readString(Path.of("src/test/java/com/example/liaison").resolve(region[0]));
      int start = source.indexOf('\n', source.indexOf("// guide:" + region[1])) + 1;
      int end = source.lastIndexOf('\n', source.indexOf("// end:" + region[1]));
      String snippet = source.substring(start, end).stripTrailing().stripIndent();
      assertThat(guide).as(region[0]).contains("```java\n" + snippet + "\n```");
    }
  }

  @Test
  void theRegistrationOfSection4_isTheExamplesOwn() throws Exception {
    List<Block> blocks = blocks();
    String services =
        Files.readString(
            Path.of("src/main/resources/META-INF/services/org.liaison.plugins.Validator"));
    assertThat(blocks).anySatisfy(b -> assertThat(b.text()).isEqualTo(services));
    String module = Files.readString(Path.of("src/main/java/module-info.java"));
    Block declared =
        blocks.stream().filter(b -> b.text().startsWith("module ")).findFirst().orElseThrow();
    declared
        .text()
        .lines()
        .filter(l -> l.contains("provides") || l.contains("requires"))
        .forEach(l -> assertThat(module).contains(l.strip()));
  }
}
