package org.liaison.plugins;

import java.util.Map;
import org.apiguardian.api.API;

/** What the host gives an {@link Exporter} for one export: options and a way to report. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ExportContext {

  /**
   * The exporter's options: each option set in the configuration or on the command line, and the
   * default of each declared option that is not set.
   */
  Map<String, String> options();

  /**
   * Reports something the export could not hold, such as a record skipped because its date has no
   * year: a problem {@code id/code} at the severity of the exporter's {@link Exporter#rules() rule}
   * ({@code info} for a code it does not list) unless configured otherwise, placed at the subject's
   * value like a validator's.
   *
   * @param code the code, without the exporter's id
   * @param message what was left out and why
   * @param subject the record, or the value inside it, that could not be exported
   */
  void report(String code, String message, Subject subject);
}
