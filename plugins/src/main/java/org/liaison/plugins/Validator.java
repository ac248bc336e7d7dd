package org.liaison.plugins;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.liaison.model.Dataset;
import org.liaison.model.Severity;

/**
 * A check of a whole, indexed {@link Dataset}, found with {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/org.liaison.plugins.Validator} for the class path and
 * with {@code provides org.liaison.plugins.Validator with …} for the module path.
 *
 * <p>Contract: an implementation has a public no-argument constructor; it keeps no state between
 * runs and may be called from any thread, one run at a time per instance; it reports problems
 * through the context and never throws for bad data. It must not modify files, open network
 * connections or call {@code System.exit}. If it throws, the host reports a {@code plugin.failed}
 * problem naming it and its jar, and every other validator still runs. Plugins' validators run one
 * after another on the calling thread, in order of their ids.
 *
 * <p>This SPI is experimental: it may change in a minor release while Liaison is before 1.0.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Validator {

  /**
   * A stable, unique id: lowercase, dotted, naming the author ({@code acme.sources}). Ids starting
   * with {@code liaison.} are Liaison's own. Problem codes of the validator are reported as {@code
   * id/code}; its rules and options are configured under this id.
   */
  String id();

  /** One line on what the validator checks. */
  default String description() {
    return "";
  }

  /** The severity of a code not listed in {@link #rules()}. */
  default Severity defaultSeverity() {
    return Severity.ERROR;
  }

  /** The codes the validator reports, with their default severities and descriptions. */
  default List<Rule> rules() {
    return List.of();
  }

  /**
   * The names of the options the validator accepts; any other option in the configuration is an
   * error.
   */
  default Set<String> options() {
    return Set.of();
  }

  /** Checks {@code dataset}, reporting problems through {@code context}. */
  void validate(Dataset dataset, ValidationContext context);
}
