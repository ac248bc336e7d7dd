package org.liaison.io.tokens;

import org.liaison.io.ReadLimits;

/**
 * The raw scan of {@link BlockYamlTokens}, the YAML reader of Liaison's own, for the benchmarks
 * module (the package is exported to it alone among modules outside the project's published ones):
 * a baseline measured side by side with the whole load.
 */
public final class BlockYamlScan {
  private BlockYamlScan() {}

  /**
   * Reads {@code bytes} as Liaison's reader does (the first reading that checks the whole file,
   * then the tokens), taking the text of every key and scalar; returns their total length and the
   * number of other tokens.
   *
   * @throws IllegalStateException if the file is outside the subset the reader reads
   */
  public static long scan(byte[] bytes) {
    BlockYamlTokens events = new BlockYamlTokens(bytes, bytes.length, ReadLimits.defaults());
    if (!events.readsAll()) {
      throw new IllegalStateException(
          "the file is outside the YAML subset, from line " + events.refusedLine());
    }
    long n = 0;
    while (events.nextDocument()) {
      for (int t = events.current(); t != TokenStream.DOC_END; t = events.next()) {
        n +=
            t == TokenStream.KEY || t == TokenStream.SCALAR || t == TokenStream.NULL
                ? events.text().length()
                : 1;
      }
    }
    return n;
  }
}
