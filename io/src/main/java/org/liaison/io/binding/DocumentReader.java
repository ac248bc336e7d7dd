package org.liaison.io.binding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.io.ReadLimits;
import org.liaison.io.files.FileResult;
import org.liaison.io.files.LoadBudget;
import org.liaison.io.messages.Messages;
import org.liaison.io.tokens.Events;
import org.liaison.io.tokens.InputException;
import org.liaison.model.BuiltinCode;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.RecordKind;

/**
 * Reads the documents of one file: the {@code liaison: 1} marker and the five sections. Malformed
 * input ends the file with a problem at the place it was found; what was read before it is kept.
 */
public final class DocumentReader {
  private static final Map<String, RecordKind> SECTIONS = new HashMap<>();
  private static final Map<RecordKind, Shape<?, ? extends LiaisonRecord>> SHAPES = Map.of(
      RecordKind.INSTITUTION, Shapes.INSTITUTION_RECORD,
      RecordKind.PERSON, Shapes.PERSON_RECORD,
      RecordKind.DELEGATION, Shapes.DELEGATION_RECORD,
      RecordKind.AGREEMENT, Shapes.AGREEMENT_RECORD,
      RecordKind.SOURCE, Shapes.SOURCE_RECORD);
  private static final List<String> TOP_LEVEL =
      List.of("liaison", "institutions", "people", "delegations", "agreements", "sources");

  static {
    for (RecordKind k : RecordKind.values()) {
      SECTIONS.put(k.section(), k);
    }
  }

  private DocumentReader() {}

  /**
   * Reads every document of {@code events}, which it closes, with {@code binder} (reset for this
   * file).
   */
  public static FileResult read(Events events, String file, Binder binder, LoadBudget budget,
      ReadLimits limits) {
    FileResult result = new FileResult(file, limits);
    Binder b = binder.reset(events, file, result);
    events.directives(result.directives);
    try (events) {
      int document = 0;
      while (events.nextDocument()) {
        b.startDocument(document++);
        readDocument(b, budget);
      }
      if (document == 0) {
        b.problem(BuiltinCode.FORMAT_VERSION,
            "the file holds no document: start it with `liaison: 1`", Location.of(file, 1, 1));
      }
    } catch (InputException e) {
      // the problem that ends the file: added past the problems limit too
      result.problems.add(e.code.problem(e.getMessage()).pointer(b.pointer())
          .location(Location.of(file, e.line, e.column)).build());
    }
    if (result.directives.overflow() != null) {
      result.problems.add(result.directives.overflow());
    }
    return result;
  }

  private static void readDocument(Binder b, LoadBudget budget) {
    if (b.is(Events.DOC_END) || b.is(Events.NULL)) {
      Location at = b.is(Events.NULL) ? b.here() : b.fileStart();
      b.problem(BuiltinCode.FORMAT_VERSION,
          "the document is empty: start it with `liaison: 1`", at);
      if (b.is(Events.NULL)) {
        b.next();
      }
      return;
    }
    if (!b.is(Events.START_MAP)) {
      b.problem(BuiltinCode.FIELD_TYPE, "a document must be a mapping that starts with"
          + " `liaison: 1` and lists records under institutions, people, delegations,"
          + " agreements or sources", b.here());
      b.skip();
      return;
    }
    Location start = b.here();
    int recordsBefore = b.recordCount();
    boolean marked = false;
    boolean supported = true;
    Map<String, Location> seen = new HashMap<>();
    b.next();
    while (b.is(Events.KEY)) {
      String name = b.text();
      Location keyAt = b.here();
      b.push(name);
      b.next();
      RecordKind kind = SECTIONS.get(name);
      Location first = seen.putIfAbsent(name, keyAt);
      if (first != null) {
        b.problem(BuiltinCode.KEY_DUPLICATE.problem(Messages.quote(name)
                + " appears twice in this document; merge the two into one (the first is at line "
                + first.line() + ")")
            .pointer(b.pointer()).location(keyAt).related(List.of(first)).build());
        b.skip();
      } else if (name.equals("liaison")) {
        marked = true;
        supported = version(b);
      } else if (kind != null && (b.is(Events.NULL) || !supported)) {
        b.skip(); // an empty section, or one of a version this reader does not read
      } else if (kind != null) {
        Shape<?, ? extends LiaisonRecord> shape = SHAPES.get(kind);
        b.list(x -> {
          if (x.is(Events.START_MAP)) {
            x.countRecord(budget);
          }
          x.record(kind, shape);
          return null;
        });
      } else {
        b.problem(BuiltinCode.FIELD_UNKNOWN, "unknown section " + Messages.quote(name)
            + Messages.didYouMean(name, TOP_LEVEL).orElse(": a document holds `liaison: 1` and"
                + " the sections institutions, people, delegations, agreements and sources"),
            keyAt);
        b.skip();
      }
      b.pop();
    }
    b.next();
    if (!marked) {
      b.problem(BuiltinCode.FORMAT_VERSION,
          "the document has no `liaison:` marker: add `liaison: 1` as its first line", start);
    }
    if (!supported) {
      b.dropRecordsFrom(recordsBefore);
    }
  }

  private static boolean version(Binder b) {
    Location at = b.here();
    boolean ok = b.is(Events.SCALAR) && !b.quoted() && b.text().equals("1");
    if (!ok) {
      String found = b.is(Events.SCALAR)
          ? (b.quoted() ? "the string " : "") + Messages.quote(b.text())
          : Events.describe(b.token(), "", false);
      b.problem(BuiltinCode.FORMAT_VERSION, "unsupported format version " + found
          + ": this Liaison reads `liaison: 1` (the number 1); the document's records are not"
          + " loaded", at);
    }
    b.skip();
    return ok;
  }
}
