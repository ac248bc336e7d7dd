package org.liaison.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The bytes of a YAML stream decoded into a buffer of characters, in the encoding YAML 1.2 (5.2)
 * detects from the first bytes (a byte order mark skipped). Decoding stops at bytes that are not
 * text in that encoding.
 */
final class YamlDecoder {
  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(4096);
  private boolean endOfBytes;
  private boolean decoded; // every byte decoded, the decoder flushed
  private CoderResult malformed;
  private int badByte;

  YamlDecoder(InputStream in) throws IOException {
    this.in = in;
    bytes.limit(0);
    chars.limit(0);
    fillBytes();
    this.charset = detect();
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The characters decoded and not yet taken, ready to read. */
  CharBuffer chars() {
    return chars;
  }

  /** The encoding detected. */
  Charset charset() {
    return charset;
  }

  /** Whether decoding stopped at bytes that are not text. */
  boolean malformed() {
    return malformed != null;
  }

  /** The first byte that is not text, once {@link #malformed()}. */
  int badByte() {
    return badByte;
  }

  /** Whether every byte is decoded. */
  boolean decoded() {
    return decoded;
  }

  /** YAML 1.2, 5.2: a byte order mark, or the zero bytes of an ASCII first character. */
  private Charset detect() {
    int n = bytes.remaining();
    UnicodeDetection.Detected detected =
        UnicodeDetection.yaml(
            n > 0 ? bytes.get(0) & 0xFF : -1,
            n > 1 ? bytes.get(1) & 0xFF : -1,
            n > 2 ? bytes.get(2) & 0xFF : -1,
            n > 3 ? bytes.get(3) & 0xFF : -1);
    bytes.position(detected.bom());
    return detected.charset();
  }

  /** Reads more bytes: at least 4 in the buffer, unless the input ends first. */
  private void fillBytes() throws IOException {
    bytes.compact();
    do {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfBytes = true;
        break;
      }
      bytes.position(bytes.position() + n);
    } while (bytes.position() < 4 && bytes.hasRemaining());
    bytes.flip();
  }

  /**
   * Decodes more characters, if the buffer is empty; stops where the bytes are not text, {@link
   * #malformed()} then true.
   */
  void fill() throws IOException {
    chars.compact();
    try {
      boolean done = false;
      while (!done && chars.position() == 0 && malformed == null) {
        done = decodeMore();
      }
    } finally {
      chars.flip();
    }
  }

  /** Decodes what the bytes hold; true once every byte is decoded and the decoder flushed. */
  private boolean decodeMore() throws IOException {
    CoderResult r = decoder.decode(bytes, chars, endOfBytes);
    if (r.isError()) {
      malformed = r;
      badByte = bytes.get(bytes.position()) & 0xFF;
    } else if (r.isUnderflow()) {
      if (endOfBytes) {
        decoder.flush(chars);
        decoded = true;
        return true;
      }
      fillBytes();
    }
    return false;
  }
}
