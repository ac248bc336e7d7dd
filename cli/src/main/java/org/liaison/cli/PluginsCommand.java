package org.liaison.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.model.Problem;
import org.liaison.plugins.PluginDescriptor;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code liaison plugins}: what was discovered, with ids, versions, jars and rules. */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    header = "Lists the validators and exporters found, with their ids, versions and jars.",
    description = "Lists the validators and exporters found, built-in ones included, with their"
        + " ids, versions, jars and the codes each validator reports. `liaison codes` lists the"
        + " reader's codes too.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_USAGE, ExitCode.HELP_INTERNAL})
final class PluginsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginOptions pluginOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Plugins plugins = pluginOptions.plugins();
    for (PluginDescriptor d : plugins.descriptors()) {
      out.printf("%-9s %-24s %-10s %s%n", d.kind().name().toLowerCase(), d.id(), d.version(),
          d.jar());
      if (!d.description().isEmpty()) {
        out.println("          " + d.description());
      }
    }
    for (Validator v : plugins.validators()) {
      List<Rule> rules = v.rules();
      if (!rules.isEmpty()) {
        out.println();
        out.println(v.id() + " reports:");
        for (Rule r : rules) {
          String code = v.id().startsWith("liaison.") ? r.code() : v.id() + "/" + r.code();
          out.printf("  %-28s %-8s %s%n", code, r.defaultSeverity().wireName(), r.description());
        }
      }
    }
    for (Problem p : plugins.failures()) {
      spec.commandLine().getErr().println(p);
    }
    return plugins.failures().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
  }
}
