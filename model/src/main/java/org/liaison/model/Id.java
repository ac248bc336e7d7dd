package org.liaison.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The identifier of a record: 1 to 100 characters of lowercase letters, digits, {@code -}, {@code
 * .} and {@code _}, starting with a letter or digit. Ids are unique across a whole dataset, all
 * record kinds together.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Id implements Comparable<Id> {
  /** The most characters an id has. */
  private static final int MAX_LENGTH = 100;

  /**
   * The syntax of an id as a regular expression, matched against the whole text: the one definition
   * that {@link #isValid(String)} checks and the JSON Schema of the format carries.
   */
  public static final String SYNTAX = "[a-z0-9][a-z0-9._-]{0," + (MAX_LENGTH - 1) + "}";

  private static final Pattern SYNTAX_PATTERN = Pattern.compile(SYNTAX);

  private final String value;
  // kept here, so that the many index lookups of a load need not visit the string
  private final int hash;

  private Id(String value) {
    this.value = value;
    this.hash = value.hashCode();
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid id; the message says why
   */
  public static Id of(String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(problem(value).orElseThrow());
    }
    return new Id(value);
  }

  /**
   * Returns whether {@code value} matches {@link #SYNTAX}; {@code null} does not. It checks the
   * characters one by one, as the reader calls it for every id it reads.
   */
  public static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '-' || c == '.' || c == '_'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Explains what is wrong with a candidate id, as a sentence that says what to change; empty for a
   * valid id.
   */
  public static Optional<String> problem(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("an id must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of(
          "an id has at most " + MAX_LENGTH + " characters, this one has " + value.length());
    }
    if (SYNTAX_PATTERN.matcher(value).matches()) {
      return Optional.empty();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    String hint = SYNTAX_PATTERN.matcher(lower).matches() ? " (try `" + lower + "`)" : "";
    return Optional.of(
        "`"
            + value
            + "` is not a valid id: use lowercase letters, digits, '-', '.' and '_',"
            + " starting with a letter or digit"
            + hint);
  }

  /** The id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(Id other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Id && ((Id) o).hash == hash && ((Id) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
