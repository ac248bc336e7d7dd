package org.liaison.plugins;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the host gives a {@link Validator} for one run: its options and the way to report problems.
 * A context is valid only during the {@link Validator#validate} call it was passed to.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ValidationContext {

  /** The validator's options from the configuration file; empty when none are set. */
  Map<String, String> options();

  /**
   * Reports a problem.
   *
   * @param code the code, without the plugin's id ({@code required}); the host adds it
   * @param message what is wrong and what to change
   * @param subject the record, or the value inside it, the problem is about
   * @param related other places the problem concerns (the first of two duplicates)
   */
  void report(String code, String message, Subject subject, Subject... related);
}
