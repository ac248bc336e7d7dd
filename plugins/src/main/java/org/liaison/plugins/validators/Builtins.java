package org.liaison.plugins.validators;

import java.util.Arrays;
import java.util.List;
import org.liaison.model.BuiltinCode;
import org.liaison.plugins.Rule;

/** Rules of built-in validators, taken from the one list of built-in codes. */
final class Builtins {
  private Builtins() {}

  static List<Rule> rules(BuiltinCode... codes) {
    return Arrays.stream(codes)
        .map(c -> Rule.of(c.code(), c.defaultSeverity(), c.description()))
        .toList();
  }
}
