package org.liaison.plugins;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apiguardian.api.API;
import org.liaison.model.Dataset;

/**
 * Where an exporter that {@linkplain Exporter#writesFiles() writes files} puts them: each {@link
 * #open} starts a file, which the exporter writes and closes before opening the next.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ExportFiles {

  /**
   * Starts the file {@code name} (a relative path with {@code /} separators, such as {@code
   * institutions.csv}); the caller closes the stream.
   *
   * @throws IOException if the file cannot be started
   * @throws IllegalArgumentException for an absolute name or one with {@code ..}
   */
  OutputStream open(String name) throws IOException;

  /** Files that go into a directory; missing folders on the way are created. */
  static ExportFiles directory(Path dir) {
    return name -> {
      Path file = dir.resolve(check(name));
      Files.createDirectories(file.getParent());
      return Files.newOutputStream(file);
    };
  }

  /**
   * Writes what {@code exporter} exports as files into one zip archive on {@code out}, entries in
   * the order written with a fixed time, so that the same dataset gives the same bytes.
   */
  static void zip(Exporter exporter, Dataset dataset, OutputStream out, ExportContext context)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    exporter.exportFiles(
        dataset,
        name -> {
          ZipEntry entry = new ZipEntry(check(name));
          entry.setTime(315532800000L); // 1980-01-01, the zip epoch: reproducible archives
          zip.putNextEntry(entry);
          return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              zip.closeEntry();
            }
          };
        },
        context);
    zip.finish();
    zip.flush();
  }

  private static String check(String name) {
    if (name.startsWith("/") || name.contains("..") || name.contains("\\") || name.isEmpty()) {
      throw new IllegalArgumentException("an export file name is relative, without '..': " + name);
    }
    return name;
  }
}
