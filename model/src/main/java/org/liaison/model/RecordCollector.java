package org.liaison.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The records of a {@link Dataset.Builder}: those of each kind in the order added, and all of them
 * by id in a {@link SlotTable}. Of several records with one id, the first added is kept.
 */
final class RecordCollector {
  final List<Institution> institutions = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Delegation> delegations = new ArrayList<>();
  final List<Agreement> agreements = new ArrayList<>();
  final List<Source> sources = new ArrayList<>();
  private SlotTable byId = new SlotTable();

  /** Whether {@link #byId} belongs to a built dataset: copied before the next change. */
  private boolean handedOver;

  private final Map<RecordKind, Function<LiaisonRecord, Boolean>> sinks =
      Map.of(
          RecordKind.INSTITUTION, r -> institutions.add((Institution) r),
          RecordKind.PERSON, r -> people.add((Person) r),
          RecordKind.DELEGATION, r -> delegations.add((Delegation) r),
          RecordKind.AGREEMENT, r -> agreements.add((Agreement) r),
          RecordKind.SOURCE, r -> sources.add((Source) r));

  /** Adds a record next in order, with its origin or {@code null}; false if its id is taken. */
  boolean add(LiaisonRecord record, RecordOrigin origin) {
    ownTable();
    if (!byId.putIfAbsent(new RecordSlot(record, byId.size(), origin))) {
      return false;
    }
    sinks.get(record.recordKind()).apply(record);
    return true;
  }

  /** Adds the record of {@code slot} with its origin, next in order. */
  void add(RecordSlot slot) {
    ownTable();
    if (byId.putIfAbsent(new RecordSlot(slot, byId.size()))) {
      sinks.get(slot.kind).apply(slot.record);
    }
  }

  /** Adds {@code record}, or puts it in place of the record with its id, without an origin. */
  void put(LiaisonRecord record) {
    if (!contains(record.id())) {
      add(record, null);
      return;
    }
    RecordSlot[] slots = byId.inOrder();
    clear();
    for (RecordSlot s : slots) {
      if (s.id.equals(record.id())) {
        add(record, null);
      } else {
        add(s);
      }
    }
  }

  /** Removes the record with the given id; returns whether there was one. */
  boolean remove(Id id) {
    if (!contains(id)) {
      return false;
    }
    RecordSlot[] slots = byId.inOrder();
    clear();
    for (RecordSlot s : slots) {
      if (!s.id.equals(id)) {
        add(s);
      }
    }
    return true;
  }

  boolean contains(Id id) {
    return byId.get(id) != null;
  }

  /** Empties this collector; the datasets it built keep their records. */
  private void clear() {
    institutions.clear();
    people.clear();
    delegations.clear();
    agreements.clear();
    sources.clear();
    byId = new SlotTable();
    handedOver = false;
  }

  private void ownTable() {
    if (handedOver) {
      byId = new SlotTable(byId);
      handedOver = false;
    }
  }

  /** The slots, for a dataset being built, which indexes into them: copied if this goes on. */
  SlotTable handOver() {
    ownTable(); // built twice in a row: each dataset indexes into its own slots
    handedOver = true;
    return byId;
  }
}
