package org.liaison.io;

import org.apiguardian.api.API;

/**
 * The safety limits of a read. Input past a limit is reported as a {@code limit} problem at the
 * place it trips, and the rest of that file (for the record limit, of the load) is not read;
 * what was read before stays. The defaults are generous for real datasets and keep a load of
 * hostile input within a 512 MB heap; raise them for larger data on larger machines, in code or
 * under {@code limits:} in {@code liaison.yaml}.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>name in liaison.yaml</th><th>default</th></tr>
 *   <tr><td>nesting of mappings and lists</td><td>{@code depth}</td><td>64</td></tr>
 *   <tr><td>YAML nodes replayed by aliases, per file</td><td>{@code aliasExpansion}</td>
 *       <td>100,000</td></tr>
 *   <tr><td>size of one file or stream, in bytes</td><td>{@code fileBytes}</td><td>64 MiB</td></tr>
 *   <tr><td>size of all files of one load, in bytes</td><td>{@code loadBytes}</td>
 *       <td>256 MiB</td></tr>
 *   <tr><td>length of one string, in characters; in YAML also of one line (see {@link
 *       #maxStringLength()})</td><td>{@code stringLength}</td><td>1,000,000</td></tr>
 *   <tr><td>documents in one file</td><td>{@code documents}</td><td>10,000</td></tr>
 *   <tr><td>records in one load</td><td>{@code records}</td><td>500,000</td></tr>
 *   <tr><td>problems of one file</td><td>{@code problems}</td><td>1,000</td></tr>
 *   <tr><td>digits of one number, written out in full</td><td>{@code numberLength}</td>
 *       <td>1,000</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReadLimits {
  private static final ReadLimits DEFAULTS =
      new ReadLimits(64, 100_000, 64L << 20, 256L << 20, 1_000_000, 10_000, 500_000, 1_000,
          1_000);

  private final int maxDepth;
  private final long maxAliasExpansion;
  private final long maxFileBytes;
  private final long maxLoadBytes;
  private final int maxStringLength;
  private final int maxDocuments;
  private final int maxRecords;
  private final int maxProblems;
  private final int maxNumberLength;

  private ReadLimits(int maxDepth, long maxAliasExpansion, long maxFileBytes, long maxLoadBytes,
      int maxStringLength, int maxDocuments, int maxRecords, int maxProblems,
      int maxNumberLength) {
    this.maxDepth = maxDepth;
    this.maxAliasExpansion = maxAliasExpansion;
    this.maxFileBytes = maxFileBytes;
    this.maxLoadBytes = maxLoadBytes;
    this.maxStringLength = maxStringLength;
    this.maxDocuments = maxDocuments;
    this.maxRecords = maxRecords;
    this.maxProblems = maxProblems;
    this.maxNumberLength = maxNumberLength;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** How deeply mappings and lists may nest. */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * How many YAML nodes aliases may replay in one file, all its documents together: a file of
   * many documents cannot multiply the budget.
   */
  public long maxAliasExpansion() {
    return maxAliasExpansion;
  }

  /** How large one file may be, in bytes; a stream is stopped at this many bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * How large the files of one load may be, all together, in bytes. Neither the records limit
   * (records can be large) nor the file size limit (files can be many) bounds what a load keeps;
   * this does. A file whose size would pass it is refused whole with a {@code limit} problem; a
   * file or stream that passes it while read (a pipe, a file that grows) ends there with one; in
   * both cases the rest of the load is not read. Bytes are counted as they are read. A loaded dataset takes about as many bytes of heap as its files:
   * the default keeps the largest load within a 512 MB heap; raise it with the heap.
   */
  public long maxLoadBytes() {
    return maxLoadBytes;
  }

  /**
   * How long one string (a key or a scalar) may be, in characters (UTF-16 code units). In YAML it
   * also bounds each line, at this limit plus 1,000 characters (room for indentation, a key and
   * quotes), counted in code points as the file is decoded, before the parser buffers the line:
   * a long comment trips it too. A YAML string written over several lines (quoted, folded or
   * literal) is checked once read; while it is read, the file size limit bounds it. JSON has no
   * line limit (a file on one line is common); Jackson checks each string as it reads it.
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** How many documents one file may hold. */
  public int maxDocuments() {
    return maxDocuments;
  }

  /** How many records one load may hold, all files together. */
  public int maxRecords() {
    return maxRecords;
  }

  /**
   * How many problems one file may give. Past it, the file is not read further and one more
   * {@code limit} problem says so; the problems of references checked after reading count too.
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * How many digits a number may have, written out in full: {@code 1e5} counts 6. A number longer
   * than this (in YAML or JSON) is a {@code limit} problem; it keeps exporters that write numbers
   * out in full from making a string of a billion zeros out of {@code 1e999999999}.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Returns these limits with another depth. @throws IllegalArgumentException below 8 */
  public ReadLimits withMaxDepth(int depth) {
    if (depth < 8) {
      throw new IllegalArgumentException("the format itself nests 8 deep; a depth limit of "
          + depth + " is too small");
    }
    return new ReadLimits(depth, maxAliasExpansion, maxFileBytes, maxLoadBytes, maxStringLength,
        maxDocuments, maxRecords, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another alias expansion limit. @throws IllegalArgumentException if negative */
  public ReadLimits withMaxAliasExpansion(long nodes) {
    if (nodes < 0) {
      throw new IllegalArgumentException("the alias expansion limit must not be negative");
    }
    return new ReadLimits(maxDepth, nodes, maxFileBytes, maxLoadBytes, maxStringLength,
        maxDocuments, maxRecords, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another file size limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxFileBytes(long bytes) {
    positive(bytes, "file size");
    return new ReadLimits(maxDepth, maxAliasExpansion, bytes, maxLoadBytes, maxStringLength,
        maxDocuments, maxRecords, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another load size limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxLoadBytes(long bytes) {
    positive(bytes, "load size");
    return new ReadLimits(maxDepth, maxAliasExpansion, maxFileBytes, bytes, maxStringLength,
        maxDocuments, maxRecords, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another string length limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxStringLength(int characters) {
    positive(characters, "string length");
    return new ReadLimits(maxDepth, maxAliasExpansion, maxFileBytes, maxLoadBytes, characters,
        maxDocuments, maxRecords, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another documents limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxDocuments(int documents) {
    positive(documents, "documents");
    return new ReadLimits(maxDepth, maxAliasExpansion, maxFileBytes, maxLoadBytes,
        maxStringLength, documents, maxRecords, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another records limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxRecords(int records) {
    positive(records, "records");
    return new ReadLimits(maxDepth, maxAliasExpansion, maxFileBytes, maxLoadBytes,
        maxStringLength, maxDocuments, records, maxProblems, maxNumberLength);
  }

  /** Returns these limits with another problems limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxProblems(int problems) {
    positive(problems, "problems");
    return new ReadLimits(maxDepth, maxAliasExpansion, maxFileBytes, maxLoadBytes,
        maxStringLength, maxDocuments, maxRecords, problems, maxNumberLength);
  }

  /** Returns these limits with another number length limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxNumberLength(int digits) {
    positive(digits, "number length");
    return new ReadLimits(maxDepth, maxAliasExpansion, maxFileBytes, maxLoadBytes,
        maxStringLength, maxDocuments, maxRecords, maxProblems, digits);
  }

  private static void positive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException("the " + what + " limit must be positive, not " + value);
    }
  }

  @Override
  public String toString() {
    return "ReadLimits[depth=" + maxDepth + ", aliasExpansion=" + maxAliasExpansion
        + ", fileBytes=" + maxFileBytes + ", loadBytes=" + maxLoadBytes
        + ", stringLength=" + maxStringLength + ", documents="
        + maxDocuments + ", records=" + maxRecords + ", problems=" + maxProblems
        + ", numberLength=" + maxNumberLength + "]";
  }
}
