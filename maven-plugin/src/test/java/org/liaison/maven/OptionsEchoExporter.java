package org.liaison.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.liaison.model.Dataset;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.PluginOption;

/** A test exporter that writes the options it was given and the number of institutions. */
public final class OptionsEchoExporter implements Exporter {
  @Override
  public String id() {
    return "options-echo";
  }

  @Override
  public List<PluginOption> options() {
    return List.of(PluginOption.of("title", "A title."), PluginOption.of("depth", "A depth.", "1"));
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
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    out.write(
        ("options "
                + new TreeMap<>(context.options())
                + ", institutions "
                + dataset.institutions().size()
                + "\n")
            .getBytes(StandardCharsets.UTF_8));
  }
}
