package org.liaison.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Subject;

/**
 * An {@link ExportContext} for an exporter's unit test: it gives the options it was made with and
 * records each report.
 *
 * <pre>{@code
 * TestExportContext context = TestExportContext.create();
 * new SummaryExporter().export(dataset, out, context);
 * assertThat(context.reported()).isEmpty();
 * }</pre>
 *
 * <p>It gives only the options it is made with, not the exporter's declared defaults: {@link
 * LiaisonTester#export} gives those, as the command does.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TestExportContext implements ExportContext {
  private final Map<String, String> options;
  private final List<Reported> reported = new ArrayList<>();

  private TestExportContext(Map<String, String> options) {
    this.options = Map.copyOf(options);
  }

  /** A context without options. */
  public static TestExportContext create() {
    return new TestExportContext(Map.of());
  }

  /** A context giving these options. */
  public static TestExportContext withOptions(Map<String, String> options) {
    return new TestExportContext(options);
  }

  @Override
  public Map<String, String> options() {
    return options;
  }

  @Override
  public synchronized void report(String code, String message, Subject subject) {
    reported.add(new Reported(code, message, subject, List.of()));
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
