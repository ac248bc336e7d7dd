package org.liaison.model;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The identifier of a record: 1 to 100 characters of lowercase letters, digits, {@code -}, {@code
 * .} and {@code _}, starting with a letter or digit. Ids are unique across a whole dataset, all
 * record kinds together.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Id implements Comparable<Id> {
  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

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
      throw new IllegalArgumentException(problemWith(value));
    }
    return new Id(value);
  }

  /** Returns whether {@code value} is a valid id; {@code null} is not. */
  public static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > 100) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (i > 0 && (c == '-' || c == '.' || c == '_'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Explains what is wrong with a candidate id, as a sentence that says what to change; for a valid
   * id, says that it is valid.
   */
  public static String problemWith(String value) {
    if (value == null || value.isEmpty()) {
      return "an id must not be empty";
    }
    if (value.length() > 100) {
      return "an id has at most 100 characters, this one has " + value.length();
    }
    if (!SYNTAX.matcher(value).matches()) {
      String lower = value.toLowerCase(java.util.Locale.ROOT);
      String hint = SYNTAX.matcher(lower).matches() ? " (try `" + lower + "`)" : "";
      return "`" + value + "` is not a valid id: use lowercase letters, digits, '-', '.' and '_',"
          + " starting with a letter or digit" + hint;
    }
    return "`" + value + "` is a valid id";
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
    return o == this
        || o instanceof Id && ((Id) o).hash == hash && ((Id) o).value.equals(value);
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
