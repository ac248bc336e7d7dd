package org.liaison.benchmarks;

import java.util.TreeMap;
import java.util.stream.Collectors;
import org.liaison.io.LoadResult;
import org.liaison.model.Dataset;
import org.liaison.plugins.ValidationReport;

/**
 * The checks each fork of {@link LoadBenchmark} makes once, before measuring, that its subject does
 * the whole work: a benchmark of a reader that silently reads less would be worthless.
 */
final class SubjectChecks {
  private SubjectChecks() {}

  /** {@code what} read all {@code records} records, with no problem. */
  static void load(String what, LoadResult result, int records) {
    if (!result.problems().isEmpty() || result.dataset().size() != records) {
      throw new IllegalStateException(
          what
              + " read "
              + result.dataset().size()
              + " records of "
              + records
              + " with "
              + result.problems().size()
              + " problems, the first: "
              + result.problems().stream().findFirst().map(Object::toString).orElse("none"));
    }
  }

  /** The validators found at most one problem per hundred records. */
  static void validation(ValidationReport report, int records) {
    if (report.problems().size() > records / 100) {
      throw new IllegalStateException(
          "liaisonValidate found "
              + report.problems().size()
              + " problems in "
              + records
              + " records, by code: "
              + report.problems().stream()
                  .collect(
                      Collectors.groupingBy(p -> p.code(), TreeMap::new, Collectors.counting()))
              + "; the first: "
              + report.problems().get(0));
    }
  }

  /** Every reference of {@code loaded} resolves, and both walks visit each. */
  static void walks(String subject, Dataset loaded, int records) {
    ResolveWalk walk = ResolveWalk.walk(loaded, true);
    ResolveWalk visit = ResolveWalk.walk(loaded, false);
    if (walk.resolved != walk.references
        || visit.references != walk.references
        || walk.references < records) {
      throw new IllegalStateException(
          subject
              + ": "
              + walk.resolved
              + " of "
              + walk.references
              + " references resolved, "
              + visit.references
              + " visited, in "
              + records
              + " records");
    }
  }

  /** The naive databinding read as many records as were generated. */
  static void naive(int naive, int records) {
    if (naive != records) {
      throw new IllegalStateException("naiveDatabind read " + naive + " of " + records);
    }
  }

  /** The scan without Jackson looked up and shared what the scan with Jackson did. */
  static void sharedScans(BytesSharedScan bytes, SharedStrings jackson) {
    if (bytes.size != jackson.size
        || bytes.lookups != jackson.lookups
        || bytes.chars != jackson.chars) {
      throw new IllegalStateException(
          "rawBytesSharedScan looked up "
              + bytes.lookups
              + " strings of "
              + bytes.chars
              + " characters and shared "
              + bytes.size
              + ", rawJsonSharedScan "
              + jackson.lookups
              + " of "
              + jackson.chars
              + " and "
              + jackson.size);
    }
  }
}
