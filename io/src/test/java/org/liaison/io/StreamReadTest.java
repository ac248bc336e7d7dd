package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.io.Fixtures.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.LiaisonRecord;

/**
 * {@link DatasetReader#read(InputStream, String)}: a stream reads as its file does, whether it says
 * how long it is or not, and however it hands out its bytes.
 */
class StreamReadTest {
  private final DatasetReader reader = DatasetReader.create();

  @Test
  void aStream_readsAsItsFile_howeverItHandsOutItsBytes(@TempDir Path dir) throws IOException {
    // given: a YAML file of many problems, a JSON file, and files of exactly 8192 bytes (the
    // first buffer of a stream of unknown length) and one byte more
    Path many = resource("mistakes/many.yaml");
    String json =
        "{\"liaison\": 1, \"sources\": [{\"id\": \"src.a\", \"title\": \"A\"},"
            + " {\"id\": \"src.a\", \"title\": 2}]}\n";
    Path[] files = {
      many,
      write(dir.resolve("s.json"), json.getBytes(StandardCharsets.UTF_8)),
      write(dir.resolve("exact.yaml"), padded(Files.readAllBytes(many), 8192)),
      write(dir.resolve("over.yaml"), padded(Files.readAllBytes(many), 8193)),
    };

    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.toString();
      LoadResult fromFile = reader.read(file);

      // when: read whole from an array, and in pieces of 1 to 7 bytes from a stream of unknown
      // length
      LoadResult whole = reader.read(new ByteArrayInputStream(bytes), name);
      LoadResult pieces = reader.read(new Trickle(bytes), name);

      // then: the same records, problems and places as from the file
      assertThat(fromFile.problems()).as(name).isNotEmpty();
      for (LoadResult stream : new LoadResult[] {whole, pieces}) {
        assertThat(stream.problems()).as(name).isEqualTo(fromFile.problems());
        assertThat(stream.dataset()).as(name).isEqualTo(fromFile.dataset());
        assertThat(stream.directives()).as(name).isEqualTo(fromFile.directives());
        assertThat(fromFile.dataset().records()).as(name).isNotEmpty();
        for (LiaisonRecord r : fromFile.dataset().records()) {
          assertThat(stream.locator().locate(stream.dataset().origin(r.id()), "/id"))
              .as("%s %s", name, r.id())
              .isEqualTo(fromFile.locator().locate(fromFile.dataset().origin(r.id()), "/id"));
        }
      }
    }
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(file, bytes);
  }

  /** The start of {@code yaml}, padded with comment lines to exactly {@code size} bytes. */
  private static byte[] padded(byte[] yaml, int size) {
    String text = new String(yaml, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(text.substring(0, text.indexOf("\n", 600) + 1));
    while (out.length() < size) {
      int line = Math.min(64, size - out.length());
      out.append("#".repeat(line - 1)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that says nothing of its length and hands out 1 to 7 bytes a read. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private int next;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (next == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + next % 7), bytes.length - next);
      System.arraycopy(bytes, next, b, off, n);
      next += n;
      return n;
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
