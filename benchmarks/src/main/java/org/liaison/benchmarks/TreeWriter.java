package org.liaison.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes generated records, maps and lists of strings and numbers, as one document of format v1:
 * pretty-printed JSON, or block YAML in the style of the hand-written examples (flow style for
 * short lists and mappings, {@code >-} folded scalars for long text, quotes only where a plain
 * scalar would not read back as the same string).
 */
abstract class TreeWriter {
  protected final Appendable out;
  private String section;

  TreeWriter(Appendable out) {
    this.out = out;
  }

  /** A writer of pretty-printed JSON. */
  static TreeWriter json(Appendable out) {
    return new JsonTreeWriter(out);
  }

  /** A writer of block YAML. */
  static TreeWriter yaml(Appendable out) {
    return new YamlTreeWriter(out);
  }

  /** Writes the next record, of the given section; records of one section come together. */
  final void record(String sectionName, Map<String, Object> record) {
    try {
      if (section == null) {
        start();
      }
      if (!sectionName.equals(section)) {
        section(sectionName, section == null);
        section = sectionName;
      } else {
        separator();
      }
      write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the document. */
  final void finish() {
    try {
      if (section == null) {
        start();
      }
      end(section != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  abstract void start() throws IOException;

  abstract void section(String name, boolean first) throws IOException;

  abstract void separator() throws IOException;

  abstract void write(Map<String, Object> record) throws IOException;

  abstract void end(boolean anySection) throws IOException;

  final void indent(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }
}
