package org.liaison.io.shared;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.RecordKind;
import org.liaison.model.Ref;

/**
 * The ids of one load, each once, with the kind of the first record that claimed it: shared by
 * every thread that reads the load. Looked up from a parser's character buffer without making a
 * string, as {@link TextTable} is; safe for several threads, with lookups taking no lock.
 *
 * <p>One table for all threads settles a reference to a record read on another thread on the spot,
 * as one to a record of the same thread, rather than at the final check; and every record and
 * reference of the load holds the same {@link Id} for one id, which the dataset's indexes find by
 * identity.
 *
 * <p>A claim names the kind of the first record with the id. Threads may disagree on it, since
 * which claim comes first in time need not be the first in the files: such a load is flagged
 * ({@link #disagreed()}) and read again on one thread. A thread's own claims come in the order of
 * its files, so the thread whose claim stands may meet the id again for other kinds (an {@code
 * id.duplicate}) without a second reading, while every other claim names the kind that stands.
 */
public final class SharedIds {
  private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(String[].class);
  private static final VarHandle CLAIM;
  private static final RecordKind[] KINDS = RecordKind.values();

  static {
    try {
      CLAIM = MethodHandles.lookup().findVarHandle(Entry.class, "claim", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An id of the load. */
  public static final class Entry {
    public final Id id;

    /**
     * The claim that stands, set once: 0 if none, else the number of the thread that read the
     * claiming record and the ordinal of its kind, each plus one, as {@code thread << 8 | kind}.
     */
    private volatile int claim;

    /** The reference to this id as the kind claimed, made at the first; never of another kind. */
    private Ref<?> claimedRef;

    /** A reference made while no kind or another was claimed; of the kind it says. */
    private Ref<?> otherRef;

    public Entry(Id id) {
      this.id = id;
    }

    /**
     * Records that a record of {@code kind}, read on thread {@code thread}, has this id; the first
     * claim stands. Returns whether the claims still agree: {@code false} for a claim of another
     * kind on another thread than the claim that stands.
     */
    private boolean claim(RecordKind kind, int thread) {
      int mine = (thread + 1) << 8 | (kind.ordinal() + 1);
      if (CLAIM.compareAndSet(this, 0, mine)) {
        return true;
      }
      int standing = claim;
      return (standing & 0xFF) == (mine & 0xFF) || (standing >>> 8) == (mine >>> 8);
    }

    /** Whether the first record read with this id, valid or not, is of {@code kind}. */
    public boolean claimedAs(RecordKind kind) {
      return (claim & 0xFF) == kind.ordinal() + 1;
    }

    /** The kind of the first record read with this id, valid or not; {@code null} if none yet. */
    public RecordKind claimed() {
      int c = claim & 0xFF;
      return c == 0 ? null : KINDS[c - 1];
    }

    /**
     * The reference to this id as a record of {@code kind}, shared. Threads may race to make one;
     * each keeps a whole, equal reference (a reference is immutable), so the race costs an object
     * at most. The usual case, a reference of the claimed kind, touches nothing but this entry.
     */
    @SuppressWarnings("unchecked")
    public <T extends LiaisonRecord> Ref<T> ref(RecordKind kind, Function<Id, Ref<T>> make) {
      Ref<?> other = otherRef; // one read of each field: another thread may write it meanwhile
      if (claimedAs(kind)) { // claims never change: a reference kept here stays of this kind
        return (Ref<T>) claimedRef(kind, other, make);
      }
      if (other != null && other.kind() == kind) {
        return (Ref<T>) other;
      }
      Ref<T> made = make.apply(id);
      if (other == null) {
        otherRef = made;
      }
      return made;
    }

    /** The reference of the claimed kind, made (or taken from {@code other}) at the first. */
    private Ref<?> claimedRef(RecordKind kind, Ref<?> other, Function<Id, ? extends Ref<?>> make) {
      Ref<?> r = claimedRef;
      if (r == null) {
        r = other != null && other.kind() == kind ? other : make.apply(id);
        claimedRef = r;
      }
      return r;
    }
  }

  /**
   * The slots, replaced whole when the table grows. A slot is written key last, with release
   * semantics, and read key first, with acquire semantics: a reader that sees the key sees the hash
   * and the entry written before it.
   */
  private static final class Slots {
    final String[] keys;
    final int[] hashes;
    final Entry[] entries;

    Slots(int capacity) {
      keys = new String[capacity];
      hashes = new int[capacity];
      entries = new Entry[capacity];
    }
  }

  private volatile Slots slots = new Slots(256);

  /** Guarded by {@code this}. */
  private int size;

  /** Every id met, in the order added; guarded by {@code this}. */
  private final List<Entry> entries = new ArrayList<>();

  public volatile boolean disagreed;

  /** The entry of {@code id}, or {@code null}. */
  Entry get(String id) {
    return find(slots, id, TextTable.hash(id));
  }

  /** The entry of the id {@code buffer[offset, offset + length)}, or {@code null}. */
  Entry get(char[] buffer, int offset, int length) {
    Slots s = slots;
    int h = TextTable.hash(buffer, offset, length);
    int mask = s.keys.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      String k = key(s, i);
      if (k == null) {
        return null; // perhaps added since, by another thread: add() looks again
      }
      if (s.hashes[i] == h && TextTable.equal(k, buffer, offset, length)) {
        return s.entries[i];
      }
    }
  }

  /**
   * The entry of {@code id}, added if no thread has added it yet.
   *
   * @throws IllegalArgumentException if {@code id} is not a valid id
   */
  Entry add(String id) {
    Entry made = new Entry(Id.of(id));
    int h = TextTable.hash(id);
    synchronized (this) {
      Entry there = find(slots, id, h);
      return there != null ? there : insert(id, h, made);
    }
  }

  /** Adds {@code made}, under this table's lock, growing the table as needed. */
  private Entry insert(String id, int h, Entry made) {
    if (2 * (size + 1) > slots.keys.length) {
      grow();
    }
    insert(slots, id, h, made);
    size++;
    entries.add(made);
    return made;
  }

  /**
   * Records that a record of {@code kind}, read on thread {@code thread} (numbered from 0), claims
   * {@code entry}'s id; the first claim stands. A claim for another kind than the one that stands,
   * from another thread, flags the load as {@linkplain #disagreed() disagreed}.
   */
  void claim(Entry entry, RecordKind kind, int thread) {
    if (!entry.claim(kind, thread)) {
      disagreed = true;
    }
  }

  /** Whether records on two threads claimed one id for different kinds. */
  public boolean disagreed() {
    return disagreed;
  }

  /** Every id met, in the order met; to be read once the threads that add are done. */
  synchronized List<Entry> entries() {
    return entries;
  }

  /** The ids claimed by records of {@code kind}, sorted: candidates for a did-you-mean. */
  public List<String> claimedBy(RecordKind kind) {
    List<String> list = new ArrayList<>();
    for (Entry e : entries()) {
      if (e.claimedAs(kind)) {
        list.add(e.id.value());
      }
    }
    list.sort(null);
    return list;
  }

  /**
   * Forgets every id once the load is done, the table's arrays included, for the reason {@link
   * TextTable#clear()} gives; the records keep their ids. Only once no thread reads the table;
   * again, it does nothing.
   */
  synchronized void clear() {
    if (size == 0) {
      return;
    }
    Slots s = slots;
    Arrays.fill(s.keys, null);
    Arrays.fill(s.entries, null);
    size = 0;
    entries.clear();
  }

  private static Entry find(Slots s, String id, int h) {
    int mask = s.keys.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      String k = key(s, i);
      if (k == null) {
        return null;
      }
      if (s.hashes[i] == h && k.equals(id)) {
        return s.entries[i];
      }
    }
  }

  /**
   * The key of slot {@code i}, read with acquire semantics: a plain read, then a fence. It is what
   * {@code KEYS.getAcquire} does, without the type and bounds checks of a call through a {@code
   * VarHandle}, which C1 (the compiler of the launcher's short runs) does not remove from this, the
   * hottest loop of the load.
   */
  private static String key(Slots s, int i) {
    String k = s.keys[i];
    VarHandle.acquireFence();
    return k;
  }

  /** Puts a key not in {@code s}; under the lock. */
  private static void insert(Slots s, String key, int h, Entry entry) {
    int mask = s.keys.length - 1;
    int i = h & mask;
    while (s.keys[i] != null) {
      i = (i + 1) & mask;
    }
    s.hashes[i] = h;
    s.entries[i] = entry;
    KEYS.setRelease(s.keys, i, key);
  }

  /**
   * Builds a table twice as large, then publishes it; under the lock. The old table is left as it
   * is, not emptied as {@link #clear()} empties the last: a thread may still be reading it.
   */
  private void grow() {
    Slots old = slots;
    Slots bigger = new Slots(old.keys.length * 2);
    for (int i = 0; i < old.keys.length; i++) {
      if (old.keys[i] != null) {
        insert(bigger, old.keys[i], old.hashes[i], old.entries[i]);
      }
    }
    slots = bigger;
  }
}
