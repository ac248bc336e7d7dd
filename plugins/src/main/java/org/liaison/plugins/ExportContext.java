package org.liaison.plugins;

import java.util.Map;
import org.apiguardian.api.API;

/** What the host gives an {@link Exporter} for one export: options and a way to report. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ExportContext {

  /** The exporter's options; empty when none are set. */
  Map<String, String> options();

  /**
   * Reports something the export could not hold (an {@code info} problem unless configured
   * otherwise), such as a record skipped because its date has no year.
   *
   * @param code the code, without the plugin's id
   */
  void report(String code, String message, Subject subject);
}
