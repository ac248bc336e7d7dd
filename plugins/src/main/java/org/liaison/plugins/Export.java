package org.liaison.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.liaison.io.ReadLimits;
import org.liaison.io.SourceLocator;
import org.liaison.io.messages.Messages;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * An export run, as {@code liaison export} makes it: one exporter, given its options (the declared
 * defaults, then those of a {@link Config}, then those given here) and a context whose reports
 * become problems {@code id/code} placed at the value they name, at their configured level.
 *
 * <pre>{@code
 * List<Problem> problems = Export.of(plugins, exporter).withConfig(config)
 *     .withOptions(Map.of("width", "80")).write(dataset, out);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Export {
  private final Exporter exporter;
  private final RuleBook book;
  private final Config config;
  private final Map<String, String> options;

  private Export(Exporter exporter, RuleBook book, Config config, Map<String, String> options) {
    this.exporter = exporter;
    this.book = book;
    this.config = config;
    this.options = options;
  }

  /**
   * A run of {@code exporter}, one of {@code plugins}, which give the codes and options a
   * configuration may name.
   *
   * @throws IllegalArgumentException if {@code exporter} is not one of {@code plugins}
   */
  public static Export of(Plugins plugins, Exporter exporter) {
    if (!plugins.exporters().contains(exporter)) {
      throw new IllegalArgumentException(
          "the exporter `" + exporter.id() + "` is not one of the plugins given");
    }
    return new Export(exporter, new RuleBook(plugins), Config.empty(), Map.of());
  }

  /** A run of {@code exporter} alone. */
  public static Export of(Exporter exporter) {
    return of(Plugins.of(List.of(), List.of(exporter)), exporter);
  }

  /**
   * Returns this run with a configuration: its levels and the exporter's options set in it.
   *
   * @throws ConfigException if the configuration names an unknown rule or option
   */
  public Export withConfig(Config config) {
    book.check(config);
    return new Export(exporter, book, config, options);
  }

  /**
   * Returns this run with options that win over the configuration's ({@code --option}).
   *
   * @throws ConfigException if the exporter declares no such option; the message has a did-you-mean
   *     and the options it has
   */
  public Export withOptions(Map<String, String> given) {
    List<String> declared =
        RuleBook.guarded(exporter::options).stream().map(PluginOption::name).toList();
    for (String name : given.keySet()) {
      if (!declared.contains(name)) {
        throw new ConfigException(
            "the exporter `"
                + exporter.id()
                + "` has no option `"
                + name
                + "`"
                + Messages.didYouMean(name, declared).orElse(".")
                + (declared.isEmpty()
                    ? " It takes no options."
                    : " Options: " + String.join(", ", declared) + "."));
      }
    }
    Map<String, String> all = new LinkedHashMap<>(options);
    all.putAll(given);
    return new Export(exporter, book, config, Map.copyOf(all));
  }

  /** The options the exporter is given: defaults, then the configuration's, then the given. */
  public Map<String, String> options() {
    Map<String, String> all = new LinkedHashMap<>();
    for (PluginOption o : RuleBook.guarded(exporter::options)) {
      o.defaultValue().ifPresent(v -> all.put(o.name(), v));
    }
    all.putAll(config.options(exporter.id()));
    all.putAll(options);
    return all;
  }

  /**
   * Writes {@code dataset} to {@code out}, as one zip archive for an exporter that {@linkplain
   * Exporter#writesFiles() writes files}; does not close {@code out}.
   *
   * @return what the exporter reported, configured and sorted
   * @throws IOException if writing fails
   * @throws RuntimeException whatever the exporter throws
   */
  public List<Problem> write(Dataset dataset, OutputStream out) throws IOException {
    Context context = new Context(dataset);
    if (exporter.writesFiles()) {
      ExportFiles.zip(exporter, dataset, out, context);
    } else {
      exporter.export(dataset, out, context);
    }
    return context.configured();
  }

  /**
   * Writes {@code dataset} as files, for an exporter that {@linkplain Exporter#writesFiles() writes
   * files}.
   *
   * @return what the exporter reported, configured and sorted
   * @throws IOException if writing fails
   * @throws UnsupportedOperationException if the exporter writes one stream only
   */
  public List<Problem> writeFiles(Dataset dataset, ExportFiles files) throws IOException {
    Context context = new Context(dataset);
    exporter.exportFiles(dataset, files, context);
    return context.configured();
  }

  /** The context of one export. */
  private final class Context implements ExportContext {
    final Dataset dataset;
    final Map<String, String> options = Map.copyOf(Export.this.options());
    final SourceLocator locator = SourceLocator.create(ReadLimits.defaults());
    final List<Problem> problems = new ArrayList<>();

    Context(Dataset dataset) {
      this.dataset = dataset;
    }

    @Override
    public Map<String, String> options() {
      return options;
    }

    @Override
    public void report(String code, String message, Subject subject) {
      String full = exporter.id() + "/" + code;
      Problem.Builder p =
          Problem.builder()
              .code(full)
              .severity(book.defaultSeverity(full, Severity.INFO))
              .message(message)
              .recordId(subject.record().id())
              .pointer(
                  dataset.origin(subject.record().id()).map(o -> o.pointer()).orElse("")
                      + subject.pointer());
      locator
          .locate(dataset.origin(subject.record().id()), subject.pointer())
          .ifPresent(p::location);
      problems.add(p.build());
    }

    List<Problem> configured() {
      List<Problem> kept = new ArrayList<>();
      for (Problem p : problems) {
        Optional<Level> level =
            config.level(p.code(), Optional.of(exporter.id()), p.location().map(Location::file));
        if (level.isPresent()) {
          Optional<Severity> severity = level.get().severity();
          if (severity.isEmpty()) {
            continue;
          }
          p = Problem.builder().from(p).severity(severity.get()).build();
        }
        kept.add(p);
      }
      kept.sort(Problem.ORDER);
      return kept;
    }
  }
}
