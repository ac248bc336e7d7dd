package org.liaison.model;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A vocabulary whose values are written in files under a wire name ({@code vocational-college},
 * {@code signing-ceremony}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface WireEnum {

  /** The name of this value as written in files. */
  String wireName();

  /** The default wire name of an enum constant: lowercase, {@code _} as {@code -}. */
  static String defaultWireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the constant of {@code type} whose wire name is {@code wireName}, or empty if there is
   * none.
   */
  static <E extends Enum<E> & WireEnum> Optional<E> find(Class<E> type, String wireName) {
    for (E e : type.getEnumConstants()) {
      if (e.wireName().equals(wireName)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
