package org.liaison.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * A problem a test expects, as ESLint's {@code RuleTester} states an error: its code, and whatever
 * else the test cares about (line, column, file, severity, message, pointer, record). What is not
 * stated matches anything. Immutable: each method returns a new expectation.
 *
 * <pre>{@code
 * assertThat(report).hasOnlyProblems(
 *     problem("acme.delegations/no-leader").at(6, 5).withSeverity(WARNING),
 *     problem("area.unknown").atLine(9));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExpectedProblem {
  private final String code;
  private String file;
  private Integer line;
  private Integer column;
  private Severity severity;
  private String message;
  private final List<String> fragments;
  private String pointer;
  private String recordId;

  private ExpectedProblem(String code) {
    this.code = Objects.requireNonNull(code, "code");
    this.fragments = List.of();
  }

  private ExpectedProblem(ExpectedProblem o, List<String> fragments) {
    this.code = o.code;
    this.file = o.file;
    this.line = o.line;
    this.column = o.column;
    this.severity = o.severity;
    this.message = o.message;
    this.fragments = List.copyOf(fragments);
    this.pointer = o.pointer;
    this.recordId = o.recordId;
  }

  private ExpectedProblem copy() {
    return new ExpectedProblem(this, fragments);
  }

  /** A problem with this code ({@code acme.delegations/no-leader}, {@code area.unknown}). */
  public static ExpectedProblem problem(String code) {
    return new ExpectedProblem(code);
  }

  /** The code expected. */
  public String code() {
    return code;
  }

  /** On this line (1-based). */
  public ExpectedProblem atLine(int line) {
    ExpectedProblem e = copy();
    e.line = line;
    return e;
  }

  /** At this column (1-based). */
  public ExpectedProblem atColumn(int column) {
    ExpectedProblem e = copy();
    e.column = column;
    return e;
  }

  /** At this line and column. */
  public ExpectedProblem at(int line, int column) {
    return atLine(line).atColumn(column);
  }

  /** In the file named so in the location ({@code data.yaml}, or a path as read). */
  public ExpectedProblem inFile(String file) {
    ExpectedProblem e = copy();
    e.file = Objects.requireNonNull(file, "file");
    return e;
  }

  /** With this severity, as configured. */
  public ExpectedProblem withSeverity(Severity severity) {
    ExpectedProblem e = copy();
    e.severity = Objects.requireNonNull(severity, "severity");
    return e;
  }

  /** With exactly this message. */
  public ExpectedProblem withMessage(String message) {
    ExpectedProblem e = copy();
    e.message = Objects.requireNonNull(message, "message");
    return e;
  }

  /** With a message that contains this text (repeatable: each must be there). */
  public ExpectedProblem withMessageContaining(String fragment) {
    List<String> all = new ArrayList<>(fragments);
    all.add(Objects.requireNonNull(fragment, "fragment"));
    return new ExpectedProblem(this, all);
  }

  /** At this JSON Pointer in the document ({@code /delegations/0/sources}). */
  public ExpectedProblem atPointer(String pointer) {
    ExpectedProblem e = copy();
    e.pointer = Objects.requireNonNull(pointer, "pointer");
    return e;
  }

  /** About the record with this id. */
  public ExpectedProblem forRecord(String id) {
    ExpectedProblem e = copy();
    e.recordId = Objects.requireNonNull(id, "id");
    return e;
  }

  /** Whether {@code p} is as expected. */
  public boolean matches(Problem p) {
    return differences(p).isEmpty();
  }

  /** How {@code p} differs from this expectation, one phrase per difference; empty if none. */
  public List<String> differences(Problem p) {
    List<String> d = new ArrayList<>();
    Location at = p.location().orElse(null);
    differ(d, "code", code, p.code());
    if (file != null) {
      differ(d, "file", file, at == null ? "(no location)" : at.file());
    }
    if (line != null) {
      differ(d, "line", line, at == null ? 0 : at.line());
    }
    if (column != null) {
      differ(d, "column", column, at == null ? 0 : at.column());
    }
    if (severity != null) {
      differ(d, "severity", severity.wireName(), p.severity().wireName());
    }
    if (message != null) {
      differ(d, "message", message, p.message());
    }
    for (String f : fragments) {
      if (!p.message().contains(f)) {
        d.add("message without \"" + f + "\"");
      }
    }
    if (pointer != null) {
      differ(d, "pointer", pointer, p.pointer());
    }
    if (recordId != null) {
      differ(d, "record", recordId, p.recordId().map(Object::toString).orElse("(none)"));
    }
    return d;
  }

  private static void differ(List<String> d, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      d.add(what + " " + actual + ", not " + expected);
    }
  }

  /** Returns what is expected, as in {@code acme/x at line 3, column 5, warning}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(code);
    if (file != null) {
      s.append(" in ").append(file);
    }
    if (line != null) {
      s.append(" at line ").append(line);
    }
    if (column != null) {
      s.append(line == null ? " at" : ",").append(" column ").append(column);
    }
    if (severity != null) {
      s.append(", ").append(severity.wireName());
    }
    if (pointer != null) {
      s.append(", at ").append(pointer);
    }
    if (recordId != null) {
      s.append(", about `").append(recordId).append('`');
    }
    if (message != null) {
      s.append(", message \"").append(message).append('"');
    }
    fragments.forEach(f -> s.append(", message containing \"").append(f).append('"'));
    return s.toString();
  }
}
