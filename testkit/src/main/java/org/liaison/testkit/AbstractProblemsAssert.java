package org.liaison.testkit;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.liaison.model.Problem;

/**
 * The assertions on what a run reported, shared by {@link ValidationReportAssert} and {@link
 * ExportResultAssert}. A failure lists every problem reported, one per line as the {@code liaison}
 * command prints them.
 *
 * @param <S> the concrete assertion
 * @param <A> what is checked
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractProblemsAssert<S extends AbstractProblemsAssert<S, A>, A>
    extends AbstractAssert<S, A> {

  /** An assertion on {@code actual}. */
  protected AbstractProblemsAssert(A actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The problems of the checked value. */
  protected abstract List<Problem> problems();

  static String list(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "  (no problems)";
    }
    StringBuilder s = new StringBuilder();
    for (Problem p : problems) {
      s.append(s.length() == 0 ? "" : "\n").append("  ").append(p);
    }
    return s.toString();
  }

  /** Verifies that nothing was reported, of any severity. */
  public S hasNoProblems() {
    isNotNull();
    if (!problems().isEmpty()) {
      failWithMessage(
          "%s", "Expecting no problems but found " + problems().size() + ":\n" + list(problems()));
    }
    return myself;
  }

  /** Verifies that no problem has this code. */
  public S hasNoProblem(String code) {
    isNotNull();
    List<Problem> found = problems().stream().filter(p -> p.code().equals(code)).toList();
    if (!found.isEmpty()) {
      failWithMessage("%s", "Expecting no problem " + code + " but found:\n" + list(found));
    }
    return myself;
  }

  /** Verifies that exactly {@code count} problems were reported. */
  public S hasProblemCount(int count) {
    isNotNull();
    if (problems().size() != count) {
      failWithMessage(
          "%s",
          "Expecting "
              + count
              + " problems but found "
              + problems().size()
              + ":\n"
              + list(problems()));
    }
    return myself;
  }

  /**
   * Verifies that a problem with this code was reported; the assertion returned narrows it down
   * ({@code .atLine(18).withSeverity(WARNING)}), each step failing when no problem is left.
   */
  public ProblemMatchAssert hasProblem(String code) {
    return hasProblem(ExpectedProblem.problem(code));
  }

  /** Verifies that a problem as {@code expected} was reported. */
  public ProblemMatchAssert hasProblem(ExpectedProblem expected) {
    isNotNull();
    return new ProblemMatchAssert(problems(), expected).check();
  }

  /**
   * Verifies that the problems reported are exactly the expected ones, one problem for each
   * expectation, in any order: like ESLint's {@code errors} of an invalid case.
   */
  public S hasOnlyProblems(ExpectedProblem... expected) {
    isNotNull();
    List<Problem> left = new ArrayList<>(problems());
    List<ExpectedProblem> missing = new ArrayList<>();
    for (ExpectedProblem e : expected) {
      Problem match = left.stream().filter(e::matches).findFirst().orElse(null);
      if (match == null) {
        missing.add(e);
      } else {
        left.remove(match);
      }
    }
    if (!missing.isEmpty() || !left.isEmpty()) {
      StringBuilder s = new StringBuilder("Expecting only the problems expected, but");
      for (ExpectedProblem e : missing) {
        s.append("\n  missing: ").append(e);
      }
      for (Problem p : left) {
        s.append("\n  unexpected: ").append(p);
      }
      s.append("\nProblems reported:\n").append(list(problems()));
      failWithMessage("%s", s.toString());
    }
    return myself;
  }
}
