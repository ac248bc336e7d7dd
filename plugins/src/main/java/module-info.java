/**
 * The Liaison plugin SPI, the validation run and the built-in validators and exporters, all found
 * through {@link java.util.ServiceLoader}.
 */
module org.liaison.plugins {
  requires transitive org.liaison.io;
  requires org.snakeyaml.engine;
  requires tools.jackson.core;
  requires static transitive org.apiguardian.api;

  exports org.liaison.plugins;

  uses org.liaison.plugins.Validator;
  uses org.liaison.plugins.Exporter;

  provides org.liaison.plugins.Validator with
      org.liaison.plugins.validators.CompletenessValidator,
      org.liaison.plugins.validators.IdentifierValidator,
      org.liaison.plugins.validators.IntegrityValidator;
  provides org.liaison.plugins.Exporter with
      org.liaison.plugins.exporters.csv.CsvExporter,
      org.liaison.plugins.exporters.dataset.DatasetExporters.Json,
      org.liaison.plugins.exporters.dataset.DatasetExporters.Yaml,
      org.liaison.plugins.exporters.graph.DotExporter,
      org.liaison.plugins.exporters.graph.MermaidExporter,
      org.liaison.plugins.exporters.ics.IcsExporter,
      org.liaison.plugins.exporters.jsonld.JsonLdExporter,
      org.liaison.plugins.exporters.markdown.MarkdownExporter;
}
