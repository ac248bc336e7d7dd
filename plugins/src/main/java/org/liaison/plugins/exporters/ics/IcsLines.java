package org.liaison.plugins.exporters.ics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Content lines of RFC 5545: each ends with CRLF and is folded so that no line is longer than 75
 * octets, never inside a UTF-8 sequence; a continuation line starts with one space.
 */
final class IcsLines {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final int LIMIT = 75;

  private final OutputStream out;

  IcsLines(OutputStream out) {
    this.out = out;
  }

  /** Writes the content line {@code name:value}; {@code value} must already be escaped. */
  void line(String name, String value) throws IOException {
    byte[] bytes = (name + ":" + value).getBytes(StandardCharsets.UTF_8);
    int start = 0;
    int room = LIMIT;
    while (bytes.length - start > room) {
      int end = start + room;
      while ((bytes[end] & 0xC0) == 0x80) { // a UTF-8 continuation byte: fold before its lead
        end--;
      }
      out.write(bytes, start, end - start);
      out.write(CRLF);
      out.write(' ');
      start = end;
      room = LIMIT - 1;
    }
    out.write(bytes, start, bytes.length - start);
    out.write(CRLF);
  }

  /**
   * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break as {@code
   * \n}; other control characters, which TEXT does not allow, become spaces.
   */
  static String text(String value) {
    StringBuilder s = new StringBuilder(value.length() + 8);
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case ';' -> s.append("\\;");
        case ',' -> s.append("\\,");
        case '\n' -> s.append("\\n");
        case '\r' -> {}
        default -> s.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return s.toString();
  }

  /**
   * A parameter value as a quoted string (RFC 5545 §3.1): a double quote, which a quoted string
   * cannot hold, becomes a single quote; control characters become spaces.
   */
  static String param(String value) {
    StringBuilder s = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      s.append(c == '"' ? '\'' : c < 0x20 || c == 0x7f ? ' ' : c);
    }
    return s.append('"').toString();
  }
}
