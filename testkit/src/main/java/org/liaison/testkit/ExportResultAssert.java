package org.liaison.testkit;

import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractByteArrayAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.liaison.model.Problem;

/**
 * Assertions on an export ({@link LiaisonAssertions#assertThat}): its text, bytes or files, and
 * what the exporter reported.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExportResultAssert
    extends AbstractProblemsAssert<ExportResultAssert, ExportResult> {

  ExportResultAssert(ExportResult actual) {
    super(actual, ExportResultAssert.class);
  }

  @Override
  protected List<Problem> problems() {
    return actual.problems();
  }

  /** An assertion on the text written (UTF-8). */
  public AbstractStringAssert<?> text() {
    isNotNull();
    return Assertions.assertThat(actual.text()).as("the %s export", actual.format());
  }

  /** Verifies that the text written is exactly {@code expected}. */
  public ExportResultAssert hasText(String expected) {
    text().isEqualTo(expected);
    return myself;
  }

  /** An assertion on the bytes written. */
  public AbstractByteArrayAssert<?> bytes() {
    isNotNull();
    return Assertions.assertThat(actual.bytes()).as("the %s export", actual.format());
  }

  /** Verifies that the exporter wrote exactly these files, in this order. */
  public ExportResultAssert hasFiles(String... names) {
    isNotNull();
    Assertions.assertThat(actual.fileNames())
        .as("the files of the %s export", actual.format())
        .containsExactly(names);
    return myself;
  }

  /** An assertion on the text of the file {@code name}, failing if it was not written. */
  public AbstractStringAssert<?> file(String name) {
    isNotNull();
    if (actual.fileText(name).isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting the "
              + actual.format()
              + " export to write the file "
              + name
              + " but it wrote "
              + actual.fileNames());
    }
    return Assertions.assertThat(actual.fileText(name).get())
        .as("%s of the %s export", name, actual.format());
  }
}
