package org.liaison.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.model.Problem;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.PluginDescriptor;
import org.liaison.plugins.PluginOption;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Validator;
import picocli.CommandLine.Model.CommandSpec;

/** {@code liaison plugins}: what was discovered, with ids, versions, jars and rules. */
final class PluginsCommand implements Callable<Integer> {

  private final PluginOptions pluginOptions = new PluginOptions();

  private final CommandSpec spec =
      Commands.command(
          this, "plugins", ExitCode.HELP_OK, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL);

  PluginsCommand() {
    spec.usageMessage()
        .header("Lists the validators and exporters found, with their ids, versions and jars.")
        .description(
            "Lists the validators and exporters found, built-in ones included, with their"
                + " ids, versions, jars, the codes each validator reports and each exporter's"
                + " options. `liaison codes` lists the reader's codes too. A version is the jar"
                + " manifest's Implementation-Version, else the version in the"
                + " META-INF/maven/.../pom.properties Maven puts in a jar.");
    pluginOptions.addTo(spec);
    Commands.addStandardHelpOptions(spec);
  }

  /** The command's model, for picocli to parse with and run this command. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Plugins plugins = pluginOptions.plugins();
    for (PluginDescriptor d : plugins.descriptors()) {
      out.printf(
          "%-9s %-24s %-10s %s%n", d.kind().name().toLowerCase(), d.id(), d.version(), d.jar());
      if (!d.description().isEmpty()) {
        out.println("          " + d.description());
      }
    }
    for (Validator v : plugins.validators()) {
      String prefix = v.id().startsWith("liaison.") ? "" : v.id() + "/";
      rules(out, v.id(), prefix, v.rules());
    }
    for (Exporter e : plugins.exporters()) {
      rules(out, e.id(), e.id() + "/", e.rules());
      options(out, e.id(), e.options());
    }
    for (Problem p : plugins.failures()) {
      spec.commandLine().getErr().println(p);
    }
    pluginOptions.debug(plugins.failureCauses(), spec.commandLine().getErr());
    return plugins.failures().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
  }

  private static void options(PrintWriter out, String id, List<PluginOption> options) {
    if (!options.isEmpty()) {
      out.println();
      out.println(id + " options (--option NAME=VALUE, or in liaison.yaml):");
      for (PluginOption o : options) {
        out.printf(
            "  %-28s %-8s %s%n",
            o.name(), o.defaultValue().map(v -> '"' + v + '"').orElse("-"), o.description());
      }
    }
  }

  private static void rules(PrintWriter out, String id, String prefix, List<Rule> rules) {
    if (!rules.isEmpty()) {
      out.println();
      out.println(id + " reports:");
      for (Rule r : rules) {
        out.printf(
            "  %-28s %-8s %s%n",
            prefix + r.code(), r.defaultSeverity().wireName(), r.description());
      }
    }
  }
}
