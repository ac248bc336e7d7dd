package org.liaison.io.tokens;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.model.BuiltinCode;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * YAML aliases expanded by replaying events: the events of each anchored node are recorded as they
 * are read, and played again where an alias names it. Anchors are per document; the budget of
 * replayed events is per file, so a file of many documents cannot multiply it.
 */
final class AliasReplay {
  /** An event and its place (line in the high 32 bits, column), as read: what an alias replays. */
  record Placed(Event event, long place) {}

  private static final class Recording {
    final Anchor anchor;
    final List<Placed> events = new ArrayList<>();
    int depth;

    Recording(Anchor anchor) {
      this.anchor = anchor;
    }
  }

  private final Map<Anchor, List<Placed>> anchors = new HashMap<>();
  private final List<Recording> recordings = new ArrayList<>();
  private final ArrayDeque<Placed> replay = new ArrayDeque<>();
  private final long maxExpansion;
  private long replayed;

  AliasReplay(long maxExpansion) {
    this.maxExpansion = maxExpansion;
  }

  /** Whether events of an alias are still to be replayed. */
  boolean replaying() {
    return !replay.isEmpty();
  }

  /** The next event to replay. */
  Placed poll() {
    return replay.poll();
  }

  /** Forgets the anchors of the document before. */
  void newDocument() {
    anchors.clear();
  }

  /** Adds an event to the anchored nodes being recorded; starts recording one it anchors. */
  void record(Placed p, boolean fromReplay) {
    Event e = p.event();
    if (!recordings.isEmpty()) {
      for (int i = recordings.size() - 1; i >= 0; i--) {
        Recording r = recordings.get(i);
        r.events.add(p);
        if (e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart) {
          r.depth++;
        } else if (e.getEventId() == Event.ID.MappingEnd
            || e.getEventId() == Event.ID.SequenceEnd) {
          r.depth--;
        }
        if (r.depth == 0) {
          anchors.put(r.anchor, r.events);
          recordings.remove(i);
        }
      }
    }
    if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor().isPresent() && !fromReplay) {
      Recording r = new Recording(((NodeEvent) e).getAnchor().get());
      r.events.add(p);
      if (e.getEventId() == Event.ID.Scalar) {
        anchors.put(r.anchor, r.events);
      } else {
        r.depth = 1;
        recordings.add(r);
      }
    }
  }

  /** Queues the events of the node {@code p}, an alias, names. */
  void expand(Placed p) {
    AliasEvent alias = (AliasEvent) p.event();
    List<Placed> events = anchors.get(alias.getAlias());
    if (events == null) {
      throw problem(
          BuiltinCode.SYNTAX,
          "alias *" + alias.getAlias().getValue() + " names no anchor defined before it",
          p.place());
    }
    replayed += events.size();
    if (replayed > maxExpansion) {
      throw tooMany(p.place());
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      replay.addFirst(events.get(i));
    }
  }

  private InputException tooMany(long place) {
    return problem(
        BuiltinCode.LIMIT,
        "aliases expand to more than "
            + maxExpansion
            + " YAML nodes in this file: write the data out, or raise"
            + " the alias expansion limit",
        place);
  }

  private static InputException problem(BuiltinCode code, String message, long place) {
    return new InputException(code, message, (int) (place >>> 32), (int) place);
  }
}
