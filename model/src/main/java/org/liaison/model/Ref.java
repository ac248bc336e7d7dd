package org.liaison.model;

import org.apiguardian.api.API;

/**
 * A reference from one record to another by id, typed by the kind of record it must point at. A
 * reference may point at nothing: whether it resolves is a question for the {@link Dataset} ({@link
 * Dataset#resolve(Ref)}), and a dangling one is reported by the reader as {@code ref.unknown}.
 *
 * @param <T> the model type of the record referred to
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Ref<T extends LiaisonRecord> {
  private final Id id;
  private final RecordKind kind;

  private Ref(Id id, RecordKind kind) {
    this.id = id;
    this.kind = kind;
  }

  /** A reference to the institution with the given id. */
  public static Ref<Institution> institution(Id id) {
    return new Ref<>(id, RecordKind.INSTITUTION);
  }

  /** A reference to the person with the given id. */
  public static Ref<Person> person(Id id) {
    return new Ref<>(id, RecordKind.PERSON);
  }

  /** A reference to the delegation with the given id. */
  public static Ref<Delegation> delegation(Id id) {
    return new Ref<>(id, RecordKind.DELEGATION);
  }

  /** A reference to the agreement with the given id. */
  public static Ref<Agreement> agreement(Id id) {
    return new Ref<>(id, RecordKind.AGREEMENT);
  }

  /** A reference to the source with the given id. */
  public static Ref<Source> source(Id id) {
    return new Ref<>(id, RecordKind.SOURCE);
  }

  /** A reference to the institution with the given id. @throws IllegalArgumentException bad id */
  public static Ref<Institution> institution(String id) {
    return institution(Id.of(id));
  }

  /** A reference to the person with the given id. @throws IllegalArgumentException bad id */
  public static Ref<Person> person(String id) {
    return person(Id.of(id));
  }

  /** A reference to the delegation with the given id. @throws IllegalArgumentException bad id */
  public static Ref<Delegation> delegation(String id) {
    return delegation(Id.of(id));
  }

  /** A reference to the agreement with the given id. @throws IllegalArgumentException bad id */
  public static Ref<Agreement> agreement(String id) {
    return agreement(Id.of(id));
  }

  /** A reference to the source with the given id. @throws IllegalArgumentException bad id */
  public static Ref<Source> source(String id) {
    return source(Id.of(id));
  }

  /** The id referred to. */
  public Id id() {
    return id;
  }

  /** The kind of record the reference must point at. */
  public RecordKind kind() {
    return kind;
  }

  /** Whether this reference points at {@code record}'s id. */
  public boolean pointsAt(LiaisonRecord record) {
    return record.id().equals(id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ref && ((Ref<?>) o).id.equals(id) && ((Ref<?>) o).kind == kind;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + kind.hashCode();
  }

  /** Returns the id referred to, as written in files. */
  @Override
  public String toString() {
    return id.value();
  }
}
