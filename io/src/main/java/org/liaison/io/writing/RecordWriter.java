package org.liaison.io.writing;

import java.util.List;
import org.liaison.io.binding.Shape;
import org.liaison.io.binding.Shapes;
import org.liaison.model.Dataset;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.RecordKind;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a dataset as one document of format version 1 to a Jackson generator, JSON or YAML alike,
 * by the table of the format ({@link Shapes}): fields in its order, empty values left out, and the
 * short forms (a bare id for a participant, party or signatory with nothing else to say, a bare
 * string for an alias) wherever they apply.
 */
public final class RecordWriter extends FieldWriter {

  /** Writes to {@code generator}, which the caller closes. */
  public RecordWriter(JsonGenerator generator) {
    super(generator);
  }

  /** Writes the whole dataset as one document. */
  public void write(Dataset data) {
    g.writeStartObject();
    g.writeName("liaison");
    g.writeNumber(1);
    for (RecordKind kind : RecordKind.values()) {
      section(kind, records(data, kind));
    }
    g.writeEndObject();
  }

  /** The section of records of {@code kind}, unless there are none. */
  private void section(RecordKind kind, List<? extends LiaisonRecord> records) {
    if (!records.isEmpty()) {
      g.writeName(kind.section());
      g.writeStartArray();
      Shape<?, ?> shape = Shapes.record(kind);
      for (LiaisonRecord r : records) {
        object(shape, r);
      }
      g.writeEndArray();
    }
  }

  private static List<? extends LiaisonRecord> records(Dataset data, RecordKind kind) {
    return switch (kind) {
      case INSTITUTION -> data.institutions();
      case PERSON -> data.people();
      case DELEGATION -> data.delegations();
      case AGREEMENT -> data.agreements();
      case SOURCE -> data.sources();
    };
  }
}
