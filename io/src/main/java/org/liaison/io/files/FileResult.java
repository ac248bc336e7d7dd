package org.liaison.io.files;

import java.util.ArrayList;
import java.util.List;
import org.liaison.io.ReadLimits;
import org.liaison.io.tokens.Directives;
import org.liaison.io.tokens.InputException;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** What one file gave: its valid records, its problems, the references it made. */
public final class FileResult {
  final String file;
  public final List<ReadRecord> records = new ArrayList<>();
  public final List<Problem> problems = new ArrayList<>();

  /** The references not settled while reading, checked once every file is read. */
  public final List<RefUse> refs = new ArrayList<>();

  /** The limits the file is read under. */
  public final ReadLimits limits;

  /** How many problems the file may give: past it, reading stops (the problems limit). */
  final int maxProblems;

  /** Its comments addressed to Liaison, found while reading. */
  public final Directives directives;

  /**
   * The bytes of a file read as a stream (a string, a stream, a pipe), as far as read, kept to
   * place problems found later; {@code null} for a file that can be read again.
   */
  byte[] text;

  int textLength;

  public FileResult(String file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
    this.maxProblems = limits.maxProblems();
    this.directives = new Directives(file, limits.maxProblems());
  }

  /**
   * Adds a problem found while reading.
   *
   * @throws InputException instead, at the problem's place, when the file has its limit already
   */
  public void add(Problem p) {
    if (problems.size() >= maxProblems) {
      Location at = p.location().orElse(Location.of(file, 0, 0));
      throw new InputException(
          BuiltinCode.LIMIT,
          tooMany()
              + ": the rest of the file is not"
              + " read; correct these first, or raise the problems limit",
          at.line(),
          at.column());
    }
    problems.add(p);
  }

  /** The start of the message of the problems limit. */
  String tooMany() {
    return "this file has more than " + maxProblems + " problems, the limit";
  }
}
