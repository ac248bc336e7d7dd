package org.liaison.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the indexes of a dataset into its slots, once, when the dataset is built. An entry whose
 * key is not the id of a record of the index's kind (a reference that dangles or points at another
 * kind) goes to the strays instead. The indexes keyed by institutions and the rest fill different
 * slots, or different entries of a stray, so a large dataset builds the two at once.
 */
final class IndexBuilder {
  private final List<Institution> institutions;
  private final List<Person> people;
  private final List<Delegation> delegations;
  private final List<Agreement> agreements;
  private final SlotTable slots;

  IndexBuilder(
      List<Institution> institutions,
      List<Person> people,
      List<Delegation> delegations,
      List<Agreement> agreements,
      SlotTable slots) {
    this.institutions = institutions;
    this.people = people;
    this.delegations = delegations;
    this.agreements = agreements;
    this.slots = slots;
  }

  /**
   * Fills the slots' entries and returns the strays, each with an entry per {@link Index} by its
   * ordinal. With {@code parallel}, runs on this thread and one of the common pool: indexing looks
   * up every reference in a table far larger than the caches, and a second thread overlaps the
   * misses.
   */
  Map<Id, Object[]> build(boolean parallel) {
    Map<Id, Object[]> strays = new HashMap<>();
    Map<Id, Object[]> otherStrays = new HashMap<>();
    if (parallel) {
      both(() -> indexByInstitution(strays), () -> indexTheRest(otherStrays));
    } else {
      indexByInstitution(strays);
      indexTheRest(otherStrays);
    }
    otherStrays.forEach((id, entries) -> mergeTheRest(strays, id, entries));
    compact(parallel);
    for (Object[] entries : strays.values()) {
      for (int i = 0; i < Index.COUNT; i++) {
        entries[i] = RecordSlot.compacted(entries[i]);
      }
    }
    return strays;
  }

  /** Puts the entries of the indexes not keyed by institutions into {@code strays}. */
  private static void mergeTheRest(Map<Id, Object[]> strays, Id id, Object[] entries) {
    Object[] merged = strays.computeIfAbsent(id, k -> new Object[Index.COUNT]);
    for (int i = Index.PARTICIPATIONS.ordinal(); i < Index.COUNT; i++) {
      merged[i] = entries[i];
    }
  }

  /** Compacts every slot's entries, each half of the table on a thread of its own if parallel. */
  private void compact(boolean parallel) {
    int half = slots.capacity() / 2;
    if (parallel) {
      both(
          () -> slots.forEach(0, half, RecordSlot::compact),
          () -> slots.forEach(half, slots.capacity(), RecordSlot::compact));
    } else {
      slots.forEach(0, slots.capacity(), RecordSlot::compact);
    }
  }

  /** Runs {@code first} on another thread and {@code second} on this one; returns when both end. */
  private static void both(Runnable first, Runnable second) {
    CompletableFuture<Void> other = CompletableFuture.runAsync(first);
    try {
      second.run();
    } finally {
      try {
        other.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw cause instanceof RuntimeException ? (RuntimeException) cause : e;
      }
    }
  }

  // Plain loops by index, not lambdas or iterators: these run for every reference of every record
  // of a load, and would allocate an iterator for each list.

  /** The indexes keyed by institutions: sub-units, post holders, delegations, parties. */
  private void indexByInstitution(Map<Id, Object[]> strays) {
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      if (institution.parent().isPresent()) {
        add(strays, Index.CHILDREN, institution.parent().get().id(), institution, false);
      }
    }
    for (int i = 0; i < people.size(); i++) {
      postHolder(strays, people.get(i));
    }
    for (int i = 0; i < delegations.size(); i++) {
      Delegation delegation = delegations.get(i);
      addEach(strays, Index.SENT, delegation.visiting().institutions(), delegation);
      addEach(strays, Index.HOSTED, delegation.host().institutions(), delegation);
    }
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      List<Party> parties = agreement.parties();
      for (int j = 0; j < parties.size(); j++) {
        add(strays, Index.PARTIES, parties.get(j).institution().id(), agreement, true);
      }
    }
  }

  private void postHolder(Map<Id, Object[]> strays, Person person) {
    List<Post> posts = person.posts();
    for (int j = 0; j < posts.size(); j++) {
      Optional<Ref<Institution>> at = posts.get(j).institution();
      if (at.isPresent()) {
        add(strays, Index.POST_HOLDERS, at.get().id(), person, true);
      }
    }
  }

  /** The indexes keyed by people, agreements and sources: participations, visits, citations. */
  private void indexTheRest(Map<Id, Object[]> strays) {
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      cite(strays, institution, institution.sources());
    }
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      List<Post> posts = person.posts();
      for (int j = 0; j < posts.size(); j++) {
        cite(strays, person, posts.get(j).sources());
      }
      cite(strays, person, person.sources());
    }
    for (int i = 0; i < delegations.size(); i++) {
      indexDelegation(strays, delegations.get(i));
    }
    for (int i = 0; i < agreements.size(); i++) {
      indexAgreement(strays, agreements.get(i));
    }
  }

  private void indexDelegation(Map<Id, Object[]> strays, Delegation delegation) {
    participants(strays, delegation, delegation.visiting());
    participants(strays, delegation, delegation.host());
    List<Activity> activities = delegation.activities();
    for (int j = 0; j < activities.size(); j++) {
      Optional<Ref<Person>> chair = activities.get(j).chair();
      if (chair.isPresent()) {
        add(strays, Index.PARTICIPATIONS, chair.get().id(), delegation, true);
      }
    }
    cite(strays, delegation, delegation.sources());
  }

  private void indexAgreement(Map<Id, Object[]> strays, Agreement agreement) {
    List<HistoryEntry> history = agreement.history();
    for (int j = 0; j < history.size(); j++) {
      HistoryEntry entry = history.get(j);
      if (entry.delegation().isPresent()) {
        RecordSlot visit = slots.get(entry.delegation().get().id(), RecordKind.DELEGATION);
        if (visit != null) {
          add(strays, Index.HISTORY_VISITS, agreement.id(), visit.record, true);
        }
      }
      cite(strays, agreement, entry.sources());
    }
    List<Commitment> commitments = agreement.commitments();
    for (int j = 0; j < commitments.size(); j++) {
      cite(strays, agreement, commitments.get(j).sources());
    }
    cite(strays, agreement, agreement.sources());
  }

  private void participants(Map<Id, Object[]> strays, Delegation d, Side side) {
    List<Participant> members = side.members();
    for (int i = 0; i < members.size(); i++) {
      add(strays, Index.PARTICIPATIONS, members.get(i).person().id(), d, true);
    }
  }

  private void addEach(
      Map<Id, Object[]> strays, Index index, List<Ref<Institution>> refs, LiaisonRecord value) {
    for (int i = 0; i < refs.size(); i++) {
      add(strays, index, refs.get(i).id(), value, true);
    }
  }

  private void cite(Map<Id, Object[]> strays, LiaisonRecord record, List<Ref<Source>> refs) {
    for (int i = 0; i < refs.size(); i++) {
      add(strays, Index.CITATIONS, refs.get(i).id(), record, true);
    }
  }

  /**
   * Adds {@code value} to the entry of {@code index} for {@code key}, in its slot or among the
   * {@code strays}; with {@code once}, not again right after itself (a record names one key in
   * several places).
   */
  private void add(
      Map<Id, Object[]> strays, Index index, Id key, LiaisonRecord value, boolean once) {
    RecordSlot s = slots.get(key, index.keyKind);
    if (s != null) {
      s.set(index, added(s.get(index), value, once));
    } else {
      Object[] entries = strays.computeIfAbsent(key, k -> new Object[Index.COUNT]);
      entries[index.ordinal()] = added(entries[index.ordinal()], value, once);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object added(Object entry, LiaisonRecord value, boolean once) {
    if (entry == null) {
      return value;
    }
    if (entry instanceof ArrayList) {
      List<Object> list = (List<Object>) entry;
      if (!once || list.get(list.size() - 1) != value) {
        list.add(value);
      }
      return list;
    }
    if (once && entry == value) {
      return entry;
    }
    List<Object> list = new ArrayList<>(2);
    list.add(entry);
    list.add(value);
    return list;
  }
}
