package org.liaison.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** Lines of a file as a person's editor counts them, and checks that problems stay inside them. */
final class Lines {
  private Lines() {}

  /**
   * How many lines {@code text} has: one more than its line breaks, so the place just after a final
   * line break counts (an editor puts the cursor there). CR LF, CR and LF are breaks; in YAML,
   * whose parser counts NEL, LS and PS as breaks too, so are they.
   */
  static int count(String text, boolean yaml) {
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        breaks++; // YAML 1.2 and JSON alike: NEL, LS and PS are not line breaks
      }
    }
    return breaks + 1;
  }

  /** The lines of a file, decoded as its byte order mark says, else as UTF-8. */
  static int count(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return count(decode(bytes), !file.toString().endsWith(".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String decode(byte[] b) {
    Charset charset = StandardCharsets.UTF_8;
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
    } else if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
    }
    return new String(b, charset);
  }

  /**
   * Whether a problem has a location in {@code file} on one of its {@code lines}, at a column of 1
   * or more.
   */
  static boolean inside(Problem p, String file, int lines) {
    if (p.location().isEmpty()) {
      return false;
    }
    Location at = p.location().get();
    return at.file().equals(file) && at.line() >= 1 && at.line() <= lines && at.column() >= 1;
  }
}
