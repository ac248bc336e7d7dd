package org.liaison.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes generated records, maps and lists of strings and numbers, as one document of format v1:
 * pretty-printed JSON, or block YAML in the style of the hand-written examples (flow style for
 * short lists and mappings, {@code >-} folded scalars for long text, quotes only where a plain
 * scalar would not read back as the same string).
 */
abstract class TreeWriter {
  protected final Appendable out;
  private String section;

  private TreeWriter(Appendable out) {
    this.out = out;
  }

  /** A writer of pretty-printed JSON. */
  static TreeWriter json(Appendable out) {
    return new Json(out);
  }

  /** A writer of block YAML. */
  static TreeWriter yaml(Appendable out) {
    return new Yaml(out);
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

  // ---- JSON ----------------------------------------------------------------------------------

  private static final class Json extends TreeWriter {
    Json(Appendable out) {
      super(out);
    }

    @Override
    void start() throws IOException {
      out.append("{\n  \"liaison\": 1");
    }

    @Override
    void section(String name, boolean first) throws IOException {
      out.append(first ? ",\n  \"" : "\n  ],\n  \"").append(name).append("\": [\n    ");
    }

    @Override
    void separator() throws IOException {
      out.append(",\n    ");
    }

    @Override
    void write(Map<String, Object> record) throws IOException {
      value(record, 4);
    }

    @Override
    void end(boolean anySection) throws IOException {
      out.append(anySection ? "\n  ]\n}\n" : "\n}\n");
    }

    private void value(Object v, int indent) throws IOException {
      if (v instanceof Map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : asMap(v).entrySet()) {
          out.append(first ? "\n" : ",\n");
          first = false;
          indent(indent + 2);
          string(e.getKey());
          out.append(": ");
          value(e.getValue(), indent + 2);
        }
        out.append('\n');
        indent(indent);
        out.append('}');
      } else if (v instanceof List) {
        List<?> list = (List<?>) v;
        boolean scalars = list.stream().noneMatch(o -> o instanceof Map || o instanceof List);
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (scalars) {
            out.append(i == 0 ? "" : ", ");
          } else {
            out.append(i == 0 ? "\n" : ",\n");
            indent(indent + 2);
          }
          value(list.get(i), indent + 2);
        }
        if (!scalars) {
          out.append('\n');
          indent(indent);
        }
        out.append(']');
      } else if (v instanceof Number) {
        out.append(v.toString());
      } else {
        string((String) v);
      }
    }

    private void string(String s) throws IOException {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }

  // ---- YAML ----------------------------------------------------------------------------------

  private static final class Yaml extends TreeWriter {
    private static final int FOLD_ABOVE = 72;
    private static final int WIDTH = 80;
    private static final Pattern TYPED =
        Pattern.compile(
            "[-+.]?[0-9].*|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no"
                + "|No|NO|on|On|ON|off|Off|OFF|\\.inf|\\.nan");

    Yaml(Appendable out) {
      super(out);
    }

    @Override
    void start() throws IOException {
      out.append("liaison: 1\n");
    }

    @Override
    void section(String name, boolean first) throws IOException {
      out.append(name).append(":\n");
    }

    @Override
    void separator() {}

    @Override
    void write(Map<String, Object> record) throws IOException {
      out.append("  - ");
      entries(record, 4, true);
    }

    @Override
    void end(boolean anySection) {}

    private void entries(Map<String, Object> map, int indent, boolean inline) throws IOException {
      for (Map.Entry<String, Object> e : map.entrySet()) {
        if (!inline) {
          indent(indent);
        }
        inline = false;
        out.append(e.getKey()).append(':');
        value(e.getValue(), indent);
      }
    }

    /** Writes a value after {@code key:} or {@code - }, ending the line. */
    private void value(Object v, int indent) throws IOException {
      if (v instanceof Map) {
        Map<String, Object> map = asMap(v);
        if (flowMap(map)) {
          out.append(" {");
          String sep = "";
          for (Map.Entry<String, Object> e : map.entrySet()) {
            out.append(sep).append(e.getKey()).append(": ").append(scalar(e.getValue(), true));
            sep = ", ";
          }
          out.append("}\n");
        } else {
          out.append('\n');
          entries(map, indent + 2, false);
        }
      } else if (v instanceof List) {
        list((List<?>) v, indent);
      } else if (v instanceof String && ((String) v).length() > FOLD_ABOVE) {
        folded((String) v, indent + 2);
      } else {
        out.append(' ').append(scalar(v, false)).append('\n');
      }
    }

    private void list(List<?> list, int indent) throws IOException {
      if (flowable(list) && flowLength(list) < 60) {
        out.append(" [");
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ").append(scalar(list.get(i), true));
        }
        out.append("]\n");
        return;
      }
      out.append('\n');
      for (Object item : list) {
        indent(indent + 2);
        out.append('-');
        if (item instanceof Map && !flowMap(asMap(item))) {
          out.append(' ');
          entries(asMap(item), indent + 4, true);
        } else {
          value(item, indent + 2);
        }
      }
    }

    private static boolean flowMap(Map<String, Object> map) {
      return flowable(map.values()) && flowLength(map.keySet()) + flowLength(map.values()) < 60;
    }

    private static boolean flowable(Iterable<?> values) {
      for (Object o : values) {
        if (o instanceof Map
            || o instanceof List
            || (o instanceof String && ((String) o).length() > FOLD_ABOVE)) {
          return false;
        }
      }
      return true;
    }

    private static int flowLength(Iterable<?> values) {
      int n = 0;
      for (Object o : values) {
        n += o.toString().length() + 2;
      }
      return n;
    }

    private void folded(String text, int indent) throws IOException {
      out.append(" >-\n");
      int column = 0;
      for (String word : text.split(" ")) {
        if (column > 0 && column + 1 + word.length() > WIDTH) {
          out.append('\n');
          column = 0;
        }
        if (column == 0) {
          indent(indent);
          column = indent;
        } else {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
      out.append('\n');
    }

    private static String scalar(Object v, boolean flow) {
      if (v instanceof Number) {
        return v.toString();
      }
      String s = (String) v;
      return plain(s, flow) ? s : quoted(s);
    }

    private static boolean plain(String s, boolean flow) {
      if (s.isEmpty()
          || "-?:,[]{}#&*!|>'\"%@` ".indexOf(s.charAt(0)) >= 0
          || s.endsWith(" ")
          || s.endsWith(":")
          || s.contains(": ")
          || s.contains(" #")
          || TYPED.matcher(s).matches()) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 || (flow && ",[]{}".indexOf(c) >= 0)) {
          return false;
        }
      }
      return true;
    }

    private static String quoted(String s) {
      StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append(String.format("\\x%02x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
  }
}
