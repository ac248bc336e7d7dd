package org.liaison.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link TreeWriter} of block YAML in the style of the hand-written examples: flow style for short
 * lists and mappings, {@code >-} folded scalars for long text, quotes only where needed.
 */
final class YamlTreeWriter extends TreeWriter {
  private static final int FOLD_ABOVE = 72;
  private static final int WIDTH = 80;
  private static final Pattern TYPED =
      Pattern.compile(
          "[-+.]?[0-9].*|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no"
              + "|No|NO|on|On|ON|off|Off|OFF|\\.inf|\\.nan");

  YamlTreeWriter(Appendable out) {
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
