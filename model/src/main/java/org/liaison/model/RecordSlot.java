package org.liaison.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A record with what its dataset knows about it: its position in the order added, its origin, and
 * the entries of the indexes its id keys. Each entry is {@code null} (none), a record (one) or a
 * {@code List} of records: most entries hold one record, and a dataset is kept for long. An
 * institution keys five indexes, a person, an agreement and a source one each, which they keep in
 * {@link #related}.
 */
final class RecordSlot {
  final Id id;
  final LiaisonRecord record;

  /** The record's kind, kept here so that indexing need not visit the record. */
  final RecordKind kind;

  /** The record's position in the order records were added. */
  final int position;

  // The record's origin, kept flat rather than as a RecordOrigin: one object less per record. The
  // file is null for a record built in code; where is the origin's RecordKind, or its pointer.
  final String file;
  final int line;
  final int column;
  final Object where;
  final int originIndex;
  final int document;

  /**
   * The entry of the one index its kind keys for a person ({@link Index#PARTICIPATIONS}), an
   * agreement ({@link Index#HISTORY_VISITS}) or a source ({@link Index#CITATIONS}); an
   * institution's direct sub-units ({@link Index#CHILDREN}).
   */
  Object related;

  /** An institution's {@link Index#POST_HOLDERS}. */
  Object postHolders;

  /** An institution's {@link Index#SENT} delegations. */
  Object sent;

  /** An institution's {@link Index#HOSTED} delegations. */
  Object hosted;

  /** An institution's agreements ({@link Index#PARTIES}). */
  Object parties;

  RecordSlot(LiaisonRecord record, int position, RecordOrigin origin) {
    this.id = record.id();
    this.record = record;
    this.kind = record.recordKind();
    this.position = position;
    if (origin == null) {
      file = null;
      line = 0;
      column = 0;
      where = null;
      originIndex = 0;
      document = 0;
    } else {
      file = origin.file();
      line = origin.line();
      column = origin.column();
      where = origin.kind() != null ? origin.kind() : origin.rawPointer();
      originIndex = origin.index();
      document = origin.document();
    }
  }

  /** A copy of {@code other}'s record and origin at {@code position}, with no index entries. */
  RecordSlot(RecordSlot other, int position) {
    id = other.id;
    record = other.record;
    kind = other.kind;
    this.position = position;
    file = other.file;
    line = other.line;
    column = other.column;
    where = other.where;
    originIndex = other.originIndex;
    document = other.document;
  }

  /** The record's origin, or {@code null} for a record built in code. */
  RecordOrigin origin() {
    if (file == null) {
      return null;
    }
    return where instanceof RecordKind
        ? new RecordOrigin(file, line, column, (RecordKind) where, originIndex, null, document)
        : new RecordOrigin(file, line, column, null, originIndex, (String) where, document);
  }

  /** The entry of {@code index}, which this slot's record must key by its kind. */
  Object get(Index index) {
    switch (index) {
      case POST_HOLDERS:
        return postHolders;
      case SENT:
        return sent;
      case HOSTED:
        return hosted;
      case PARTIES:
        return parties;
      default:
        return related;
    }
  }

  /** Sets the entry of {@code index}, which this slot's record must key by its kind. */
  void set(Index index, Object entry) {
    switch (index) {
      case POST_HOLDERS:
        postHolders = entry;
        break;
      case SENT:
        sent = entry;
        break;
      case HOSTED:
        hosted = entry;
        break;
      case PARTIES:
        parties = entry;
        break;
      default:
        related = entry;
    }
  }

  /** Replaces each growable list of entries by an immutable one of its exact size. */
  void compact() {
    related = compacted(related);
    postHolders = compacted(postHolders);
    sent = compacted(sent);
    hosted = compacted(hosted);
    parties = compacted(parties);
  }

  static Object compacted(Object entry) {
    return entry instanceof ArrayList ? List.copyOf((List<?>) entry) : entry;
  }
}
