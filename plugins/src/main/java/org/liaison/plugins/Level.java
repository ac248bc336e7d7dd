package org.liaison.plugins;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.liaison.model.Severity;
import org.liaison.model.WireEnum;

/**
 * A rule's level in {@code liaison.yaml}: the severity its problems get, or {@code off}, which
 * drops them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Level implements WireEnum {
  /** Problems are errors. */
  ERROR(Severity.ERROR),
  /** Problems are warnings. */
  WARNING(Severity.WARNING),
  /** Problems are {@code info}. */
  INFO(Severity.INFO),
  /** Problems are not reported. */
  OFF(null);

  private final Severity severity;

  Level(Severity severity) {
    this.severity = severity;
  }

  /** The severity problems get at this level; empty for {@link #OFF}. */
  public Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }

  /** The level written {@code name} in {@code liaison.yaml}, or empty if none is. */
  public static Optional<Level> find(String name) {
    return Arrays.stream(values()).filter(l -> l.wireName().equals(name)).findFirst();
  }

  /** The levels as a sentence offers them: {@code error, warning, info or off}. */
  static String choices() {
    String all = Arrays.stream(values()).map(Level::wireName).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
