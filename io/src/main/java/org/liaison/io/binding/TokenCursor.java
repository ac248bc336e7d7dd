package org.liaison.io.binding;

import org.liaison.io.files.FileResult;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.InputException;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * The binder's place in a file: the token stream and its current token, the JSON Pointer of the
 * current value, and the file's problems. The value readers of the subclasses start at a value's
 * first token and leave the stream at the token after it.
 */
abstract class TokenCursor {
  TokenStream events;
  String file;
  FileResult result;
  int token;
  final SharedValues shared;
  final PointerStack path = new PointerStack();

  TokenCursor(TokenStream events, String file, FileResult result, SharedValues shared) {
    this.events = events;
    this.file = file;
    this.result = result;
    this.shared = shared;
  }

  /** The binder itself, as the value readers of the format take it. */
  abstract Binder self();

  Location here() {
    return at(events.position());
  }

  /** The location of a position from {@link TokenStream#position()}. */
  Location at(long position) {
    return Location.of(file, (int) (position >>> 32), (int) position);
  }

  void push(String name) {
    path.push(name);
  }

  void push(int index) {
    path.push(index);
  }

  void pop() {
    path.pop();
  }

  String pointer() {
    return path.pointer();
  }

  void problem(BuiltinCode code, String message, Location at) {
    result.add(code.problem(message).pointer(pointer()).location(at).build());
  }

  /**
   * Reports a problem.
   *
   * @throws InputException instead, past the problems limit
   */
  void problem(Problem p) {
    result.add(p);
  }

  int next() {
    return token = events.next();
  }

  /** Skips the current value, however deeply it nests. */
  void skip() {
    int t = token;
    if (t == TokenStream.START_MAP || t == TokenStream.START_LIST) {
      int open = 1;
      while (open > 0) {
        t = next();
        if (t == TokenStream.START_MAP || t == TokenStream.START_LIST) {
          open++;
        } else if (t == TokenStream.END_MAP || t == TokenStream.END_LIST) {
          open--;
        }
      }
    }
    next();
  }

  /** Reports a value of the wrong type, skips it and returns {@code null}. */
  <V> V wrongType(String expected) {
    boolean scalar = token == TokenStream.SCALAR;
    problem(
        BuiltinCode.FIELD_TYPE,
        "expected "
            + expected
            + ", found "
            + TokenStream.describe(token, scalar ? events.text() : "", scalar && events.quoted()),
        here());
    skip();
    return null;
  }
}
