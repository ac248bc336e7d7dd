package org.liaison.io.tokens;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text file by its first four bytes ({@code -1} past the end): a byte order mark,
 * or the zero bytes of an ASCII start. JSON (RFC 4627, 3) and YAML 1.2 (5.2) read the zero bytes
 * alike but for two characters of UTF-16, which YAML requires before it takes a file for UTF-16.
 */
final class UnicodeDetection {
  /** An encoding and the length of its byte order mark, 0 if there is none. */
  record Detected(Charset charset, int bom) {}

  private static final Detected UTF_8 = new Detected(StandardCharsets.UTF_8, 0);

  private UnicodeDetection() {}

  /** The encoding of JSON text. */
  static Detected json(int b0, int b1, int b2, int b3) {
    Detected bom = byteOrderMark(b0, b1, b2, b3);
    if (bom != null) {
      return bom;
    } else if (b0 == 0 && b1 > 0) {
      return new Detected(StandardCharsets.UTF_16BE, 0);
    } else if (b0 > 0 && b1 == 0) {
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    return UTF_8;
  }

  /** The encoding of a YAML stream. */
  static Detected yaml(int b0, int b1, int b2, int b3) {
    Detected bom = byteOrderMark(b0, b1, b2, b3);
    if (bom != null) {
      return bom;
    } else if (b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0) {
      return new Detected(StandardCharsets.UTF_16BE, 0); // two ASCII characters, no mark
    } else if (b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0) {
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    return UTF_8;
  }

  /** A byte order mark, or the zero bytes of UTF-32, which are tried before those of UTF-16. */
  private static Detected byteOrderMark(int b0, int b1, int b2, int b3) {
    Detected utf32 = utf32(b0, b1, b2, b3);
    if (utf32 != null) {
      return utf32;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    } else if (b0 == 0xFF && b1 == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    return null;
  }

  /** UTF-32 by its byte order mark or its zero bytes, or null. */
  private static Detected utf32(int b0, int b1, int b2, int b3) {
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return new Detected(Charset.forName("UTF-32BE"), 4);
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return new Detected(Charset.forName("UTF-32LE"), 4);
    } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return new Detected(Charset.forName("UTF-32BE"), 0);
    } else if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return new Detected(Charset.forName("UTF-32LE"), 0);
    }
    return null;
  }
}
