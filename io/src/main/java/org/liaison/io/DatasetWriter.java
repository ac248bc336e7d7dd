package org.liaison.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.liaison.io.writing.PrettyJson;
import org.liaison.io.writing.RecordWriter;
import org.liaison.io.writing.YamlOutput;
import org.liaison.model.Dataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a dataset as one document of format version 1, in YAML or JSON, that reads back equal:
 * records in dataset order, fields in the order of the format's tables, empty values left out, and
 * the short forms a person would write (a bare id for a participant with no role). The same dataset
 * always gives the same bytes.
 *
 * <p>Writing to a {@link Path} goes through a temporary file in the target's directory that is
 * moved into place: a failed write leaves an existing file whole and no partial file behind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DatasetWriter {
  private static final YAMLFactory YAML =
      YamlOutput.factory(
          YAMLFactory.builder()
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
              .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
              .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
              .disable(YAMLWriteFeature.SPLIT_LINES));
  private final boolean yaml;
  private final String extension;

  private DatasetWriter(boolean yaml, String extension) {
    this.yaml = yaml;
    this.extension = extension;
  }

  /** A writer of YAML. */
  public static DatasetWriter yaml() {
    return new DatasetWriter(true, "yaml");
  }

  /** A writer of JSON, indented by two spaces. */
  public static DatasetWriter json() {
    return new DatasetWriter(false, "json");
  }

  /** The file extension of what this writer writes, without a dot. */
  public String extension() {
    return extension;
  }

  /** Writes {@code data} to {@code out} as UTF-8; {@code out} is flushed, not closed. */
  public void write(Dataset data, OutputStream out) {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(data, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code data} as text. */
  public String writeString(Dataset data) {
    StringWriter w = new StringWriter();
    write(data, w);
    return w.toString();
  }

  private void write(Dataset data, Writer out) {
    // YAML 1.1 readers take NEL, LS and PS for line breaks: YamlOutput quotes and escapes them
    try (JsonGenerator g =
        yaml
            ? YAML.createGenerator(ObjectWriteContext.empty(), YamlOutput.escapingBreaks(out))
            : PrettyJson.generator(out)) {
      new RecordWriter(g).write(data);
    }
    if (!yaml) {
      try {
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Writes {@code data} to the file {@code target}, atomically where the file system allows: the
   * data goes to a temporary file beside the target, which is then moved over it. Missing parent
   * folders are created.
   *
   * @throws UncheckedIOException if the file cannot be written; an existing file is then left as it
   *     was
   */
  public void write(Dataset data, Path target) {
    try {
      AtomicFiles.write(target, out -> write(data, out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
