package org.liaison.io.internal;

import java.io.InputStream;
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

/** {@link Events} over Jackson's JSON parser. A JSON file holds one document. */
final class JsonEvents implements Events {
  private static final java.util.Map<Long, JsonFactory> FACTORIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Jackson enforces the string and number length limits itself, while it reads the token. */
  private static JsonFactory factory(int maxStringLength, int maxNumberLength) {
    long key = ((long) maxStringLength << 32) | maxNumberLength;
    return FACTORIES.computeIfAbsent(key, k -> JsonFactory.builder()
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
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private boolean started;
  /** Whether the root value of the document has been read to its end. */
  private boolean rootDone;
  private int depth;
  private int token;

  JsonEvents(InputStream in, ReadLimits limits) {
    this.parser = factory(limits.maxStringLength(), limits.maxNumberLength())
        .createParser(ObjectReadContext.empty(), in);
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
        throw new InputException(BuiltinCode.SYNTAX, "a JSON file holds one document, but more"
            + " follows its end: put each document in a file of its own, or use YAML with ---",
            line(), column());
      }
      return false;
    }
    started = true;
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        token = DOC_END;
        return true;
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
      throw new InputException(BuiltinCode.LIMIT,
          "nesting deeper than " + maxDepth + " levels: flatten the data, or raise the depth limit",
          line(), column());
    }
  }

  private InputException syntax(JacksonException e) {
    TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    String message = e.getOriginalMessage();
    if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
      return new InputException(BuiltinCode.LIMIT, constraint(message), line, column);
    }
    int cut = message.indexOf('\n');
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    return new InputException(BuiltinCode.SYNTAX, "malformed JSON: " + message, line, column);
  }

  /** The message of a limit Jackson enforced, told apart by its message: it has no other mark. */
  private String constraint(String jackson) {
    if (jackson.startsWith("Number value length")) {
      return "a number of more than " + maxNumberLength + " digits, the limit: write it shorter,"
          + " or raise the number length limit";
    } else if (jackson.startsWith("Name length")) {
      return "a key of more than " + maxStringLength + " characters, the limit: shorten it,"
          + " or raise the string length limit";
    } else if (jackson.startsWith("String value length")) {
      // Jackson checks the buffer of any token this way, a number's too, as it fills it
      return "a string (or a number) of more than " + maxStringLength + " characters, the limit:"
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
          ? parser.getStringCharacters() : null;
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
   * Jackson's {@code getTokenColumnNr()} is one past the column that its locations give (and
   * that is right): {@code DatasetReaderTest} pins the columns of both kinds of token.
   */
  @Override
  public long position() {
    if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
      TokenStreamLocation at = parser.currentTokenLocation();
      return ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xFFFFFFFFL);
    }
    return ((long) counters.getTokenLineNr() << 32)
        | ((counters.getTokenColumnNr() - 1) & 0xFFFFFFFFL);
  }

  @Override
  public void close() {
    parser.close();
  }
}
