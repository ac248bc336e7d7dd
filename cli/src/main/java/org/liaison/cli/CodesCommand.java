package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.liaison.model.Problem;
import org.liaison.plugins.Config;
import org.liaison.plugins.Level;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Validation;
import org.liaison.plugins.Validator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code liaison codes}: every problem code, with its default level and when it is reported. */
final class CodesCommand implements Callable<Integer> {
  /** Who reports the codes that belong to no validator: the reader and the run itself. */
  static final String LIAISON = "liaison";

  private final PluginOptions pluginOptions = new PluginOptions();

  private final OptionSpec markdown =
      Commands.flag(
          "--markdown",
          "Print a Markdown table of the default levels (as in docs/codes.md) instead"
              + " of columns.");

  private final CommandSpec spec =
      Commands.command(
          this, "codes", ExitCode.HELP_OK, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL);

  CodesCommand() {
    spec.usageMessage()
        .header("Lists every problem code with its default level and when it is reported.")
        .description(
            "Lists every code a run may report: those of the reader and of Liaison itself,"
                + " then those of each validator, built-in and plugin. Each has a default level"
                + " that liaison.yaml can change (error, warning, info or off), by code or by"
                + " validator id; LEVEL shows the level its `rules` set, found as validate finds"
                + " it from the working directory or given by --config.");
    pluginOptions.addTo(spec);
    spec.addOption(markdown);
    Commands.addStandardHelpOptions(spec);
  }

  /** The command's model, for picocli to parse with and run this command. */
  CommandSpec spec() {
    return spec;
  }

  /** One code: who reports it and its rule. */
  record Code(String code, String from, Rule rule) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Plugins plugins = pluginOptions.plugins();
    List<Code> codes = codes(plugins);
    Config config = pluginOptions.config(List.of(Path.of("")));
    Validation.of(plugins).withConfig(config);
    boolean markdown = this.markdown.getValue();
    if (markdown) {
      out.print(markdown(codes));
    } else {
      int width = codes.stream().mapToInt(c -> c.code().length()).max().orElse(4) + 2;
      int from = codes.stream().mapToInt(c -> c.from().length()).max().orElse(4) + 2;
      String row = "%-" + width + "s%-9s%-" + from + "s%s%n";
      out.printf(row, "CODE", "LEVEL", "FROM", "WHEN");
      for (Code c : codes) {
        String level =
            config
                .level(
                    c.code(),
                    c.from().equals(LIAISON) ? Optional.empty() : Optional.of(c.from()),
                    Optional.empty())
                .map(Level::wireName)
                .orElse(c.rule().defaultSeverity().wireName());
        out.printf(row, c.code(), level, c.from(), c.rule().description());
      }
    }
    out.flush();
    for (Problem p : plugins.failures()) {
      spec.commandLine().getErr().println(p);
    }
    return plugins.failures().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
  }

  /** Liaison's own codes first, then each validator's in id order, each group by code. */
  static List<Code> codes(Plugins plugins) {
    Map<String, Rule> rules = Validation.of(plugins).rules();
    Map<String, String> owners = new LinkedHashMap<>();
    for (Validator v : plugins.validators()) {
      for (Rule r : v.rules()) {
        String code = v.id().startsWith("liaison.") ? r.code() : v.id() + "/" + r.code();
        owners.putIfAbsent(code, v.id());
      }
    }
    Map<String, Map<String, Rule>> byOwner =
        new TreeMap<>(
            (a, b) ->
                a.equals(b) ? 0 : a.equals(LIAISON) ? -1 : b.equals(LIAISON) ? 1 : a.compareTo(b));
    rules.forEach(
        (code, rule) ->
            byOwner
                .computeIfAbsent(owners.getOrDefault(code, LIAISON), k -> new TreeMap<>())
                .put(code, rule));
    List<Code> codes = new ArrayList<>();
    byOwner.forEach(
        (owner, group) -> group.forEach((code, rule) -> codes.add(new Code(code, owner, rule))));
    return codes;
  }

  /** The codes as a Markdown table. */
  static String markdown(List<Code> codes) {
    StringBuilder sb = new StringBuilder("| code | default level | reported by | when |\n");
    sb.append("|---|---|---|---|\n");
    for (Code c : codes) {
      sb.append("| `")
          .append(c.code())
          .append("` | ")
          .append(c.rule().defaultSeverity().wireName())
          .append(" | ")
          .append(c.from().equals(LIAISON) ? "the reader, or the run" : "`" + c.from() + "`")
          .append(" | ")
          .append(c.rule().description().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.toString();
  }
}
