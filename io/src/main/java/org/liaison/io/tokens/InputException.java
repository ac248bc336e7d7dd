package org.liaison.io.tokens;

import org.liaison.model.BuiltinCode;

/**
 * Malformed input, or input past a limit, found by an {@link TokenStream} source. Reading of the
 * file stops there; the reader turns it into a problem.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public final transient BuiltinCode code;
  public final int line;
  public final int column;

  public InputException(BuiltinCode code, String message, int line, int column) {
    super(message, null, false, false);
    this.code = code;
    this.line = line;
    this.column = column;
  }
}
