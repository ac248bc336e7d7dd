package org.liaison.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
  private final JsonProblems problems;
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
    this.problems = new JsonProblems(limits.maxStringLength(), limits.maxNumberLength());
  }

  @Override
  public boolean nextDocument() {
    if (started) {
      refuseMore();
      return false;
    }
    started = true;
    JsonToken t = nextJsonToken();
    if (t == null) {
      throw empty();
    }
    token = map(t);
    rootDone = depth == 0;
    return true;
  }

  private static InputException empty() {
    return new InputException(
        BuiltinCode.SYNTAX,
        "the file is empty (or holds only spaces):"
            + " a JSON file holds one object, `{\"liaison\": 1, …}`",
        1,
        1);
  }

  /** Refuses anything after the end of the document but white space. */
  private void refuseMore() {
    if (nextJsonToken() != null) {
      throw new InputException(
          BuiltinCode.SYNTAX,
          "a JSON file holds one document, but more"
              + " follows its end: put each document in a file of its own, or use YAML with ---",
          line(),
          column());
    }
  }

  private JsonToken nextJsonToken() {
    try {
      return parser.nextToken();
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
    UnicodeDetection.Detected detected =
        UnicodeDetection.json(
            n > 0 ? b[0] & 0xFF : -1,
            n > 1 ? b[1] & 0xFF : -1,
            n > 2 ? b[2] & 0xFF : -1,
            n > 3 ? b[3] & 0xFF : -1);
    in.skipNBytes(detected.bom());
    return detected.charset();
  }

  private InputException syntax(JacksonException e) {
    return problems.of(e, parser.currentLocation(), input);
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
    if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
      TokenStreamLocation at = parser.currentTokenLocation();
      return position(at.getLineNr(), at.getColumnNr(), at.getByteOffset());
    }
    return position(
        counters.getTokenLineNr(),
        counters.getTokenColumnNr() - 1,
        counters.getTokenCharacterOffset());
  }

  /** A place, its column in bytes at {@code offset} made UTF-16 units. */
  private long position(int line, int column, long offset) {
    if (input != null && !input.plain()) {
      column = input.column(offset, column);
    }
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  @Override
  public void close() {
    parser.close();
  }
}
