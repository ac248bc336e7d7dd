package org.liaison.testkit;

import org.apiguardian.api.API;
import org.assertj.core.api.Assertions;
import org.liaison.model.Dataset;
import org.liaison.model.Problem;
import org.liaison.plugins.ValidationReport;

/**
 * The entry point of the kit's assertions, and of all of AssertJ's: one static import, {@code
 * import static org.liaison.testkit.LiaisonAssertions.*}, gives {@code assertThat} for a {@link
 * ValidationReport}, an {@link ExportResult}, a {@link Problem} and a {@link Dataset}, {@code
 * problem(code)} for {@code hasOnlyProblems}, and every assertion of AssertJ.
 *
 * <pre>{@code
 * assertThat(report).hasProblem("acme/no-leader").atLine(18).withSeverity(WARNING)
 *     .withMessageContaining("no leader");
 * assertThat(report).hasOnlyProblems(problem("acme/no-leader").at(18, 5));
 * assertThat(tester.validate(valid)).hasNoProblems();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class LiaisonAssertions extends Assertions {

  /** For a project's own assertions class that extends this one, as AssertJ's does. */
  protected LiaisonAssertions() {}

  /** Assertions on what a validation run reported. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /** Assertions on an export: its output and what the exporter reported. */
  public static ExportResultAssert assertThat(ExportResult actual) {
    return new ExportResultAssert(actual);
  }

  /** Assertions on one problem. */
  public static ProblemAssert assertThat(Problem actual) {
    return new ProblemAssert(actual);
  }

  /** Assertions on a dataset. */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /** A problem with this code, expected by {@code hasOnlyProblems} or {@code hasProblem}. */
  public static ExpectedProblem problem(String code) {
    return ExpectedProblem.problem(code);
  }
}
