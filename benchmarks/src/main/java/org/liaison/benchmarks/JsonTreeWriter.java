package org.liaison.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@link TreeWriter} of pretty-printed JSON. */
final class JsonTreeWriter extends TreeWriter {
  JsonTreeWriter(Appendable out) {
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
