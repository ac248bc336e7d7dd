package com.example.liaison;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.PartialDate;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.PluginOption;

/**
 * A plain-text summary: how many records of each kind, then one line per delegation in date order
 * ({@code --format summary}); the option {@code separator} is what stands between a date and a
 * title.
 */
public final class SummaryExporter implements Exporter {

  @Override
  public String id() {
    return "summary";
  }

  @Override
  public String description() {
    return "A plain-text summary: record counts and one line per delegation.";
  }

  @Override
  public List<PluginOption> options() {
    return List.of(
        PluginOption.of(
            "separator", "What stands between a delegation's date and" + " its title.", "  "));
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
  public void export(Dataset data, OutputStream out, ExportContext context) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(
        data.institutions().size()
            + " institutions, "
            + data.people().size()
            + " people, "
            + data.delegations().size()
            + " delegations, "
            + data.agreements().size()
            + " agreements, "
            + data.sources().size()
            + " sources\n");
    data.delegations().stream()
        .sorted((a, b) -> PartialDate.SORT_ORDER.compare(a.date(), b.date()))
        .forEach(d -> line(w, d, data, context.options().getOrDefault("separator", "  ")));
    w.flush();
  }

  private static void line(Writer w, Delegation d, Dataset data, String separator) {
    String host =
        d.host().institutions().stream()
            .map(r -> data.resolve(r).map(i -> i.name()).orElse(r.id().value()))
            .findFirst()
            .orElse("?");
    try {
      w.write(d.date() + separator + d.title().orElse(d.id().value()) + " (host: " + host + ")\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
