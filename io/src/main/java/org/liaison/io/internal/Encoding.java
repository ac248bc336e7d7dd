package org.liaison.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * Places an invalid UTF-8 byte sequence at its line and column. The YAML parser's decoder
 * reports only that the input is malformed; this reads the file again, only then, to say where.
 */
final class Encoding {
  static final String NOT_UTF8 = "the file is not valid UTF-8";

  private Encoding() {}

  /** Replaces an unplaced encoding problem of {@code result} with a placed one. */
  static void locateMalformed(FileResult result, Path path) {
    for (int i = 0; i < result.problems.size(); i++) {
      Problem p = result.problems.get(i);
      boolean unplaced = p.location().map(l -> l.line() == 0).orElse(true);
      if (unplaced && p.message().contains(NOT_UTF8)) {
        try {
          Problem placed = place(p, path, Files.readAllBytes(path));
          result.problems.set(i, placed);
        } catch (IOException e) {
          return; // keep the unplaced problem
        }
      }
    }
  }

  private static Problem place(Problem p, Path path, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      return p;
    }
    out.flip();
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c != '\uFEFF' || line > 1 || column > 1) {
        column++;
      }
    }
    int bad = bytes[in.position()] & 0xff;
    return BuiltinCode.SYNTAX.problem(String.format("%s: the byte 0x%02X here does not start a"
            + " valid character; save the file as UTF-8", NOT_UTF8, bad))
        .location(Location.of(path.toString(), line, column))
        .build();
  }
}
