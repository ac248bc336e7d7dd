package org.liaison.io.binding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.liaison.io.files.FileResult;
import org.liaison.io.files.ReadRecord;
import org.liaison.io.files.RefUse;
import org.liaison.io.messages.Messages;
import org.liaison.io.shared.SharedIds;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.Events;
import org.liaison.io.tokens.InputException;
import org.liaison.model.Area;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.PartialDate;
import org.liaison.model.Problem;
import org.liaison.model.RecordKind;
import org.liaison.model.RecordOrigin;
import org.liaison.model.Ref;

/**
 * Reads values of the format from an {@link Events} stream, keeping the JSON Pointer of the value
 * at hand and reporting every problem with its location. Each value reader is called with the
 * stream at the value's first token and leaves it at the token after the value. Readers return
 * {@code null} for an invalid value, whose problem they have reported.
 */
public final class Binder {
  Events events;
  String file;
  FileResult result;
  int token;
  private final SharedValues shared;
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private int document;
  // per nesting level of mappings, the line and column of each field's key
  private long[][] keyLines = new long[8][];
  private int objects;
  // the record being read
  private int recordProblems;
  private int recordRefs;
  private SharedIds.Entry recordId;
  private Location recordIdLocation;
  /** The depth of the record being read, -1 outside records; its pointer once made. */
  private int recordBase = -1;
  private String recordPointer;
  private final StringBuilder path = new StringBuilder(64);
  /** The lists of {@link #list}, by nesting level, and the number in use. */
  private List<?>[] scratch = new List<?>[8];
  private int lists;
  /** A builder per shape, by the shape's number, and whether each is in use. */
  private Object[] builders = new Object[0];
  private boolean[] busy = new boolean[0];

  public Binder(Events events, String file, FileResult result, SharedValues shared) {
    this.events = events;
    this.file = file;
    this.result = result;
    this.shared = shared;
  }

  /**
   * Starts on another file of the same load (the same shared values), keeping this binder's
   * buffers, lists and builders: a directory is thousands of small files. Whatever an exception
   * left of the file before is cleared.
   */
  Binder reset(Events events, String file, FileResult result) {
    this.events = events;
    this.file = file;
    this.result = result;
    token = 0;
    depth = 0;
    document = 0;
    objects = 0;
    recordProblems = 0;
    recordRefs = 0;
    recordId = null;
    recordIdLocation = null;
    recordBase = -1;
    recordPointer = null;
    path.setLength(0);
    lists = 0;
    java.util.Arrays.fill(busy, false);
    return this;
  }

  void document(int index) {
    document = index;
    depth = 0;
  }

  // ---- position ------------------------------------------------------------------------------

  Location here() {
    return at(events.position());
  }

  /** The location of a position from {@link Events#position()}. */
  Location at(long position) {
    return Location.of(file, (int) (position >>> 32), (int) position);
  }

  void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth++] = -1;
  }

  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth++] = index;
  }

  void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
  }

  String pointer() {
    return depth == 0 ? "" : pointer(0, depth).toString();
  }

  /** The pointer of the levels {@code [from, to)}, in {@link #path}. */
  private StringBuilder pointer(int from, int to) {
    path.setLength(0);
    for (int i = from; i < to; i++) {
      path.append('/');
      if (names[i] == null) {
        path.append(indexes[i]);
      } else {
        path.append(names[i].replace("~", "~0").replace("/", "~1"));
      }
    }
    return path;
  }

  /** The pointer of the record being read, made once per record. */
  private String recordPointer() {
    if (recordPointer == null) {
      recordPointer = pointer(0, recordBase).toString();
    }
    return recordPointer;
  }

  /** The pointer of the current value within the record being read, shared across records. */
  private String pathInRecord() {
    return shared.string(pointer(recordBase, depth));
  }

  void problem(BuiltinCode code, String message, Location at) {
    result.add(code.problem(message).pointer(pointer()).location(at).build());
  }

  /** Reports a problem. @throws InputException instead past the problems limit */
  void problem(Problem p) {
    result.add(p);
  }

  int next() {
    return token = events.next();
  }

  /** Skips the current value, however deeply it nests. */
  void skip() {
    int t = token;
    if (t == Events.START_MAP || t == Events.START_LIST) {
      int open = 1;
      while (open > 0) {
        t = next();
        if (t == Events.START_MAP || t == Events.START_LIST) {
          open++;
        } else if (t == Events.END_MAP || t == Events.END_LIST) {
          open--;
        }
      }
    }
    next();
  }

  private <V> V wrongType(String expected) {
    problem(BuiltinCode.FIELD_TYPE, "expected " + expected + ", found "
        + Events.describe(token, token == Events.SCALAR ? events.text() : "", token == Events.SCALAR
            && events.quoted()), here());
    skip();
    return null;
  }

  // ---- scalars -------------------------------------------------------------------------------

  /** Any scalar, as text: format v1 types scalars by field, not by YAML's rules. */
  String string() {
    if (token != Events.SCALAR) {
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

  private SharedIds.Entry idEntry() {
    if (token != Events.SCALAR) {
      return wrongType("an id");
    }
    SharedIds.Entry e = shared.get(events);
    if (e == null) {
      String s = events.text();
      if (!Id.isValid(s)) {
        problem(BuiltinCode.VALUE_ID, Id.problemWith(s), here());
        next();
        return null;
      }
      e = shared.add(s);
    }
    next();
    return e;
  }

  /** The record's own id: remembered, with its location, for the record's problems. */
  Id recordId() {
    Location at = here();
    SharedIds.Entry e = idEntry();
    if (e == null) {
      return null;
    }
    recordId = e;
    recordIdLocation = at;
    return e.id;
  }

  /**
   * A reference. One to a record already read with the expected kind is settled here: claims
   * are never withdrawn, so the final check would find the same. Any other is kept, with its
   * location and pointer, for the check once every file is read.
   */
  private SharedIds.Entry reference(RecordKind kind) {
    if (token == Events.SCALAR) {
      SharedIds.Entry known = shared.get(events);
      if (known != null && known.claimedAs(kind)) {
        next();
        return known;
      }
    }
    long at = token == Events.SCALAR ? events.position() : -1;
    SharedIds.Entry e = idEntry();
    if (e != null) {
      result.refs.add(recordBase < 0
          ? new RefUse(e, kind, file, at, pointer(), "")
          : new RefUse(e, kind, file, at, recordPointer(), pathInRecord()));
    }
    return e;
  }

  Ref<org.liaison.model.Institution> institutionRef() {
    SharedIds.Entry e = reference(RecordKind.INSTITUTION);
    return e == null ? null : e.ref(RecordKind.INSTITUTION, Ref::institution);
  }

  Ref<org.liaison.model.Person> personRef() {
    SharedIds.Entry e = reference(RecordKind.PERSON);
    return e == null ? null : e.ref(RecordKind.PERSON, Ref::person);
  }

  Ref<org.liaison.model.Delegation> delegationRef() {
    SharedIds.Entry e = reference(RecordKind.DELEGATION);
    return e == null ? null : e.ref(RecordKind.DELEGATION, Ref::delegation);
  }

  Ref<org.liaison.model.Source> sourceRef() {
    SharedIds.Entry e = reference(RecordKind.SOURCE);
    return e == null ? null : e.ref(RecordKind.SOURCE, Ref::source);
  }

  PartialDate date() {
    if (token != Events.SCALAR) {
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
    if (token != Events.SCALAR) {
      return wrongType("one of " + vocabulary.list());
    }
    String s = shared.string(events); // the few names of a vocabulary, made into strings once
    E e = vocabulary.get(s);
    if (e == null) {
      problem(BuiltinCode.VALUE_ENUM, Messages.quote(s) + " is not " + vocabulary.what
          + Messages.didYouMean(s, vocabulary.names()).orElse(": use one of " + vocabulary.list()),
          here());
    }
    next();
    return e;
  }

  Area area() {
    Location at = token == Events.SCALAR ? here() : null;
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
    if (token != Events.SCALAR || events.quoted()) {
      return wrongType("a whole number");
    }
    String s = events.text();
    try {
      int n = Integer.parseInt(s);
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
    if (token != Events.SCALAR || events.quoted()) {
      return wrongType("a number");
    }
    String text = events.text();
    int max = result.limits.maxNumberLength();
    BigDecimal d = null;
    try {
      d = text.length() > max && digits(text) ? null : new BigDecimal(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return wrongType("a number");
    }
    if (d == null || Math.max(1L, (long) d.precision() - d.scale()) + Math.max(0, d.scale()) > max) {
      throw new InputException(BuiltinCode.LIMIT, "a number of more than " + max + " digits"
          + " written out in full, the limit: write it shorter, or raise the number length limit",
          events.line(), events.column());
    }
    next();
    return d;
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

  // ---- collections ---------------------------------------------------------------------------

  /**
   * Reads a list. The list returned is this binder's own, one per nesting level of lists, and is
   * valid until the next list at the same level: the caller hands it to a builder, which copies
   * it. A load reads hundreds of thousands of lists of one to three items, and a new list for
   * each, grown to ten on its first item, was a tenth of what a load allocates.
   */
  @SuppressWarnings("unchecked")
  <T> List<T> list(Function<Binder, T> element) {
    if (token != Events.START_LIST) {
      return wrongType("a list");
    }
    if (lists == scratch.length) {
      scratch = java.util.Arrays.copyOf(scratch, lists * 2);
    }
    if (scratch[lists] == null) {
      scratch[lists] = new ArrayList<>();
    }
    List<T> list = (List<T>) scratch[lists++];
    list.clear();
    try {
      fill(list, element);
    } finally {
      lists--;
    }
    return list;
  }

  private <T> void fill(List<T> list, Function<Binder, T> element) {
    next();
    for (int i = 0; token != Events.END_LIST; i++) {
      push(i);
      if (token == Events.NULL) {
        wrongType("a list item");
      } else {
        T t = element.apply(this);
        if (t != null) {
          list.add(t);
        }
      }
      pop();
    }
    next();
  }

  Map<String, String> stringMap() {
    if (token != Events.START_MAP) {
      return wrongType("a mapping of names to strings");
    }
    Map<String, String> map = new LinkedHashMap<>();
    Map<String, Location> seen = new HashMap<>();
    next();
    while (token == Events.KEY) {
      String key = shared.string(events.text());
      Location at = here();
      push(key);
      next();
      Location first = seen.putIfAbsent(key, at);
      if (first != null) {
        duplicateKey(key, at, first);
        skip();
      } else if (token != Events.NULL) {
        String v = string();
        if (v != null) {
          map.put(key, v);
        }
      } else {
        skip();
      }
      pop();
    }
    next();
    return map;
  }

  private void duplicateKey(String key, Location at, Location first) {
    problem(BuiltinCode.KEY_DUPLICATE.problem(Messages.quote(key)
            + " appears twice in this mapping; remove one of them"
            + (first.line() > 0 ? " (the first is at line " + first.line() + ")" : ""))
        .pointer(pointer()).location(at).related(List.of(first)).build());
  }

  /**
   * Reads a mapping of the given shape into a builder of it; returns {@code null} if a required
   * field is missing or invalid.
   */
  <B, T> T object(Shape<B, T> shape) {
    if (token != Events.START_MAP) {
      return wrongType(shape.article() + " (a mapping)");
    }
    long start = events.position();
    boolean pooled = !building(shape.number);
    B builder = pooled ? builder(shape) : shape.factory.get();
    try {
      return object(shape, builder, start);
    } finally {
      if (pooled) {
        busy[shape.number] = false;
      }
    }
  }

  /** Whether this binder's builder of shape {@code number} is in use (a shape within itself). */
  private boolean building(int number) {
    if (number >= busy.length) {
      busy = java.util.Arrays.copyOf(busy, Math.max(number + 1, Shape.count()));
      builders = java.util.Arrays.copyOf(builders, busy.length);
    }
    return busy[number];
  }

  /**
   * This binder's builder of {@code shape}, emptied and marked in use. One builder per shape for
   * the whole file, not one per value: a new builder made a list for each list field, and each
   * list grew again for its first item, for every record and every part of one.
   */
  @SuppressWarnings("unchecked")
  private <B> B builder(Shape<B, ?> shape) {
    B builder = (B) builders[shape.number];
    if (builder == null) {
      builder = shape.factory.get();
      builders[shape.number] = builder;
    } else {
      shape.clear.accept(builder);
    }
    busy[shape.number] = true;
    return builder;
  }

  private <B, T> T object(Shape<B, T> shape, B builder, long start) {
    long[] keyLines = keyLines(objects++);
    boolean valid = true;
    long seen = 0;
    long invalid = 0;
    next();
    while (token == Events.KEY) {
      String name = events.text();
      long keyAt = events.position();
      Integer field = shape.index.get(name);
      push(name);
      next();
      if (field == null) {
        problem(BuiltinCode.FIELD_UNKNOWN, "unknown field " + Messages.quote(name) + " in "
            + shape.article() + Messages.didYouMean(name, shape.names)
                .orElse(": remove it, or use one of " + String.join(", ", shape.names)), at(keyAt));
        skip();
      } else if ((seen & (1L << field)) != 0) {
        duplicateKey(name, at(keyAt), at(keyLines[field]));
        skip();
      } else {
        seen |= 1L << field;
        keyLines[field] = keyAt;
        if (token == Events.NULL) {
          invalid |= 1L << field;
          if ((shape.requiredMask & (1L << field)) != 0) {
            problem(BuiltinCode.FIELD_REQUIRED, shape.article() + " needs a value for "
                + Messages.quote(name), here());
          }
          skip();
        } else if (!shape.readers.get(field).read(this, builder)) {
          invalid |= 1L << field;
        }
      }
      pop();
    }
    objects--;
    next();
    long missing = shape.requiredMask & ~seen;
    for (int i = 0; missing != 0; i++, missing >>>= 1) {
      if ((missing & 1) != 0) {
        problem(BuiltinCode.FIELD_REQUIRED, shape.article() + " needs "
            + Messages.quote(shape.names.get(i)) + ": add it", at(start));
        valid = false;
      }
    }
    if ((invalid & shape.requiredMask) != 0) {
      valid = false;
    }
    if (!shape.oneOf.isEmpty() && !anyPresent(shape, seen)) {
      problem(BuiltinCode.FIELD_REQUIRED, shape.article() + " needs "
          + String.join(" or ", shape.oneOf.stream().map(Messages::quote).toList()) + ": add one",
          at(start));
      valid = false;
    }
    if (!valid) {
      return null;
    }
    try {
      return shape.build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      problem(BuiltinCode.FIELD_REQUIRED, shape.article() + " is incomplete: " + e.getMessage(),
          at(start));
      return null;
    }
  }

  private long[] keyLines(int level) {
    if (level == keyLines.length) {
      keyLines = java.util.Arrays.copyOf(keyLines, level * 2);
    }
    if (keyLines[level] == null) {
      keyLines[level] = new long[64];
    }
    return keyLines[level];
  }

  private static boolean anyPresent(Shape<?, ?> shape, long seen) {
    for (String field : shape.oneOf) {
      if ((seen & (1L << shape.index.get(field))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** A value written either as a bare reference or as a mapping of the given shape. */
  <R, B, T> T refOrObject(Function<Binder, R> ref, Function<R, T> fromRef, Shape<B, T> shape) {
    if (token == Events.SCALAR) {
      R r = ref.apply(this);
      return r == null ? null : fromRef.apply(r);
    }
    return object(shape);
  }

  // ---- records -------------------------------------------------------------------------------

  /** Reads one record of a section, keeping it with its origin when it is valid. */
  void record(RecordKind kind, Shape<?, ? extends LiaisonRecord> shape) {
    Location start = token == Events.START_MAP ? here() : null;
    RecordOrigin origin = start == null ? null
        : depth == 2 && names[1] == null && kind.section().equals(names[0])
            ? RecordOrigin.of(start, kind, indexes[1], document)
            : RecordOrigin.of(start, pointer(), document);
    recordProblems = result.problems.size();
    recordRefs = result.refs.size();
    recordId = null;
    recordIdLocation = null;
    recordBase = depth;
    recordPointer = null;
    LiaisonRecord record = object(shape);
    recordBase = -1;
    if (recordId != null) {
      for (int i = recordProblems; i < result.problems.size(); i++) {
        Problem p = result.problems.get(i);
        if (p.recordId().isEmpty()) {
          result.problems.set(i, Problem.builder().from(p).recordId(recordId.id).build());
        }
      }
      for (int i = recordRefs; i < result.refs.size(); i++) {
        result.refs.get(i).from = recordId.id;
      }
      shared.claim(recordId, kind);
    }
    if (record != null) {
      result.records.add(new ReadRecord(record, origin, recordIdLocation));
    }
  }
}
