package org.liaison.plugins.exporters.markdown;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CommonMark with GitHub's tables: headings, bullet items and pipe tables, every text
 * escaped so that it reads as the text it is, never as markup.
 */
final class MarkdownWriter {
  /** ASCII punctuation that can start inline markup, a table cell's end or a heading's close. */
  private static final String SPECIAL = "\\`*_[]<>|~&!#$";

  private final Writer out;

  MarkdownWriter(Writer out) {
    this.out = out;
  }

  /**
   * {@code text} as Markdown inline text: whitespace runs (line breaks too) become one space and
   * characters that could be read as markup are backslash-escaped.
   */
  static String text(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    StringBuilder s = new StringBuilder(flat.length() + 8);
    for (char c : flat.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** An id as inline code; ids hold no character that needs escaping there. */
  static String code(Object id) {
    return "`" + id + "`";
  }

  /** Writes a heading of {@code level} (1–6) with escaped {@code text}, and a blank line. */
  void heading(int level, String text) throws IOException {
    out.write("#".repeat(level) + " " + text(text) + "\n\n");
  }

  /** Writes a paragraph of already escaped Markdown, and a blank line. */
  void paragraph(String markdown) throws IOException {
    out.write(markdown + "\n\n");
  }

  /** Writes bullet items of already escaped Markdown, and a blank line; nothing if empty. */
  void bullets(List<String> items) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    for (String item : items) {
      out.write("- " + item + "\n");
    }
    out.write("\n");
  }

  /**
   * Writes a table: a header row of escaped {@code headers}, then rows of already escaped cells
   * (each row as many cells as headers), and a blank line; nothing if there are no rows.
   */
  void table(List<String> headers, List<List<String>> rows) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    out.write(row(headers.stream().map(MarkdownWriter::text).toList()));
    out.write(row(headers.stream().map(h -> "---").toList()));
    for (List<String> r : rows) {
      out.write(row(r));
    }
    out.write("\n");
  }

  private static String row(List<String> cells) {
    return cells.stream()
        .map(c -> c.isEmpty() ? " " : c)
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  /** Flushes what was written. */
  void flush() throws IOException {
    out.flush();
  }
}
