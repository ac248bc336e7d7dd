package org.liaison.plugins;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An option an {@link Exporter} declares: its name, what it does and its value when not set. It is
 * set in {@code liaison.yaml} ({@code rules: {summary: {options: {width: "80"}}}}) or on the
 * command line ({@code liaison export --option width=80}); {@code liaison plugins} lists it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PluginOption {
  private final String name;
  private final String description;
  private final String defaultValue;

  private PluginOption(String name, String description, String defaultValue) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.defaultValue = defaultValue;
  }

  /**
   * An option without a default: absent from the options unless set.
   *
   * @throws IllegalArgumentException if {@code name} is empty or holds {@code =} or a space
   */
  public static PluginOption of(String name, String description) {
    return new PluginOption(check(name), description, null);
  }

  /**
   * An option whose value is {@code defaultValue} unless set.
   *
   * @throws IllegalArgumentException if {@code name} is empty or holds {@code =} or a space
   */
  public static PluginOption of(String name, String description, String defaultValue) {
    return new PluginOption(
        check(name), description, Objects.requireNonNull(defaultValue, "defaultValue"));
  }

  private static String check(String name) {
    if (name.isEmpty() || name.contains("=") || name.contains(" ")) {
      throw new IllegalArgumentException(
          "an option name is non-empty, without '=' or spaces: " + name);
    }
    return name;
  }

  /** The name, as written in the configuration and after {@code --option}. */
  public String name() {
    return name;
  }

  /** What the option does. */
  public String description() {
    return description;
  }

  /** The value when the option is not set; empty when it then has none. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  @Override
  public String toString() {
    return name
        + (defaultValue == null ? "" : " (default " + defaultValue + ")")
        + ": "
        + description;
  }
}
