package org.liaison.io.tokens;

import java.io.Reader;
import java.util.Optional;
import org.liaison.io.ReadLimits;
import org.liaison.io.tokens.AliasReplay.Placed;
import org.liaison.model.BuiltinCode;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * {@link TokenStream} over snakeyaml-engine's event parser, which reads YAML 1.2. Scalars are typed
 * by the reader, not by YAML: a plain {@code NO} is a string, and only a plain {@code ~}, {@code
 * null} or empty scalar is null. Aliases are expanded by replaying the anchored events, within the
 * alias expansion limit; tags are ignored, never resolved to types. Comments addressed to Liaison
 * are found by {@link YamlInput} as the characters pass. Where the engine departs from YAML 1.2,
 * {@link YamlLines} (with {@link YamlLineFixes}) and {@link YamlKeyTokens} put it right around it.
 */
public final class YamlTokens implements TokenStream {
  private final Parser parser;
  private final YamlLines lines;
  private final ReadLimits limits;

  /** Counts UTF-16 units where the parser counts code points; null for another reader. */
  private final YamlInput input;

  private final AliasReplay aliases;
  private Directives directives; // the comments addressed to Liaison, once asked for
  // container stack: for each open mapping or list, whether it is a mapping and expects a key
  private final KeyPositions nesting = new KeyPositions();
  private Event event;
  private long place; // of the event: line in the high 32 bits, column in UTF-16 units
  private int documents;
  private int token;

  public YamlTokens(Reader in, ReadLimits limits) {
    this.lines = new YamlLines(in);
    this.parser = YamlKeyTokens.parser(lines);
    this.limits = limits;
    this.input = in instanceof YamlInput ? (YamlInput) in : null;
    this.aliases = new AliasReplay(limits.maxAliasExpansion());
  }

  @Override
  public void directives(Directives sink) {
    if (input != null) {
      input.directives(sink); // the parser's comment events would move the places of values
      this.directives = sink;
    }
  }

  @Override
  public boolean nextDocument() {
    while (true) {
      Event e = raw();
      Event.ID id = e.getEventId();
      if (id == Event.ID.DocumentStart) {
        startDocument(e);
        return true;
      } else if (id == Event.ID.StreamEnd) {
        return false;
      } else if (id != Event.ID.StreamStart && id != Event.ID.DocumentEnd) {
        throw new IllegalStateException("unexpected YAML event " + e);
      }
    }
  }

  private void startDocument(Event start) {
    countDocument(start);
    aliases.newDocument();
    nesting.clear();
    next();
  }

  private void countDocument(Event start) {
    if (++documents > limits.maxDocuments()) {
      throw new InputException(
          BuiltinCode.LIMIT,
          "the file holds more than "
              + limits.maxDocuments()
              + " documents: split it into several files, or raise"
              + " the documents limit",
          line(placeOf(start)),
          column(placeOf(start)));
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
      throw malformed(what + context(ex), m.isPresent() ? placeOf(m.get()) : lastPlace());
    } catch (InputException ex) {
      throw ex; // from YamlInput: a line too long, a character YAML forbids, bytes not text
    } catch (YamlEngineException ex) {
      throw malformed(ex.getMessage(), lastPlace());
    } catch (RuntimeException ex) {
      // the scanner's own bugs: still malformed input, never an exception out of the reader
      throw malformed(ex.toString(), lastPlace());
    }
  }

  private static InputException malformed(String what, long at) {
    return new InputException(BuiltinCode.SYNTAX, "malformed YAML: " + what, line(at), column(at));
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
    int column = lines.column(line, m.getColumn() + 1);
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
        return scalar((ScalarEvent) e);
      case MappingStart:
        return open(true, START_MAP);
      case SequenceStart:
        return open(false, START_LIST);
      case MappingEnd:
        return close(END_MAP);
      case SequenceEnd:
        return close(END_LIST);
      case DocumentEnd:
        return DOC_END;
      default:
        throw new IllegalStateException("unexpected YAML event " + e);
    }
  }

  private int scalar(ScalarEvent s) {
    if (nesting.atKey()) {
      nesting.keyDone();
      checkScalar(s);
      return KEY;
    }
    nesting.valueDone();
    checkScalar(s);
    return s.isPlain() && isNull(s.getValue()) ? NULL : SCALAR;
  }

  private int close(int token) {
    nesting.close();
    return token;
  }

  private void checkScalar(ScalarEvent s) {
    if (!s.isPlain()) { // a lone surrogate can come only from an escape in double quotes
      Surrogates.check(s.getValue(), line(), column());
      dropCommentsWithin(s);
    }
    if (s.getValue().length() > limits.maxStringLength()) {
      throw tooLong(s.getValue().length());
    }
  }

  private InputException tooLong(int length) {
    return new InputException(
        BuiltinCode.LIMIT,
        "a string of "
            + length
            + " characters, more than the limit of "
            + limits.maxStringLength()
            + ": shorten it,"
            + " or raise the string length limit",
        line(),
        column());
  }

  private int open(boolean map, int token) {
    if (nesting.atKey()) {
      throw notAKey(map);
    }
    if (nesting.depth() >= limits.maxDepth()) {
      throw tooDeep();
    }
    nesting.open(map);
    return token;
  }

  private InputException notAKey(boolean map) {
    return new InputException(
        BuiltinCode.FIELD_TYPE,
        "a key must be a plain string, not " + (map ? "a mapping" : "a list"),
        line(),
        column());
  }

  private InputException tooDeep() {
    return new InputException(
        BuiltinCode.LIMIT,
        "nesting deeper than "
            + limits.maxDepth()
            + " levels: flatten the data, or raise the depth limit",
        line(),
        column());
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

  /** What reads like a comment to Liaison inside a quoted or block scalar is the scalar's text. */
  private void dropCommentsWithin(ScalarEvent s) {
    if (directives != null && !directives.kept.isEmpty()) {
      directives.dropWithin(placeOf(s.getStartMark().get()), placeOf(s.getEndMark().get()));
    }
  }
}
