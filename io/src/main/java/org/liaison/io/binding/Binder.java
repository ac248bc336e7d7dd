package org.liaison.io.binding;

import org.liaison.io.files.FileResult;
import org.liaison.io.files.LoadBudget;
import org.liaison.io.files.ReadRecord;
import org.liaison.io.files.RefUse;
import org.liaison.io.shared.SharedIds;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.RecordKind;
import org.liaison.model.RecordOrigin;

/**
 * Binds the tokens of one file to records: the value readers of its superclasses ({@link
 * TokenCursor}, {@link ScalarBinder}, {@link CollectionBinder}, {@link ShapeBinder}) read values,
 * and this class keeps the record being read (its id, its problems and its references), so that
 * each problem names its record. One binder serves one thread, reset for each file.
 */
public final class Binder extends ShapeBinder {
  private int document;

  /** The depth of the record being read, -1 outside records; its pointer once made. */
  private int recordBase = -1;

  private String recordPointer;
  private SharedIds.Entry recordId;
  private Location recordIdLocation;

  public Binder(TokenStream events, String file, FileResult result, SharedValues shared) {
    super(events, file, result, shared);
  }

  @Override
  Binder self() {
    return this;
  }

  /**
   * Starts on another file of the same load (the same shared values), keeping this binder's
   * buffers, lists and builders: a directory is thousands of small files. Whatever an exception
   * left of the file before is cleared.
   */
  Binder reset(TokenStream events, String file, FileResult result) {
    this.events = events;
    this.file = file;
    this.result = result;
    token = 0;
    document = 0;
    path.clear();
    recordId = null;
    recordIdLocation = null;
    recordBase = -1;
    recordPointer = null;
    resetLists();
    resetShapes();
    return this;
  }

  /** Starts document {@code index} at the stream's current token. */
  void startDocument(int index) {
    document = index;
    path.clear();
    token = events.current();
  }

  /** Whether the current token is of {@code type} ({@link TokenStream#SCALAR} and the others). */
  boolean is(int type) {
    return token == type;
  }

  /** The current token's type. */
  int token() {
    return token;
  }

  /** The text of the current scalar or key. */
  String text() {
    return events.text();
  }

  /** Whether the current scalar was quoted. */
  boolean quoted() {
    return events.quoted();
  }

  /** The start of the file, for a problem of the file as a whole. */
  Location fileStart() {
    return Location.of(file, 1, 1);
  }

  /** How many records of the file were kept so far. */
  int recordCount() {
    return result.records.size();
  }

  /** Drops the records kept since the first {@code count}: a document not read after all. */
  void dropRecordsFrom(int count) {
    result.records.subList(count, result.records.size()).clear();
  }

  /** Counts one more record against the load's records limit, where the current one starts. */
  void countRecord(LoadBudget budget) {
    budget.takeRecord(events.line(), events.column());
  }

  /** The record's own id: remembered, with its location, for the record's problems. */
  Id recordId() {
    Location at = here();
    SharedIds.Entry e = idEntry();
    if (e == null) {
      return null;
    }
    recordId = e;
    recordIdLocation = at;
    return e.id;
  }

  @Override
  RefUse unsettled(SharedIds.Entry target, RecordKind kind, long at) {
    return recordBase < 0
        ? new RefUse(target, kind, file, at, pointer(), "")
        : new RefUse(target, kind, file, at, recordPointer(), pathInRecord());
  }

  /** The pointer of the record being read, made once per record. */
  private String recordPointer() {
    if (recordPointer == null) {
      recordPointer = path.pointer(0, recordBase).toString();
    }
    return recordPointer;
  }

  /** The pointer of the current value within the record being read, shared across records. */
  private String pathInRecord() {
    return shared.string(path.pointer(recordBase, path.depth()));
  }

  /** Reads one record of a section, keeping it with its origin when it is valid. */
  void record(RecordKind kind, Shape<?, ? extends LiaisonRecord> shape) {
    RecordOrigin origin = token == TokenStream.START_MAP ? origin(kind, here()) : null;
    int problemsBefore = result.problems.size();
    int refsBefore = result.refs.size();
    recordId = null;
    recordIdLocation = null;
    recordBase = path.depth();
    recordPointer = null;
    LiaisonRecord record = object(shape);
    recordBase = -1;
    if (recordId != null) {
      claim(kind, problemsBefore, refsBefore);
    }
    if (record != null) {
      result.records.add(new ReadRecord(record, origin, recordIdLocation));
    }
  }

  private RecordOrigin origin(RecordKind kind, Location start) {
    return path.inSection(kind.section())
        ? RecordOrigin.of(start, kind, path.sectionIndex(), document)
        : RecordOrigin.of(start, pointer(), document);
  }

  /**
   * Claims the record's id for {@code kind}, and names the record in the problems and references
   * found in it.
   */
  private void claim(RecordKind kind, int problemsBefore, int refsBefore) {
    for (int i = problemsBefore; i < result.problems.size(); i++) {
      Problem p = result.problems.get(i);
      if (p.recordId().isEmpty()) {
        result.problems.set(i, Problem.builder().from(p).recordId(recordId.id).build());
      }
    }
    for (int i = refsBefore; i < result.refs.size(); i++) {
      result.refs.get(i).from = recordId.id;
    }
    shared.claim(recordId, kind);
  }
}
