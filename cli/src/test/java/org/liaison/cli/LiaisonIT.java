package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the self-contained jar, {@code cli/target/liaison.jar}, as a user does. */
class LiaisonIT {

  record Run(int status, String out, String err) {}

  static Run liaison(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(System.getProperty("liaison.jar", "target/liaison.jar"))
                    .toAbsolutePath()
                    .toString()));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("liaison", ".out");
    Path stderr = Files.createTempFile("liaison", ".err");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("liaison finished in time").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void jar_validatesTheExamplesWithNothingElseOnTheClassPath() throws Exception {
    Run run = liaison(Path.of("..").toAbsolutePath().normalize(), "validate", "examples");

    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("8 files, 78 records: 0 errors, 0 warnings");
  }

  @Test
  void jar_reportsFileLineColumnWithPathsAsGivenAndExitsOne(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/a.yaml"), "liaison: 1\npeople:\n  - id: p\n");
    Files.writeString(
        dir.resolve("data/b.json"), "{\"liaison\": 1, \"sources\": [{\"id\": \"S\"}]}");

    Run run = liaison(dir, "validate", "data");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "data/a.yaml:3:5: error [field.required] /people/0: a person needs `name`: add it",
            "data/b.json:1:28: error [field.required] /sources/0: a source needs `url` or `title`:"
                + " add one",
            "data/b.json:1:35: error [value.id] /sources/0/id: `S` is not a valid id: use lowercase"
                + " letters, digits, '-', '.' and '_', starting with a letter or digit (try `s`)");
    assertThat(run.err()).contains("2 files, 0 records: 3 errors, 0 warnings");
  }

  @Test
  void jar_usageErrorExitsTwo() throws Exception {
    Run run = liaison(Path.of("."), "validate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter");
  }

  @Test
  void jar_failOnWarningWithNoProblemsStillExitsZero() throws Exception {
    Run run =
        liaison(
            Path.of("..").toAbsolutePath().normalize(),
            "validate",
            "--fail-on",
            "warning",
            "examples");

    assertThat(run.status()).isZero();
  }
}
