package org.liaison.io.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.liaison.io.Directive;
import org.liaison.io.ReadLimits;
import org.liaison.io.shared.TextTable;

/**
 * {@link TokenStream} over the YAML that data files are made of, read straight from UTF-8 bytes
 * held in memory: block mappings and lists, plain and quoted scalars on one line, folded and
 * literal block scalars, lists and mappings in brackets (nested too) on one line, comments and
 * {@code ---} between documents. It gives the same tokens, texts and places as {@link YamlTokens}
 * over SnakeYAML does, without SnakeYAML's tokens, events and marks: a YAML load then costs about
 * what a JSON load does.
 *
 * <p>Anything else it does not read: it throws {@link Unsupported}, and the file is read by {@link
 * YamlTokens}, which reads all of YAML and says what is wrong with a file that is not. That
 * includes every malformed file, every file past a limit, and anchors, aliases, tags, tabs where
 * YAML 1.2 does not allow them as white space within a line (in indentation, say), carriage returns
 * but before a line feed, scalars over several lines (but block scalars), flow collections over
 * several lines, and keep chomping or explicit indentation of block scalars. So that no token is
 * handed out of a file that turns out not to be read here, {@link #readsAll()} first reads the
 * whole file without making strings, then starts over to hand out its tokens: the second reading
 * meets the same bytes, and cannot throw.
 *
 * <p>The differential test ({@code YamlReadersAgreeTest}) checks every token against {@link
 * YamlTokens} on the test files, generated data and random mutations of them.
 */
public final class BlockYamlTokens implements TokenStream {
  /** The file is not in the subset read here: read it with {@link YamlTokens}. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super("not in the YAML subset read without SnakeYAML", null, false, false);
    }
  }

  /**
   * The most bytes from a key's start to its colon read here: SnakeYAML looks no further than 1,024
   * characters for the colon of a key on one line.
   */
  private static final int MAX_KEY = 1_000;

  /** The deepest brackets read here: they are read by recursion. */
  private static final int MAX_FLOW_DEPTH = 1_000;

  private static final byte MAP = 1;
  private static final byte LIST = 2;

  /** A list whose dashes stand at the indentation of the mapping it is a value of. */
  private static final byte INDENTLESS_LIST = 3;

  private byte[] data;
  private int end;
  private final int maxDepth;
  private final int maxString;
  private final int maxLine;
  private final int maxDocuments;

  // the line read last: [lineFrom, lineEnd), its 1-based number, whether it is all ASCII
  private int next; // where the line after it starts
  private int lineNumber;
  private int lineFrom;
  private int lineEnd;
  private int line;
  private boolean ascii;
  private boolean pending; // the line read last is still to be handled

  // open blocks, innermost last
  private byte[] kind = new byte[16];
  private int[] indent = new int[16];
  private int depth;
  private int flowDepth;
  private boolean awaiting; // the innermost block's key or dash has its value on later lines
  private long emptyAt; // where the value is, if it turns out empty
  private boolean inDocument;
  private boolean rootSeen;
  private boolean nextDocumentStarted; // a --- ended the document and began the next
  private int documents;
  private int refusedLine;
  private RuntimeException defect;
  private boolean countOnly; // in readsAll(): texts are counted, not decoded
  private boolean checked; // readsAll() has read the input: its characters are known to be good

  // tokens read from the current line and not handed out yet
  private int[] types = new int[64];
  private long[] places = new long[64];
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private boolean[] quotes = new boolean[64];
  private int head;
  private int tail;
  private char[] texts = new char[1024];
  private int used;

  private TextTable<String> keys; // quoted keys; made at the first handed out
  // plain keys met, by their bytes: kept by the reader, from file to file
  private byte[][] keyBytes = new byte[64][];
  private int[] keyHashes = new int[64];
  private String[] keyStrings = new String[64];
  private int keyCount;
  private int token;
  private long place;
  private int offset;
  private int length;
  private boolean quoted;
  private String text;
  private Directives directives;

  /** A reader under the given limits, of no input yet: see {@link #reset}. */
  public BlockYamlTokens(ReadLimits limits) {
    this.maxDepth = limits.maxDepth();
    this.maxString = limits.maxStringLength();
    this.maxLine = YamlInput.maxLine(limits.maxStringLength());
    this.maxDocuments = limits.maxDocuments();
  }

  /** Reads the UTF-8 bytes {@code [0, length)} of {@code bytes}, which must not change. */
  public BlockYamlTokens(byte[] bytes, int length, ReadLimits limits) {
    this(limits);
    reset(bytes, length);
  }

  /**
   * Starts over on the UTF-8 bytes {@code [0, length)} of {@code bytes}, which must not change
   * while they are read, keeping the buffers (and the keys met) of what was read before: one reader
   * reads the many files of a directory, each twice.
   */
  public BlockYamlTokens reset(byte[] bytes, int length) {
    data = bytes;
    end = length;
    next = 0;
    if (byteOrderMark(0)) {
      next = 3; // the byte order mark is not a character of the first line
    }
    lineNumber = 0;
    line = 0;
    pending = false;
    depth = 0;
    flowDepth = 0;
    awaiting = false;
    inDocument = false;
    rootSeen = false;
    nextDocumentStarted = false;
    documents = 0;
    refusedLine = 0;
    defect = null;
    countOnly = false;
    checked = false;
    head = 0;
    tail = 0;
    used = 0;
    token = 0;
    text = null;
    directives = null;
    return this;
  }

  /**
   * Whether the whole input is read here: reads it to the end, every token, making no string, then
   * starts over, ready to hand the tokens out. {@code false} where it meets anything {@link
   * YamlTokens} is for. The second reading skips what the first checked: the characters of each
   * line, and the length of each text.
   */
  public boolean readsAll() {
    countOnly = true;
    try {
      while (nextDocument()) {
        while (token != DOC_END) {
          next();
        }
      }
    } catch (RuntimeException e) { // Unsupported, the usual one
      // anything else thrown is a defect of this reader: SnakeYAML reads the file instead, and
      // the tests see it (defect())
      defect = e instanceof Unsupported ? null : e;
      refusedLine = line;
      countOnly = false;
      return false;
    }
    reset(data, end);
    checked = true;
    return true;
  }

  /** What {@link #readsAll()} caught other than {@link Unsupported}: a defect, or null. */
  RuntimeException defect() {
    return defect;
  }

  /** The line at which {@link #readsAll()} found the file outside the subset, or 0. */
  int refusedLine() {
    return refusedLine;
  }

  @Override
  public boolean nextDocument() {
    if (nextDocumentStarted) {
      nextDocumentStarted = false;
    } else {
      while (true) {
        if (!nextLine()) {
          return false;
        }
        int n = spaces(lineFrom);
        int p = lineStart(lineFrom + n);
        if (p == lineEnd || data[p] == '#') {
          comment(p);
          continue;
        }
        if (n == 0 && marker(p)) {
          startDocument();
          break;
        }
        pending = true; // a document without ---
        startDocument();
        break;
      }
    }
    inDocument = true;
    rootSeen = false;
    next();
    return true;
  }

  private void startDocument() {
    if (++documents > maxDocuments) {
      throw Unsupported.INSTANCE;
    }
  }

  /** Whether the line at {@code p}, its start, is {@code ---}; refuses {@code ...}, {@code %}. */
  private boolean marker(int p) {
    byte c = data[p];
    if (c == '%') {
      throw Unsupported.INSTANCE;
    }
    if ((c == '-' || c == '.')
        && p + 3 <= lineEnd
        && data[p + 1] == c
        && data[p + 2] == c
        && (p + 3 == lineEnd || blank(data[p + 3]))) {
      if (c == '.') {
        throw Unsupported.INSTANCE;
      }
      int q = skipSpaces(p + 3);
      if (q != lineEnd && !(data[q] == '#' && blank(data[q - 1]))) {
        throw Unsupported.INSTANCE; // a node on the line of ---
      }
      comment(q);
      return true;
    }
    return false;
  }

  @Override
  public int next() {
    if (head == tail) {
      head = 0;
      tail = 0;
      used = 0;
      if (!inDocument) {
        return token = DOC_END;
      }
      fill();
    }
    int i = head++;
    token = types[i];
    place = places[i];
    offset = offsets[i];
    length = lengths[i];
    quoted = quotes[i];
    text = null;
    if (token == DOC_END) {
      inDocument = false;
    }
    return token;
  }

  /** Reads lines until one gives tokens. */
  private void fill() {
    while (head == tail) {
      if (!pending && !nextLine()) {
        endOfInput();
        return;
      }
      pending = false;
      int n = spaces(lineFrom);
      int p = lineStart(lineFrom + n);
      if (p == lineEnd || data[p] == '#') {
        comment(p);
        continue;
      }
      if (n == 0 && marker(p)) {
        if (!rootSeen) {
          throw Unsupported.INSTANCE; // an empty document
        }
        endDocument(place(p));
        startDocument();
        nextDocumentStarted = true;
        return;
      }
      line(n, p);
    }
  }

  private void endOfInput() {
    if (!rootSeen) {
      throw Unsupported.INSTANCE; // --- and nothing after it
    }
    long at;
    if (end == 0 || data[end - 1] == '\n') {
      at = ((long) (lineNumber + 1) << 32) | 1;
    } else {
      at = ((long) line << 32) | (column(lineEnd) & 0xFFFFFFFFL);
    }
    endDocument(at);
  }

  private void endDocument(long at) {
    if (awaiting) {
      awaiting = false;
      add(NULL, emptyAt, 0, 0, false);
    }
    while (depth > 0) {
      close(at);
    }
    add(DOC_END, at, 0, 0, false);
  }

  /** Handles a line with content, indented by {@code n} spaces, its first character at p. */
  private void line(int n, int p) {
    boolean dash = dash(p);
    if (depth == 0) {
      if (rootSeen) {
        throw Unsupported.INSTANCE; // a second root without ---
      }
      rootSeen = true;
      if (dash) {
        open(LIST, n, p);
        entry(p);
      } else {
        open(MAP, n, p);
        if (!keyValue(p)) {
          throw Unsupported.INSTANCE;
        }
      }
      return;
    }
    if (awaiting) {
      awaiting = false;
      int i = indent[depth - 1];
      if (n > i) {
        if (dash) {
          open(LIST, n, p);
          entry(p);
        } else {
          open(MAP, n, p);
          if (!keyValue(p)) {
            throw Unsupported.INSTANCE; // a scalar on the line below its key or dash
          }
        }
        return;
      }
      if (n == i && dash && kind[depth - 1] == MAP) {
        open(INDENTLESS_LIST, n, p);
        entry(p);
        return;
      }
      add(NULL, emptyAt, 0, 0, false);
    }
    long at = place(p);
    while (depth > 0) {
      int i = indent[depth - 1];
      if (i > n || (i == n && kind[depth - 1] == INDENTLESS_LIST && !dash)) {
        close(at);
      } else {
        break;
      }
    }
    if (depth == 0 || indent[depth - 1] != n) {
      throw Unsupported.INSTANCE; // after the root, or more or less indented than its block
    }
    if (kind[depth - 1] == MAP) {
      if (dash || !keyValue(p)) {
        throw Unsupported.INSTANCE;
      }
    } else if (!dash) {
      throw Unsupported.INSTANCE;
    } else {
      entry(p);
    }
  }

  private boolean dash(int p) {
    return data[p] == '-' && (p + 1 == lineEnd || blank(data[p + 1]));
  }

  private void open(byte k, int n, int p) {
    if (depth >= maxDepth) {
      throw Unsupported.INSTANCE;
    }
    if (depth == kind.length) {
      kind = Arrays.copyOf(kind, depth * 2);
      indent = Arrays.copyOf(indent, depth * 2);
    }
    kind[depth] = k;
    indent[depth] = n;
    depth++;
    add(k == MAP ? START_MAP : START_LIST, place(p), 0, 0, false);
  }

  private void close(long at) {
    depth--;
    add(kind[depth] == MAP ? END_MAP : END_LIST, at, 0, 0, false);
  }

  /** A list entry: {@code p} is at its dash. */
  private void entry(int p) {
    int q = skipSpaces(p + 1);
    if (q == lineEnd || data[q] == '#') {
      comment(q);
      awaiting = true;
      emptyAt = place(p + 1);
      return;
    }
    if (dash(q)) {
      throw Unsupported.INSTANCE; // a list in a list on one line
    }
    if (keyEnd(q) >= 0) {
      if (q - p - 1 != spaces(p + 1)) {
        throw Unsupported.INSTANCE; // a tab would indent the mapping: YAML 1.2 refuses it
      }
      open(MAP, column(q) - 1, q);
      keyValue(q);
      return;
    }
    value(q);
  }

  /**
   * Where the key starting at {@code p} ends (at its colon), or -1 if the line holds no key there.
   */
  private int keyEnd(int p) {
    byte c = data[p];
    int q;
    if (c == '"' || c == '\'') {
      q = quoteEnd(p);
      if (q < 0) {
        return -1;
      }
      q = skipSpaces(q);
      return q < lineEnd
              && data[q] == ':'
              && (q + 1 == lineEnd || blank(data[q + 1]))
              && q - p <= MAX_KEY
          ? q
          : -1;
    }
    if (!plainStart(p)) {
      return -1;
    }
    for (q = p; q < lineEnd; q++) {
      byte x = data[q];
      if (x == ':' && (q + 1 == lineEnd || blank(data[q + 1]))) {
        return q - p > MAX_KEY ? -1 : q;
      }
      if (x == '#' && blank(data[q - 1])) {
        return -1;
      }
    }
    return -1;
  }

  /** Reads {@code key: value} at {@code p}; {@code false} (and nothing read) if it is no key. */
  private boolean keyValue(int p) {
    int colon = keyEnd(p);
    if (colon < 0) {
      return false;
    }
    long at = place(p);
    byte c = data[p];
    if (c == '"') {
      int start = used;
      doubleQuoted(p);
      add(KEY, at, start, used - start, true);
    } else if (c == '\'') {
      int start = used;
      singleQuoted(p);
      add(KEY, at, start, used - start, true);
    } else {
      int e = trimEnd(p, colon);
      if (countOnly) {
        decode(p, e); // its length checked
      }
      add(KEY, at, p, e - p, false); // its bytes: text() finds the key met before by them
    }
    int q = skipSpaces(colon + 1);
    if (q == lineEnd || data[q] == '#') {
      comment(q);
      awaiting = true;
      emptyAt = place(colon + 1);
    } else {
      value(q);
    }
    return true;
  }

  /** A value on the line of its key or dash, at {@code p}. */
  private void value(int p) {
    byte c = data[p];
    long at = place(p);
    switch (c) {
      case '"':
        {
          int start = used;
          int e = doubleQuoted(p);
          add(SCALAR, at, start, used - start, true);
          rest(e);
          return;
        }
      case '\'':
        {
          int start = used;
          int e = singleQuoted(p);
          add(SCALAR, at, start, used - start, true);
          rest(e);
          return;
        }
      case '[':
      case '{':
        flow(p);
        return;
      case '|':
      case '>':
        blockScalar(p, at);
        return;
      default:
        if (!plainStart(p)) {
          throw Unsupported.INSTANCE;
        }
    }
    int q = p;
    while (q < lineEnd) {
      byte x = data[q];
      if (x == ':' && (q + 1 == lineEnd || blank(data[q + 1]))) {
        throw Unsupported.INSTANCE; // a key after a key
      }
      if (x == '#' && blank(data[q - 1])) {
        comment(q);
        break;
      }
      q++;
    }
    int e = trimEnd(p, q);
    int start = decode(p, e);
    add(isNull(start, used - start) ? NULL : SCALAR, at, start, used - start, false);
  }

  /** Whether a plain scalar may start at {@code p}, as SnakeYAML reads one there. */
  private boolean plainStart(int p) {
    byte c = data[p];
    switch (c) {
      case '-':
        return p + 1 < lineEnd
            && !blank(data[p + 1])
            && !(data[p + 1] == '-' && p + 2 < lineEnd && data[p + 2] == '-'); // --12-31, not ---
      case '?':
      case ':':
      case ',':
      case '[':
      case ']':
      case '{':
      case '}':
      case '#':
      case '&':
      case '*':
      case '!':
      case '|':
      case '>':
      case '\'':
      case '"':
      case '%':
      case '@':
      case '`':
        return false;
      default:
        return true;
    }
  }

  private boolean isNull(int start, int n) {
    if (countOnly) {
      return false; // the texts are not there, and the kind of token does not matter
    }
    if (n == 1) {
      return texts[start] == '~';
    }
    if (n != 4) {
      return n == 0;
    }
    char c0 = texts[start];
    char c1 = texts[start + 1];
    char c2 = texts[start + 2];
    char c3 = texts[start + 3];
    return (c0 == 'n' || c0 == 'N')
        && ((c1 == 'u' && c2 == 'l' && c3 == 'l')
            || (c0 == 'N' && c1 == 'U' && c2 == 'L' && c3 == 'L'));
  }

  /** After a value ending at {@code e}: only spaces and a comment to the end of the line. */
  private void rest(int e) {
    int q = skipSpaces(e);
    if (q != lineEnd && !(data[q] == '#' && q > e)) {
      throw Unsupported.INSTANCE;
    }
    comment(q);
  }

  /**
   * Hands the comment whose {@code #} is at {@code p} (or nothing, at the line's end) to the sink,
   * if it is addressed to Liaison; in the second reading only, which hands out the tokens.
   */
  private void comment(int p) {
    if (countOnly || directives == null || p >= lineEnd) {
      return;
    }
    int q = p + 1;
    while (q < lineEnd && (data[q] == ' ')) {
      q++;
    }
    int n = Directive.PREFIX.length();
    if (lineEnd - q < n) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (data[q + i] != Directive.PREFIX.charAt(i)) {
        return;
      }
    }
    int e = Math.min(lineEnd, q + 4 * Directives.MAX_TEXT);
    while (e < lineEnd && (data[e] & 0xC0) == 0x80) {
      e--; // not in the middle of a character
    }
    directives.comment(line, column(p), new String(data, q, e - q, StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- flow collections, one line

  /** A list or mapping in brackets at {@code p}, on one line, with what follows it. */
  private void flow(int p) {
    rest(flowCollection(p));
  }

  /** A list or mapping in brackets at {@code p}, on one line; returns where it ends. */
  private int flowCollection(int p) {
    if (++flowDepth > MAX_FLOW_DEPTH) {
      throw Unsupported.INSTANCE;
    }
    boolean list = data[p] == '[';
    byte close = list ? (byte) ']' : (byte) '}';
    open(list ? LIST : MAP, 0, p);
    int q = skipSpaces(p + 1);
    if (q < lineEnd && data[q] == close) {
      return closeFlow(list, q);
    }
    while (true) {
      if (!list) {
        int key = q;
        q = flowScalar(q, true);
        if (q - key > MAX_KEY
            || q >= lineEnd
            || data[q] != ':'
            || q + 1 == lineEnd
            || !blank(data[q + 1])) {
          throw Unsupported.INSTANCE;
        }
        q = skipSpaces(q + 1);
      }
      q =
          q < lineEnd && (data[q] == '[' || data[q] == '{')
              ? flowCollection(q)
              : flowScalar(q, false);
      q = skipSpaces(q);
      if (q == lineEnd) {
        throw Unsupported.INSTANCE; // over several lines
      }
      if (data[q] == close) {
        return closeFlow(list, q);
      }
      if (data[q] != ',') {
        throw Unsupported.INSTANCE;
      }
      q = skipSpaces(q + 1);
    }
  }

  private int closeFlow(boolean list, int q) {
    flowDepth--;
    depth--;
    add(list ? END_LIST : END_MAP, place(q), 0, 0, false);
    return q + 1;
  }

  /** A key or an item in brackets at {@code p}; returns where it ends. */
  private int flowScalar(int p, boolean key) {
    if (p >= lineEnd) {
      throw Unsupported.INSTANCE;
    }
    long at = place(p);
    byte c = data[p];
    int start = used;
    if (c == '"' || c == '\'') {
      int e = c == '"' ? doubleQuoted(p) : singleQuoted(p);
      add(key ? KEY : SCALAR, at, start, used - start, true);
      return e;
    }
    if (!plainStart(p)
        || (c == '-'
            && p + 1 < lineEnd
            && (data[p + 1] == ','
                || data[p + 1] == ']'
                || data[p + 1] == '}'
                || data[p + 1] == '['
                || data[p + 1] == '{'))) {
      throw Unsupported.INSTANCE; // in brackets, a - must be followed by a character of the text
    }
    int q = p;
    while (q < lineEnd) {
      byte x = data[q];
      if (x == ',' || x == ']' || x == '}' || (key && x == ':')) {
        break;
      }
      if (x == ':' || x == '#' || x == '[' || x == '{' || x == '?') {
        throw Unsupported.INSTANCE;
      }
      q++;
    }
    int e = trimEnd(p, q);
    if (key && e != q) {
      throw Unsupported.INSTANCE; // a space before the colon
    }
    if (key) {
      if (countOnly) {
        decode(p, e); // its length checked
      }
      add(KEY, at, p, e - p, false); // its bytes, as keyValue does
      return q;
    }
    decode(p, e);
    int n = used - start;
    add(isNull(start, n) ? NULL : SCALAR, at, start, n, false);
    return q;
  }

  // ---------------------------------------------------------------- quoted scalars, one line

  /** Where the quoted scalar at {@code p} ends (after its closing quote), or -1 if not here. */
  private int quoteEnd(int p) {
    byte c = data[p];
    for (int q = p + 1; q < lineEnd; q++) {
      byte x = data[q];
      if (x == c) {
        if (c == '\'' && q + 1 < lineEnd && data[q + 1] == '\'') {
          q++;
          continue;
        }
        return q + 1;
      }
      if (x == '\\' && c == '"') {
        q++;
      }
    }
    return -1;
  }

  /** Decodes the double-quoted scalar at {@code p} into the texts; returns where it ends. */
  private int doubleQuoted(int p) {
    int start = used;
    int q = p + 1;
    while (true) {
      int run = q;
      while (q < lineEnd && data[q] != '"' && data[q] != '\\') {
        q++;
      }
      decode(run, q);
      if (q >= lineEnd) {
        throw Unsupported.INSTANCE; // over several lines
      }
      if (data[q] == '"') {
        break;
      }
      q = escape(q + 1);
    }
    if (used - start > maxString) {
      throw Unsupported.INSTANCE;
    }
    return q + 1;
  }

  /** Decodes the escape after the backslash at {@code q - 1}; returns where it ends. */
  private int escape(int q) {
    if (q >= lineEnd) {
      throw Unsupported.INSTANCE; // a line continuation
    }
    char c;
    switch (data[q]) {
      case '0':
        c = 0;
        break;
      case 'a':
        c = 7;
        break;
      case 'b':
        c = '\b';
        break;
      case 't':
        c = '\t';
        break;
      case 'n':
        c = '\n';
        break;
      case 'v':
        c = 11;
        break;
      case 'f':
        c = '\f';
        break;
      case 'r':
        c = '\r';
        break;
      case 'e':
        c = 27;
        break;
      case ' ':
        c = ' ';
        break;
      case '\t':
        c = '\t';
        break;
      case '"':
        c = '"';
        break;
      case '\\':
        c = '\\';
        break;
      case 'N':
        c = '\u0085';
        break;
      case '_':
        c = '\u00A0';
        break;
      case 'L':
        c = '\u2028';
        break;
      case 'P':
        c = '\u2029';
        break;
      case 'x':
        return hex(q + 1, 2);
      case 'u':
        return hex(q + 1, 4);
      case 'U':
        return hex(q + 1, 8);
      default:
        throw Unsupported.INSTANCE;
    }
    put(c);
    return q + 1;
  }

  private int hex(int q, int digits) {
    if (q + digits > lineEnd) {
      throw Unsupported.INSTANCE;
    }
    int v = 0;
    for (int i = 0; i < digits; i++) {
      int d = Character.digit(data[q + i], 16);
      if (d < 0 || (digits == 8 && i == 0 && d > 0)) {
        throw Unsupported.INSTANCE;
      }
      v = (v << 4) | d;
    }
    if ((v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
      throw Unsupported.INSTANCE; // a lone surrogate, refused by YamlTokens
    }
    if (countOnly) {
      used += Character.charCount(v);
    } else {
      room(2);
      used += Character.toChars(v, texts, used);
    }
    return q + digits;
  }

  private int singleQuoted(int p) {
    int start = used;
    int q = p + 1;
    while (true) {
      int run = q;
      while (q < lineEnd && data[q] != '\'') {
        q++;
      }
      decode(run, q);
      if (q >= lineEnd) {
        throw Unsupported.INSTANCE;
      }
      if (q + 1 < lineEnd && data[q + 1] == '\'') {
        put('\'');
        q += 2;
        continue;
      }
      break;
    }
    if (used - start > maxString) {
      throw Unsupported.INSTANCE;
    }
    return q + 1;
  }

  // ---------------------------------------------------------------- block scalars

  /** A folded ({@code >}) or literal ({@code |}) scalar whose indicator is at {@code p}. */
  private void blockScalar(int p, long at) {
    boolean folded = data[p] == '>';
    boolean strip = false;
    int q = p + 1;
    if (q < lineEnd && data[q] == '-') {
      strip = true;
      q++;
    }
    if (q != lineEnd && !blank(data[q])) {
      throw Unsupported.INSTANCE; // keep chomping, an indentation indicator
    }
    rest(q);
    int parent = depth == 0 ? -1 : indent[depth - 1];
    int start = used;
    int k = -1;
    int empty = 0;
    boolean broken = false; // whether the last line of text ends in a line break
    while (nextLine()) {
      int n = spaces(lineFrom);
      if (lineFrom + n < lineEnd && data[lineFrom + n] == '\t' && (folded || k < 0 || n < k)) {
        // a tab in the indentation, or starting a folded line (which keeps its breaks then);
        // past the indentation of a literal scalar it is text
        throw Unsupported.INSTANCE;
      }
      if (lineFrom + n == lineEnd) {
        if (k < 0 || n > k) {
          throw Unsupported.INSTANCE; // an empty line first, or spaces past the indentation
        }
        empty++;
        continue;
      }
      if (k < 0) {
        if (n <= parent) {
          throw Unsupported.INSTANCE; // an empty block scalar
        }
        k = n;
      } else if (n < k) {
        pending = true;
        break;
      } else if (folded && n > k) {
        throw Unsupported.INSTANCE; // a more indented line keeps its breaks
      }
      if (used > start) {
        if (folded) {
          if (empty == 0) {
            put(' ');
          } else {
            newlines(empty);
          }
        } else {
          newlines(empty + 1);
        }
      }
      empty = 0;
      broken = lineEnd < end;
      decode(lineFrom + k, lineEnd);
      if (used - start > maxString) {
        throw Unsupported.INSTANCE;
      }
    }
    if (k < 0) {
      throw Unsupported.INSTANCE;
    }
    if (!strip && broken) {
      newlines(1); // clip keeps the break of the last line, if the file has one there
    }
    if (used - start > maxString) {
      throw Unsupported.INSTANCE;
    }
    add(SCALAR, at, start, used - start, true);
  }

  private void newlines(int n) {
    if (countOnly) {
      used += n;
      return;
    }
    room(n);
    for (int i = 0; i < n; i++) {
      texts[used++] = '\n';
    }
  }

  // ---------------------------------------------------------------- lines and characters

  /**
   * Reads the next line, checking its characters as {@link YamlInput} does; {@code false} at the
   * end of the input. Refuses a carriage return, a control character, a line break other than a
   * line feed, a byte order mark after the first, bytes that are not UTF-8 and a line longer than
   * the most a line may hold.
   */
  private boolean nextLine() {
    int p = next;
    if (p >= end) {
      return false;
    }
    if (lineNumber == 0 && byteOrderMark(p)) {
      throw Unsupported.INSTANCE; // SnakeYAML skips a U+FEFF that starts the text, but not after
    }
    lineFrom = p;
    line = ++lineNumber;
    if (checked) {
      boolean allAscii = true;
      byte c;
      while (p < end && (c = data[p]) != '\n' && c != '\r') {
        allAscii &= c >= 0;
        p++;
      }
      lineEnd = p;
      next = p == end ? p : data[p] == '\r' ? p + 2 : p + 1;
      ascii = allAscii;
      return true;
    }
    int count = 0;
    boolean allAscii = true;
    while (p < end) {
      byte c = data[p];
      if ((c >= 0x20 && c < 0x7F) || c == '\t') {
        p++;
      } else if (c == '\n') {
        break;
      } else if (c == '\r' && p + 1 < end && data[p + 1] == '\n') {
        break; // a line of a file written on Windows
      } else if (c >= 0) {
        throw Unsupported.INSTANCE;
      } else {
        allAscii = false;
        p = character(p);
      }
      count++;
    }
    if (count > maxLine) {
      throw Unsupported.INSTANCE;
    }
    lineEnd = p;
    next = p == end ? p : data[p] == '\r' ? p + 2 : p + 1;
    ascii = allAscii;
    return true;
  }

  /** Checks the UTF-8 character at {@code p}; returns where the next starts. */
  private int character(int p) {
    int c0 = data[p] & 0xFF;
    int n;
    int cp;
    if (c0 < 0xC2) {
      throw Unsupported.INSTANCE;
    } else if (c0 < 0xE0) {
      n = 2;
      cp = c0 & 0x1F;
    } else if (c0 < 0xF0) {
      n = 3;
      cp = c0 & 0x0F;
    } else if (c0 < 0xF5) {
      n = 4;
      cp = c0 & 0x07;
    } else {
      throw Unsupported.INSTANCE;
    }
    if (p + n > end) {
      throw Unsupported.INSTANCE;
    }
    for (int i = 1; i < n; i++) {
      int c = data[p + i] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        throw Unsupported.INSTANCE;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((n == 3 && cp < 0x800)
        || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))
        || (cp >= 0xD800 && cp <= 0xDFFF)
        || cp < 0xA0
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0xFFFE
        || cp == 0xFFFF) {
      throw Unsupported.INSTANCE;
    }
    return p + n;
  }

  /** Appends the characters of the checked bytes {@code [s, e)} to the texts; returns s's place. */
  private int decode(int s, int e) {
    int start = used;
    if (countOnly) {
      used += ascii ? e - s : utf16Length(s, e);
      if (used - start > maxString) {
        throw Unsupported.INSTANCE;
      }
      return start;
    }
    room(e - s);
    char[] t = texts;
    int u = used;
    int p = s;
    while (p < e) {
      int c = data[p];
      if (c >= 0) {
        t[u++] = (char) c;
        p++;
      } else if ((c & 0xE0) == 0xC0) {
        t[u++] = (char) (((c & 0x1F) << 6) | (data[p + 1] & 0x3F));
        p += 2;
      } else if ((c & 0xF0) == 0xE0) {
        t[u++] = (char) (((c & 0x0F) << 12) | ((data[p + 1] & 0x3F) << 6) | (data[p + 2] & 0x3F));
        p += 3;
      } else {
        int cp =
            ((c & 0x07) << 18)
                | ((data[p + 1] & 0x3F) << 12)
                | ((data[p + 2] & 0x3F) << 6)
                | (data[p + 3] & 0x3F);
        t[u++] = Character.highSurrogate(cp);
        t[u++] = Character.lowSurrogate(cp);
        p += 4;
      }
    }
    used = u;
    if (u - start > maxString) {
      throw Unsupported.INSTANCE;
    }
    return start;
  }

  /** The number of UTF-16 code units the checked bytes {@code [s, e)} decode to. */
  private int utf16Length(int s, int e) {
    int n = 0;
    for (int p = s; p < e; p++) {
      int c = data[p] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** Appends {@code c} to the texts; only counts it in the first reading. */
  private void put(char c) {
    if (countOnly) {
      used++;
      return;
    }
    room(1);
    texts[used++] = c;
  }

  /** Room for {@code n} more characters in the texts (UTF-8 never takes fewer bytes). */
  private void room(int n) {
    if (used + n > texts.length) {
      texts = Arrays.copyOf(texts, Math.max(texts.length * 2, used + n));
    }
  }

  /** The spaces (not tabs: indentation is made of spaces only) from {@code p}. */
  private int spaces(int p) {
    int q = p;
    while (q < lineEnd && data[q] == ' ') {
      q++;
    }
    return q - p;
  }

  /**
   * Where the content of a line starts, {@code p} being after its indentation: a tab may follow the
   * indentation on a line of nothing but white space and a comment; before content it would be
   * indentation, which YAML refuses (and {@link YamlTokens} says where).
   */
  private int lineStart(int p) {
    if (p == lineEnd || data[p] != '\t') {
      return p;
    }
    int q = skipSpaces(p);
    if (q != lineEnd && data[q] != '#') {
      throw Unsupported.INSTANCE;
    }
    return q;
  }

  /** Whether {@code c} is white space within a line, which YAML 1.2 lets be a space or a tab. */
  private static boolean blank(byte c) {
    return c == ' ' || c == '\t';
  }

  /** Whether the bytes at {@code p} are U+FEFF, a byte order mark, in UTF-8. */
  private boolean byteOrderMark(int p) {
    return p + 2 < end
        && (data[p] & 0xFF) == 0xEF
        && (data[p + 1] & 0xFF) == 0xBB
        && (data[p + 2] & 0xFF) == 0xBF;
  }

  /** Skips white space within a line: spaces and tabs. */
  private int skipSpaces(int p) {
    int q = p;
    while (q < lineEnd && blank(data[q])) {
      q++;
    }
    return q;
  }

  private int trimEnd(int s, int e) {
    int q = e;
    while (q > s && blank(data[q - 1])) {
      q--;
    }
    return q;
  }

  /** The 1-based column of byte {@code p} of the current line, in UTF-16 code units. */
  private int column(int p) {
    if (ascii) {
      return p - lineFrom + 1;
    }
    int n = 1;
    for (int q = lineFrom; q < p; q++) {
      int c = data[q] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        n += c >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  private long place(int p) {
    return ((long) line << 32) | (column(p) & 0xFFFFFFFFL);
  }

  private void add(int type, long at, int start, int n, boolean isQuoted) {
    if (tail == types.length) {
      int size = tail * 2;
      types = Arrays.copyOf(types, size);
      places = Arrays.copyOf(places, size);
      offsets = Arrays.copyOf(offsets, size);
      lengths = Arrays.copyOf(lengths, size);
      quotes = Arrays.copyOf(quotes, size);
    }
    types[tail] = type;
    places[tail] = at;
    offsets[tail] = start;
    lengths[tail] = n;
    quotes[tail] = isQuoted;
    tail++;
  }

  // ---------------------------------------------------------------- the current token

  @Override
  public void directives(Directives sink) {
    directives = sink;
  }

  @Override
  public int current() {
    return token;
  }

  @Override
  public String text() {
    if (text == null) {
      if (token == KEY && !quoted) {
        text = plainKey(offset, length);
      } else if (token == KEY) {
        keys = keys != null ? keys : new TextTable<>();
        text = keys.get(texts, offset, length);
        if (text == null) {
          text = new String(texts, offset, length);
          keys.put(text, text);
        }
      } else {
        text = new String(texts, offset, length);
      }
    }
    return text;
  }

  /**
   * The string of the plain key in the bytes {@code [s, s + n)}: the one made when the key was
   * first met, found by its bytes. A file is mostly keys, and a few dozen keys over and over.
   */
  private String plainKey(int s, int n) {
    int h = 0;
    for (int i = s, e = s + n; i < e; i++) {
      h = 31 * h + data[i];
    }
    h ^= h >>> 16;
    int mask = keyBytes.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      byte[] k = keyBytes[i];
      if (k == null) {
        String key = new String(data, s, n, StandardCharsets.UTF_8);
        keyBytes[i] = Arrays.copyOfRange(data, s, s + n);
        keyHashes[i] = h;
        keyStrings[i] = key;
        if (2 * ++keyCount > keyBytes.length) {
          growKeys();
        }
        return key;
      }
      if (keyHashes[i] == h && k.length == n && Arrays.equals(k, 0, n, data, s, s + n)) {
        return keyStrings[i];
      }
    }
  }

  private void growKeys() {
    byte[][] oldBytes = keyBytes;
    int[] oldHashes = keyHashes;
    String[] oldStrings = keyStrings;
    keyBytes = new byte[oldBytes.length * 2][];
    keyHashes = new int[keyBytes.length];
    keyStrings = new String[keyBytes.length];
    int mask = keyBytes.length - 1;
    for (int j = 0; j < oldBytes.length; j++) {
      if (oldBytes[j] != null) {
        int i = oldHashes[j] & mask;
        while (keyBytes[i] != null) {
          i = (i + 1) & mask;
        }
        keyBytes[i] = oldBytes[j];
        keyHashes[i] = oldHashes[j];
        keyStrings[i] = oldStrings[j];
      }
    }
  }

  @Override
  public char[] textBuffer() {
    return token == SCALAR ? texts : null;
  }

  @Override
  public int textOffset() {
    return offset;
  }

  @Override
  public int textLength() {
    return length;
  }

  @Override
  public boolean quoted() {
    return quoted;
  }

  @Override
  public int line() {
    return (int) (place >>> 32);
  }

  @Override
  public int column() {
    return (int) place;
  }

  @Override
  public long position() {
    return place;
  }

  @Override
  public void close() {
    // the bytes are the caller's
  }
}
