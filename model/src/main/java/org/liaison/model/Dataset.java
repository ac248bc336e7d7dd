package org.liaison.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 *
 * <p>Every question about a record names it by the record, by its {@link Id} or by its id text:
 * {@code data.agreementsOf(zuel)}, {@code data.agreementsOf(Id.of("zuel"))} and {@code
 * data.agreementsOf("zuel")} are one question. A text that is not a valid id names no record, so
 * the answer is empty; where a value is made from an id text instead ({@link Id#of}, {@link
 * Ref#institution(String)}, a builder), a text that is not a valid id is refused with an {@link
 * IllegalArgumentException}.
 *
 * <p>A dataset is edited by copy: {@link #with(LiaisonRecord)}, {@link #without(Id)} or, for many
 * changes, {@link #toBuilder()}. Records left untouched keep their origins.
 *
 * <p>Two datasets are {@linkplain #equals(Object) equal} when they hold equal records of each
 * kind in the same order.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dataset {
  private static final Dataset EMPTY = builder().build();

  private final List<Institution> institutions;
  private final List<Person> people;
  private final List<Delegation> delegations;
  private final List<Agreement> agreements;
  private final List<Source> sources;
  /** Every record by id, with its position, its origin and the index entries it keys. */
  private final IdTable byId;
  /**
   * Index entries whose key is not the id of a record of the index's kind: a reference that
   * dangles, or points at another kind. Rare, and empty for data that loads without errors.
   */
  private final Map<Id, Object[]> strays = new HashMap<>();

  // The indexes. An entry keyed by a record of the kind the index is for lives in that record's
  // slot, in the field the index's number names for that kind; any other, in strays.
  private static final int CHILDREN = 0;
  private static final int POST_HOLDERS = 1;
  private static final int SENT = 2;
  private static final int HOSTED = 3;
  private static final int PARTIES = 4;
  private static final int PARTICIPATIONS = 5;
  private static final int HISTORY_VISITS = 6;
  private static final int CITATIONS = 7;
  private static final int INDEXES = 8;
  /** Datasets of fewer records index on one thread: handing over would cost more than it saves. */
  private static final int PARALLEL_INDEX = 20_000;

  /**
   * A record with what the dataset knows about it: its position in the order read, its origin,
   * and the entries of the indexes its id keys. Each entry is {@code null} (none), a record (one)
   * or a {@code List} of records: most entries hold one record, and a dataset is kept for long.
   * An institution keys five indexes ({@link #a} to {@link #e}, in the order of their numbers),
   * a person, an agreement and a source one each ({@link #a}).
   */
  private static final class Slot {
    final Id id;
    final LiaisonRecord record;
    /** The record's kind, kept here so that indexing need not visit the record. */
    final RecordKind kind;
    final int position;
    // The record's origin, kept flat, not as a RecordOrigin: one object less per record. The
    // file is null for a record built in code; where is the origin's RecordKind, or its pointer.
    final String file;
    final int line;
    final int column;
    final Object where;
    final int index;
    final int document;
    Object a;
    Object b;
    Object c;
    Object d;
    Object e;

    Slot(LiaisonRecord record, int position, RecordOrigin origin) {
      this.id = record.id();
      this.record = record;
      this.kind = record.recordKind();
      this.position = position;
      if (origin == null) {
        file = null;
        line = 0;
        column = 0;
        where = null;
        index = 0;
        document = 0;
      } else {
        file = origin.file();
        line = origin.line();
        column = origin.column();
        where = origin.kind() != null ? origin.kind() : origin.rawPointer();
        index = origin.index();
        document = origin.document();
      }
    }

    Slot(Slot other) {
      this(other, other.position);
    }

    /** A copy of {@code other}'s record and origin at {@code position}, with no index entries. */
    Slot(Slot other, int position) {
      id = other.id;
      record = other.record;
      kind = other.kind;
      this.position = position;
      file = other.file;
      line = other.line;
      column = other.column;
      where = other.where;
      index = other.index;
      document = other.document;
    }

    RecordOrigin origin() {
      if (file == null) {
        return null;
      }
      return where instanceof RecordKind
          ? new RecordOrigin(file, line, column, (RecordKind) where, index, null, document)
          : new RecordOrigin(file, line, column, null, index, (String) where, document);
    }

    /** The field of index {@code index}, if this slot's record is of the kind the index is for. */
    Object get(int index) {
      switch (index) {
        case CHILDREN: return a;
        case POST_HOLDERS: return b;
        case SENT: return c;
        case HOSTED: return d;
        case PARTIES: return e;
        default: return a;
      }
    }

    void set(int index, Object value) {
      switch (index) {
        case CHILDREN: a = value; break;
        case POST_HOLDERS: b = value; break;
        case SENT: c = value; break;
        case HOSTED: d = value; break;
        case PARTIES: e = value; break;
        default: a = value; break;
      }
    }
  }

  /**
   * Records by id: open addressing with linear probing over one table of slots, each holding its
   * id, instead of a hash map's node per record. At most half full. Grows while a builder fills
   * it; a built dataset's table is never changed.
   *
   * <p>The table is kept in pages of {@value #PAGE} slots, not in one array. G1 allocates an
   * array of half a region or more (1 MiB with the 2 MiB regions of a 3 GiB heap: a table of
   * 262,144 slots, that of 100,000 records) straight in the old generation. Every slot stored
   * in it afterwards is then a reference from old to young objects, which each young collection
   * takes as live; once the dataset is dropped, its table keeps those slots and every record
   * they hold alive, and copied, until the next concurrent marking. Pages are allocated young,
   * and die young with the dataset. Measured on a directory of 100,000 records loaded again and
   * again: with this and the load's own tables emptied ({@code io}), the time in young pauses
   * fell to between a half and a fifth.
   */
  private static final class IdTable {
    /**
     * Slots per page: 64 KiB of compressed references (128 KiB without), well under half of
     * G1's smallest region, 1 MiB.
     */
    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;
    private Slot[][] pages;
    /** The number of slots, a power of two, less one. */
    private int mask;
    private int size;

    IdTable() {
      this(16);
    }

    /** An empty table of {@code capacity} slots, a power of two, 16 or more. */
    private IdTable(int capacity) {
      int length = Math.min(capacity, PAGE);
      pages = new Slot[Math.max(1, capacity >>> PAGE_BITS)][];
      for (int p = 0; p < pages.length; p++) {
        pages[p] = new Slot[length];
      }
      mask = capacity - 1;
    }

    /** A copy with slots of its own: a built dataset's slots hold its indexes. */
    IdTable(IdTable other) {
      this(other.capacity());
      for (int i = 0; i < capacity(); i++) {
        Slot s = other.at(i);
        if (s != null) {
          set(i, new Slot(s));
        }
      }
      size = other.size;
    }

    int size() {
      return size;
    }

    private Slot at(int i) {
      return pages[i >>> PAGE_BITS][i & (PAGE - 1)];
    }

    private void set(int i, Slot slot) {
      pages[i >>> PAGE_BITS][i & (PAGE - 1)] = slot;
    }

    Slot get(Id id) {
      for (int i = home(id); ; i = (i + 1) & mask) {
        Slot s = at(i);
        if (s == null || s.id == id || s.id.equals(id)) {
          return s;
        }
      }
    }

    /** Adds {@code slot} unless there is one for its id; returns whether it was added. */
    boolean putIfAbsent(Slot slot) {
      if ((size + 1) * 2L > capacity()) {
        grow();
      }
      int i = home(slot.id);
      for (Slot s = at(i); s != null; s = at(i)) {
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
      IdTable bigger = new IdTable(capacity() * 2);
      for (Slot[] page : pages) {
        for (Slot s : page) {
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
     * alike ({@code p.100}, {@code p.101}, ...), so their string hashes are near one another, and
     * records read in order land near one another: lookups in the same order stay in the cache.
     * (A golden-ratio hash that scatters them made building the dataset's indexes 40 % slower.)
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
    Slot[] inOrder() {
      Slot[] slots = new Slot[size];
      forEach(0, capacity(), s -> slots[s.position] = s);
      return slots;
    }

    /** Every slot at an index in {@code [from, to)} of the table, in the order of the table. */
    void forEach(int from, int to, java.util.function.Consumer<Slot> action) {
      for (int i = from; i < to; i++) {
        Slot s = at(i);
        if (s != null) {
          action.accept(s);
        }
      }
    }
  }

  private Dataset(Builder b) {
    institutions = List.copyOf(b.institutions);
    people = List.copyOf(b.people);
    delegations = List.copyOf(b.delegations);
    agreements = List.copyOf(b.agreements);
    sources = List.copyOf(b.sources);
    byId = b.handOver();
    index(b.threads > 1 && byId.size() >= PARALLEL_INDEX);
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

  /**
   * Builds the indexes. Those keyed by institutions and the rest fill different slots (or
   * different fields of a stray entry), so the two halves can be built at once, each with its
   * own strays, then compacted at once over the two halves of the table. Indexing is a lookup in
   * a table far larger than the caches for every reference, bound by memory more than by the
   * processor: a second thread overlaps the misses.
   */
  private void index(boolean parallel) {
    Map<Id, Object[]> otherStrays = new HashMap<>();
    if (parallel) {
      both(() -> indexByInstitution(strays), () -> indexTheRest(otherStrays));
    } else {
      indexByInstitution(strays);
      indexTheRest(otherStrays);
    }
    otherStrays.forEach((id, entries) -> {
      Object[] merged = strays.computeIfAbsent(id, k -> new Object[INDEXES]);
      for (int i = PARTICIPATIONS; i < INDEXES; i++) {
        merged[i] = entries[i];
      }
    });
    int half = byId.capacity() / 2;
    if (parallel) {
      both(() -> byId.forEach(0, half, Dataset::compact),
          () -> byId.forEach(half, byId.capacity(), Dataset::compact));
    } else {
      byId.forEach(0, byId.capacity(), Dataset::compact);
    }
    for (Object[] entries : strays.values()) {
      for (int i = 0; i < INDEXES; i++) {
        entries[i] = compact(entries[i]);
      }
    }
  }

  /** Runs {@code first} on another thread and {@code second} on this one; returns when both end. */
  private static void both(Runnable first, Runnable second) {
    java.util.concurrent.CompletableFuture<Void> other =
        java.util.concurrent.CompletableFuture.runAsync(first);
    try {
      second.run();
    } finally {
      try {
        other.join();
      } catch (java.util.concurrent.CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw cause instanceof RuntimeException ? (RuntimeException) cause : e;
      }
    }
  }

  // Plain loops, not lambdas, and by index, not by iterator: these run for every reference of
  // every record of a load, and an iterator per list was a twentieth of what a load allocates.

  /** The indexes keyed by institutions: sub-units, post holders, delegations, parties. */
  private void indexByInstitution(Map<Id, Object[]> strays) {
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      if (institution.parent().isPresent()) {
        add(strays, CHILDREN, RecordKind.INSTITUTION, institution.parent().get().id(),
            institution, false);
      }
    }
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      List<Post> posts = person.posts();
      for (int j = 0; j < posts.size(); j++) {
        Optional<Ref<Institution>> at = posts.get(j).institution();
        if (at.isPresent()) {
          add(strays, POST_HOLDERS, RecordKind.INSTITUTION, at.get().id(), person, true);
        }
      }
    }
    for (int i = 0; i < delegations.size(); i++) {
      Delegation delegation = delegations.get(i);
      addEach(strays, SENT, delegation.visiting().institutions(), delegation);
      addEach(strays, HOSTED, delegation.host().institutions(), delegation);
    }
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      List<Party> parties = agreement.parties();
      for (int j = 0; j < parties.size(); j++) {
        add(strays, PARTIES, RecordKind.INSTITUTION, parties.get(j).institution().id(),
            agreement, true);
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
      Delegation delegation = delegations.get(i);
      participants(strays, delegation, delegation.visiting());
      participants(strays, delegation, delegation.host());
      List<Activity> activities = delegation.activities();
      for (int j = 0; j < activities.size(); j++) {
        Optional<Ref<Person>> chair = activities.get(j).chair();
        if (chair.isPresent()) {
          add(strays, PARTICIPATIONS, RecordKind.PERSON, chair.get().id(), delegation, true);
        }
      }
      cite(strays, delegation, delegation.sources());
    }
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      List<HistoryEntry> history = agreement.history();
      for (int j = 0; j < history.size(); j++) {
        HistoryEntry entry = history.get(j);
        if (entry.delegation().isPresent()) {
          Optional<Delegation> visit = resolve(entry.delegation().get());
          if (visit.isPresent()) {
            add(strays, HISTORY_VISITS, RecordKind.AGREEMENT, agreement.id(), visit.get(), true);
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
  }

  /**
   * Replaces the growable lists of a slot's entries by immutable ones of their exact size: a
   * loaded dataset is kept for long.
   */
  private static void compact(Slot s) {
    s.a = compact(s.a);
    s.b = compact(s.b);
    s.c = compact(s.c);
    s.d = compact(s.d);
    s.e = compact(s.e);
  }

  private static Object compact(Object entry) {
    return entry instanceof ArrayList ? List.copyOf((List<?>) entry) : entry;
  }

  private void participants(Map<Id, Object[]> strays, Delegation d, Side side) {
    List<Participant> members = side.members();
    for (int i = 0; i < members.size(); i++) {
      add(strays, PARTICIPATIONS, RecordKind.PERSON, members.get(i).person().id(), d, true);
    }
  }

  private void addEach(Map<Id, Object[]> strays, int index, List<Ref<Institution>> refs,
      LiaisonRecord value) {
    for (int i = 0; i < refs.size(); i++) {
      add(strays, index, RecordKind.INSTITUTION, refs.get(i).id(), value, true);
    }
  }

  private void cite(Map<Id, Object[]> strays, LiaisonRecord record, List<Ref<Source>> refs) {
    for (int i = 0; i < refs.size(); i++) {
      add(strays, CITATIONS, RecordKind.SOURCE, refs.get(i).id(), record, true);
    }
  }

  /**
   * Adds {@code value} to the entry of {@code index} for {@code key}, the id of a record of
   * {@code kind}, or to {@code strays}; with {@code once}, not again right after itself (a record
   * names one key in several places).
   */
  private void add(Map<Id, Object[]> strays, int index, RecordKind kind, Id key,
      LiaisonRecord value, boolean once) {
    Slot s = byId.get(key);
    if (s != null && s.kind == kind) {
      s.set(index, added(s.get(index), value, once));
    } else {
      Object[] entries = strays.computeIfAbsent(key, k -> new Object[INDEXES]);
      entries[index] = added(entries[index], value, once);
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

  /** The records of the entry of {@code index} for {@code key}, in the order added. */
  @SuppressWarnings("unchecked")
  private <V> List<V> entry(int index, RecordKind kind, Id key) {
    Slot s = byId.get(key);
    Object entry;
    if (s != null && s.kind == kind) {
      entry = s.get(index);
    } else {
      Object[] entries = strays.get(key);
      entry = entries == null ? null : entries[index];
    }
    if (entry == null) {
      return List.of();
    }
    return entry instanceof List ? (List<V>) entry : List.of((V) entry);
  }

  /**
   * Returns whether {@code o} is a dataset with equal records of each kind, in the same order.
   * Origins are left out: they say where a record was read from, not what it is, so data written
   * and read back, or built in code with the same records, is equal to the data first read. So is
   * the order of records of different kinds relative to one another (which file, which section
   * first), which a writer does not keep: it writes each kind in a section of its own.
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Dataset)) {
      return false;
    }
    Dataset d = (Dataset) o;
    return institutions.equals(d.institutions) && people.equals(d.people)
        && delegations.equals(d.delegations) && agreements.equals(d.agreements)
        && sources.equals(d.sources);
  }

  /** A hash of the records, consistent with {@link #equals(Object)}; computed on each call. */
  @Override
  public int hashCode() {
    int h = institutions.hashCode();
    h = h * 31 + people.hashCode();
    h = h * 31 + delegations.hashCode();
    h = h * 31 + agreements.hashCode();
    return h * 31 + sources.hashCode();
  }

  /** Every record, of all kinds, in the order they were added. */
  public List<LiaisonRecord> records() {
    List<LiaisonRecord> records = new ArrayList<>(byId.size());
    for (Slot s : byId.inOrder()) {
      records.add(s.record);
    }
    return Collections.unmodifiableList(records);
  }

  /**
   * Returns a builder holding this dataset's records, with their origins, in their order: add,
   * replace ({@link Builder#put}) or remove records, then build the edited dataset.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Slot s : byId.inOrder()) {
      b.putSlot(s);
    }
    return b;
  }

  /**
   * Returns a copy with {@code record} added, or put in place of the record with its id. The
   * record replaced, if any, keeps its position; its origin is dropped, as the new record was not
   * read from there. Others keep theirs.
   */
  public Dataset with(LiaisonRecord record) {
    return toBuilder().put(record).build();
  }

  /** Returns a copy without the record with the given id; this dataset if there is none. */
  public Dataset without(Id id) {
    Builder b = toBuilder();
    return b.remove(id) ? b.build() : this;
  }

  /** Returns a copy without the record with the given id text; see {@link #without(Id)}. */
  public Dataset without(String id) {
    return Id.isValid(id) ? without(Id.of(id)) : this;
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
  public Optional<Institution> institution(Id id) {
    return record(id).filter(Institution.class::isInstance).map(Institution.class::cast);
  }

  /** Returns the person with the given id; empty if there is none or it is another kind. */
  public Optional<Person> person(Id id) {
    return record(id).filter(Person.class::isInstance).map(Person.class::cast);
  }

  /** Returns the delegation with the given id; empty if there is none or it is another kind. */
  public Optional<Delegation> delegation(Id id) {
    return record(id).filter(Delegation.class::isInstance).map(Delegation.class::cast);
  }

  /** Returns the agreement with the given id; empty if there is none or it is another kind. */
  public Optional<Agreement> agreement(Id id) {
    return record(id).filter(Agreement.class::isInstance).map(Agreement.class::cast);
  }

  /** Returns the source with the given id; empty if there is none or it is another kind. */
  public Optional<Source> source(Id id) {
    return record(id).filter(Source.class::isInstance).map(Source.class::cast);
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
    return s != null && s.kind == ref.kind()
        ? Optional.of((T) s.record) : Optional.empty();
  }

  /** Where the record with the given id was read from; empty for records built in code. */
  public Optional<RecordOrigin> origin(Id id) {
    Slot s = byId.get(id);
    return s == null ? Optional.empty() : Optional.ofNullable(s.origin());
  }

  /** Where the record with the given id text was read from; see {@link #origin(Id)}. */
  public Optional<RecordOrigin> origin(String id) {
    return Id.isValid(id) ? origin(Id.of(id)) : Optional.empty();
  }

  /** The institutions whose parent is {@code institution}: its direct sub-units. */
  public List<Institution> childrenOf(Institution institution) {
    return childrenOf(institution.id());
  }

  /** The direct sub-units of the institution with the given id. */
  public List<Institution> childrenOf(Id institution) {
    return entry(CHILDREN, RecordKind.INSTITUTION, institution);
  }

  /** The direct sub-units of the institution with the given id text. */
  public List<Institution> childrenOf(String institution) {
    return Id.isValid(institution) ? childrenOf(Id.of(institution)) : List.of();
  }

  /**
   * All sub-units of {@code institution}, transitively, parents before their children. Safe on
   * data whose parents form a cycle.
   */
  public List<Institution> subUnitsOf(Institution institution) {
    return subUnitsOf(institution.id());
  }

  /** All sub-units of the institution with the given id; see {@link #subUnitsOf(Institution)}. */
  public List<Institution> subUnitsOf(Id institution) {
    List<Institution> result = new ArrayList<>();
    Set<Id> seen = new HashSet<>();
    seen.add(institution);
    Deque<Id> todo = new ArrayDeque<>(List.of(institution));
    while (!todo.isEmpty()) {
      for (Institution child : this.<Institution>entry(CHILDREN, RecordKind.INSTITUTION,
          todo.poll())) {
        if (seen.add(child.id())) {
          result.add(child);
          todo.add(child.id());
        }
      }
    }
    return result;
  }

  /** All sub-units of the institution with the given id text; see {@link #subUnitsOf(Institution)}. */
  public List<Institution> subUnitsOf(String institution) {
    return Id.isValid(institution) ? subUnitsOf(Id.of(institution)) : List.of();
  }

  /** The people holding or having held a post at {@code institution} or its sub-units. */
  public List<Person> peopleAt(Institution institution) {
    return peopleAt(institution.id());
  }

  /** The people holding or having held a post at the institution with the given id or its sub-units. */
  public List<Person> peopleAt(Id institution) {
    return collect(institution, POST_HOLDERS);
  }

  /** The people holding or having held a post at the institution with the given id text or its sub-units. */
  public List<Person> peopleAt(String institution) {
    return Id.isValid(institution) ? peopleAt(Id.of(institution)) : List.of();
  }

  /**
   * The people holding or having held a post at {@code institution} or its sub-units, each with
   * those posts (not their posts elsewhere), people in the order read, posts in the order written.
   */
  public Map<Person, List<Post>> postsAt(Institution institution) {
    return postsAt(institution.id());
  }

  /** The people at the institution with the given id, with their posts there; see {@link #postsAt(Institution)}. */
  public Map<Person, List<Post>> postsAt(Id institution) {
    Set<Id> units = new HashSet<>();
    units.add(institution);
    for (Institution unit : subUnitsOf(institution)) {
      units.add(unit.id());
    }
    Map<Person, List<Post>> result = new LinkedHashMap<>();
    for (Person person : peopleAt(institution)) {
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

  /** The people at the institution with the given id text, with their posts there; see {@link #postsAt(Institution)}. */
  public Map<Person, List<Post>> postsAt(String institution) {
    return Id.isValid(institution) ? postsAt(Id.of(institution)) : Map.of();
  }

  /** The delegations {@code institution} or its sub-units sent. */
  public List<Delegation> delegationsSentBy(Institution institution) {
    return delegationsSentBy(institution.id());
  }

  /** The delegations the institution with the given id or its sub-units sent. */
  public List<Delegation> delegationsSentBy(Id institution) {
    return collect(institution, SENT);
  }

  /** The delegations the institution with the given id text or its sub-units sent. */
  public List<Delegation> delegationsSentBy(String institution) {
    return Id.isValid(institution) ? delegationsSentBy(Id.of(institution)) : List.of();
  }

  /** The delegations {@code institution} or its sub-units hosted. */
  public List<Delegation> delegationsHostedBy(Institution institution) {
    return delegationsHostedBy(institution.id());
  }

  /** The delegations the institution with the given id or its sub-units hosted. */
  public List<Delegation> delegationsHostedBy(Id institution) {
    return collect(institution, HOSTED);
  }

  /** The delegations the institution with the given id text or its sub-units hosted. */
  public List<Delegation> delegationsHostedBy(String institution) {
    return Id.isValid(institution) ? delegationsHostedBy(Id.of(institution)) : List.of();
  }

  /** The delegations {@code institution} or its sub-units sent or hosted. */
  public List<Delegation> delegationsOf(Institution institution) {
    Set<Delegation> both = new LinkedHashSet<>(delegationsSentBy(institution));
    both.addAll(delegationsHostedBy(institution));
    return sorted(both);
  }

  /** The agreements {@code institution} or its sub-units are party to. */
  public List<Agreement> agreementsOf(Institution institution) {
    return agreementsOf(institution.id());
  }

  /** The agreements the institution with the given id or its sub-units are party to. */
  public List<Agreement> agreementsOf(Id institution) {
    return collect(institution, PARTIES);
  }

  /** The agreements the institution with the given id text or its sub-units are party to. */
  public List<Agreement> agreementsOf(String institution) {
    return Id.isValid(institution) ? agreementsOf(Id.of(institution)) : List.of();
  }

  /** The delegations {@code person} took part in: as a member of either side or as a chair. */
  public List<Delegation> delegationsOf(Person person) {
    return entry(PARTICIPATIONS, RecordKind.PERSON, person.id());
  }

  /** The delegations named in {@code agreement}'s history, in history order. */
  public List<Delegation> delegationsOf(Agreement agreement) {
    return entry(HISTORY_VISITS, RecordKind.AGREEMENT, agreement.id());
  }

  /**
   * The delegations of the record with the given id, as {@link #delegationsOf(Institution)},
   * {@link #delegationsOf(Person)} or {@link #delegationsOf(Agreement)} answer for its kind;
   * empty for another kind or no record.
   */
  public List<Delegation> delegationsOf(Id id) {
    Slot s = byId.get(id);
    if (s == null) {
      return List.of();
    }
    switch (s.kind) {
      case INSTITUTION:
        return delegationsOf((Institution) s.record);
      case PERSON:
        return delegationsOf((Person) s.record);
      case AGREEMENT:
        return delegationsOf((Agreement) s.record);
      default:
        return List.of();
    }
  }

  /** The delegations of the record with the given id text; see {@link #delegationsOf(Id)}. */
  public List<Delegation> delegationsOf(String id) {
    return Id.isValid(id) ? delegationsOf(Id.of(id)) : List.of();
  }

  /**
   * The records that cite {@code source}, directly or in a post, commitment or history entry.
   */
  public List<LiaisonRecord> citing(Source source) {
    return citing(source.id());
  }

  /** The records that cite the source with the given id; see {@link #citing(Source)}. */
  public List<LiaisonRecord> citing(Id source) {
    return entry(CITATIONS, RecordKind.SOURCE, source);
  }

  /** The records that cite the source with the given id text; see {@link #citing(Source)}. */
  public List<LiaisonRecord> citing(String source) {
    return Id.isValid(source) ? citing(Id.of(source)) : List.of();
  }

  private <V extends LiaisonRecord> List<V> collect(Id root, int index) {
    Set<V> found = new LinkedHashSet<>(this.<V>entry(index, RecordKind.INSTITUTION, root));
    for (Institution unit : subUnitsOf(root)) {
      found.addAll(this.<V>entry(index, RecordKind.INSTITUTION, unit.id()));
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
    private IdTable byId = new IdTable();
    /** Whether {@link #byId} belongs to a built dataset: copied before the next change. */
    private boolean handedOver;
    private int threads = 1;
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
        byId = new IdTable(byId);
        handedOver = false;
      }
      if (!byId.putIfAbsent(new Slot(record, byId.size(), origin))) {
        return false;
      }
      sinks.get(record.recordKind()).apply(record);
      return true;
    }

    /**
     * Adds {@code record}, or puts it in place of the record with its id, at that record's
     * position and without its origin. Replacing costs a pass over the records added.
     */
    public Builder put(LiaisonRecord record) {
      java.util.Objects.requireNonNull(record, "record");
      if (!contains(record.id())) {
        put(record, null);
        return this;
      }
      Slot[] slots = byId.inOrder();
      clear();
      for (Slot s : slots) {
        if (s.id.equals(record.id())) {
          put(record, null);
        } else {
          putSlot(s);
        }
      }
      return this;
    }

    /**
     * Removes the record with the given id; returns whether there was one. Costs a pass over the
     * records added.
     */
    public boolean remove(Id id) {
      if (!contains(id)) {
        return false;
      }
      Slot[] slots = byId.inOrder();
      clear();
      for (Slot s : slots) {
        if (!s.id.equals(id)) {
          putSlot(s);
        }
      }
      return true;
    }

    /** Removes the record with the given id text; see {@link #remove(Id)}. */
    public boolean remove(String id) {
      return Id.isValid(id) && remove(Id.of(id));
    }

    /** Empties this builder; the datasets it built keep their records. */
    private void clear() {
      institutions.clear();
      people.clear();
      delegations.clear();
      agreements.clear();
      sources.clear();
      byId = new IdTable();
      handedOver = false;
    }

    /** Adds the record of {@code slot} with its origin, next in order. */
    private void putSlot(Slot slot) {
      if (handedOver) {
        byId = new IdTable(byId);
        handedOver = false;
      }
      if (byId.putIfAbsent(new Slot(slot, byId.size()))) {
        sinks.get(slot.kind).apply(slot.record);
      }
    }

    /** The records by id, for a dataset being built; this builder copies them if it goes on. */
    private IdTable handOver() {
      if (handedOver) {
        byId = new IdTable(byId); // built twice in a row: each dataset indexes into its own slots
      }
      handedOver = true;
      return byId;
    }

    /** Whether a record with this id has been added. */
    public boolean contains(Id id) {
      return byId.get(id) != null;
    }

    /** Whether a record with this id text has been added. */
    public boolean contains(String id) {
      return Id.isValid(id) && contains(Id.of(id));
    }

    /**
     * Lets {@link #build()} build the indexes of a large dataset on up to {@code threads}
     * threads, the caller's and those of the common fork-join pool; it uses two at most. The
     * default, 1, builds them on the caller's thread. The dataset is the same either way.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Builds the dataset and its indexes. */
    public Dataset build() {
      return new Dataset(this);
    }
  }
}
