package org.liaison.testkit;

import java.util.List;
import org.apiguardian.api.API;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.ValidationReport;

/** Assertions on what a validation run reported ({@link LiaisonAssertions#assertThat}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValidationReportAssert
    extends AbstractProblemsAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  @Override
  protected List<Problem> problems() {
    return actual.problems();
  }

  /**
   * Verifies that no problem is at least as severe as {@code threshold}: {@code liaison validate
   * --fail-on threshold} would exit 0 (unless a plugin failed).
   */
  public ValidationReportAssert hasNoProblemsAtLeast(Severity threshold) {
    isNotNull();
    List<Problem> found = problems().stream().filter(p -> p.severity().atLeast(threshold)).toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting no problem of severity "
              + threshold.wireName()
              + " or above but found:\n"
              + list(found));
    }
    return myself;
  }

  /** Verifies that no plugin failed to load or threw ({@code plugin.failed}), naming the cause. */
  public ValidationReportAssert hasNoPluginFailure() {
    isNotNull();
    if (actual.pluginFailed()) {
      AssertionError e =
          new AssertionError(
              "Expecting no plugin failure but found:\n"
                  + list(
                      problems().stream().filter(p -> p.code().equals("plugin.failed")).toList()));
      actual.failureCauses().forEach(e::addSuppressed);
      throw e;
    }
    return myself;
  }
}
