package org.liaison.io.tokens;

import java.io.Reader;
import java.util.Arrays;
import java.util.Optional;
import org.liaison.io.ReadLimits;
import org.liaison.io.tokens.AliasReplay.Placed;
import org.liaison.model.BuiltinCode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * {@link TokenStream} over snakeyaml-engine's event parser, which reads YAML 1.2. Scalars are typed
 * by the reader, not by YAML: a plain {@code NO} is a string, and only a plain {@code ~}, {@code
 * null} or empty scalar is null. Aliases are expanded by replaying the anchored events, within the
 * alias expansion limit; tags are ignored, never resolved to types. Comments addressed to Liaison
 * are found by {@link YamlInput} as the characters pass.
 */
public final class YamlTokens implements TokenStream {
  private final Parser parser;
  private final ReadLimits limits;

  /** Counts UTF-16 units where the parser counts code points; null for another reader. */
  private final YamlInput input;

  private final AliasReplay aliases;
  // container stack: for each open mapping or list, whether it is a mapping and expects a key
  private boolean[] isMap = new boolean[16];
  private boolean[] expectKey = new boolean[16];
  private int depth;
  private Event event;
  private long place; // of the event: line in the high 32 bits, column in UTF-16 units
  private int documents;
  private int token;

  public YamlTokens(Reader in, ReadLimits limits) {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(Integer.MAX_VALUE)
            .setParseComments(false)
            .setUseMarks(true)
            .build();
    this.parser = new ParserImpl(settings, new StreamReader(settings, in));
    this.limits = limits;
    this.input = in instanceof YamlInput ? (YamlInput) in : null;
    this.aliases = new AliasReplay(limits.maxAliasExpansion());
  }

  @Override
  public void directives(Directives sink) {
    if (input != null) {
      input.directives(sink); // the parser's comment events would move the places of values
    }
  }

  @Override
  public boolean nextDocument() {
    while (true) {
      Event e = raw();
      switch (e.getEventId()) {
        case StreamStart:
        case DocumentEnd:
          continue;
        case DocumentStart:
          if (++documents > limits.maxDocuments()) {
            throw new InputException(
                BuiltinCode.LIMIT,
                "the file holds more than "
                    + limits.maxDocuments()
                    + " documents: split it into several files, or raise"
                    + " the documents limit",
                line(placeOf(e)),
                column(placeOf(e)));
          }
          aliases.newDocument();
          depth = 0;
          next();
          return true;
        case StreamEnd:
          return false;
        default:
          throw new IllegalStateException("unexpected YAML event " + e);
      }
    }
  }

  @Override
  public int next() {
    boolean fromReplay = aliases.replaying();
    Placed p = fromReplay ? aliases.poll() : placed(raw());
    if (p.event() instanceof AliasEvent) {
      aliases.expand(p);
      p = aliases.poll();
      fromReplay = true;
    }
    event = p.event();
    place = p.place();
    aliases.record(p, fromReplay);
    return token = classify(event);
  }

  private Event raw() {
    try {
      return parser.next();
    } catch (MarkedYamlEngineException ex) {
      Optional<Mark> m =
          ex.getProblemMark().isPresent() ? ex.getProblemMark() : ex.getContextMark();
      String what = ex.getProblem() != null ? ex.getProblem() : ex.getMessage();
      long at = m.isPresent() ? placeOf(m.get()) : lastPlace();
      throw new InputException(
          BuiltinCode.SYNTAX, "malformed YAML: " + what + context(ex), (int) (at >>> 32), (int) at);
    } catch (InputException ex) {
      throw ex; // from YamlInput: a line too long, a character YAML forbids, bytes not text
    } catch (YamlEngineException ex) {
      long at = lastPlace();
      throw new InputException(
          BuiltinCode.SYNTAX, "malformed YAML: " + ex.getMessage(), (int) (at >>> 32), (int) at);
    } catch (RuntimeException ex) {
      // the scanner's own bugs: still malformed input, never an exception out of the reader
      long at = lastPlace();
      throw new InputException(
          BuiltinCode.SYNTAX, "malformed YAML: " + ex, (int) (at >>> 32), (int) at);
    }
  }

  /** The end of the last event read, or the start of the file. */
  private long lastPlace() {
    Optional<Mark> end = event == null ? Optional.empty() : event.getEndMark();
    return end.isPresent() ? placeOf(end.get()) : (1L << 32) | 1;
  }

  private Placed placed(Event e) {
    return new Placed(e, placeOf(e));
  }

  private long placeOf(Event e) {
    return e.getStartMark().isPresent() ? placeOf(e.getStartMark().get()) : 0;
  }

  /** A mark's line and column, the column in UTF-16 units. */
  private long placeOf(Mark m) {
    int line = m.getLine() + 1;
    int column = m.getColumn() + 1;
    if (input != null) {
      column = input.units(line, column);
    }
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  private static String context(MarkedYamlEngineException ex) {
    return ex.getContext() == null || ex.getContext().isEmpty() ? "" : " (" + ex.getContext() + ")";
  }

  private int classify(Event e) {
    switch (e.getEventId()) {
      case Scalar:
        {
          if (depth > 0 && isMap[depth - 1] && expectKey[depth - 1]) {
            expectKey[depth - 1] = false;
            checkScalar((ScalarEvent) e);
            return KEY;
          }
          valueDone();
          ScalarEvent s = (ScalarEvent) e;
          checkScalar(s);
          return s.isPlain() && isNull(s.getValue()) ? NULL : SCALAR;
        }
      case MappingStart:
        return open(true, START_MAP);
      case SequenceStart:
        return open(false, START_LIST);
      case MappingEnd:
        depth--;
        valueDone();
        return END_MAP;
      case SequenceEnd:
        depth--;
        valueDone();
        return END_LIST;
      case DocumentEnd:
        return DOC_END;
      default:
        throw new IllegalStateException("unexpected YAML event " + e);
    }
  }

  private void checkScalar(ScalarEvent s) {
    if (!s.isPlain()) { // a lone surrogate can come only from an escape in double quotes
      Surrogates.check(s.getValue(), line(), column());
    }
    if (s.getValue().length() > limits.maxStringLength()) {
      throw new InputException(
          BuiltinCode.LIMIT,
          "a string of "
              + s.getValue().length()
              + " characters, more than the limit of "
              + limits.maxStringLength()
              + ": shorten it,"
              + " or raise the string length limit",
          line(),
          column());
    }
  }

  private int open(boolean map, int token) {
    if (depth > 0 && isMap[depth - 1] && expectKey[depth - 1]) {
      throw new InputException(
          BuiltinCode.FIELD_TYPE,
          "a key must be a plain string, not " + (map ? "a mapping" : "a list"),
          line(),
          column());
    }
    if (depth >= limits.maxDepth()) {
      throw new InputException(
          BuiltinCode.LIMIT,
          "nesting deeper than "
              + limits.maxDepth()
              + " levels: flatten the data, or raise the depth limit",
          line(),
          column());
    }
    if (depth == isMap.length) {
      isMap = Arrays.copyOf(isMap, depth * 2);
      expectKey = Arrays.copyOf(expectKey, depth * 2);
    }
    isMap[depth] = map;
    expectKey[depth] = map;
    depth++;
    return token;
  }

  private void valueDone() {
    if (depth > 0 && isMap[depth - 1]) {
      expectKey[depth - 1] = true;
    }
  }

  private static boolean isNull(String v) {
    return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
  }

  private static int line(long place) {
    return (int) (place >>> 32);
  }

  private static int column(long place) {
    return (int) place;
  }

  @Override
  public int current() {
    return token;
  }

  @Override
  public String text() {
    return ((ScalarEvent) event).getValue();
  }

  @Override
  public boolean quoted() {
    return !((ScalarEvent) event).isPlain();
  }

  @Override
  public int line() {
    return line(place);
  }

  @Override
  public int column() {
    return column(place);
  }

  @Override
  public void close() {
    // the reader is closed by whoever opened it
  }
}
