package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code liaison validate} loads before it reads a file: picocli reads no annotation (which
 * would generate a proxy class for each annotation type), and makes no converter for the {@code
 * java.sql} types no option takes, unless the user sets {@code picocli.converters.excludes}.
 */
class StartupIT {
  private static final Path JAR =
      Path.of(System.getProperty("liaison.jar", "target/liaison.jar")).toAbsolutePath();

  /** The classes {@code java [options] -jar liaison.jar validate examples} loads, one a line. */
  private static List<String> classesLoaded(Path dir, String... options) throws Exception {
    Path log = dir.resolve("class-load.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:class+load:file=" + log);
    command.addAll(List.of(options));
    command.addAll(
        List.of(
            "-jar",
            JAR.toString(),
            "validate",
            Path.of("../examples").toAbsolutePath().normalize().toString()));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    assertThat(p.exitValue()).isZero();
    return Files.readAllLines(log);
  }

  @Test
  void validate_readsNoAnnotationAndMakesNoJavaSqlConverter(@TempDir Path dir) throws Exception {
    List<String> loaded = classesLoaded(dir);

    assertThat(loaded).anyMatch(l -> l.contains(" picocli.CommandLine "));
    assertThat(loaded)
        .as("proxy classes, one per annotation type read")
        .noneMatch(l -> l.contains("$Proxy"));
    assertThat(loaded).noneMatch(l -> l.contains(" java.sql."));
  }

  @Test
  void validate_withTheUsersConverterExcludes_keepsThem(@TempDir Path dir) throws Exception {
    List<String> loaded = classesLoaded(dir, "-Dpicocli.converters.excludes=java\\.time\\..*");

    assertThat(loaded).anyMatch(l -> l.contains(" java.sql.Timestamp "));
  }

  @Test
  void run_leavesPicocliSettingsAlone() {
    String before = System.getProperty("picocli.converters.excludes");

    Liaison.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "codes");

    assertThat(System.getProperty("picocli.converters.excludes")).isEqualTo(before);
  }
}
