package org.liaison.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Severity;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.PluginOption;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;

/**
 * An exporter as a plugin author writes one: the ids of the delegations, each after the option
 * {@code prefix}; a delegation without a title is left out and reported as {@code untitled}, at its
 * date.
 */
final class IdsExporter implements Exporter {

  @Override
  public String id() {
    return "ids";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public List<PluginOption> options() {
    return List.of(
        PluginOption.of("prefix", "Written before each id.", "- "),
        PluginOption.of("suffix", "Written after each id, if set."));
  }

  @Override
  public List<Rule> rules() {
    return List.of(Rule.of("untitled", Severity.INFO, "A delegation left out: it has no title."));
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    String prefix = context.options().get("prefix");
    String suffix = context.options().getOrDefault("suffix", "");
    for (Delegation d : dataset.delegations()) {
      if (d.title().isEmpty()) {
        context.report(
            "untitled",
            "delegation `" + d.id() + "` is left out: it has no title",
            Subject.of(d, "/date"));
      } else {
        out.write((prefix + d.id() + suffix + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
