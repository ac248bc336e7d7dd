package org.liaison.testkit;

import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * The problems of a run that match an expectation, narrowed step by step: {@code
 * hasProblem("acme/no-leader").atLine(18).withSeverity(WARNING)} passes when at least one problem
 * has that code, is on line 18 and is a warning. A failure names what was expected and how each
 * problem with the code differs.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProblemMatchAssert extends AbstractAssert<ProblemMatchAssert, List<Problem>> {
  private final ExpectedProblem expected;

  ProblemMatchAssert(List<Problem> problems, ExpectedProblem expected) {
    super(List.copyOf(problems), ProblemMatchAssert.class);
    this.expected = expected;
  }

  ProblemMatchAssert check() {
    if (actual.stream().noneMatch(expected::matches)) {
      List<Problem> sameCode =
          actual.stream().filter(p -> p.code().equals(expected.code())).toList();
      StringBuilder s = new StringBuilder("Expecting a problem ").append(expected);
      if (sameCode.isEmpty()) {
        s.append("\nbut no problem has the code ")
            .append(expected.code())
            .append(". Problems:\n")
            .append(AbstractProblemsAssert.list(actual));
      } else {
        s.append("\nbut the problems with its code differ:");
        for (Problem p : sameCode) {
          s.append("\n  ")
              .append(p)
              .append("\n    (")
              .append(String.join("; ", expected.differences(p)))
              .append(')');
        }
      }
      failWithMessage("%s", s.toString());
    }
    return this;
  }

  private ProblemMatchAssert narrow(ExpectedProblem next) {
    return new ProblemMatchAssert(actual, next).check();
  }

  /** Verifies that a matching problem is on this line. */
  public ProblemMatchAssert atLine(int line) {
    return narrow(expected.atLine(line));
  }

  /** Verifies that a matching problem is at this column. */
  public ProblemMatchAssert atColumn(int column) {
    return narrow(expected.atColumn(column));
  }

  /** Verifies that a matching problem is at this line and column. */
  public ProblemMatchAssert at(int line, int column) {
    return narrow(expected.at(line, column));
  }

  /** Verifies that a matching problem is in this file, named as in its location. */
  public ProblemMatchAssert inFile(String file) {
    return narrow(expected.inFile(file));
  }

  /** Verifies that a matching problem has this severity. */
  public ProblemMatchAssert withSeverity(Severity severity) {
    return narrow(expected.withSeverity(severity));
  }

  /** Verifies that a matching problem has exactly this message. */
  public ProblemMatchAssert withMessage(String message) {
    return narrow(expected.withMessage(message));
  }

  /** Verifies that a matching problem's message contains this text. */
  public ProblemMatchAssert withMessageContaining(String fragment) {
    return narrow(expected.withMessageContaining(fragment));
  }

  /** Verifies that a matching problem is at this JSON Pointer in the document. */
  public ProblemMatchAssert atPointer(String pointer) {
    return narrow(expected.atPointer(pointer));
  }

  /** Verifies that a matching problem is about the record with this id. */
  public ProblemMatchAssert forRecord(String id) {
    return narrow(expected.forRecord(id));
  }

  /** Verifies that exactly one problem matches. */
  public ProblemMatchAssert once() {
    List<Problem> matching = matching();
    if (matching.size() != 1) {
      failWithMessage(
          "%s",
          "Expecting one problem "
              + expected
              + " but found "
              + matching.size()
              + ":\n"
              + AbstractProblemsAssert.list(matching));
    }
    return this;
  }

  /** The problems that match so far, in report order. */
  public List<Problem> matching() {
    return actual.stream().filter(expected::matches).toList();
  }

  /** An assertion on the first matching problem, for checks the narrowing steps lack. */
  public ProblemAssert first() {
    return new ProblemAssert(matching().get(0));
  }
}
