package org.liaison.model;

import java.util.function.Consumer;

/**
 * The slots of a dataset's records by id: open addressing with linear probing, each slot holding
 * its id, instead of a hash map's node per record. At most half full; grows while a builder fills
 * it, and a built dataset's table is never changed.
 *
 * <p>The table is kept in pages of {@value #PAGE} slots rather than one array, because an array of
 * half a G1 region or more is allocated in the old generation, where each slot stored later would
 * keep its record alive through young collections after the dataset is dropped. Pages are allocated
 * young, with the records they hold, and die with them.
 */
final class SlotTable {
  /** Slots per page: 64 KiB of compressed references, under half of G1's smallest region. */
  private static final int PAGE_BITS = 14;

  private static final int PAGE = 1 << PAGE_BITS;
  private RecordSlot[][] pages;

  /** The number of slots, a power of two, less one. */
  private int mask;

  private int size;

  SlotTable() {
    this(16);
  }

  /** An empty table of {@code capacity} slots, a power of two, 16 or more. */
  private SlotTable(int capacity) {
    int length = Math.min(capacity, PAGE);
    pages = new RecordSlot[Math.max(1, capacity >>> PAGE_BITS)][];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = new RecordSlot[length];
    }
    mask = capacity - 1;
  }

  /** A copy with slots of its own: a built dataset's slots hold its indexes. */
  SlotTable(SlotTable other) {
    this(other.capacity());
    for (int i = 0; i < capacity(); i++) {
      RecordSlot s = other.at(i);
      if (s != null) {
        set(i, new RecordSlot(s, s.position));
      }
    }
    size = other.size;
  }

  /** The number of records. */
  int size() {
    return size;
  }

  private RecordSlot at(int i) {
    return pages[i >>> PAGE_BITS][i & (PAGE - 1)];
  }

  private void set(int i, RecordSlot slot) {
    pages[i >>> PAGE_BITS][i & (PAGE - 1)] = slot;
  }

  /** The slot of the record with this id, or {@code null}. */
  RecordSlot get(Id id) {
    for (int i = home(id); ; i = (i + 1) & mask) {
      RecordSlot s = at(i);
      if (s == null || s.id == id || s.id.equals(id)) {
        return s;
      }
    }
  }

  /** The slot of the record with this id if it is of {@code kind}, or {@code null}. */
  RecordSlot get(Id id, RecordKind kind) {
    RecordSlot s = get(id);
    return s != null && s.kind == kind ? s : null;
  }

  /** Adds {@code slot} unless there is one for its id; returns whether it was added. */
  boolean putIfAbsent(RecordSlot slot) {
    if ((size + 1) * 2L > capacity()) {
      grow();
    }
    int i = home(slot.id);
    for (RecordSlot s = at(i); s != null; s = at(i)) {
      if (s.id == slot.id || s.id.equals(slot.id)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    set(i, slot);
    size++;
    return true;
  }

  private void grow() {
    SlotTable bigger = new SlotTable(capacity() * 2);
    for (RecordSlot[] page : pages) {
      for (RecordSlot s : page) {
        if (s != null) {
          int i = bigger.home(s.id);
          while (bigger.at(i) != null) {
            i = (i + 1) & bigger.mask;
          }
          bigger.set(i, s);
        }
      }
    }
    pages = bigger.pages;
    mask = bigger.mask;
  }

  /**
   * Where the probe for {@code id} starts: its hash, spread, masked. Ids of a dataset are much
   * alike ({@code p.100}, {@code p.101}, ...), so records read in order land near one another and
   * lookups in that order stay in the cache.
   */
  private int home(Id id) {
    int h = id.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }

  /** The number of slots: they are at indexes below it. */
  int capacity() {
    return mask + 1;
  }

  /** Every slot, in the order the records were added. */
  RecordSlot[] inOrder() {
    RecordSlot[] slots = new RecordSlot[size];
    forEach(0, capacity(), s -> slots[s.position] = s);
    return slots;
  }

  /** Every slot at an index in {@code [from, to)} of the table, in the order of the table. */
  void forEach(int from, int to, Consumer<RecordSlot> action) {
    for (int i = from; i < to; i++) {
      RecordSlot s = at(i);
      if (s != null) {
        action.accept(s);
      }
    }
  }
}
