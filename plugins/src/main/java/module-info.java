/**
 * The Liaison plugin SPI, the validation run and the built-in validators and exporters, all
 * found through {@link java.util.ServiceLoader}.
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
      org.liaison.plugins.internal.CompletenessValidator,
      org.liaison.plugins.internal.IdentifierValidator,
      org.liaison.plugins.internal.IntegrityValidator;
  provides org.liaison.plugins.Exporter with
      org.liaison.plugins.internal.CsvExporter,
      org.liaison.plugins.internal.DatasetExporters.Json,
      org.liaison.plugins.internal.DatasetExporters.Yaml,
      org.liaison.plugins.internal.DotExporter,
      org.liaison.plugins.internal.IcsExporter,
      org.liaison.plugins.internal.JsonLdExporter,
      org.liaison.plugins.internal.MarkdownExporter,
      org.liaison.plugins.internal.MermaidExporter;
}
