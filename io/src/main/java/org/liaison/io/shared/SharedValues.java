package org.liaison.io.shared;

import org.liaison.io.tokens.TokenStream;
import org.liaison.model.PartialDate;
import org.liaison.model.RecordKind;

/**
 * The values of one load that repeat, as one thread of the load sees them, each kept once and
 * shared by every record that holds it: short strings and dates, this thread's own; ids, with the
 * kind claimed for each and their references, the load's ({@link SharedIds}), shared by all its
 * threads. Sharing them keeps a loaded dataset small, and knowing the claimed kind of an id while
 * reading lets a reference to a record read before it be settled on the spot, with nothing kept for
 * the final check. Not thread-safe: one thread of a load.
 */
public final class SharedValues {
  /**
   * Strings up to this length are shared: names, titles, places, topics; long text rarely repeats.
   */
  static final int SHARED_STRING_LENGTH = 64;

  public final SharedIds ids;

  /** The number of this thread among those of the load, from 0. */
  private final int thread;

  private final TextTable<String> strings = new TextTable<>();
  private final TextTable<PartialDate> dates = new TextTable<>();
  private char[] chars = new char[64];

  /** Values for thread {@code thread} (from 0) of a load, with the load's ids. */
  public SharedValues(SharedIds ids, int thread) {
    this.ids = ids;
    this.thread = thread;
  }

  /** The ids of the load. */
  public SharedIds ids() {
    return ids;
  }

  /** The entry of the current scalar of {@code events} as an id already met, or {@code null}. */
  public SharedIds.Entry get(TokenStream events) {
    char[] buffer = events.textBuffer();
    return buffer == null
        ? ids.get(events.text())
        : ids.get(buffer, events.textOffset(), events.textLength());
  }

  /**
   * The entry of a valid id, added if it was not met before (on any thread of the load).
   *
   * @throws IllegalArgumentException if it is not valid
   */
  public SharedIds.Entry add(String id) {
    return ids.add(id);
  }

  /** Records that a record of {@code kind} has the id of {@code entry}; the first claim stands. */
  public void claim(SharedIds.Entry entry, RecordKind kind) {
    ids.claim(entry, kind, thread);
  }

  /**
   * Forgets this thread's strings and dates and the load's ids once the load is done (see {@link
   * TextTable#clear()}); the records keep theirs. Each thread of a load calls it once the last
   * thread has stopped reading; the ids are emptied by the first.
   */
  public void clear() {
    strings.clear();
    dates.clear();
    ids.clear();
  }

  /** The shared instance of a short string; a long one as it is. */
  public String string(String s) {
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
  public String string(StringBuilder text) {
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
  public String string(TokenStream events) {
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
   *     PartialDate#of(String)} does
   */
  public PartialDate date(TokenStream events) {
    char[] buffer = events.textBuffer();
    PartialDate d =
        buffer == null
            ? dates.get(events.text())
            : dates.get(buffer, events.textOffset(), events.textLength());
    if (d == null) {
      String text = events.text();
      d = PartialDate.of(text);
      dates.put(text, d);
    }
    return d;
  }
}
