package org.liaison.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.SourceLocator;
import org.liaison.io.files.DatasetReferences;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.RecordOrigin;
import org.liaison.model.Severity;

/**
 * A validation run: every validator of a {@link Plugins} set over one dataset, each inside its own
 * guard, with the levels of a {@link Config} applied. A validator that throws becomes a {@code
 * plugin.failed} problem and the others still run. Plugins' validators run in id order on the
 * calling thread; on a dataset of 2,000 records or more, Liaison's own run side by side on the
 * calling thread and one of the common pool. The problems are the same either way, in the same
 * order.
 *
 * <pre>{@code
 * ValidationReport report = Validation.withDiscoveredPlugins().validate(loadResult);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Validation {
  /** The records from which Liaison's own validators run side by side, on two threads. */
  static final int SIDE_BY_SIDE = 2_000;

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
    List<Validator> validators = plugins.validators();
    Outcome[] outcomes = new Outcome[validators.size()];
    int[] builtins =
        IntStream.range(0, validators.size())
            .filter(i -> Plugins.isBuiltin(validators.get(i)))
            .toArray();
    AtomicInteger next = new AtomicInteger();
    Runnable takeBuiltins =
        () -> {
          for (int k = next.getAndIncrement(); k < builtins.length; k = next.getAndIncrement()) {
            Validator v = validators.get(builtins[k]);
            outcomes[builtins[k]] = runOne(v, dataset, locator, pointers);
          }
        };
    CompletableFuture<Void> beside =
        dataset.size() >= SIDE_BY_SIDE
                && builtins.length > 1
                && Runtime.getRuntime().availableProcessors() > 1
            ? CompletableFuture.runAsync(takeBuiltins)
            : null;
    takeBuiltins.run();
    for (int i = 0; i < validators.size(); i++) {
      if (outcomes[i] == null && !Plugins.isBuiltin(validators.get(i))) {
        outcomes[i] = runOne(validators.get(i), dataset, locator, pointers);
      }
    }
    join(beside);
    for (Outcome o : outcomes) {
      problems.addAll(o.problems);
      if (o.cause != null) {
        causes.add(o.cause);
      }
    }
    return problems;
  }

  /** Waits for the built-in validators run beside the caller; rethrows what a fatal one threw. */
  private static void join(CompletableFuture<Void> beside) {
    if (beside == null) {
      return;
    }
    try {
      beside.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** What one validator found, and what it threw if it failed. */
  private record Outcome(List<Problem> problems, Throwable cause) {}

  private Outcome runOne(
      Validator v, Dataset dataset, SourceLocator locator, RecordPointers pointers) {
    RunContext context =
        new RunContext(v, dataset, locator, pointers, config.options(v.id()), owner);
    try {
      v.validate(dataset, context);
      return new Outcome(context.problems, null);
    } catch (RuntimeException | Error e) {
      Plugins.rethrowIfFatal(e);
      PluginDescriptor d = plugins.describe(v);
      Problem failed =
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
              .build();
      return new Outcome(List.of(failed), e);
    }
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
}
