package org.liaison.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * All records of a load, immutable, with the indexes that answer the usual questions without a
 * loop over every record: records by id; for an institution its sub-units, the people holding
 * posts there, the delegations it sent or hosted and the agreements it is party to; for a person
 * the delegations they took part in; for an agreement the delegations in its history; for a
 * source everything that cites it. Indexes are built once, when the dataset is built.
 *
 * <p>Questions about an institution include its sub-units, transitively: the delegations hosted
 * by a university include those hosted by its schools. A dataset is safe to read from many
 * threads at once. Lists come back in the order records were read.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dataset {
  private static final Dataset EMPTY = builder().build();

  private final List<Institution> institutions;
  private final List<Person> people;
  private final List<Delegation> delegations;
  private final List<Agreement> agreements;
  private final List<Source> sources;
  /** Every record by id, with its position in the order read and its origin; never modified. */
  private final Map<Id, Slot> byId;
  private final Map<Id, List<Institution>> children;
  private final Map<Id, List<Person>> postHolders;
  private final Map<Id, List<Delegation>> sent;
  private final Map<Id, List<Delegation>> hosted;
  private final Map<Id, List<Agreement>> parties;
  private final Map<Id, List<Delegation>> participations;
  private final Map<Id, List<Delegation>> historyVisits;
  private final Map<Id, List<LiaisonRecord>> citations;

  /** A record with what the dataset knows about it. */
  private static final class Slot {
    final LiaisonRecord record;
    final int position;
    final RecordOrigin origin;

    Slot(LiaisonRecord record, int position, RecordOrigin origin) {
      this.record = record;
      this.position = position;
      this.origin = origin;
    }
  }

  private Dataset(Builder b) {
    institutions = List.copyOf(b.institutions);
    people = List.copyOf(b.people);
    delegations = List.copyOf(b.delegations);
    agreements = List.copyOf(b.agreements);
    sources = List.copyOf(b.sources);
    byId = b.handOver();
    children = new HashMap<>();
    postHolders = new HashMap<>(capacity(institutions.size()));
    sent = new HashMap<>(capacity(institutions.size()));
    hosted = new HashMap<>(capacity(institutions.size()));
    parties = new HashMap<>(capacity(institutions.size()));
    participations = new HashMap<>(capacity(people.size()));
    historyVisits = new HashMap<>(capacity(agreements.size()));
    citations = new HashMap<>(capacity(sources.size()));
    index();
  }

  /** A hash map capacity that holds {@code n} keys without growing. */
  private static int capacity(int n) {
    return (int) Math.min(1 << 30, n * 4L / 3 + 1);
  }

  /** Returns a dataset with no records. */
  public static Dataset empty() {
    return EMPTY;
  }

  /** Returns a builder; records are kept in the order they are added. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a dataset of the given records, in their order. @see Builder#add */
  public static Dataset of(Collection<? extends LiaisonRecord> records) {
    Builder b = builder();
    records.forEach(b::add);
    return b.build();
  }

  // Plain loops, not lambdas: this runs for every reference of every record of a load.
  private void index() {
    for (Institution i : institutions) {
      i.parent().ifPresent(p -> add(children, p.id(), i));
      cite(i, i.sources());
    }
    for (Person p : people) {
      for (Post post : p.posts()) {
        post.institution().ifPresent(i -> addOnce(postHolders, i.id(), p));
        cite(p, post.sources());
      }
      cite(p, p.sources());
    }
    for (Delegation d : delegations) {
      addEach(sent, d.visiting().institutions(), d);
      addEach(hosted, d.host().institutions(), d);
      participants(d, d.visiting());
      participants(d, d.host());
      for (Activity a : d.activities()) {
        a.chair().ifPresent(c -> addOnce(participations, c.id(), d));
      }
      cite(d, d.sources());
    }
    for (Agreement a : agreements) {
      for (Party p : a.parties()) {
        addOnce(parties, p.institution().id(), a);
      }
      for (HistoryEntry h : a.history()) {
        h.delegation().ifPresent(d -> resolve(d).ifPresent(v -> addOnce(historyVisits, a.id(), v)));
        cite(a, h.sources());
      }
      for (Commitment c : a.commitments()) {
        cite(a, c.sources());
      }
      cite(a, a.sources());
    }
    compact(children);
    compact(postHolders);
    compact(sent);
    compact(hosted);
    compact(parties);
    compact(participations);
    compact(historyVisits);
    compact(citations);
  }

  /**
   * Replaces the growable lists of an index by immutable ones of their exact size: a loaded
   * dataset is kept for long, and an index list of one or two records then takes half the bytes.
   */
  private static <V> void compact(Map<Id, List<V>> index) {
    index.replaceAll((id, list) -> List.copyOf(list));
  }

  private void participants(Delegation d, Side side) {
    for (Participant m : side.members()) {
      addOnce(participations, m.person().id(), d);
    }
  }

  private static <V> void addEach(Map<Id, List<V>> index, List<Ref<Institution>> refs, V value) {
    for (Ref<Institution> r : refs) {
      addOnce(index, r.id(), value);
    }
  }

  private void cite(LiaisonRecord record, List<Ref<Source>> refs) {
    for (Ref<Source> s : refs) {
      addOnce(citations, s.id(), record);
    }
  }

  private static <V> void add(Map<Id, List<V>> index, Id key, V value) {
    index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
  }

  private static <V> void addOnce(Map<Id, List<V>> index, Id key, V value) {
    List<V> list = index.computeIfAbsent(key, k -> new ArrayList<>(2));
    if (list.isEmpty() || list.get(list.size() - 1) != value) {
      list.add(value);
    }
  }

  /** All institutions, in the order read. */
  public List<Institution> institutions() {
    return institutions;
  }

  /** All people, in the order read. */
  public List<Person> people() {
    return people;
  }

  /** All delegations, in the order read. */
  public List<Delegation> delegations() {
    return delegations;
  }

  /** All agreements, in the order read. */
  public List<Agreement> agreements() {
    return agreements;
  }

  /** All sources, in the order read. */
  public List<Source> sources() {
    return sources;
  }

  /** The number of records of all kinds. */
  public int size() {
    return byId.size();
  }

  /** Returns the record with the given id, of any kind. */
  public Optional<LiaisonRecord> record(Id id) {
    Slot s = byId.get(id);
    return s == null ? Optional.empty() : Optional.of(s.record);
  }

  /** Returns the record with the given id text, of any kind; empty for a malformed id. */
  public Optional<LiaisonRecord> record(String id) {
    return Id.isValid(id) ? record(Id.of(id)) : Optional.empty();
  }

  /** Returns the institution with the given id; empty if there is none or it is another kind. */
  public Optional<Institution> institution(String id) {
    return record(id).filter(Institution.class::isInstance).map(Institution.class::cast);
  }

  /** Returns the person with the given id; empty if there is none or it is another kind. */
  public Optional<Person> person(String id) {
    return record(id).filter(Person.class::isInstance).map(Person.class::cast);
  }

  /** Returns the delegation with the given id; empty if there is none or it is another kind. */
  public Optional<Delegation> delegation(String id) {
    return record(id).filter(Delegation.class::isInstance).map(Delegation.class::cast);
  }

  /** Returns the agreement with the given id; empty if there is none or it is another kind. */
  public Optional<Agreement> agreement(String id) {
    return record(id).filter(Agreement.class::isInstance).map(Agreement.class::cast);
  }

  /** Returns the source with the given id; empty if there is none or it is another kind. */
  public Optional<Source> source(String id) {
    return record(id).filter(Source.class::isInstance).map(Source.class::cast);
  }

  /** Returns the record a reference points at; empty if it dangles or points at another kind. */
  @SuppressWarnings("unchecked")
  public <T extends LiaisonRecord> Optional<T> resolve(Ref<T> ref) {
    Slot s = byId.get(ref.id());
    return s != null && s.record.recordKind() == ref.kind()
        ? Optional.of((T) s.record) : Optional.empty();
  }

  /** Where the record with the given id was read from; empty for records built in code. */
  public Optional<RecordOrigin> origin(Id id) {
    Slot s = byId.get(id);
    return s == null ? Optional.empty() : Optional.ofNullable(s.origin);
  }

  /** The institutions whose parent is {@code institution}: its direct sub-units. */
  public List<Institution> childrenOf(Institution institution) {
    return List.copyOf(children.getOrDefault(institution.id(), List.of()));
  }

  /**
   * All sub-units of {@code institution}, transitively, parents before their children. Safe on
   * data whose parents form a cycle.
   */
  public List<Institution> subUnitsOf(Institution institution) {
    List<Institution> result = new ArrayList<>();
    Set<Id> seen = new HashSet<>();
    seen.add(institution.id());
    Deque<Institution> todo = new ArrayDeque<>(List.of(institution));
    while (!todo.isEmpty()) {
      for (Institution child : children.getOrDefault(todo.poll().id(), List.of())) {
        if (seen.add(child.id())) {
          result.add(child);
          todo.add(child);
        }
      }
    }
    return result;
  }

  /** The people holding or having held a post at {@code institution} or its sub-units. */
  public List<Person> peopleAt(Institution institution) {
    return collect(institution, postHolders);
  }

  /** The delegations {@code institution} or its sub-units sent. */
  public List<Delegation> delegationsSentBy(Institution institution) {
    return collect(institution, sent);
  }

  /** The delegations {@code institution} or its sub-units hosted. */
  public List<Delegation> delegationsHostedBy(Institution institution) {
    return collect(institution, hosted);
  }

  /** The delegations {@code institution} or its sub-units sent or hosted. */
  public List<Delegation> delegationsOf(Institution institution) {
    Set<Delegation> both = new LinkedHashSet<>(delegationsSentBy(institution));
    both.addAll(delegationsHostedBy(institution));
    return sorted(both);
  }

  /** The agreements {@code institution} or its sub-units are party to. */
  public List<Agreement> agreementsOf(Institution institution) {
    return collect(institution, parties);
  }

  /** The delegations {@code person} took part in: as a member of either side or as a chair. */
  public List<Delegation> delegationsOf(Person person) {
    return List.copyOf(participations.getOrDefault(person.id(), List.of()));
  }

  /** The delegations named in {@code agreement}'s history, in history order. */
  public List<Delegation> delegationsOf(Agreement agreement) {
    return List.copyOf(historyVisits.getOrDefault(agreement.id(), List.of()));
  }

  /**
   * The records that cite {@code source}, directly or in a post, commitment or history entry.
   */
  public List<LiaisonRecord> citing(Source source) {
    return List.copyOf(citations.getOrDefault(source.id(), List.of()));
  }

  private <V extends LiaisonRecord> List<V> collect(Institution root, Map<Id, List<V>> index) {
    Set<V> found = new LinkedHashSet<>(index.getOrDefault(root.id(), List.of()));
    for (Institution unit : subUnitsOf(root)) {
      found.addAll(index.getOrDefault(unit.id(), List.of()));
    }
    return sorted(found);
  }

  private <V extends LiaisonRecord> List<V> sorted(Collection<V> records) {
    List<V> list = new ArrayList<>(records);
    list.sort(java.util.Comparator.comparingInt(r -> byId.get(r.id()).position));
    return List.copyOf(list);
  }

  @Override
  public String toString() {
    return "Dataset[" + institutions.size() + " institutions, " + people.size() + " people, "
        + delegations.size() + " delegations, " + agreements.size() + " agreements, "
        + sources.size() + " sources]";
  }

  /**
   * Collects records for a {@link Dataset}. Of several records with one id, the first added is
   * kept and later ones are ignored: the reader reports them as {@code id.duplicate}.
   */
  public static final class Builder {
    private final List<Institution> institutions = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private Map<Id, Slot> byId = new HashMap<>();
    /** Whether {@link #byId} belongs to a built dataset: copied before the next change. */
    private boolean handedOver;
    private final Map<RecordKind, Function<LiaisonRecord, Boolean>> sinks = Map.of(
        RecordKind.INSTITUTION, r -> institutions.add((Institution) r),
        RecordKind.PERSON, r -> people.add((Person) r),
        RecordKind.DELEGATION, r -> delegations.add((Delegation) r),
        RecordKind.AGREEMENT, r -> agreements.add((Agreement) r),
        RecordKind.SOURCE, r -> sources.add((Source) r));

    private Builder() {}

    /**
     * Adds a record built in code. Returns whether it was added: {@code false} when a record with
     * its id is already there.
     */
    public boolean add(LiaisonRecord record) {
      return put(record, null);
    }

    /** Adds a record read from {@code origin}; see {@link #add(LiaisonRecord)}. */
    public boolean add(LiaisonRecord record, RecordOrigin origin) {
      return put(record, java.util.Objects.requireNonNull(origin, "origin"));
    }

    private boolean put(LiaisonRecord record, RecordOrigin origin) {
      if (handedOver) {
        byId = new HashMap<>(byId);
        handedOver = false;
      }
      if (byId.putIfAbsent(record.id(), new Slot(record, byId.size(), origin)) != null) {
        return false;
      }
      sinks.get(record.recordKind()).apply(record);
      return true;
    }

    /** The records by id, for a dataset being built; this builder copies them if it goes on. */
    private Map<Id, Slot> handOver() {
      handedOver = true;
      return byId;
    }

    /** Whether a record with this id has been added. */
    public boolean contains(Id id) {
      return byId.containsKey(id);
    }

    /** Builds the dataset and its indexes. */
    public Dataset build() {
      return new Dataset(this);
    }
  }
}
