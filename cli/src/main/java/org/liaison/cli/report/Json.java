package org.liaison.cli.report;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Indented JSON generators that leave their writer open. */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Json() {}

  static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return new DefaultPrettyPrinter();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, out);
  }
}
