package org.liaison.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Severity;

/**
 * What a configuration may name for one set of plugins: every code with its rule (built-in codes,
 * validators' {@code id/code}, exporters' {@code id/code}), the plugin that owns each code, and the
 * options each plugin id accepts.
 */
final class RuleBook {
  final Map<String, Rule> rules = new HashMap<>();
  final Map<String, String> owner = new HashMap<>();
  final Map<String, Set<String>> options = new HashMap<>();

  RuleBook(Plugins plugins) {
    for (BuiltinCode c : BuiltinCode.values()) {
      rules.put(c.code(), Rule.of(c.code(), c.defaultSeverity(), c.description()));
    }
    for (Validator v : plugins.validators()) {
      for (Rule r : guarded(v::rules)) {
        add(Validation.codeOf(v, r.code()), r, v.id());
      }
      options
          .computeIfAbsent(v.id(), k -> new LinkedHashSet<>())
          .addAll(guarded(() -> List.copyOf(v.options())));
    }
    for (Exporter e : plugins.exporters()) {
      for (Rule r : guarded(e::rules)) {
        add(e.id() + "/" + r.code(), r, e.id());
      }
      Set<String> names = options.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
      guarded(e::options).forEach(o -> names.add(o.name()));
    }
  }

  private void add(String code, Rule rule, String pluginId) {
    rules.putIfAbsent(code, rule);
    owner.put(code, pluginId);
  }

  /** The severity of a code of the plugin {@code pluginId} not configured otherwise. */
  Severity defaultSeverity(String code, Severity otherwise) {
    Rule r = rules.get(code);
    return r == null ? otherwise : r.defaultSeverity();
  }

  /** Checks {@code config} against these rules and options. */
  void check(Config config) {
    config.check(rules.keySet(), options);
  }

  /** What a plugin's metadata method gives, or nothing when it throws. */
  static <T> List<T> guarded(Supplier<? extends Collection<T>> get) {
    try {
      return new ArrayList<>(get.get());
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
