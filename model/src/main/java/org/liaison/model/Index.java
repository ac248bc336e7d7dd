package org.liaison.model;

/**
 * The indexes of a dataset. Each is keyed by the ids of records of one kind, and its entry for a
 * record of that kind lives in the record's {@link RecordSlot}. Those keyed by institutions come
 * first: {@link IndexBuilder} builds them apart from the rest, which start at {@link
 * #PARTICIPATIONS}.
 */
enum Index {
  /** An institution's direct sub-units. */
  CHILDREN(RecordKind.INSTITUTION),
  /** The people with a post at an institution. */
  POST_HOLDERS(RecordKind.INSTITUTION),
  /** The delegations an institution sent. */
  SENT(RecordKind.INSTITUTION),
  /** The delegations an institution hosted. */
  HOSTED(RecordKind.INSTITUTION),
  /** The agreements an institution is party to. */
  PARTIES(RecordKind.INSTITUTION),
  /** The delegations a person took part in. */
  PARTICIPATIONS(RecordKind.PERSON),
  /** The delegations in an agreement's history. */
  HISTORY_VISITS(RecordKind.AGREEMENT),
  /** The records citing a source. */
  CITATIONS(RecordKind.SOURCE);

  /** The number of indexes. */
  static final int COUNT = values().length;

  /** The kind of record whose ids key this index. */
  final RecordKind keyKind;

  Index(RecordKind keyKind) {
    this.keyKind = keyKind;
  }
}
