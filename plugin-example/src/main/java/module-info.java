/** An example Liaison plugin. */
module com.example.liaison {
  requires org.liaison.plugins;

  provides org.liaison.plugins.Validator with
      com.example.liaison.SourceCountValidator;
  provides org.liaison.plugins.Exporter with
      com.example.liaison.SummaryExporter;
}
