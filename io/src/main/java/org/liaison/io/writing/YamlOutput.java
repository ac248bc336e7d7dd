package org.liaison.io.writing;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * YAML that YAML 1.1 readers read back as written too. Jackson writes YAML 1.2, where NEL (U+0085),
 * LS (U+2028) and PS (U+2029) are ordinary characters; YAML 1.1 takes them for line breaks. So a
 * string or key holding one is written double-quoted, even a string of several lines that Jackson
 * would write as a literal block ({@code |}), and in double quotes LS and PS are written as the
 * escapes {@code \u2028} and {@code \u2029} (the emitter escapes NEL as {@code \N} itself, but
 * leaves LS and PS raw, which breaks a simple key; snakeyaml-engine, the reader's YAML 1.2 parser,
 * does not read the shorter escapes {@code \L} and {@code \P}).
 */
public final class YamlOutput {
  private YamlOutput() {}

  /** A YAML factory as {@code builder} makes it, whose generators quote text with these breaks. */
  public static YAMLFactory factory(YAMLFactoryBuilder builder) {
    return new Factory(builder.stringQuotingChecker(new BreaksQuoted()));
  }

  /**
   * The writer a generator of {@link #factory} writes to: it escapes LS and PS, which only occur in
   * double-quoted scalars there.
   */
  public static Writer escapingBreaks(Writer out) {
    return new BreakEscapes(out);
  }

  static boolean hasBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s} is written like a date ({@code 2024}, {@code 2024-06}, {@code 2024-06-12},
   * {@code --06-12}): such values are quoted, as in the examples, so that no YAML 1.1 reader
   * (PyYAML) takes {@code 2024-06-12} for a date object while {@code 2024-06} stays a string.
   */
  static boolean looksLikeDate(String s) {
    int n = s.length();
    if (n == 7 && s.startsWith("--")) {
      return digits(s, 2, 4) && s.charAt(4) == '-' && digits(s, 5, 7);
    }
    return (n == 4 || n == 7 || n == 10)
        && digits(s, 0, 4)
        && (n < 7 || s.charAt(4) == '-' && digits(s, 5, 7))
        && (n < 10 || s.charAt(7) == '-' && digits(s, 8, 10));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Quotes names and one-line values that hold NEL, LS or PS, and values written like dates. */
  private static final class BreaksQuoted extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return hasBreak(name) || super.needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return hasBreak(value) || looksLikeDate(value) || super.needToQuoteValue(value);
    }
  }

  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext context, IOContext io, Writer out) {
      return new Generator(
          context,
          io,
          context.getStreamWriteFeatures(_streamWriteFeatures),
          context.getFormatWriteFeatures(_formatWriteFeatures),
          _quotingChecker,
          out,
          _version,
          _dumpSettings);
    }
  }

  /** Writes a string of several lines that holds NEL, LS or PS double-quoted, not as a block. */
  private static final class Generator extends YAMLGenerator {
    Generator(
        ObjectWriteContext context,
        IOContext io,
        int streamFeatures,
        int yamlFeatures,
        StringQuotingChecker quoting,
        Writer out,
        SpecVersion version,
        DumpSettings settings) {
      super(context, io, streamFeatures, yamlFeatures, quoting, out, version, settings);
    }

    @Override
    public JsonGenerator writeString(String text) {
      if (text != null && text.indexOf('\n') >= 0 && hasBreak(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
        return this;
      }
      return super.writeString(text);
    }
  }

  /** Replaces LS and PS with their YAML escapes. */
  private static final class BreakEscapes extends FilterWriter {
    BreakEscapes(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (c == '\u2028') {
        out.write("\\u2028");
      } else if (c == '\u2029') {
        out.write("\\u2029");
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      int start = offset;
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\u2028' || buffer[i] == '\u2029') {
          out.write(buffer, start, i - start);
          write(buffer[i]);
          start = i + 1;
        }
      }
      out.write(buffer, start, offset + length - start);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      int start = offset;
      for (int i = offset; i < offset + length; i++) {
        char c = s.charAt(i);
        if (c == '\u2028' || c == '\u2029') {
          out.write(s, start, i - start);
          write(c);
          start = i + 1;
        }
      }
      out.write(s, start, offset + length - start);
    }
  }
}
