package org.liaison.io.internal;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.io.ReadLimits;
import org.liaison.model.BuiltinCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link Events} over SnakeYAML's event parser. Scalars are typed by the reader, not by YAML: a
 * plain {@code NO} is a string, and only a plain {@code ~}, {@code null} or empty scalar is null.
 * Aliases are expanded by replaying the anchored events, within the alias expansion limit; tags
 * are ignored, never resolved to types.
 */
final class YamlEvents implements Events {
  private final Parser parser;
  private final ReadLimits limits;
  private final Map<String, List<Event>> anchors = new HashMap<>();
  private final List<Recording> recordings = new ArrayList<>();
  private final ArrayDeque<Event> replay = new ArrayDeque<>();
  private long replayed;
  // container stack: for each open mapping or list, whether it is a mapping and expects a key
  private boolean[] isMap = new boolean[16];
  private boolean[] expectKey = new boolean[16];
  private int depth;
  private Event event;
  private boolean fromReplay;
  private int documents;
  private int token;

  YamlEvents(Reader in, ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setProcessComments(false);
    this.parser = new ParserImpl(new StreamReader(in), options);
    this.limits = limits;
  }

  private static final class Recording {
    final String anchor;
    final List<Event> events = new ArrayList<>();
    int depth;

    Recording(String anchor) {
      this.anchor = anchor;
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
            throw new InputException(BuiltinCode.LIMIT, "the file holds more than "
                + limits.maxDocuments() + " documents: split it into several files, or raise"
                + " the documents limit", e.getStartMark().getLine() + 1,
                e.getStartMark().getColumn() + 1);
          }
          anchors.clear(); // anchors are per document; the alias budget is per file
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
    fromReplay = !replay.isEmpty();
    Event e = fromReplay ? replay.poll() : raw();
    if (e instanceof AliasEvent) {
      expand((AliasEvent) e);
      e = replay.poll();
      fromReplay = true;
    }
    event = e;
    record(e);
    return token = classify(e);
  }

  private Event raw() {
    try {
      return parser.getEvent();
    } catch (MarkedYAMLException ex) {
      Mark m = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
      String what = ex.getProblem() != null ? ex.getProblem() : ex.getMessage();
      throw new InputException(BuiltinCode.SYNTAX, "malformed YAML: " + what + context(ex),
          m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1);
    } catch (InputException ex) {
      throw ex; // from YamlInput: a line too long, a character YAML forbids, bytes not text
    } catch (YAMLException ex) {
      throw new InputException(BuiltinCode.SYNTAX, "malformed YAML: " + ex.getMessage(),
          event == null ? 0 : event.getEndMark().getLine() + 1,
          event == null ? 0 : event.getEndMark().getColumn() + 1);
    } catch (RuntimeException ex) {
      // the scanner's own bugs (a truncated \\x escape throws NumberFormatException): still
      // malformed input, never an exception out of the reader
      throw new InputException(BuiltinCode.SYNTAX, "malformed YAML: " + ex,
          event == null ? 0 : event.getEndMark().getLine() + 1,
          event == null ? 0 : event.getEndMark().getColumn() + 1);
    }
  }

  private static String context(MarkedYAMLException ex) {
    return ex.getContext() == null ? "" : " (" + ex.getContext() + ")";
  }

  private int classify(Event e) {
    switch (e.getEventId()) {
      case Scalar: {
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
      Surrogates.check(s.getValue(), s.getStartMark().getLine() + 1,
          s.getStartMark().getColumn() + 1);
    }
    if (s.getValue().length() > limits.maxStringLength()) {
      throw new InputException(BuiltinCode.LIMIT, "a string of " + s.getValue().length()
          + " characters, more than the limit of " + limits.maxStringLength() + ": shorten it,"
          + " or raise the string length limit", s.getStartMark().getLine() + 1,
          s.getStartMark().getColumn() + 1);
    }
  }

  private int open(boolean map, int token) {
    if (depth > 0 && isMap[depth - 1] && expectKey[depth - 1]) {
      throw new InputException(BuiltinCode.FIELD_TYPE,
          "a key must be a plain string, not " + (map ? "a mapping" : "a list"), line(), column());
    }
    if (depth >= limits.maxDepth()) {
      throw new InputException(BuiltinCode.LIMIT, "nesting deeper than " + limits.maxDepth()
          + " levels: flatten the data, or raise the depth limit", line(), column());
    }
    if (depth == isMap.length) {
      isMap = java.util.Arrays.copyOf(isMap, depth * 2);
      expectKey = java.util.Arrays.copyOf(expectKey, depth * 2);
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

  private void record(Event e) {
    if (!recordings.isEmpty()) {
      for (int i = recordings.size() - 1; i >= 0; i--) {
        Recording r = recordings.get(i);
        r.events.add(e);
        if (e.is(Event.ID.MappingStart) || e.is(Event.ID.SequenceStart)) {
          r.depth++;
        } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
          r.depth--;
        }
        if (r.depth == 0) {
          anchors.put(r.anchor, r.events);
          recordings.remove(i);
        }
      }
    }
    if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor() != null && !fromReplay) {
      Recording r = new Recording(((NodeEvent) e).getAnchor());
      r.events.add(e);
      if (e.is(Event.ID.Scalar)) {
        anchors.put(r.anchor, r.events);
      } else {
        r.depth = 1;
        recordings.add(r);
      }
    }
  }

  private void expand(AliasEvent alias) {
    List<Event> events = anchors.get(alias.getAnchor());
    Mark m = alias.getStartMark();
    if (events == null) {
      throw new InputException(BuiltinCode.SYNTAX, "alias *" + alias.getAnchor()
          + " names no anchor defined before it", m.getLine() + 1, m.getColumn() + 1);
    }
    replayed += events.size();
    if (replayed > limits.maxAliasExpansion()) {
      throw new InputException(BuiltinCode.LIMIT, "aliases expand to more than "
          + limits.maxAliasExpansion() + " YAML nodes in this file: write the data out, or raise"
          + " the alias expansion limit", m.getLine() + 1, m.getColumn() + 1);
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      replay.addFirst(events.get(i));
    }
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
    return event.getStartMark().getLine() + 1;
  }

  @Override
  public int column() {
    return event.getStartMark().getColumn() + 1;
  }

  @Override
  public void close() {
    // the reader is closed by whoever opened it
  }
}
