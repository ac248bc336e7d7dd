package org.liaison.plugins;

import java.util.List;
import org.apiguardian.api.API;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * The problems of a validation run, configured (levels and {@code off} applied, suppressions
 * honoured) and sorted by file, line, column and code, so the same data always gives the same
 * report.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValidationReport {
  private final List<Problem> problems;
  private final List<Throwable> failureCauses;

  ValidationReport(List<Problem> problems, List<Throwable> failureCauses) {
    this.problems = List.copyOf(problems);
    this.failureCauses = List.copyOf(failureCauses);
  }

  /** Every problem, sorted by {@link Problem#ORDER}. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems have the given severity. */
  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** Whether any problem is at least as severe as {@code threshold}. */
  public boolean hasProblemsAtLeast(Severity threshold) {
    return problems.stream().anyMatch(p -> p.severity().atLeast(threshold));
  }

  /**
   * What the plugins that failed to load, or threw while they ran, threw: for their stack traces
   * ({@code liaison validate --debug}).
   */
  public List<Throwable> failureCauses() {
    return failureCauses;
  }

  /** Whether a plugin failed to load or threw: the report then lacks its checks. */
  public boolean pluginFailed() {
    return problems.stream().anyMatch(p -> p.code().equals(BuiltinCode.PLUGIN_FAILED.code()));
  }
}
