package org.liaison.testkit;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;
import org.liaison.model.Dataset;
import org.liaison.model.LiaisonRecord;

/** Assertions on a {@link Dataset}: how many records of each kind, and a record by id. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DatasetAssert extends AbstractAssert<DatasetAssert, Dataset> {

  DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  private DatasetAssert count(String kind, int expected, List<?> records) {
    isNotNull();
    if (records.size() != expected) {
      failWithMessage(
          "%s",
          "Expecting "
              + expected
              + " "
              + kind
              + " but the dataset has "
              + records.size()
              + " ("
              + actual
              + ")");
    }
    return myself;
  }

  /** Verifies the number of institutions. */
  public DatasetAssert hasInstitutions(int count) {
    isNotNull();
    return count("institutions", count, actual.institutions());
  }

  /** Verifies the number of people. */
  public DatasetAssert hasPeople(int count) {
    isNotNull();
    return count("people", count, actual.people());
  }

  /** Verifies the number of delegations. */
  public DatasetAssert hasDelegations(int count) {
    isNotNull();
    return count("delegations", count, actual.delegations());
  }

  /** Verifies the number of agreements. */
  public DatasetAssert hasAgreements(int count) {
    isNotNull();
    return count("agreements", count, actual.agreements());
  }

  /** Verifies the number of sources. */
  public DatasetAssert hasSources(int count) {
    isNotNull();
    return count("sources", count, actual.sources());
  }

  /** Verifies the number of records of every kind together. */
  public DatasetAssert hasSize(int count) {
    isNotNull();
    if (actual.size() != count) {
      failWithMessage(
          "%s",
          "Expecting "
              + count
              + " records but the dataset has "
              + actual.size()
              + " ("
              + actual
              + ")");
    }
    return myself;
  }

  /** Verifies that a record has this id, and returns an assertion on it. */
  public ObjectAssert<LiaisonRecord> hasRecord(String id) {
    return hasRecord(id, LiaisonRecord.class);
  }

  /**
   * Verifies that a record of this type has this id ({@code hasRecord("zq", Institution.class)}),
   * and returns an assertion on it.
   */
  public <T extends LiaisonRecord> ObjectAssert<T> hasRecord(String id, Class<T> type) {
    isNotNull();
    Optional<LiaisonRecord> found = actual.record(id);
    if (found.isEmpty()) {
      failWithMessage(
          "%s", "Expecting a record `" + id + "` but the dataset has none (" + actual + ")");
    }
    if (!type.isInstance(found.get())) {
      failWithMessage(
          "%s",
          "Expecting the record `"
              + id
              + "` to be a "
              + type.getSimpleName()
              + " but it is a "
              + found.get().recordKind().wireName());
    }
    return Assertions.assertThat(type.cast(found.get())).as("the record `%s`", id);
  }

  /** Verifies that no record has this id. */
  public DatasetAssert doesNotHaveRecord(String id) {
    isNotNull();
    if (actual.record(id).isPresent()) {
      failWithMessage(
          "%s", "Expecting no record `" + id + "` but found " + actual.record(id).get());
    }
    return myself;
  }
}
