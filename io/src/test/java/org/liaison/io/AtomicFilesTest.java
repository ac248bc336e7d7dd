package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles}: a write that fails half-way leaves the old file whole and no temporary. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  private long filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void write_keepsTheOldFileWhenTheContentFailsHalfWay() throws IOException {
    // given
    Path target = dir.resolve("data.yaml");
    Files.writeString(target, "liaison: 1\n");

    // when
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("liaison: 1\ninstitutions:\n  - id: half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    // then
    assertThat(Files.readString(target)).isEqualTo("liaison: 1\n");
    assertThat(filesInDir()).isEqualTo(1);
  }

  @Test
  void write_keepsTheOldFileWhenTheContentThrowsUnchecked() throws IOException {
    Path target = dir.resolve("data.json");
    Files.writeString(target, "{}");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write('{');
      throw new UncheckedIOException(new IOException("generator failed"));
    })).isInstanceOf(UncheckedIOException.class);

    assertThat(Files.readString(target)).isEqualTo("{}");
    assertThat(filesInDir()).isEqualTo(1);
  }

  @Test
  void write_replacesTheFileWithTheWholeContent() throws IOException {
    Path target = dir.resolve("data.yaml");
    Files.writeString(target, "old content, longer than the new one");

    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(filesInDir()).isEqualTo(1);
  }
}
