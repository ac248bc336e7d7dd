package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher beside the jar, {@code cli/target/liaison}, gives what {@code java -jar liaison.jar}
 * gives, on its every path: the first run, the run that makes the class archive, and the runs that
 * map it.
 */
class LauncherIT {
  private static final Path JAR =
      Path.of(System.getProperty("liaison.jar", "target/liaison.jar")).toAbsolutePath();

  @Test
  void launcher_givesTheJarsOutputAndStatus_onEveryRun(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    Path cache = dir.resolve("cache");
    LiaisonIT.Run good = jar(dir, "validate", "--format", "json", "data");
    assertThat(good.status()).isZero();

    for (int i = 0; i < 3; i++) {
      assertThat(launcher(dir, cache, "validate", "--format", "json", "data")).isEqualTo(good);
    }
    try (Stream<Path> made = Files.list(cache)) {
      assertThat(made.map(p -> p.getFileName().toString()))
          .as("the second run made a class archive")
          .anyMatch(n -> n.matches(".*\\.(jsa|aot)"));
    }

    Files.writeString(
        data.resolve("zz.yaml"),
        "liaison: 1\ninstitutions:\n  - id: a\n"
            + "    name: A\n    kind: university\n    parent: no-such-id\n");
    LiaisonIT.Run bad = jar(dir, "validate", "data");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(launcher(dir, cache, "validate", "data")).isEqualTo(bad);
    assertThat(launcher(dir, cache, "--version")).isEqualTo(jar(dir, "--version"));
    assertThat(launcher(dir, dir.resolve("other-cache"), "validate", "nowhere"))
        .isEqualTo(jar(dir, "validate", "nowhere"));
  }

  /**
   * A launcher reached through a symbolic link, with a relative path, finds its jar and the archive
   * the runs before made; a jar whose size or modification time changed gets an archive of its own.
   */
  @Test
  void launcher_keysTheArchiveByTheJar_throughALinkToo(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("app/bin"));
    Path jar = Files.copy(JAR, bin.resolve("liaison.jar"));
    Path launcher = Files.copy(JAR.resolveSibling("liaison"), bin.resolve("liaison"));
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    Files.createSymbolicLink(dir.resolve("liaison"), Path.of("app/bin/liaison"));
    Files.copy(Path.of("../examples/institutions.yaml"), dir.resolve("institutions.yaml"));
    Path cache = dir.resolve("cache");
    LiaisonIT.Run good = jar(dir, "validate", "institutions.yaml");

    for (int i = 0; i < 3; i++) {
      assertThat(
              run(
                  dir,
                  List.of("sh", launcher.toString(), "validate", "institutions.yaml"),
                  env(cache)))
          .isEqualTo(good);
    }
    assertThat(run(dir, List.of("sh", "liaison", "validate", "institutions.yaml"), env(cache)))
        .isEqualTo(good);
    assertThat(run(dir, List.of("./liaison", "validate", "institutions.yaml"), env(cache)))
        .isEqualTo(good);
    assertThat(names(cache))
        .as("one archive, no other key seen")
        .hasSize(1)
        .allMatch(n -> n.matches(".*\\.(jsa|aot)"));

    Files.setLastModifiedTime(jar, FileTime.fromMillis(0));
    assertThat(run(dir, List.of("./liaison", "validate", "institutions.yaml"), env(cache)))
        .isEqualTo(good);
    assertThat(names(cache))
        .as("the changed jar is a new key")
        .hasSize(2)
        .anyMatch(n -> n.endsWith(".seen"));
  }

  private static List<String> names(Path cache) throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static Map<String, String> env(Path cache) {
    return Map.of("LIAISON_CACHE", cache.toString(), "JAVA_HOME", System.getProperty("java.home"));
  }

  private static LiaisonIT.Run jar(Path dir, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    return run(dir, command, Map.of());
  }

  private static LiaisonIT.Run launcher(Path dir, Path cache, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", JAR.resolveSibling("liaison").toString()));
    command.addAll(List.of(args));
    return run(
        dir,
        command,
        Map.of("LIAISON_CACHE", cache.toString(), "JAVA_HOME", System.getProperty("java.home")));
  }

  private static LiaisonIT.Run run(Path dir, List<String> command, Map<String, String> env)
      throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new LiaisonIT.Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
