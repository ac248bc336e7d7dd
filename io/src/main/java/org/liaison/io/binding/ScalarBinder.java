package org.liaison.io.binding;

import java.math.BigDecimal;
import org.liaison.io.files.FileResult;
import org.liaison.io.files.RefUse;
import org.liaison.io.messages.Messages;
import org.liaison.io.shared.SharedIds;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.InputException;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.Area;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Delegation;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.Location;
import org.liaison.model.PartialDate;
import org.liaison.model.Person;
import org.liaison.model.RecordKind;
import org.liaison.model.Ref;
import org.liaison.model.Source;

/**
 * Reads the scalars of the format (strings, ids, references, dates, names of a vocabulary, areas,
 * numbers), each typed by its field rather than by YAML's rules. A reader returns {@code null} for
 * an invalid value, whose problem it has reported.
 */
abstract class ScalarBinder extends TokenCursor {
  ScalarBinder(TokenStream events, String file, FileResult result, SharedValues shared) {
    super(events, file, result, shared);
  }

  /** A reference kept for the check once every file is read, placed in the record being read. */
  abstract RefUse unsettled(SharedIds.Entry target, RecordKind kind, long at);

  /** Any scalar, as text: format v1 types scalars by field, not by YAML's rules. */
  String string() {
    if (token != TokenStream.SCALAR) {
      return wrongType("a string");
    }
    String s = shared.string(events);
    next();
    return s;
  }

  Id id() {
    SharedIds.Entry e = idEntry();
    return e == null ? null : e.id;
  }

  /** An id, as the load's one entry for it. */
  SharedIds.Entry idEntry() {
    if (token != TokenStream.SCALAR) {
      return wrongType("an id");
    }
    SharedIds.Entry e = shared.get(events);
    if (e == null) {
      e = newId(events.text());
    }
    next();
    return e;
  }

  /** An id met for the first time in the load; {@code null}, reported, if it is not valid. */
  private SharedIds.Entry newId(String s) {
    if (!Id.isValid(s)) {
      problem(BuiltinCode.VALUE_ID, Id.problem(s).orElseThrow(), here());
      return null;
    }
    return shared.add(s);
  }

  /**
   * A reference. One to a record already read with the expected kind is settled here: claims are
   * never withdrawn, so the final check would find the same. Any other is kept, with its location
   * and pointer, for the check once every file is read.
   */
  private SharedIds.Entry reference(RecordKind kind) {
    if (token == TokenStream.SCALAR) {
      SharedIds.Entry known = shared.get(events);
      if (known != null && known.claimedAs(kind)) {
        next();
        return known;
      }
    }
    long at = token == TokenStream.SCALAR ? events.position() : -1;
    SharedIds.Entry e = idEntry();
    if (e != null) {
      result.refs.add(unsettled(e, kind, at));
    }
    return e;
  }

  Ref<Institution> institutionRef() {
    SharedIds.Entry e = reference(RecordKind.INSTITUTION);
    return e == null ? null : e.ref(RecordKind.INSTITUTION, Ref::institution);
  }

  Ref<Person> personRef() {
    SharedIds.Entry e = reference(RecordKind.PERSON);
    return e == null ? null : e.ref(RecordKind.PERSON, Ref::person);
  }

  Ref<Delegation> delegationRef() {
    SharedIds.Entry e = reference(RecordKind.DELEGATION);
    return e == null ? null : e.ref(RecordKind.DELEGATION, Ref::delegation);
  }

  Ref<Source> sourceRef() {
    SharedIds.Entry e = reference(RecordKind.SOURCE);
    return e == null ? null : e.ref(RecordKind.SOURCE, Ref::source);
  }

  PartialDate date() {
    if (token != TokenStream.SCALAR) {
      return wrongType("a date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)");
    }
    try {
      PartialDate d = shared.date(events);
      next();
      return d;
    } catch (IllegalArgumentException e) {
      problem(BuiltinCode.VALUE_DATE, e.getMessage(), here());
      next();
      return null;
    }
  }

  <E extends Enum<E>> E enumValue(Vocabulary<E> vocabulary) {
    if (token != TokenStream.SCALAR) {
      return wrongType("one of " + vocabulary.list());
    }
    String s = shared.string(events); // the few names of a vocabulary, made into strings once
    E e = vocabulary.find(s).orElse(null);
    if (e == null) {
      unknownName(vocabulary, s);
    }
    next();
    return e;
  }

  private void unknownName(Vocabulary<?> vocabulary, String s) {
    problem(
        BuiltinCode.VALUE_ENUM,
        Messages.quote(s)
            + " is not "
            + vocabulary.what
            + Messages.didYouMean(s, vocabulary.names())
                .orElse(": use one of " + vocabulary.list()),
        here());
  }

  Area area() {
    Location at = token == TokenStream.SCALAR ? here() : null;
    String s = string();
    if (s == null) {
      return null;
    }
    if (s.isEmpty()) {
      problem(BuiltinCode.FIELD_TYPE, "an area code must not be empty", at);
      return null;
    }
    return Area.of(s);
  }

  /** A non-negative whole number. */
  Integer count() {
    if (token != TokenStream.SCALAR || events.quoted()) {
      return wrongType("a whole number");
    }
    try {
      int n = Integer.parseInt(events.text());
      if (n >= 0) {
        next();
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return wrongType("a whole number, 0 or more");
  }

  BigDecimal decimal() {
    if (token != TokenStream.SCALAR || events.quoted()) {
      return wrongType("a number");
    }
    int max = result.limits.maxNumberLength();
    BigDecimal d;
    try {
      d = parse(events.text(), max);
    } catch (NumberFormatException e) {
      return wrongType("a number");
    }
    if (d == null || digitsWritten(d) > max) {
      throw tooLong(max);
    }
    next();
    return d;
  }

  /** How many digits {@code d} has written out in full, without an exponent. */
  private static long digitsWritten(BigDecimal d) {
    return Math.max(1L, (long) d.precision() - d.scale()) + Math.max(0, d.scale());
  }

  /** The number {@code text} says; {@code null} if it is all digits and longer than {@code max}. */
  private static BigDecimal parse(String text, int max) {
    return text.length() > max && digits(text) ? null : new BigDecimal(text.replace("_", ""));
  }

  private InputException tooLong(int max) {
    return new InputException(
        BuiltinCode.LIMIT,
        "a number of more than "
            + max
            + " digits"
            + " written out in full, the limit: write it shorter, or raise the number length limit",
        events.line(),
        events.column());
  }

  /** Whether {@code text} holds only what a number is written with. */
  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("0123456789+-._eE".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
