package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML file larger than the heap, validated in a JVM of its own with a 64 MiB heap: the reader
 * refuses it with a {@code limit} problem, and validation reads it no second time (suppression
 * comments come from the reading, under its limits), so the run ends normally.
 */
class LargeFileValidationIT {
  @TempDir Path dir;

  @Test
  void validate_yamlFileLargerThanTheHeap_endsWithALimitProblem() throws Exception {
    // given: 200 MB, sparse: a comment line, then zero bytes the file system need not store
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write("# liaison-disable-next-line limit\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(200L * 1024 * 1024);
    }

    // when
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ValidateFile.class.getName(),
                    big.toString()))
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
    boolean ended = process.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }

    // then
    assertThat(ended).as("the run ended; it printed%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit status; it printed%n%s", output).isZero();
    assertThat(output).doesNotContain("OutOfMemoryError").contains("limit " + big, "validated");
  }
}
