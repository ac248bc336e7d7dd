package org.liaison.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liaison.io.SourceLocator;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * The context of one validator's run: what it reports becomes problems with their codes, levels,
 * pointers and locations. Contexts of Liaison's own validators are used side by side.
 */
final class RunContext implements ValidationContext {
  final Validator validator;
  final Dataset dataset;
  final SourceLocator locator;
  final RecordPointers pointers;
  final Map<String, String> options;
  final List<Problem> problems = new ArrayList<>();
  final Map<String, Severity> severities = new HashMap<>();

  /** Each code reported, with the id of the validator that owns it, shared by the run. */
  private final Map<String, String> owner;

  RunContext(
      Validator validator,
      Dataset dataset,
      SourceLocator locator,
      RecordPointers pointers,
      Map<String, String> options,
      Map<String, String> owner) {
    this.owner = owner;
    this.validator = validator;
    this.dataset = dataset;
    this.locator = locator;
    this.pointers = pointers;
    this.options = Map.copyOf(options);
    for (Rule r : rules(validator)) {
      severities.put(r.code(), r.defaultSeverity());
    }
  }

  @Override
  public Map<String, String> options() {
    return options;
  }

  @Override
  public void report(String code, String message, Subject subject, Subject... related) {
    String full = Validation.codeOf(validator, code);
    synchronized (owner) { // Liaison's own validators report side by side
      owner.putIfAbsent(full, validator.id());
    }
    Severity severity = severities.getOrDefault(code, validator.defaultSeverity());
    Problem.Builder p =
        Problem.builder()
            .code(full)
            .severity(severity)
            .message(message)
            .recordId(subject.record().id())
            .pointer(pointers.of(subject.record()) + subject.pointer());
    locate(subject).ifPresent(p::location);
    Set<Location> others = new LinkedHashSet<>();
    for (Subject s : related) {
      locate(s).ifPresent(others::add);
    }
    problems.add(p.related(others).build());
  }

  private Optional<Location> locate(Subject s) {
    return locator.locate(dataset.origin(s.record().id()), s.pointer());
  }

  private static List<Rule> rules(Validator v) {
    try {
      return v.rules();
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
