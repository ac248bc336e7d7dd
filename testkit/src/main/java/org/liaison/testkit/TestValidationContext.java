package org.liaison.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.liaison.plugins.Subject;
import org.liaison.plugins.ValidationContext;

/**
 * A {@link ValidationContext} for a validator's unit test: it gives the options it was made with
 * and records each report, to be checked after {@code validate} returns.
 *
 * <pre>{@code
 * TestValidationContext context = TestValidationContext.withOptions(Map.of("minimum", "2"));
 * new SourceCountValidator().validate(dataset, context);
 * assertThat(context.codes()).containsExactly("too-few");
 * }</pre>
 *
 * <p>It does not place problems in files nor apply a configuration: {@link LiaisonTester} does, as
 * the command does.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TestValidationContext implements ValidationContext {
  private final Map<String, String> options;
  private final List<Reported> reported = new ArrayList<>();

  private TestValidationContext(Map<String, String> options) {
    this.options = Map.copyOf(options);
  }

  /** A context without options. */
  public static TestValidationContext create() {
    return new TestValidationContext(Map.of());
  }

  /** A context giving these options, as a configuration would. */
  public static TestValidationContext withOptions(Map<String, String> options) {
    return new TestValidationContext(options);
  }

  @Override
  public Map<String, String> options() {
    return options;
  }

  @Override
  public synchronized void report(
      String code, String message, Subject subject, Subject... related) {
    reported.add(new Reported(code, message, subject, Arrays.asList(related)));
  }

  /** Every report, in the order made. */
  public synchronized List<Reported> reported() {
    return List.copyOf(reported);
  }

  /** The code of every report, in the order made. */
  public synchronized List<String> codes() {
    return reported.stream().map(Reported::code).toList();
  }
}
