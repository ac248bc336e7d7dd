package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the launcher has made its class archive, a run maps every class of the command from it and
 * loads none from the jar: picocli included, whose published class files are too old for the JDK's
 * archives, so the runnable jar carries it compiled for Java 17.
 */
class ClassArchiveIT {
  private static final Path JAR =
      Path.of(System.getProperty("liaison.jar", "target/liaison.jar")).toAbsolutePath();

  @Test
  void runWithTheArchive_loadsNoClassFromTheJar(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    for (int i = 0; i < 2; i++) { // the first run marks the cache, the second makes the archive
      assertThat(launcher(dir, cache, null)).isZero();
    }
    Path log = dir.resolve("class-load.log");
    assertThat(launcher(dir, cache, log)).isZero();

    List<String> fromJar =
        Files.readAllLines(log).stream().filter(l -> l.contains("source: file:")).toList();
    assertThat(Files.readString(log)).contains("picocli.CommandLine ");
    assertThat(fromJar).as("classes loaded from the jar, not the archive").isEmpty();
  }

  /** Runs {@code liaison validate ../examples}, logging each class loaded to {@code log}. */
  private static int launcher(Path dir, Path cache, Path log) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                "sh",
                JAR.resolveSibling("liaison").toString(),
                "validate",
                Path.of("../examples").toAbsolutePath().toString())
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("err.txt").toFile());
    pb.environment().put("LIAISON_CACHE", cache.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (log != null) {
      pb.environment().put("LIAISON_JAVA_OPTS", "-Xlog:class+load:file=" + log);
    }
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return p.exitValue();
  }
}
