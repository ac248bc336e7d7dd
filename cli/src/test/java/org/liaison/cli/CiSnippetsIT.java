package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI snippets of README.md call the jar the way the tests do: each {@code sh liaison …} line of
 * them (the launcher beside the jar) is run as written, against the examples, and leaves the report
 * files the snippet hands on to its CI system.
 */
class CiSnippetsIT {
  private static final Pattern COMMAND =
      Pattern.compile("((?:java -jar liaison\\.jar|sh liaison) validate[^\\n]*)");

  @Test
  void readmeSnippets_runAsWrittenAndWriteTheirReports(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String ci = readme.substring(readme.indexOf("## In CI"), readme.indexOf("## Completion"));
    List<String> commands = new ArrayList<>();
    Matcher m = COMMAND.matcher(ci);
    while (m.find()) {
      commands.add(m.group(1).trim());
    }
    assertThat(commands).hasSize(3);
    copyExamplesTo(dir.resolve("data"));
    Path jar = Path.of(System.getProperty("liaison.jar", "target/liaison.jar"));
    Files.copy(jar, dir.resolve("liaison.jar"));
    Files.copy(jar.resolveSibling("liaison"), dir.resolve("liaison"));

    for (String command : commands) {
      String line = command;
      ProcessBuilder pb =
          new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).redirectErrorStream(true);
      pb.environment().put("LIAISON_CACHE", dir.resolve("cache").toString());
      Process p = pb.start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(line + "\n" + out).isIn(0, 1);
      assertThat(out).as(line).contains("records:");
    }
    assertThat(dir.resolve("liaison.sarif")).content().contains("\"version\" : \"2.1.0\"");
    assertThat(dir.resolve("liaison-junit.xml")).content().contains("<testsuites");
  }

  private static void copyExamplesTo(Path target) throws Exception {
    Files.createDirectories(target);
    try (var files = Files.list(Path.of("../examples"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
  }
}
