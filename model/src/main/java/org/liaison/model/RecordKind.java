package org.liaison.model;

import java.util.Locale;
import org.apiguardian.api.API;

/** The five kinds of record, each with the name of the document section that holds it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecordKind implements WireEnum {
  /** An {@link Institution}. */
  INSTITUTION("institutions", Institution.class),
  /** A {@link Person}. */
  PERSON("people", Person.class),
  /** A {@link Delegation}. */
  DELEGATION("delegations", Delegation.class),
  /** An {@link Agreement}. */
  AGREEMENT("agreements", Agreement.class),
  /** A {@link Source}. */
  SOURCE("sources", Source.class);

  private final String section;
  private final Class<? extends LiaisonRecord> type;

  RecordKind(String section, Class<? extends LiaisonRecord> type) {
    this.section = section;
    this.type = type;
  }

  /** The name of the section of a document that lists records of this kind. */
  public String section() {
    return section;
  }

  /** The model type of records of this kind. */
  public Class<? extends LiaisonRecord> type() {
    return type;
  }

  /** The singular lowercase name, as used in messages ("institution"). */
  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
