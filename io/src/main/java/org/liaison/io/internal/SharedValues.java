package org.liaison.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.RecordKind;
import org.liaison.model.Ref;

/**
 * The values of one load that repeat, each kept once and shared by every record that holds it:
 * ids (with the kind of the first record that claimed each), references, dates and short strings.
 * Sharing them keeps a loaded dataset small, and knowing the claimed kind of an id while reading
 * lets a reference to a record read before it be settled on the spot, with nothing kept for the
 * final check. Not thread-safe: one load, one thread.
 */
final class SharedValues {
  /** Strings up to this length are shared: names, titles, places, topics; long text rarely repeats. */
  static final int SHARED_STRING_LENGTH = 64;

  /** An id of the load. */
  static final class Entry {
    final Id id;
    /** The kind of the first record read with this id, valid or not; {@code null} if none yet. */
    RecordKind claimed;
    private Ref<?> ref;
    private RecordKind refKind;

    private Entry(Id id) {
      this.id = id;
    }

    /** Records that a record of {@code kind} has this id; the first claim stands. */
    void claim(RecordKind kind) {
      if (claimed == null) {
        claimed = kind;
      }
    }

    /** The reference to this id as a record of {@code kind}, shared. */
    @SuppressWarnings("unchecked")
    <T extends LiaisonRecord> Ref<T> ref(RecordKind kind, Function<Id, Ref<T>> make) {
      if (refKind == kind) {
        return (Ref<T>) ref; // the usual case, decided without touching the reference itself
      }
      Ref<?> r = make.apply(id);
      if (ref == null) {
        ref = r;
        refKind = kind;
      }
      return (Ref<T>) r;
    }
  }

  private final TextTable<Entry> ids = new TextTable<>();
  private final List<Entry> entries = new ArrayList<>();
  private final TextTable<String> strings = new TextTable<>();
  private final TextTable<PartialDate> dates = new TextTable<>();
  private char[] chars = new char[64];

  /** The entry of an id already met, or {@code null}. */
  Entry get(String id) {
    return ids.get(id);
  }

  /** The entry of the current scalar of {@code events} as an id already met, or {@code null}. */
  Entry get(Events events) {
    char[] buffer = events.textBuffer();
    return buffer == null
        ? ids.get(events.text()) : ids.get(buffer, events.textOffset(), events.textLength());
  }

  /** Adds a valid id not met before. @throws IllegalArgumentException if it is not valid */
  Entry add(String id) {
    Entry e = new Entry(Id.of(id));
    ids.put(id, e);
    entries.add(e);
    return e;
  }

  /** Every id met, in the order met. */
  List<Entry> entries() {
    return entries;
  }

  /** The kind of the first record that claimed {@code id}, or {@code null}. */
  RecordKind claimed(Id id) {
    Entry e = ids.get(id.value());
    return e == null ? null : e.claimed;
  }

  /** The ids claimed by records of {@code kind}, sorted: candidates for a did-you-mean. */
  List<String> claimedBy(RecordKind kind) {
    List<String> list = new ArrayList<>();
    for (Entry e : entries) {
      if (e.claimed == kind) {
        list.add(e.id.value());
      }
    }
    list.sort(null);
    return list;
  }

  /** The shared instance of a short string; a long one as it is. */
  String string(String s) {
    if (s.length() > SHARED_STRING_LENGTH) {
      return s;
    }
    String shared = strings.get(s);
    return shared != null ? shared : keep(s);
  }

  /** Keeps {@code s}, not met before, as the shared instance of its text. */
  private String keep(String s) {
    strings.put(s, s);
    return s;
  }

  /** The shared instance of the text in {@code text}, made into a string only when new. */
  String string(StringBuilder text) {
    int length = text.length();
    if (length > SHARED_STRING_LENGTH) {
      return text.toString();
    }
    char[] buffer = chars.length >= length ? chars : (chars = new char[Math.max(length, 64)]);
    text.getChars(0, length, buffer, 0);
    String shared = strings.get(buffer, 0, length);
    return shared != null ? shared : keep(text.toString());
  }

  /** The shared instance of the current scalar of {@code events}, found without copying it. */
  String string(Events events) {
    char[] buffer = events.textBuffer();
    if (buffer == null) {
      return string(events.text());
    }
    int length = events.textLength();
    if (length > SHARED_STRING_LENGTH) {
      return events.text();
    }
    String shared = strings.get(buffer, events.textOffset(), length);
    return shared != null ? shared : keep(events.text());
  }

  /**
   * The date written as the current scalar of {@code events}, parsed once per load.
   *
   * @throws IllegalArgumentException for a malformed or impossible date, as {@link
   *     PartialDate#parse} does
   */
  PartialDate date(Events events) {
    char[] buffer = events.textBuffer();
    PartialDate d = buffer == null
        ? dates.get(events.text()) : dates.get(buffer, events.textOffset(), events.textLength());
    if (d == null) {
      String text = events.text();
      d = PartialDate.parse(text);
      dates.put(text, d);
    }
    return d;
  }
}
