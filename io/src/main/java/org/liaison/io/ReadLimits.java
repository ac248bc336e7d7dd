package org.liaison.io;

import org.apiguardian.api.API;

/**
 * The safety limits of a read. Input past a limit is reported as a {@code limit} problem at the
 * place it trips, and the rest of that file is not read; other files still are. The defaults are
 * generous for real datasets and small enough that hostile input is refused quickly.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxDepth()}: nesting of mappings and lists</td><td>64</td></tr>
 *   <tr><td>{@link #maxAliasExpansion()}: YAML nodes replayed by aliases, per document</td>
 *       <td>100,000</td></tr>
 *   <tr><td>{@link #maxFileBytes()}: size of one file</td><td>256 MiB</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(64, 100_000, 256L << 20);

  private final int maxDepth;
  private final long maxAliasExpansion;
  private final long maxFileBytes;

  private ReadLimits(int maxDepth, long maxAliasExpansion, long maxFileBytes) {
    this.maxDepth = maxDepth;
    this.maxAliasExpansion = maxAliasExpansion;
    this.maxFileBytes = maxFileBytes;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** How deeply mappings and lists may nest. */
  public int maxDepth() {
    return maxDepth;
  }

  /** How many YAML nodes aliases may replay in one document. */
  public long maxAliasExpansion() {
    return maxAliasExpansion;
  }

  /** How large one file may be, in bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** Returns these limits with another depth. @throws IllegalArgumentException below 8 */
  public ReadLimits withMaxDepth(int depth) {
    if (depth < 8) {
      throw new IllegalArgumentException("the format itself nests 8 deep; a depth limit of "
          + depth + " is too small");
    }
    return new ReadLimits(depth, maxAliasExpansion, maxFileBytes);
  }

  /** Returns these limits with another alias expansion limit. @throws IllegalArgumentException if negative */
  public ReadLimits withMaxAliasExpansion(long nodes) {
    if (nodes < 0) {
      throw new IllegalArgumentException("the alias expansion limit must not be negative");
    }
    return new ReadLimits(maxDepth, nodes, maxFileBytes);
  }

  /** Returns these limits with another file size limit. @throws IllegalArgumentException if not positive */
  public ReadLimits withMaxFileBytes(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("the file size limit must be positive");
    }
    return new ReadLimits(maxDepth, maxAliasExpansion, bytes);
  }
}
