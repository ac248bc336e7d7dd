package org.liaison.testkit;

import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/** Assertions on one {@link Problem}; a failure shows the problem as the command prints it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProblemAssert extends AbstractObjectAssert<ProblemAssert, Problem> {

  ProblemAssert(Problem actual) {
    super(actual, ProblemAssert.class);
  }

  private ProblemAssert expect(ExpectedProblem expected) {
    isNotNull();
    if (!expected.matches(actual)) {
      failWithMessage(
          "%s",
          "Expecting the problem\n  "
              + actual
              + "\nto be "
              + expected
              + "\nbut: "
              + String.join("; ", expected.differences(actual)));
    }
    return myself;
  }

  private ExpectedProblem any() {
    return ExpectedProblem.problem(actual.code());
  }

  /** Verifies the code. */
  public ProblemAssert hasCode(String code) {
    return expect(ExpectedProblem.problem(code));
  }

  /** Verifies the severity. */
  public ProblemAssert hasSeverity(Severity severity) {
    isNotNull();
    return expect(any().withSeverity(severity));
  }

  /** Verifies the line. */
  public ProblemAssert isAtLine(int line) {
    isNotNull();
    return expect(any().atLine(line));
  }

  /** Verifies the line and column. */
  public ProblemAssert isAt(int line, int column) {
    isNotNull();
    return expect(any().at(line, column));
  }

  /** Verifies the file, named as in the location. */
  public ProblemAssert isInFile(String file) {
    isNotNull();
    return expect(any().inFile(file));
  }

  /** Verifies the message exactly. */
  public ProblemAssert hasMessage(String message) {
    isNotNull();
    return expect(any().withMessage(message));
  }

  /** Verifies that the message contains {@code fragment}. */
  public ProblemAssert hasMessageContaining(String fragment) {
    isNotNull();
    return expect(any().withMessageContaining(fragment));
  }

  /** Verifies the JSON Pointer in the document. */
  public ProblemAssert hasPointer(String pointer) {
    isNotNull();
    return expect(any().atPointer(pointer));
  }

  /** Verifies the record the problem is about. */
  public ProblemAssert isAboutRecord(String id) {
    isNotNull();
    return expect(any().forRecord(id));
  }
}
