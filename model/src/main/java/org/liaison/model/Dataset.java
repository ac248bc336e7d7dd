package org.liaison.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * All records of a load, immutable, with the indexes that answer the usual questions without a loop
 * over every record: records by id; for an institution its sub-units, the people holding posts
 * there, the delegations it sent or hosted and the agreements it is party to; for a person the
 * delegations they took part in; for an agreement the delegations in its history; for a source
 * everything that cites it. Indexes are built once, when the dataset is built.
 *
 * <p>Questions about an institution include its sub-units, transitively: the delegations hosted by
 * a university include those hosted by its schools. A dataset is safe to read from many threads at
 * once. Lists come back in the order records were read.
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
 * <p>Two datasets are {@linkplain #equals(Object) equal} when they hold equal records of each kind
 * in the same order.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dataset {
  private static final Dataset EMPTY = builder().build();

  /** Datasets of fewer records index on one thread: handing over would cost more than it saves. */
  private static final int PARALLEL_INDEX = 20_000;

  private final List<Institution> institutions;
  private final List<Person> people;
  private final List<Delegation> delegations;
  private final List<Agreement> agreements;
  private final List<Source> sources;
  private final SlotTable byId;
  private final Indexes indexes;

  private Dataset(RecordCollector records, int threads) {
    institutions = List.copyOf(records.institutions);
    people = List.copyOf(records.people);
    delegations = List.copyOf(records.delegations);
    agreements = List.copyOf(records.agreements);
    sources = List.copyOf(records.sources);
    byId = records.handOver();
    boolean parallel = threads > 1 && byId.size() >= PARALLEL_INDEX;
    IndexBuilder builder = new IndexBuilder(institutions, people, delegations, agreements, byId);
    indexes = new Indexes(byId, builder.build(parallel));
  }

  /** Returns a dataset with no records. */
  public static Dataset empty() {
    return EMPTY;
  }

  /** Returns a builder; records are kept in the order they are added. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a dataset of the given records, in their order.
   *
   * @see Builder#add(LiaisonRecord)
   */
  public static Dataset of(Collection<? extends LiaisonRecord> records) {
    Builder b = builder();
    records.forEach(b::add);
    return b.build();
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
    return o == this
        || o instanceof Dataset && recordsByKind().equals(((Dataset) o).recordsByKind());
  }

  /** A hash of the records, consistent with {@link #equals(Object)}; computed on each call. */
  @Override
  public int hashCode() {
    return recordsByKind().hashCode();
  }

  private List<List<? extends LiaisonRecord>> recordsByKind() {
    return List.of(institutions, people, delegations, agreements, sources);
  }

  /** Every record, of all kinds, in the order they were added. */
  public List<LiaisonRecord> records() {
    List<LiaisonRecord> records = new ArrayList<>(byId.size());
    for (RecordSlot s : byId.inOrder()) {
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
    for (RecordSlot s : byId.inOrder()) {
      b.records.add(s);
    }
    return b;
  }

  /**
   * Returns a copy with {@code record} added, or put in place of the record with its id. The record
   * replaced, if any, keeps its position; its origin is dropped, as the new record was not read
   * from there. Others keep theirs.
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
    RecordSlot s = byId.get(id);
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
    RecordSlot s = byId.get(ref.id(), ref.kind());
    return s == null ? Optional.empty() : Optional.of((T) s.record);
  }

  /** Where the record with the given id was read from; empty for records built in code. */
  public Optional<RecordOrigin> origin(Id id) {
    RecordSlot s = byId.get(id);
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
    return indexes.entry(Index.CHILDREN, institution);
  }

  /** The direct sub-units of the institution with the given id text. */
  public List<Institution> childrenOf(String institution) {
    return Id.isValid(institution) ? childrenOf(Id.of(institution)) : List.of();
  }

  /**
   * All sub-units of {@code institution}, transitively, parents before their children. Safe on data
   * whose parents form a cycle.
   */
  public List<Institution> subUnitsOf(Institution institution) {
    return subUnitsOf(institution.id());
  }

  /** All sub-units of the institution with the given id; see {@link #subUnitsOf(Institution)}. */
  public List<Institution> subUnitsOf(Id institution) {
    return indexes.subUnits(institution);
  }

  /** All sub-units of the institution with the given id text; see {@link #subUnitsOf(Id)}. */
  public List<Institution> subUnitsOf(String institution) {
    return Id.isValid(institution) ? subUnitsOf(Id.of(institution)) : List.of();
  }

  /** The people holding or having held a post at {@code institution} or its sub-units. */
  public List<Person> peopleAt(Institution institution) {
    return peopleAt(institution.id());
  }

  /** As {@link #peopleAt(Institution)}, for the institution with the given id. */
  public List<Person> peopleAt(Id institution) {
    return indexes.ofUnits(Index.POST_HOLDERS, institution);
  }

  /** As {@link #peopleAt(Institution)}, for the institution with the given id text. */
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

  /** As {@link #postsAt(Institution)}, for the institution with the given id. */
  public Map<Person, List<Post>> postsAt(Id institution) {
    return indexes.postsAt(institution);
  }

  /** As {@link #postsAt(Institution)}, for the institution with the given id text. */
  public Map<Person, List<Post>> postsAt(String institution) {
    return Id.isValid(institution) ? postsAt(Id.of(institution)) : Map.of();
  }

  /** The delegations {@code institution} or its sub-units sent. */
  public List<Delegation> delegationsSentBy(Institution institution) {
    return delegationsSentBy(institution.id());
  }

  /** The delegations the institution with the given id or its sub-units sent. */
  public List<Delegation> delegationsSentBy(Id institution) {
    return indexes.ofUnits(Index.SENT, institution);
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
    return indexes.ofUnits(Index.HOSTED, institution);
  }

  /** The delegations the institution with the given id text or its sub-units hosted. */
  public List<Delegation> delegationsHostedBy(String institution) {
    return Id.isValid(institution) ? delegationsHostedBy(Id.of(institution)) : List.of();
  }

  /** The delegations {@code institution} or its sub-units sent or hosted. */
  public List<Delegation> delegationsOf(Institution institution) {
    Set<Delegation> both = new LinkedHashSet<>(delegationsSentBy(institution));
    both.addAll(delegationsHostedBy(institution));
    return indexes.inOrder(both);
  }

  /** The agreements {@code institution} or its sub-units are party to. */
  public List<Agreement> agreementsOf(Institution institution) {
    return agreementsOf(institution.id());
  }

  /** The agreements the institution with the given id or its sub-units are party to. */
  public List<Agreement> agreementsOf(Id institution) {
    return indexes.ofUnits(Index.PARTIES, institution);
  }

  /** The agreements the institution with the given id text or its sub-units are party to. */
  public List<Agreement> agreementsOf(String institution) {
    return Id.isValid(institution) ? agreementsOf(Id.of(institution)) : List.of();
  }

  /** The delegations {@code person} took part in: as a member of either side or as a chair. */
  public List<Delegation> delegationsOf(Person person) {
    return indexes.entry(Index.PARTICIPATIONS, person.id());
  }

  /** The delegations named in {@code agreement}'s history, in history order. */
  public List<Delegation> delegationsOf(Agreement agreement) {
    return indexes.entry(Index.HISTORY_VISITS, agreement.id());
  }

  /**
   * The delegations of the record with the given id, as {@link #delegationsOf(Institution)}, {@link
   * #delegationsOf(Person)} or {@link #delegationsOf(Agreement)} answer for its kind; empty for
   * another kind or no record.
   */
  public List<Delegation> delegationsOf(Id id) {
    RecordSlot s = byId.get(id);
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

  /** The records that cite {@code source}, directly or in a post, commitment or history entry. */
  public List<LiaisonRecord> citing(Source source) {
    return citing(source.id());
  }

  /** The records that cite the source with the given id; see {@link #citing(Source)}. */
  public List<LiaisonRecord> citing(Id source) {
    return indexes.entry(Index.CITATIONS, source);
  }

  /** The records that cite the source with the given id text; see {@link #citing(Source)}. */
  public List<LiaisonRecord> citing(String source) {
    return Id.isValid(source) ? citing(Id.of(source)) : List.of();
  }

  @Override
  public String toString() {
    return String.format(
        "Dataset[%d institutions, %d people, %d delegations, %d agreements, %d sources]",
        institutions.size(), people.size(), delegations.size(), agreements.size(), sources.size());
  }

  /**
   * Collects records for a {@link Dataset}. Of several records with one id, the first added is kept
   * and later ones are ignored: the reader reports them as {@code id.duplicate}.
   */
  public static final class Builder {
    private final RecordCollector records = new RecordCollector();
    private int threads = 1;

    private Builder() {}

    /**
     * Adds a record built in code. Returns whether it was added: {@code false} when a record with
     * its id is already there.
     */
    public boolean add(LiaisonRecord record) {
      return records.add(record, null);
    }

    /** Adds a record read from {@code origin}; see {@link #add(LiaisonRecord)}. */
    public boolean add(LiaisonRecord record, RecordOrigin origin) {
      return records.add(record, Objects.requireNonNull(origin, "origin"));
    }

    /**
     * Adds {@code record}, or puts it in place of the record with its id, at that record's position
     * and without its origin. Replacing costs a pass over the records added.
     */
    public Builder put(LiaisonRecord record) {
      records.put(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Removes the record with the given id; returns whether there was one. Costs a pass over the
     * records added.
     */
    public boolean remove(Id id) {
      return records.remove(id);
    }

    /** Removes the record with the given id text; see {@link #remove(Id)}. */
    public boolean remove(String id) {
      return Id.isValid(id) && remove(Id.of(id));
    }

    /** Whether a record with this id has been added. */
    public boolean contains(Id id) {
      return records.contains(id);
    }

    /** Whether a record with this id text has been added. */
    public boolean contains(String id) {
      return Id.isValid(id) && contains(Id.of(id));
    }

    /**
     * Lets {@link #build()} build the indexes of a large dataset on up to {@code threads} threads,
     * the caller's and those of the common fork-join pool; it uses two at most. The default, 1,
     * builds them on the caller's thread. The dataset is the same either way.
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
      return new Dataset(records, threads);
    }
  }
}
