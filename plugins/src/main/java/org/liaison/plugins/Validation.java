package org.liaison.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.SourceLocator;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * A validation run: every validator of a {@link Plugins} set over one dataset, in id order, each
 * inside its own guard, with the levels of a {@link Config} applied. A validator that throws
 * becomes a {@code plugin.failed} problem and the others still run.
 *
 * <pre>{@code
 * ValidationReport report = Validation.withDiscoveredPlugins().validate(loadResult);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Validation {
  private final Plugins plugins;
  private final Config config;
  private final Map<String, Rule> rules = new HashMap<>();
  private final Map<String, String> owner = new HashMap<>();

  private Validation(Plugins plugins, Config config) {
    this.plugins = plugins;
    this.config = config;
    for (BuiltinCode c : BuiltinCode.values()) {
      rules.put(c.code(), Rule.of(c.code(), c.defaultSeverity(), c.description()));
    }
    for (Validator v : plugins.validators()) {
      for (Rule r : rules(v)) {
        String code = codeOf(v, r.code());
        rules.putIfAbsent(code, r);
        owner.put(code, v.id());
      }
    }
    Map<String, Set<String>> options = new HashMap<>();
    plugins.validators().forEach(v -> options.put(v.id(), Set.copyOf(v.options())));
    config.check(rules.keySet(), options);
  }

  /** A run of the plugins on this class's loader, built-in ones included, unconfigured. */
  public static Validation withDiscoveredPlugins() {
    return of(Plugins.discover());
  }

  /** A run of the given plugins, unconfigured. */
  public static Validation of(Plugins plugins) {
    return new Validation(plugins, Config.empty());
  }

  /**
   * Returns this run with a configuration.
   *
   * @throws ConfigException if the configuration names an unknown rule or option
   */
  public Validation withConfig(Config config) {
    return new Validation(plugins, config);
  }

  /** Every code this run may report, with its rule: built-in codes and the plugins' codes. */
  public Map<String, Rule> rules() {
    return Map.copyOf(rules);
  }

  /** Validates a dataset built in code or read without its files at hand. */
  public ValidationReport validate(Dataset dataset) {
    return new ValidationReport(configure(run(dataset, SourceLocator.create(ReadLimits.defaults())),
        Suppressions.none()));
  }

  /**
   * Validates what a read gave: the reader's problems and the validators', configured, with the
   * suppression comments of the files read honoured.
   */
  public ValidationReport validate(LoadResult load) {
    List<Problem> all = new ArrayList<>(load.problems());
    all.addAll(run(load.dataset(), load.locator()));
    Suppressions suppressions = Suppressions.of(load);
    List<Problem> configured = configure(all, suppressions);
    configured.addAll(configure(suppressions.unused(), Suppressions.none()));
    configured.sort(Problem.ORDER);
    return new ValidationReport(configured);
  }

  private List<Problem> run(Dataset dataset, SourceLocator locator) {
    List<Problem> problems = new ArrayList<>(plugins.failures());
    for (Validator v : plugins.validators()) {
      Context context = new Context(v, dataset, locator, config.options(v.id()));
      try {
        v.validate(dataset, context);
        problems.addAll(context.problems);
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
          throw (Error) e; // out of memory: the JVM cannot go on, whatever the plugin
        }
        PluginDescriptor d = plugins.describe(v);
        problems.add(BuiltinCode.PLUGIN_FAILED.problem("the validator `" + v.id() + "` ("
                + d + ") threw " + e + "; its checks are missing from this run: fix or remove"
                + " the plugin")
            .location(Location.ofFile(d.jar())).build());
      }
    }
    return problems;
  }

  private List<Problem> configure(Collection<Problem> problems, Suppressions suppressions) {
    List<Problem> kept = new ArrayList<>();
    for (Problem p : problems) {
      Optional<String> file = p.location().map(Location::file);
      Optional<String> level = config.level(p.code(), Optional.ofNullable(owner.get(p.code())), file);
      if (level.isPresent()) {
        Optional<Severity> severity = Config.severity(level.get());
        if (severity.isEmpty()) {
          continue; // off
        }
        if (severity.get() != p.severity()) {
          p = Problem.builder().from(p).severity(severity.get()).build();
        }
      }
      if (!suppressions.suppresses(p)) {
        kept.add(p);
      }
    }
    kept.sort(Problem.ORDER);
    return kept;
  }

  static String codeOf(Validator v, String code) {
    return Plugins.isBuiltin(v) ? code : v.id() + "/" + code;
  }

  private static List<Rule> rules(Validator v) {
    try {
      return v.rules();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The context of one validator's run. */
  private final class Context implements ValidationContext {
    final Validator validator;
    final Dataset dataset;
    final SourceLocator locator;
    final Map<String, String> options;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Severity> severities = new HashMap<>();

    Context(Validator validator, Dataset dataset, SourceLocator locator,
        Map<String, String> options) {
      this.validator = validator;
      this.dataset = dataset;
      this.locator = locator;
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
      String full = codeOf(validator, code);
      owner.putIfAbsent(full, validator.id());
      Severity severity = severities.getOrDefault(code, validator.defaultSeverity());
      Problem.Builder p = Problem.builder().code(full).severity(severity).message(message)
          .recordId(subject.record().id())
          .pointer(dataset.origin(subject.record().id()).map(o -> o.pointer()).orElse("")
              + subject.pointer());
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
  }
}
