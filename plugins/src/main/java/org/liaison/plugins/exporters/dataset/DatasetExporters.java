package org.liaison.plugins.exporters.dataset;

import java.io.OutputStream;
import org.liaison.io.DatasetWriter;
import org.liaison.model.Dataset;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;

/** The dataset itself, as format version 1: the round trip of {@link DatasetWriter}. */
final class DatasetExporters {
  private DatasetExporters() {}

  /** {@code --format yaml}. */
  public static final class Yaml implements Exporter {
    @Override
    public String id() {
      return "yaml";
    }

    @Override
    public String description() {
      return "The dataset as one YAML document of format version 1; reads back equal.";
    }

    @Override
    public String extension() {
      return "yaml";
    }

    @Override
    public String mediaType() {
      return "application/yaml";
    }

    @Override
    public void export(Dataset dataset, OutputStream out, ExportContext context) {
      DatasetWriter.yaml().write(dataset, out);
    }
  }

  /** {@code --format json}. */
  public static final class Json implements Exporter {
    @Override
    public String id() {
      return "json";
    }

    @Override
    public String description() {
      return "The dataset as one JSON document of format version 1; reads back equal.";
    }

    @Override
    public String extension() {
      return "json";
    }

    @Override
    public String mediaType() {
      return "application/json";
    }

    @Override
    public void export(Dataset dataset, OutputStream out, ExportContext context) {
      DatasetWriter.json().write(dataset, out);
    }
  }
}
