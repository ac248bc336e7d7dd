package org.liaison.io.writing;

import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Indented JSON generators that leave their target open: the one set-up of every JSON that Liaison
 * writes for people to read (datasets, the schema, reports, JSON-LD).
 */
public final class PrettyJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Gives each generator a printer of its own: a printer keeps the nesting it is at. */
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private PrettyJson() {}

  /** An indented JSON generator writing to {@code out}, which it leaves open. */
  public static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(PRETTY, out);
  }

  /** An indented JSON generator writing UTF-8 to {@code out}, which it leaves open. */
  public static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(PRETTY, out);
  }
}
