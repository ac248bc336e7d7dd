package org.liaison.cli.report;

import java.io.Writer;
import org.liaison.io.writing.PrettyJson;
import tools.jackson.core.JsonGenerator;

/** Indented JSON generators that leave their writer open, as io writes every JSON for people. */
final class Json {
  private Json() {}

  static JsonGenerator generator(Writer out) {
    return PrettyJson.generator(out);
  }
}
