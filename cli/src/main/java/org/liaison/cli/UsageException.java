package org.liaison.cli;

/** A usage or configuration error: the command prints the message and exits 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
