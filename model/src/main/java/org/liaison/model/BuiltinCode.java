package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The problem codes that belong to Liaison, each with its default severity and a short description.
 * Every code is documented here and nowhere else.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BuiltinCode {
  /** Malformed YAML or JSON, or invalid UTF-8. */
  SYNTAX("syntax", Severity.ERROR, "Malformed YAML or JSON, or invalid UTF-8."),
  /** The {@code liaison:} marker is missing or names an unsupported version. */
  FORMAT_VERSION(
      "format.version", Severity.ERROR, "The `liaison:` marker is missing or unsupported."),
  /** A field the format does not know. */
  FIELD_UNKNOWN("field.unknown", Severity.ERROR, "A field the format does not know."),
  /** A required field is missing. */
  FIELD_REQUIRED("field.required", Severity.ERROR, "A required field is missing."),
  /** A value of the wrong type. */
  FIELD_TYPE(
      "field.type",
      Severity.ERROR,
      "A value of the wrong type (a list where a string is expected…)."),
  /** A value outside its vocabulary. */
  VALUE_ENUM("value.enum", Severity.ERROR, "A value outside its vocabulary."),
  /** A malformed id. */
  VALUE_ID("value.id", Severity.ERROR, "A malformed id."),
  /** A malformed or impossible date. */
  VALUE_DATE("value.date", Severity.ERROR, "A malformed or impossible date."),
  /** A malformed external identifier. */
  VALUE_IDENTIFIER("value.identifier", Severity.ERROR, "A malformed external identifier."),
  /** The same key twice in one mapping. */
  KEY_DUPLICATE("key.duplicate", Severity.ERROR, "The same key twice in one mapping."),
  /** Input past a safety limit. */
  LIMIT(
      "limit", Severity.ERROR, "Input past a safety limit: nesting depth, alias expansion, size."),
  /** A data file that cannot be read: a broken or looping link, no permission, an I/O error. */
  FILE_UNREADABLE(
      "file.unreadable",
      Severity.ERROR,
      "A data file that cannot be read: a broken or looping link, no permission, an I/O error."),
  /** The same id twice in the dataset. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR, "The same id twice in the dataset."),
  /** A reference to no record. */
  REF_UNKNOWN("ref.unknown", Severity.ERROR, "A reference to no record."),
  /** A reference to a record of the wrong kind. */
  REF_KIND("ref.kind", Severity.ERROR, "A reference to a record of the wrong kind."),
  /** Institutions whose parents form a cycle. */
  PARENT_CYCLE("parent.cycle", Severity.ERROR, "Institutions whose parents form a cycle."),
  /** An agreement with fewer than two distinct parties. */
  AGREEMENT_PARTIES("agreement.parties", Severity.ERROR, "Fewer than two distinct parties."),
  /** An agreement history out of chronological order. */
  HISTORY_ORDER("history.order", Severity.ERROR, "History not in chronological order."),
  /** An agreement whose last history status differs from its status. */
  HISTORY_STATUS(
      "history.status", Severity.ERROR, "The last history status differs from `status`."),
  /** An end before its start. */
  DATE_RANGE("date.range", Severity.ERROR, "An end before its start."),
  /** An area code outside the vocabulary without {@code x-}. */
  AREA_UNKNOWN("area.unknown", Severity.ERROR, "An area code outside the vocabulary without `x-`."),
  /** A plugin could not be loaded, or threw while it ran. */
  PLUGIN_FAILED(
      "plugin.failed", Severity.ERROR, "A plugin could not be loaded, or threw while it ran."),
  /** A signed or active agreement without {@code signedOn}. */
  SIGNED_ON_MISSING(
      "signed-on.missing", Severity.WARNING, "A signed or active agreement without `signedOn`."),
  /** A delegation, agreement or post that cites no source. */
  SOURCE_MISSING(
      "source.missing", Severity.WARNING, "A delegation, agreement or post that cites no source."),
  /** Two institutions with the same name or alias. */
  NAME_DUPLICATE(
      "name.duplicate", Severity.WARNING, "Two institutions with the same name or alias."),
  /** A signatory who holds no post at any party. */
  SIGNATORY_POST("signatory.post", Severity.WARNING, "A signatory who holds no post at any party."),
  /** A delegation whose visiting and host sides share an institution. */
  DELEGATION_SIDES(
      "delegation.sides",
      Severity.WARNING,
      "A delegation whose visiting and host sides share an institution."),
  /** A suppression comment that suppressed nothing. */
  SUPPRESSION_UNUSED(
      "suppression.unused",
      Severity.INFO,
      "A `# liaison-disable-next-line` comment that suppressed nothing."),
  /** An override of the configuration whose globs match no file read. */
  OVERRIDE_UNUSED(
      "override.unused",
      Severity.INFO,
      "An override in liaison.yaml whose globs match no file read.");

  private final String code;
  private final Severity defaultSeverity;
  private final String description;

  BuiltinCode(String code, Severity defaultSeverity, String description) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /** The code as reported ({@code ref.unknown}). */
  public String code() {
    return code;
  }

  /** The severity problems of this code have unless configured otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** A one-sentence description of when the code is reported. */
  public String description() {
    return description;
  }

  /** Returns the built-in code with the given text, if there is one. */
  public static Optional<BuiltinCode> find(String code) {
    for (BuiltinCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a problem of this code at its default severity.
   *
   * @param message what is wrong and what to change
   */
  public Problem.Builder problem(String message) {
    return Problem.builder().code(code).severity(defaultSeverity).message(message);
  }
}
