package org.liaison.io.tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.liaison.io.ReadLimits;

/**
 * The tokens of a YAML file as each of the two YAML readers hands them out, one line of text per
 * token: its kind, its text, whether quoted, its line and column. For tests that hold {@link
 * BlockYamlTokens} to {@link YamlTokens} token by token.
 */
public final class TokenTexts {
  private TokenTexts() {}

  /**
   * The tokens {@link BlockYamlTokens} reads from {@code bytes}, or {@code null} where it leaves
   * the file to SnakeYAML.
   */
  public static List<String> block(byte[] bytes, ReadLimits limits) {
    BlockYamlTokens e = new BlockYamlTokens(bytes, bytes.length, limits);
    boolean read = e.readsAll();
    if (e.defect() != null) {
      throw new AssertionError(
          "BlockYamlTokens failed instead of leaving the file to SnakeYAML", e.defect());
    }
    return read ? tokens(e) : null;
  }

  /**
   * The tokens {@link YamlTokens} reads from {@code bytes}; where it finds a problem, the tokens
   * before it and a last line naming the problem and its place.
   */
  public static List<String> snake(byte[] bytes, ReadLimits limits) {
    List<String> out = new ArrayList<>();
    try {
      YamlTokens e =
          new YamlTokens(
              new YamlInput(new ByteArrayInputStream(bytes), limits.maxStringLength()), limits);
      tokens(e, out);
    } catch (InputException e) {
      out.add("problem " + e.code + " at " + e.line + ":" + e.column + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The line at which {@link BlockYamlTokens} leaves {@code bytes} to SnakeYAML, or 0. */
  public static int refusedLine(byte[] bytes, ReadLimits limits) {
    BlockYamlTokens e = new BlockYamlTokens(bytes, bytes.length, limits);
    return e.readsAll() ? 0 : e.refusedLine();
  }

  /**
   * Which reader {@code TokenStreams} picks for {@code bytes}: true for {@link BlockYamlTokens}.
   */
  public static boolean loaderReadsWithoutSnakeYaml(byte[] bytes, ReadLimits limits) {
    try {
      return new TokenStreams(limits).yaml(new ByteArrayInputStream(bytes))
          instanceof BlockYamlTokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> tokens(TokenStream e) {
    List<String> out = new ArrayList<>();
    tokens(e, out);
    return out;
  }

  private static void tokens(TokenStream e, List<String> out) {
    while (e.nextDocument()) {
      out.add("document");
      while (true) {
        int t = e.current();
        StringBuilder s = new StringBuilder().append(name(t));
        if (t == TokenStream.KEY || t == TokenStream.SCALAR || t == TokenStream.NULL) {
          String text = e.text();
          s.append(' ').append(e.quoted() ? "quoted " : "plain ").append(escape(text));
          char[] buffer = e.textBuffer();
          if (buffer != null) {
            String fromBuffer = new String(buffer, e.textOffset(), e.textLength());
            if (!fromBuffer.equals(text)) {
              s.append(" (buffer holds ").append(escape(fromBuffer)).append(')');
            }
          }
        }
        if (e.position() != (((long) e.line() << 32) | (e.column() & 0xFFFFFFFFL))) {
          s.append(" (position() disagrees with line() and column())");
        }
        s.append(" @").append(e.line()).append(':').append(e.column());
        out.add(s.toString());
        if (t == TokenStream.DOC_END) {
          break;
        }
        e.next();
      }
    }
  }

  private static String name(int token) {
    switch (token) {
      case TokenStream.START_MAP:
        return "START_MAP";
      case TokenStream.END_MAP:
        return "END_MAP";
      case TokenStream.START_LIST:
        return "START_LIST";
      case TokenStream.END_LIST:
        return "END_LIST";
      case TokenStream.KEY:
        return "KEY";
      case TokenStream.SCALAR:
        return "SCALAR";
      case TokenStream.NULL:
        return "NULL";
      case TokenStream.DOC_END:
        return "DOC_END";
      default:
        return "?" + token;
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c > 0x7E) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
