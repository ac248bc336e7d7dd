package org.liaison.plugins;

import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.model.Severity;

/**
 * A problem code a validator may report, with its default severity and a one-line description
 * (shown by {@code liaison plugins} and in SARIF reports). A plugin's codes are written without its
 * id ({@code required}); the host reports them as {@code pluginId/required}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Rule {
  private final String code;
  private final Severity defaultSeverity;
  private final String description;

  private Rule(String code, Severity defaultSeverity, String description) {
    this.code = Objects.requireNonNull(code, "code");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a rule.
   *
   * @throws IllegalArgumentException if {@code code} is empty or holds a {@code /} or a space
   */
  public static Rule of(String code, Severity defaultSeverity, String description) {
    if (code.isEmpty() || code.contains("/") || code.contains(" ")) {
      throw new IllegalArgumentException(
          "a rule code is non-empty, without '/' or spaces: " + code);
    }
    return new Rule(code, defaultSeverity, description);
  }

  /** The code, without the plugin's id. */
  public String code() {
    return code;
  }

  /** The severity unless configured otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** When the code is reported. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return code + " (" + defaultSeverity.wireName() + "): " + description;
  }
}
