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
import org.liaison.io.files.DatasetReferences;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.RecordOrigin;
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
  private final RuleBook book;
  private final Map<String, Rule> rules;
  private final Map<String, String> owner;

  private Validation(Plugins plugins, Config config) {
    this.plugins = plugins;
    this.config = config;
    this.book = new RuleBook(plugins);
    this.rules = book.rules;
    this.owner = book.owner;
    book.check(config);
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

  /**
   * Validates a dataset however it was made: built in code, edited, or read. Besides the
   * validators, it runs the checks the reader makes of a whole load, those of references ({@code
   * ref.unknown}, {@code ref.kind}), with the same codes and messages. A problem of a record built
   * in code has a JSON Pointer and no location: {@code /section/index} by the record's position
   * among those of its kind, then the path of the value, as {@code DatasetWriter} would write it.
   * (Duplicate ids cannot reach a dataset: its builder keeps the first record of an id.)
   */
  public ValidationReport validate(Dataset dataset) {
    List<Throwable> causes = new ArrayList<>();
    SourceLocator locator = SourceLocator.create(ReadLimits.defaults());
    List<Problem> all = references(dataset, locator);
    all.addAll(run(dataset, locator, causes));
    return new ValidationReport(configure(all, Suppressions.none()), causes);
  }

  /** The reference problems of {@code dataset}, placed in their files where records were read. */
  private static List<Problem> references(Dataset dataset, SourceLocator locator) {
    List<Problem> found = new ArrayList<>();
    for (Problem p : DatasetReferences.check(dataset)) {
      Optional<RecordOrigin> origin = p.recordId().flatMap(dataset::origin);
      if (origin.isPresent()) {
        Optional<Location> at =
            locator.locate(origin, p.pointer().substring(origin.get().pointer().length()));
        if (at.isPresent()) {
          p = Problem.builder().from(p).location(at.get()).build();
        }
      }
      found.add(p);
    }
    return found;
  }

  /**
   * Validates what a read gave: the reader's problems and the validators', configured, with the
   * suppression comments of the files read honoured. A suppression that suppresses nothing, and an
   * override of the configuration whose globs match none of the files read, are reported as {@code
   * info}.
   */
  public ValidationReport validate(LoadResult load) {
    List<Throwable> causes = new ArrayList<>();
    List<Problem> all = new ArrayList<>(load.problems());
    all.addAll(run(load.dataset(), load.locator(), causes));
    Suppressions suppressions = Suppressions.of(load);
    List<Problem> configured = configure(all, suppressions);
    List<Problem> notes = new ArrayList<>(suppressions.unused(this::turnedOff));
    notes.addAll(config.unusedOverrides(load.fileNames()));
    configured.addAll(configure(notes, Suppressions.none()));
    configured.sort(Problem.ORDER);
    return new ValidationReport(configured, causes);
  }

  /** Whether the configuration turns {@code code} off in {@code file}. */
  private boolean turnedOff(String code, String file) {
    return config
        .level(code, Optional.ofNullable(owner.get(code)), Optional.of(file))
        .filter(level -> level == Level.OFF)
        .isPresent();
  }

  private List<Problem> run(Dataset dataset, SourceLocator locator, List<Throwable> causes) {
    List<Problem> problems = new ArrayList<>(plugins.failures());
    causes.addAll(plugins.failureCauses());
    RecordPointers pointers = new RecordPointers(dataset);
    for (Validator v : plugins.validators()) {
      Context context = new Context(v, dataset, locator, pointers, config.options(v.id()));
      try {
        v.validate(dataset, context);
        problems.addAll(context.problems);
      } catch (RuntimeException | Error e) {
        Plugins.rethrowIfFatal(e);
        PluginDescriptor d = plugins.describe(v);
        problems.add(
            BuiltinCode.PLUGIN_FAILED
                .problem(
                    "the validator `"
                        + v.id()
                        + "` ("
                        + d
                        + ") threw "
                        + e
                        + "; its checks are missing from this run: fix or remove"
                        + " the plugin ("
                        + Plugins.DEBUG_HINT
                        + ")")
                .location(Location.ofFile(d.jar()))
                .build());
        causes.add(e);
      }
    }
    return problems;
  }

  private List<Problem> configure(Collection<Problem> problems, Suppressions suppressions) {
    List<Problem> kept = new ArrayList<>();
    for (Problem p : problems) {
      Optional<String> file = p.location().map(Location::file);
      Optional<Level> level =
          config.level(p.code(), Optional.ofNullable(owner.get(p.code())), file);
      if (level.isPresent()) {
        Optional<Severity> severity = level.get().severity();
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

  /**
   * The JSON Pointer of each record: its origin's, or for a record built in code {@code
   * /section/index} by its position among the records of its kind, where a writer puts it.
   */
  private static final class RecordPointers {
    private final Dataset dataset;
    private Map<Id, String> inCode;

    RecordPointers(Dataset dataset) {
      this.dataset = dataset;
    }

    String of(LiaisonRecord record) {
      Optional<RecordOrigin> origin = dataset.origin(record.id());
      if (origin.isPresent()) {
        return origin.get().pointer();
      }
      if (inCode == null) {
        inCode = new HashMap<>();
        for (List<? extends LiaisonRecord> records :
            List.of(
                dataset.institutions(),
                dataset.people(),
                dataset.delegations(),
                dataset.agreements(),
                dataset.sources())) {
          for (int i = 0; i < records.size(); i++) {
            LiaisonRecord r = records.get(i);
            inCode.put(r.id(), "/" + r.recordKind().section() + "/" + i);
          }
        }
      }
      return inCode.getOrDefault(record.id(), "");
    }
  }

  /** The context of one validator's run. */
  private final class Context implements ValidationContext {
    final Validator validator;
    final Dataset dataset;
    final SourceLocator locator;
    final RecordPointers pointers;
    final Map<String, String> options;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Severity> severities = new HashMap<>();

    Context(
        Validator validator,
        Dataset dataset,
        SourceLocator locator,
        RecordPointers pointers,
        Map<String, String> options) {
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
      String full = codeOf(validator, code);
      owner.putIfAbsent(full, validator.id());
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
  }
}
