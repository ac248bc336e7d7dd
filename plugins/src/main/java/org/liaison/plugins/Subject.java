package org.liaison.plugins;

import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.model.LiaisonRecord;

/**
 * What a problem is about: a record, and optionally a value inside it named by a JSON Pointer
 * relative to the record ({@code /history/1/date}). The host turns it into the record's id, the
 * pointer into the document, and the {@code file:line:column} of the value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Subject {
  private final LiaisonRecord record;
  private final String pointer;

  private Subject(LiaisonRecord record, String pointer) {
    this.record = Objects.requireNonNull(record, "record");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /** The record as a whole. */
  public static Subject of(LiaisonRecord record) {
    return new Subject(record, "");
  }

  /**
   * A value of the record.
   *
   * @param pointer a JSON Pointer relative to the record, starting with {@code /}
   * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
   */
  public static Subject of(LiaisonRecord record, String pointer) {
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    return new Subject(record, pointer);
  }

  /** The record. */
  public LiaisonRecord record() {
    return record;
  }

  /** The pointer relative to the record; empty for the record as a whole. */
  public String pointer() {
    return pointer;
  }
}
