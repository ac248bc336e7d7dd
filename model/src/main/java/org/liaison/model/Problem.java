package org.liaison.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something wrong or noteworthy in a dataset, as a value: a severity, a stable code, a message that
 * says what to change, the record's id where there is one, a JSON Pointer into the document, and
 * the place in the input where the input has one. Problems are found by the reader and by
 * validators; neither ever throws for bad data.
 *
 * <p>Codes without {@code /} belong to Liaison ({@link BuiltinCode}); a plugin's codes are {@code
 * pluginId/code}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public abstract class Problem {

  /** Problems are built with {@link #builder()}; only the generated implementation extends this. */
  Problem() {}

  /**
   * The order in which problems are reported: by file, line, column and code, then message; a
   * problem with no location after those with one.
   */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(
              (Problem p) -> p.location().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Problem::code)
          .thenComparing(Problem::pointer)
          .thenComparing(Problem::message);

  /** How serious the problem is. */
  public abstract Severity severity();

  /** The stable code ({@code ref.unknown}, {@code acme.sources/required}). */
  public abstract String code();

  /** What is wrong and what to change, in one or two sentences. */
  public abstract String message();

  /** The id of the record concerned, where there is one. */
  public abstract Optional<Id> recordId();

  /** A JSON Pointer (RFC 6901) into the document, {@code ""} for the whole document. */
  @Value.Default
  public String pointer() {
    return "";
  }

  /** The place in the input: the offending value, unknown key, or record start. */
  public abstract Optional<Location> location();

  /** Other places the problem concerns (the first record with a duplicated id). */
  public abstract List<Location> related();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds problems; {@code build()} throws {@link IllegalStateException} without severity, code or
   * message.
   */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }

  /**
   * Returns the problem as one line: {@code file:line:column: severity [code] /pointer: message}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    location().ifPresent(l -> sb.append(l).append(": "));
    sb.append(severity().wireName()).append(" [").append(code()).append("] ");
    if (!pointer().isEmpty()) {
      sb.append(pointer()).append(": ");
    }
    return sb.append(message()).toString();
  }
}
