package org.liaison.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions a dataset answers from its indexes. An entry keyed by the id of a record of the
 * index's kind lives in that record's slot; any other, rare and absent from data that loads without
 * errors, among the strays.
 */
final class Indexes {
  private final SlotTable slots;

  /** The entries whose key has no slot of the index's kind, by {@link Index} ordinal. */
  private final Map<Id, Object[]> strays;

  Indexes(SlotTable slots, Map<Id, Object[]> strays) {
    this.slots = slots;
    this.strays = strays;
  }

  /** The records of the entry of {@code index} for {@code key}, in the order added. */
  @SuppressWarnings("unchecked")
  <V> List<V> entry(Index index, Id key) {
    RecordSlot s = slots.get(key, index.keyKind);
    Object entry;
    if (s != null) {
      entry = s.get(index);
    } else {
      Object[] entries = strays.get(key);
      entry = entries == null ? null : entries[index.ordinal()];
    }
    if (entry == null) {
      return List.of();
    }
    return entry instanceof List ? (List<V>) entry : List.of((V) entry);
  }

  /** All sub-units of {@code root}, transitively, parents before children; safe on cycles. */
  List<Institution> subUnits(Id root) {
    List<Institution> result = new ArrayList<>();
    Set<Id> seen = new HashSet<>();
    seen.add(root);
    Deque<Id> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      for (Institution child : this.<Institution>entry(Index.CHILDREN, todo.poll())) {
        if (seen.add(child.id())) {
          result.add(child);
          todo.add(child.id());
        }
      }
    }
    return result;
  }

  /** The records of the entries of {@code index} for {@code root} and its sub-units, in order. */
  <V extends LiaisonRecord> List<V> ofUnits(Index index, Id root) {
    Set<V> found = new LinkedHashSet<>(this.<V>entry(index, root));
    for (Institution unit : subUnits(root)) {
      found.addAll(this.<V>entry(index, unit.id()));
    }
    return inOrder(found);
  }

  /** The people with a post at {@code root} or its sub-units, with those posts. */
  Map<Person, List<Post>> postsAt(Id root) {
    Set<Id> units = new HashSet<>();
    units.add(root);
    for (Institution unit : subUnits(root)) {
      units.add(unit.id());
    }
    Map<Person, List<Post>> result = new LinkedHashMap<>();
    for (Person person : this.<Person>ofUnits(Index.POST_HOLDERS, root)) {
      List<Post> there = new ArrayList<>();
      for (Post post : person.posts()) {
        if (post.institution().isPresent() && units.contains(post.institution().get().id())) {
          there.add(post);
        }
      }
      result.put(person, List.copyOf(there));
    }
    return Collections.unmodifiableMap(result);
  }

  /** {@code records} in the order they were added to the dataset. */
  <V extends LiaisonRecord> List<V> inOrder(Collection<V> records) {
    List<V> list = new ArrayList<>(records);
    list.sort(Comparator.comparingInt(r -> slots.get(r.id()).position));
    return List.copyOf(list);
  }
}
