package org.liaison.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * The safety limits of a read. Input past a limit is reported as a {@code limit} problem at the
 * place it trips, and the rest of that file (for the record limit, of the load) is not read; what
 * was read before stays. The defaults are generous for real datasets and keep a load of hostile
 * input within a 512 MB heap; raise them for larger data on larger machines, in code or under
 * {@code limits:} in {@code liaison.yaml}.
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
 *
 * <p>Each limit is defined once, as a {@link Limit}: its name, default and smallest value; the
 * withers, {@link #toString()} and {@code liaison.yaml}'s {@code limits:} all go through it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReadLimits {
  /**
   * One limit: its name under {@code limits:} in {@code liaison.yaml}, its default, and the
   * smallest value it takes. Its meaning is that of its accessor on {@link ReadLimits}.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Limit {
    /** {@link ReadLimits#maxDepth()}. */
    DEPTH("depth", "depth", 64, 8, Integer.MAX_VALUE),
    /** {@link ReadLimits#maxAliasExpansion()}. */
    ALIAS_EXPANSION("aliasExpansion", "alias expansion", 100_000, 0, Long.MAX_VALUE),
    /** {@link ReadLimits#maxFileBytes()}. */
    FILE_BYTES("fileBytes", "file size", 64L << 20, 1, Long.MAX_VALUE),
    /** {@link ReadLimits#maxLoadBytes()}. */
    LOAD_BYTES("loadBytes", "load size", 256L << 20, 1, Long.MAX_VALUE),
    /** {@link ReadLimits#maxStringLength()}. */
    STRING_LENGTH("stringLength", "string length", 1_000_000, 1, Integer.MAX_VALUE),
    /** {@link ReadLimits#maxDocuments()}. */
    DOCUMENTS("documents", "documents", 10_000, 1, Integer.MAX_VALUE),
    /** {@link ReadLimits#maxRecords()}. */
    RECORDS("records", "records", 500_000, 1, Integer.MAX_VALUE),
    /** {@link ReadLimits#maxProblems()}. */
    PROBLEMS("problems", "problems", 1_000, 1, Integer.MAX_VALUE),
    /** {@link ReadLimits#maxNumberLength()}. */
    NUMBER_LENGTH("numberLength", "number length", 1_000, 1, Integer.MAX_VALUE);

    private final String key;
    private final long defaultValue;
    private final LimitRange range;

    Limit(String key, String words, long defaultValue, long min, long max) {
      this.key = key;
      this.defaultValue = defaultValue;
      this.range = new LimitRange(words, min, max);
    }

    /** The limit's name under {@code limits:} in {@code liaison.yaml}: {@code fileBytes}. */
    public String key() {
      return key;
    }

    /** The default value. */
    public long defaultValue() {
      return defaultValue;
    }

    /** The smallest value the limit takes. */
    public long min() {
      return range.min();
    }

    /** The limit whose {@link #key()} is {@code key}, or empty if there is none. */
    public static Optional<Limit> find(String key) {
      for (Limit limit : values()) {
        if (limit.key.equals(key)) {
          return Optional.of(limit);
        }
      }
      return Optional.empty();
    }
  }

  private static final ReadLimits DEFAULTS =
      new ReadLimits(Arrays.stream(Limit.values()).mapToLong(Limit::defaultValue).toArray());

  private final long[] values;

  private ReadLimits(long[] values) {
    this.values = values;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** The value of {@code limit}. */
  public long get(Limit limit) {
    return values[limit.ordinal()];
  }

  /**
   * Returns these limits with {@code limit} set to {@code value}; a limit held in an {@code int}
   * takes at most {@link Integer#MAX_VALUE}.
   *
   * @throws IllegalArgumentException if {@code value} is below the limit's {@link Limit#min()}
   */
  public ReadLimits with(Limit limit, long value) {
    long[] changed = values.clone();
    changed[limit.ordinal()] = limit.range.checked(value);
    return new ReadLimits(changed);
  }

  private int intValue(Limit limit) {
    return (int) values[limit.ordinal()];
  }

  /** How deeply mappings and lists may nest. */
  public int maxDepth() {
    return intValue(Limit.DEPTH);
  }

  /**
   * How many YAML nodes aliases may replay in one file, all its documents together: a file of many
   * documents cannot multiply the budget.
   */
  public long maxAliasExpansion() {
    return get(Limit.ALIAS_EXPANSION);
  }

  /** How large one file may be, in bytes; a stream is stopped at this many bytes. */
  public long maxFileBytes() {
    return get(Limit.FILE_BYTES);
  }

  /**
   * How large the files of one load may be, all together, in bytes. Neither the records limit
   * (records can be large) nor the file size limit (files can be many) bounds what a load keeps;
   * this does. A file whose size would pass it is refused whole with a {@code limit} problem; a
   * file or stream that passes it while read (a pipe, a file that grows) ends there with one; in
   * both cases the rest of the load is not read. Bytes are counted as they are read. A loaded
   * dataset takes about as many bytes of heap as its files: the default keeps the largest load
   * within a 512 MB heap; raise it with the heap.
   */
  public long maxLoadBytes() {
    return get(Limit.LOAD_BYTES);
  }

  /**
   * How long one string (a key or a scalar) may be, in characters (UTF-16 code units). In YAML it
   * also bounds each line, at this limit plus 1,000 characters (room for indentation, a key and
   * quotes), counted in code points as the file is decoded, before the parser buffers the line: a
   * long comment trips it too. A YAML string written over several lines (quoted, folded or literal)
   * is checked once read; while it is read, the file size limit bounds it. JSON has no line limit
   * (a file on one line is common); Jackson checks each string as it reads it.
   */
  public int maxStringLength() {
    return intValue(Limit.STRING_LENGTH);
  }

  /** How many documents one file may hold. */
  public int maxDocuments() {
    return intValue(Limit.DOCUMENTS);
  }

  /** How many records one load may hold, all files together. */
  public int maxRecords() {
    return intValue(Limit.RECORDS);
  }

  /**
   * How many problems one file may give. Past it, the file is not read further and one more {@code
   * limit} problem says so; the problems of references checked after reading count too.
   */
  public int maxProblems() {
    return intValue(Limit.PROBLEMS);
  }

  /**
   * How many digits a number may have, written out in full: {@code 1e5} counts 6. A number longer
   * than this (in YAML or JSON) is a {@code limit} problem; it keeps exporters that write numbers
   * out in full from making a string of a billion zeros out of {@code 1e999999999}.
   */
  public int maxNumberLength() {
    return intValue(Limit.NUMBER_LENGTH);
  }

  /**
   * Returns these limits with another depth.
   *
   * @throws IllegalArgumentException below 8, the nesting of the format itself
   */
  public ReadLimits withMaxDepth(int depth) {
    return with(Limit.DEPTH, depth);
  }

  /**
   * Returns these limits with another alias expansion limit.
   *
   * @throws IllegalArgumentException if negative
   */
  public ReadLimits withMaxAliasExpansion(long nodes) {
    return with(Limit.ALIAS_EXPANSION, nodes);
  }

  /**
   * Returns these limits with another file size limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxFileBytes(long bytes) {
    return with(Limit.FILE_BYTES, bytes);
  }

  /**
   * Returns these limits with another load size limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxLoadBytes(long bytes) {
    return with(Limit.LOAD_BYTES, bytes);
  }

  /**
   * Returns these limits with another string length limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxStringLength(int characters) {
    return with(Limit.STRING_LENGTH, characters);
  }

  /**
   * Returns these limits with another documents limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxDocuments(int documents) {
    return with(Limit.DOCUMENTS, documents);
  }

  /**
   * Returns these limits with another records limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxRecords(int records) {
    return with(Limit.RECORDS, records);
  }

  /**
   * Returns these limits with another problems limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxProblems(int problems) {
    return with(Limit.PROBLEMS, problems);
  }

  /**
   * Returns these limits with another number length limit.
   *
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxNumberLength(int digits) {
    return with(Limit.NUMBER_LENGTH, digits);
  }

  /** The limits by their names in {@code liaison.yaml}: {@code ReadLimits[depth=64, …]}. */
  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "ReadLimits[", "]");
    for (Limit limit : Limit.values()) {
      s.add(limit.key + "=" + get(limit));
    }
    return s.toString();
  }
}
