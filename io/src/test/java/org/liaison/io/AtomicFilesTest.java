package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles}: a write that fails half-way leaves the old file whole and no temporary. */
class AtomicFilesTest {
  @TempDir Path dir;

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
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(
                          "liaison: 1\ninstitutions:\n  - id: half"
                              .getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    // then
    assertThat(Files.readString(target)).isEqualTo("liaison: 1\n");
    assertThat(filesInDir()).isEqualTo(1);
  }

  @Test
  void write_keepsTheOldFileWhenTheContentThrowsUnchecked() throws IOException {
    Path target = dir.resolve("data.json");
    Files.writeString(target, "{}");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write('{');
                      throw new UncheckedIOException(new IOException("generator failed"));
                    }))
        .isInstanceOf(UncheckedIOException.class);

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

  @Test
  void write_createsMissingParentFolders() throws IOException {
    Path target = dir.resolve("a/b/data.yaml");

    AtomicFiles.write(target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("x");
  }

  @Test
  void write_failureNamesTheTargetNeverTheTemporary() throws IOException {
    // given a target that is a folder with a file in it: the final move fails
    Path target = Files.createDirectories(dir.resolve("report.json"));
    Files.writeString(target.resolve("inside"), "");

    // then
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x')))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(target.toString())
        .message()
        .doesNotContain(".liaison-")
        .doesNotContain(".tmp");
    assertThat(filesInDir()).isEqualTo(1);
  }

  @Test
  void write_underAFileNamesThatFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "");

    assertThatThrownBy(() -> AtomicFiles.write(file.resolve("x/out.json"), out -> out.write('x')))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .message()
        .doesNotContain(".liaison-");
  }

  @Test
  void write_removesTheTemporariesOfAKilledWrite_keepsThoseOfALiveOne() throws Exception {
    // given the temporaries of a process that is gone, of one that is alive, and an old one
    Process done =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .start();
    done.waitFor();
    Path killed = Files.writeString(dir.resolve(".liaison-" + done.pid() + "-1f.tmp"), "half");
    Path killedFolder = Files.createDirectories(dir.resolve(".liaison-" + done.pid() + "-2f.tmp"));
    Files.writeString(killedFolder.resolve("institutions.csv"), "half");
    long alive = ProcessHandle.current().parent().orElseThrow().pid();
    Path running = Files.writeString(dir.resolve(".liaison-" + alive + "-3f.tmp"), "busy");
    Path old = Files.writeString(dir.resolve(".liaison-" + alive + "-4f.tmp"), "old");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    Path other = Files.writeString(dir.resolve(".liaison-notes.tmp"), "not ours");

    // when
    AtomicFiles.write(dir.resolve("data.yaml"), out -> out.write('x'));

    // then
    assertThat(killed).doesNotExist();
    assertThat(killedFolder).doesNotExist();
    assertThat(old).doesNotExist();
    assertThat(running).exists();
    assertThat(other).exists();
  }

  @Test
  void writeFolder_createsTheFolderAndMovesEveryFileIn() throws IOException {
    Path target = dir.resolve("out/csv");

    AtomicFiles.writeFolder(
        target,
        into -> {
          Files.writeString(into.resolve("a.csv"), "a");
          Files.createDirectories(into.resolve("sub"));
          Files.writeString(into.resolve("sub/b.csv"), "b");
        });

    assertThat(target.resolve("a.csv")).hasContent("a");
    assertThat(target.resolve("sub/b.csv")).hasContent("b");
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.csv", "sub");
    }
  }

  @Test
  void writeFolder_failingHalfWay_changesNoFileAndLeavesNoTemporary() throws IOException {
    Path target = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(target.resolve("a.csv"), "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.writeFolder(
                    target,
                    into -> {
                      Files.writeString(into.resolve("a.csv"), "new");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(target.resolve("a.csv")).hasContent("old");
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files).containsExactly(target.resolve("a.csv"));
    }
  }
}
