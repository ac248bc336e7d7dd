package org.liaison.io.binding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.io.ReadLimits;
import org.liaison.io.files.FileResult;
import org.liaison.io.files.LoadBudget;
import org.liaison.io.messages.Messages;
import org.liaison.io.tokens.InputException;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.BuiltinCode;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.RecordKind;

/**
 * Reads the documents of one file: the {@code liaison: 1} marker and the five sections. Malformed
 * input ends the file with a problem at the place it was found; what was read before it is kept.
 */
public final class DocumentReader {
  private static final Map<String, RecordKind> SECTIONS = new HashMap<>();
  private static final List<String> TOP_LEVEL =
      List.of("liaison", "institutions", "people", "delegations", "agreements", "sources");

  static {
    for (RecordKind k : RecordKind.values()) {
      SECTIONS.put(k.section(), k);
    }
  }

  private final Binder b;
  private final LoadBudget budget;
  private final Map<String, Location> seen = new HashMap<>();
  private boolean marked;
  private boolean supported = true;

  private DocumentReader(Binder b, LoadBudget budget) {
    this.b = b;
    this.budget = budget;
  }

  /**
   * Reads every document of {@code events}, which it closes, with {@code binder} (reset for this
   * file).
   */
  public static FileResult read(
      TokenStream events, String file, Binder binder, LoadBudget budget, ReadLimits limits) {
    FileResult result = new FileResult(file, limits);
    Binder b = binder.reset(events, file, result);
    events.directives(result.directives);
    try (events) {
      readDocuments(events, b, budget);
    } catch (InputException e) {
      // the problem that ends the file: added past the problems limit too
      result.problems.add(ending(e, b.pointer(), file));
    }
    return withOverflow(result);
  }

  private static Problem ending(InputException e, String pointer, String file) {
    return e.code
        .problem(e.getMessage())
        .pointer(pointer)
        .location(Location.of(file, e.line, e.column))
        .build();
  }

  /** The result, with the problem of its directives past their limit, if they were. */
  private static FileResult withOverflow(FileResult result) {
    if (result.directives.overflow() != null) {
      result.problems.add(result.directives.overflow());
    }
    return result;
  }

  private static void readDocuments(TokenStream events, Binder b, LoadBudget budget) {
    int document = 0;
    while (events.nextDocument()) {
      b.startDocument(document++);
      if (isMapping(b)) {
        new DocumentReader(b, budget).readMapping();
      }
    }
    if (document == 0) {
      b.problem(
          BuiltinCode.FORMAT_VERSION,
          "the file holds no document: start it with `liaison: 1`",
          b.fileStart());
    }
  }

  /** Whether the document is a mapping; one that is empty or not a mapping is reported, skipped. */
  private static boolean isMapping(Binder b) {
    if (b.is(TokenStream.DOC_END) || b.is(TokenStream.NULL)) {
      empty(b);
      return false;
    }
    if (!b.is(TokenStream.START_MAP)) {
      notAMapping(b);
      return false;
    }
    return true;
  }

  private static void notAMapping(Binder b) {
    b.problem(
        BuiltinCode.FIELD_TYPE,
        "a document must be a mapping that starts with"
            + " `liaison: 1` and lists records under institutions, people, delegations,"
            + " agreements or sources",
        b.here());
    b.skip();
  }

  private static void empty(Binder b) {
    boolean isNull = b.is(TokenStream.NULL);
    b.problem(
        BuiltinCode.FORMAT_VERSION,
        "the document is empty: start it with `liaison: 1`",
        isNull ? b.here() : b.fileStart());
    if (isNull) {
      b.next();
    }
  }

  private void readMapping() {
    Location start = b.here();
    int recordsBefore = b.recordCount();
    b.next();
    while (b.is(TokenStream.KEY)) {
      key();
    }
    b.next();
    ended(start, recordsBefore);
  }

  /** Checks the document's marker once it is read, and drops records of another version. */
  private void ended(Location start, int recordsBefore) {
    if (!marked) {
      b.problem(
          BuiltinCode.FORMAT_VERSION,
          "the document has no `liaison:` marker: add `liaison: 1` as its first line",
          start);
    }
    if (!supported) {
      b.dropRecordsFrom(recordsBefore); // a version this reader does not read
    }
  }

  /** Reads one key of the document and its value. */
  private void key() {
    String name = b.text();
    Location keyAt = b.here();
    b.push(name);
    b.next();
    Location first = seen.putIfAbsent(name, keyAt);
    if (first != null) {
      duplicate(name, keyAt, first);
    } else {
      value(name, keyAt);
    }
    b.pop();
  }

  private void duplicate(String name, Location keyAt, Location first) {
    b.problem(
        BuiltinCode.KEY_DUPLICATE
            .problem(
                Messages.quote(name)
                    + " appears twice in this document; merge the two into one (the first is at line "
                    + first.line()
                    + ")")
            .pointer(b.pointer())
            .location(keyAt)
            .related(List.of(first))
            .build());
    b.skip();
  }

  private void value(String name, Location keyAt) {
    RecordKind kind = SECTIONS.get(name);
    if (name.equals("liaison")) {
      marked = true;
      supported = version(b);
    } else if (kind != null && (b.is(TokenStream.NULL) || !supported)) {
      b.skip(); // an empty section, or one of a version this reader does not read
    } else if (kind != null) {
      section(kind);
    } else {
      unknown(name, keyAt);
    }
  }

  private void unknown(String name, Location keyAt) {
    b.problem(
        BuiltinCode.FIELD_UNKNOWN,
        "unknown section "
            + Messages.quote(name)
            + Messages.didYouMean(name, TOP_LEVEL)
                .orElse(
                    ": a document holds `liaison: 1` and"
                        + " the sections institutions, people, delegations, agreements and sources"),
        keyAt);
    b.skip();
  }

  private void section(RecordKind kind) {
    Shape<?, ? extends LiaisonRecord> shape = Shapes.record(kind);
    b.list(
        x -> {
          if (x.is(TokenStream.START_MAP)) {
            x.countRecord(budget);
          }
          x.record(kind, shape);
          return null;
        });
  }

  private static boolean version(Binder b) {
    Location at = b.here();
    boolean ok = b.is(TokenStream.SCALAR) && !b.quoted() && b.text().equals("1");
    if (!ok) {
      unsupported(b, at);
    }
    b.skip();
    return ok;
  }

  private static void unsupported(Binder b, Location at) {
    String found =
        b.is(TokenStream.SCALAR)
            ? (b.quoted() ? "the string " : "") + Messages.quote(b.text())
            : TokenStream.describe(b.token(), "", false);
    b.problem(
        BuiltinCode.FORMAT_VERSION,
        "unsupported format version "
            + found
            + ": this Liaison reads `liaison: 1` (the number 1); the document's records are not"
            + " loaded",
        at);
  }
}
