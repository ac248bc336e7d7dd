package org.liaison.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.io.ReadLimits;
import org.liaison.model.BuiltinCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** {@link TokenStream} over Jackson's JSON parser. A JSON file holds one document. */
public final class JsonTokens implements TokenStream {
  private static final Map<Long, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

  /** Jackson enforces the string and number length limits itself, while it reads the token. */
  private static JsonFactory factory(int maxStringLength, int maxNumberLength) {
    long key = ((long) maxStringLength << 32) | maxNumberLength;
    return FACTORIES.computeIfAbsent(
        key,
        k ->
            JsonFactory.builder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(Integer.MAX_VALUE)
                        .maxStringLength(maxStringLength)
                        .maxNameLength(maxStringLength)
                        .maxNumberLength(maxNumberLength)
                        .maxDocumentLength(-1)
                        .build())
                .build());
  }

  private final JsonParser parser;
  private final ParserBase counters;

  /** The bytes of a UTF-8 file on their way to Jackson; null for text decoded before it. */
  private final JsonInput input;

  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private boolean started;

  /** Whether the root value of the document has been read to its end. */
  private boolean rootDone;

  private int depth;
  private int token;

  /**
   * Reads {@code in}, which must support marks, in the encoding RFC 4627 detects (UTF-8 unless a
   * byte order mark or the zero bytes of an ASCII start say UTF-16 or UTF-32).
   */
  public JsonTokens(InputStream in, ReadLimits limits) throws IOException {
    JsonFactory factory = factory(limits.maxStringLength(), limits.maxNumberLength());
    Charset charset = detect(in);
    if (charset == StandardCharsets.UTF_8) {
      this.input = new JsonInput(in);
      this.parser = factory.createParser(ObjectReadContext.empty(), input);
    } else {
      this.input = null;
      this.parser = factory.createParser(ObjectReadContext.empty(), new DecodedText(in, charset));
    }
    this.counters = (ParserBase) parser;
    this.maxDepth = limits.maxDepth();
    this.maxStringLength = limits.maxStringLength();
    this.maxNumberLength = limits.maxNumberLength();
  }

  @Override
  public boolean nextDocument() {
    if (started) {
      JsonToken more;
      try {
        more = parser.nextToken();
      } catch (JacksonException e) {
        throw syntax(e);
      }
      if (more != null) {
        throw new InputException(
            BuiltinCode.SYNTAX,
            "a JSON file holds one document, but more"
                + " follows its end: put each document in a file of its own, or use YAML with ---",
            line(),
            column());
      }
      return false;
    }
    started = true;
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw new InputException(
            BuiltinCode.SYNTAX,
            "the file is empty (or holds only spaces):"
                + " a JSON file holds one object, `{\"liaison\": 1, …}`",
            1,
            1);
      }
      token = map(t);
      rootDone = depth == 0;
      return true;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  /**
   * The next token of the document; once its root value is complete, the end of the document,
   * without reading on: whatever follows is for {@link #nextDocument()} to refuse.
   */
  @Override
  public int next() {
    if (rootDone) {
      return token = DOC_END;
    }
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return token = DOC_END;
      }
      token = map(t);
      rootDone = depth == 0;
      return token;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  private int map(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        enter();
        return START_MAP;
      case START_ARRAY:
        enter();
        return START_LIST;
      case END_OBJECT:
        depth--;
        return END_MAP;
      case END_ARRAY:
        depth--;
        return END_LIST;
      case PROPERTY_NAME:
        return KEY;
      case VALUE_NULL:
        return NULL;
      default:
        return SCALAR;
    }
  }

  private void enter() {
    if (++depth > maxDepth) {
      throw new InputException(
          BuiltinCode.LIMIT,
          "nesting deeper than " + maxDepth + " levels: flatten the data, or raise the depth limit",
          line(),
          column());
    }
  }

  /**
   * The encoding of JSON text by its first bytes (RFC 4627, 3; a byte order mark too), skipping a
   * byte order mark: Jackson then reads UTF-8 bytes, or characters.
   */
  private static Charset detect(InputStream in) throws IOException {
    in.mark(4);
    byte[] b = in.readNBytes(4);
    in.reset();
    int n = b.length;
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return skip(in, 4, Charset.forName("UTF-32BE"));
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return skip(in, 4, Charset.forName("UTF-32LE"));
    } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return Charset.forName("UTF-32BE");
    } else if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return Charset.forName("UTF-32LE");
    } else if (b0 == 0xFE && b1 == 0xFF) {
      return skip(in, 2, StandardCharsets.UTF_16BE);
    } else if (b0 == 0xFF && b1 == 0xFE) {
      return skip(in, 2, StandardCharsets.UTF_16LE);
    } else if (b0 == 0 && b1 > 0) {
      return StandardCharsets.UTF_16BE;
    } else if (b0 > 0 && b1 == 0) {
      return StandardCharsets.UTF_16LE;
    } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return skip(in, 3, StandardCharsets.UTF_8);
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset skip(InputStream in, int n, Charset charset) throws IOException {
    in.skipNBytes(n);
    return charset;
  }

  private InputException syntax(JacksonException e) {
    TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    if (loc != null && input != null && column > 0) {
      column = input.column(loc.getByteOffset(), column);
    }
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return new InputException(BuiltinCode.LIMIT, constraint(message), line, column);
    }
    int cut = message.indexOf('\n');
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    return new InputException(
        BuiltinCode.SYNTAX, "malformed JSON: " + plain(message), line, column);
  }

  /**
   * Jackson's message in words a user reads: the end of input inside a list or an object said as
   * such, and no location of Jackson's own (the problem has its place), which names a source
   * Jackson was told not to name.
   */
  static String plain(String jackson) {
    if (jackson.startsWith("Unexpected end-of-input: expected close marker for Array")) {
      return "the file ends inside a list: close it with `]`";
    }
    if (jackson.startsWith("Unexpected end-of-input: expected close marker for Object")) {
      return "the file ends inside an object: close it with `}`";
    }
    return jackson
        .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
        .replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
  }

  /** The message of a limit Jackson enforced, told apart by its message: it has no other mark. */
  private String constraint(String jackson) {
    if (jackson.startsWith("Number value length")) {
      return "a number of more than "
          + maxNumberLength
          + " digits, the limit: write it shorter,"
          + " or raise the number length limit";
    } else if (jackson.startsWith("Name length")) {
      return "a key of more than "
          + maxStringLength
          + " characters, the limit: shorten it,"
          + " or raise the string length limit";
    } else if (jackson.startsWith("String value length")) {
      // Jackson checks the buffer of any token this way, a number's too, as it fills it
      return "a string (or a number) of more than "
          + maxStringLength
          + " characters, the limit:"
          + " shorten it, or raise the string length limit";
    }
    return "input past a limit of the JSON parser: " + jackson;
  }

  @Override
  public int current() {
    return token;
  }

  @Override
  public String text() {
    try {
      String text = token == KEY ? parser.currentName() : parser.getString();
      Surrogates.check(text, line(), column()); // where a string is used, not where skipped
      return text;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  @Override
  public char[] textBuffer() {
    try {
      return token == SCALAR && parser.currentToken() == JsonToken.VALUE_STRING
          ? parser.getStringCharacters()
          : null;
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  @Override
  public int textOffset() {
    return parser.getStringOffset();
  }

  @Override
  public int textLength() {
    return parser.getStringLength();
  }

  @Override
  public boolean quoted() {
    return parser.currentToken() == JsonToken.VALUE_STRING;
  }

  @Override
  public int line() {
    return (int) (position() >>> 32);
  }

  @Override
  public int column() {
    return (int) position();
  }

  /**
   * A key's place comes from {@code currentTokenLocation()}, which makes an object; any other
   * token's from the parser's counters, which does not, as this runs for every record and value.
   * Jackson's {@code getTokenColumnNr()} is one past the column that its locations give (and that
   * is right): {@code DatasetReaderTest} pins the columns of both kinds of token.
   */
  @Override
  public long position() {
    int line;
    int column;
    long offset;
    if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
      TokenStreamLocation at = parser.currentTokenLocation();
      line = at.getLineNr();
      column = at.getColumnNr();
      offset = at.getByteOffset();
    } else {
      line = counters.getTokenLineNr();
      column = counters.getTokenColumnNr() - 1;
      offset = counters.getTokenCharacterOffset();
    }
    if (input != null && !input.plain()) {
      column = input.column(offset, column);
    }
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  @Override
  public void close() {
    parser.close();
  }

  /**
   * JSON text in UTF-16 or UTF-32, decoded for Jackson; bytes that are not text end the file with a
   * problem at their line and column.
   */
  private static final class DecodedText extends Reader {
    private final Reader in;
    private final Charset charset;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    DecodedText(InputStream bytes, Charset charset) {
      this.in =
          new InputStreamReader(
              bytes,
              charset
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      this.charset = charset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = in.read(buffer, offset, length);
      } catch (CharacterCodingException e) {
        throw new InputException(
            BuiltinCode.SYNTAX,
            "the file is not valid "
                + charset.name()
                + ": the bytes here do not form a character; save the file as UTF-8",
            line,
            column);
      }
      for (int i = 0; i < n; i++) {
        char c = buffer[offset + i];
        if (c == '\n' && afterCr) {
          afterCr = false;
        } else if (c == '\n' || c == '\r') {
          line++;
          column = 1;
          afterCr = c == '\r';
        } else {
          column++;
          afterCr = false;
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
