package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.io.AtomicFiles;
import org.liaison.io.DatasetReader;
import org.liaison.model.Dataset;

/**
 * A failure half-way through an export, injected, on the path {@code liaison export --output}
 * takes: the exporter writes into {@link AtomicFiles#write} (formats of several files through
 * {@link ExportFiles#zip}). An earlier export at the target stays as it was, and no partial or
 * temporary file is left beside it.
 */
class ExportFailureTest {
  private static final byte[] EARLIER = "the earlier export\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private Path target;
  private final Dataset data = DatasetReader.create().read(Path.of("../examples")).dataset();
  private final ExportContext context =
      new ExportContext() {
        @Override
        public Map<String, String> options() {
          return Map.of();
        }

        @Override
        public void report(String code, String message, Subject subject) {}
      };

  @BeforeEach
  void earlierExport() throws IOException {
    target = dir.resolve("out.data");
    Files.write(target, EARLIER);
  }

  private void assertEarlierExportUntouchedAndNothingLeft() throws IOException {
    assertThat(target).hasBinaryContent(EARLIER);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  /** An exporter that writes 10 KiB, then throws. */
  static class Broken implements Exporter {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public String extension() {
      return "txt";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public void export(Dataset dataset, OutputStream out, ExportContext context)
        throws IOException {
      out.write(new byte[10 * 1024]);
      out.flush();
      throw new IllegalStateException("injected failure after 10 KiB");
    }
  }

  /** A stream that fails after {@code limit} bytes, as a full disk does. */
  static final class FullDisk extends FilterOutputStream {
    private long room;

    FullDisk(OutputStream out, long limit) {
      super(out);
      this.room = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException("injected: no space left on device");
      }
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int k = 0; k < len; k++) {
        write(b[off + k]);
      }
    }
  }

  @Test
  void exporterThrowingHalfWay_leavesTheEarlierFileAndNoPartialFile() throws IOException {
    // when
    assertThatThrownBy(
            () -> AtomicFiles.write(target, out -> new Broken().export(data, out, context)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("injected");

    // then
    assertEarlierExportUntouchedAndNothingLeft();
  }

  @Test
  void filesExporterThrowingInItsSecondFile_leavesNoZip() throws IOException {
    // given an exporter of several files that fails inside the second one
    Exporter twoFiles =
        new Broken() {
          @Override
          public boolean writesFiles() {
            return true;
          }

          @Override
          public void exportFiles(Dataset dataset, ExportFiles files, ExportContext context)
              throws IOException {
            try (OutputStream first = files.open("first.csv")) {
              first.write("a,b\r\n".getBytes(StandardCharsets.UTF_8));
            }
            OutputStream second = files.open("second.csv");
            second.write("c,d\r\n".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("injected failure in second.csv");
          }
        };

    // when
    assertThatThrownBy(
            () -> AtomicFiles.write(target, out -> ExportFiles.zip(twoFiles, data, out, context)))
        .hasMessageContaining("second.csv");

    // then
    assertEarlierExportUntouchedAndNothingLeft();
  }

  static List<String> formats() {
    return Plugins.discover().exporters().stream().map(Exporter::id).toList();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void diskFullHalfWay_inEveryBuiltInFormat_leavesTheEarlierFileAndNoPartialFile(String format)
      throws IOException {
    // given
    Exporter exporter = Plugins.discover().exporter(format).orElseThrow();

    // when the stream fails after 2000 bytes, before the end of every format's output
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      OutputStream full = new FullDisk(out, 2000);
                      if (exporter.writesFiles()) {
                        ExportFiles.zip(exporter, data, full, context);
                      } else {
                        exporter.export(data, full, context);
                      }
                      full.flush();
                    }))
        .hasStackTraceContaining("no space left on device");

    // then
    assertEarlierExportUntouchedAndNothingLeft();
  }
}
