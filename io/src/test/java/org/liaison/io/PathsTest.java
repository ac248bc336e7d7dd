package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * Paths that are no plain file: a pipe and standard input are read as streams, and a link that
 * leads nowhere or in a loop, or a file that cannot be read, inside a data folder is a problem of
 * that path with the reason, while the rest of the folder is read.
 */
class PathsTest {
  private static final String VALID = "liaison: 1\nsources:\n  - {id: s, title: t}\n";

  @TempDir Path dir;

  @Test
  void read_ofAFolderWithABrokenAndALoopingLink_reportsEachAndReadsTheRest() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), VALID);
    Files.createSymbolicLink(dir.resolve("broken.yaml"), dir.resolve("nowhere.yaml"));
    Files.createSymbolicLink(dir.resolve("loop1.yaml"), dir.resolve("loop2.yaml"));
    Files.createSymbolicLink(dir.resolve("loop2.yaml"), dir.resolve("loop1.yaml"));

    LoadResult result = DatasetReader.create().read(dir);

    assertThat(result.fileCount()).isEqualTo(4);
    assertThat(result.recordsRead()).isEqualTo(1);
    assertThat(result.problems())
        .extracting(Problem::code, p -> p.location().orElseThrow())
        .containsExactly(
            Assertions.tuple(
                "file.unreadable", Location.ofFile(dir.resolve("broken.yaml").toString())),
            Assertions.tuple(
                "file.unreadable", Location.ofFile(dir.resolve("loop1.yaml").toString())),
            Assertions.tuple(
                "file.unreadable", Location.ofFile(dir.resolve("loop2.yaml").toString())));
    assertThat(result.problems().get(0).message()).contains("nowhere.yaml", "does not exist");
    assertThat(result.problems().get(1).message()).contains("loop");
  }

  @Test
  void read_ofAFolderWithAFileThatCannotBeRead_reportsItAndReadsTheRest() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
    Files.writeString(dir.resolve("a.yaml"), VALID);
    Path secret = Files.writeString(dir.resolve("b.yaml"), VALID.replace("id: s", "id: t"));
    assumeTrue(secret.toFile().setReadable(false, false), "permissions not supported");

    LoadResult result = DatasetReader.create().read(dir);

    assertThat(result.recordsRead()).isEqualTo(1);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("file.unreadable");
              assertThat(p.message()).contains("permission denied");
            });
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void read_ofAPipe_readsItAsAStream() throws Exception {
    Path fifo = dir.resolve("data.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(VALID.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    // through a link, as a process substitution (/dev/fd/63) is
    Path link = Files.createSymbolicLink(dir.resolve("link"), fifo);
    LoadResult result = DatasetReader.create().read(link);
    writer.get(30, TimeUnit.SECONDS);

    assertThat(result.recordsRead()).isEqualTo(1);
    assertThat(result.problems())
        .extracting(Problem::code)
        .doesNotContain("file.unreadable", "syntax");
    // the pipe is not read again to place a value: its text was kept
    assertThat(
            result
                .locator()
                .locate(result.dataset().origin(result.dataset().sources().get(0).id()), "/title"))
        .hasValue(Location.of(link.toString(), 3, 20));
  }

  @Test
  void read_ofTheDashPath_readsStandardInput() {
    InputStream before = System.in;
    try {
      System.setIn(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));
      LoadResult result = DatasetReader.create().read(List.of(Path.of("-")));
      assertThat(result.fileNames()).containsExactly("<stdin>");
      assertThat(result.recordsRead()).isEqualTo(1);
      assertThat(result.problems()).isEmpty();
    } finally {
      System.setIn(before);
    }
  }
}
