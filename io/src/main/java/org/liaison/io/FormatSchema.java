package org.liaison.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.liaison.io.binding.SchemaWriter;
import org.liaison.io.writing.PrettyJson;
import org.liaison.io.writing.ReferenceWriter;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON Schema (draft 2020-12) of format version 1, for editors ({@code # yaml-language-server:
 * $schema=…}) and other validators. It is generated from the same table the reader reads by, so it
 * says what the reader accepts; checks across records (references, cycles) are beyond any schema
 * and stay with {@code liaison validate}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FormatSchema {
  private FormatSchema() {}

  /** Returns the schema as indented JSON, ending with a newline. */
  public static String json() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PrettyJson.generator(out)) {
      SchemaWriter.write(g);
    }
    return out + "\n";
  }

  /** Writes the schema as indented UTF-8 JSON to {@code out}, which is not closed. */
  public static void write(OutputStream out) throws IOException {
    out.write(json().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the field reference of the format as Markdown: every record and part, each field with
   * whether it is required, its kind of value and its meaning.
   */
  public static String reference() {
    return ReferenceWriter.markdown();
  }
}
