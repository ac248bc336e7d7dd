package org.liaison.testkit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.model.Id;
import org.liaison.plugins.Subject;

/**
 * One call of {@code report} on a {@link TestValidationContext} or {@link TestExportContext}: the
 * code as the plugin wrote it (without its id), the message and what it is about.
 *
 * @param code the code, without the plugin's id ({@code too-few})
 * @param message the message
 * @param subject the record, or the value inside it, the problem is about
 * @param related the other places named; empty for an exporter's report
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Reported(String code, String message, Subject subject, List<Subject> related) {

  /** Checks the parts and copies {@code related}. */
  public Reported {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    related = List.copyOf(related);
  }

  /** The id of the subject's record. */
  public Id recordId() {
    return subject.record().id();
  }

  /** The subject's pointer, relative to its record; empty for the record as a whole. */
  public String pointer() {
    return subject.pointer();
  }

  /** Returns {@code [code] recordId/pointer: message}. */
  @Override
  public String toString() {
    return "[" + code + "] " + recordId() + pointer() + ": " + message;
  }
}
