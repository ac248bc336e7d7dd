package org.liaison.plugins.exporters.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.plugins.exporters.Texts;

/**
 * One CSV file as RFC 4180 writes it: UTF-8 without a byte order mark, a header row, CRLF after
 * every row, fields that hold a comma, a double quote, CR or LF enclosed in double quotes with
 * inner quotes doubled. Values are rendered by {@link Texts#cell}.
 */
final class CsvTable {
  private final Writer out;
  private final int columns;

  /** Starts a table on {@code out} (not closed) and writes its header row. */
  CsvTable(OutputStream out, List<String> header) throws IOException {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.columns = header.size();
    write(header.toArray());
  }

  /**
   * Writes one row.
   *
   * @throws IllegalArgumentException if the row has not as many cells as the header
   */
  void row(Object... cells) throws IOException {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + columns + " columns");
    }
    write(cells);
  }

  private void write(Object[] cells) throws IOException {
    for (int k = 0; k < cells.length; k++) {
      if (k > 0) {
        out.write(',');
      }
      out.write(field(Texts.cell(cells[k])));
    }
    out.write("\r\n");
  }

  /** A field, quoted where RFC 4180 requires it. */
  static String field(String value) {
    boolean quote = false;
    for (int k = 0; k < value.length() && !quote; k++) {
      char c = value.charAt(k);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** Writes out what is buffered; the stream is left open. */
  void flush() throws IOException {
    out.flush();
  }
}
