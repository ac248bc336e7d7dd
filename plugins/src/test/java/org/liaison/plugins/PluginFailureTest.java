package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Dataset;
import org.liaison.model.Problem;

/**
 * A validator that throws: its failure is a {@code plugin.failed} problem and the run goes on,
 * unless what it threw leaves the JVM unable to go on (running out of memory).
 */
class PluginFailureTest {
  private static final LoadResult LOAD =
      DatasetReader.create()
          .readString("liaison: 1\nsources:\n  - {id: src, title: An article}\n", "one.yaml");

  /** A validator that throws what {@code thrown} makes. */
  private static Validation throwing(Supplier<Throwable> thrown) {
    Validator validator =
        new Validator() {
          @Override
          public String id() {
            return "example.throwing";
          }

          @Override
          public void validate(Dataset dataset, ValidationContext context) {
            Throwable t = thrown.get();
            if (t instanceof Error) {
              throw (Error) t;
            }
            throw (RuntimeException) t;
          }
        };
    return Validation.of(Plugins.of(List.of(validator), List.of()));
  }

  @Test
  void runtimeException_isAPluginFailure() {
    ValidationReport report = throwing(() -> new IllegalStateException("injected")).validate(LOAD);

    assertThat(report.problems()).extracting(Problem::code).containsExactly("plugin.failed");
    assertThat(report.failureCauses()).singleElement().isInstanceOf(IllegalStateException.class);
  }

  @Test
  void stackOverflow_isAPluginFailure() {
    ValidationReport report = throwing(StackOverflowError::new).validate(LOAD);

    assertThat(report.problems()).extracting(Problem::code).containsExactly("plugin.failed");
  }

  @Test
  void outOfMemory_endsTheRun() {
    Validation validation = throwing(() -> new OutOfMemoryError("injected"));

    assertThatThrownBy(() -> validation.validate(LOAD))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("injected");
  }

  @Test
  void rethrowIfFatal_rethrowsWhatTheJvmCannotGoOnAfter() {
    assertThatThrownBy(() -> Plugins.rethrowIfFatal(new InternalError("injected")))
        .isInstanceOf(InternalError.class);
    assertThatCode(() -> Plugins.rethrowIfFatal(new StackOverflowError()))
        .doesNotThrowAnyException();
    assertThatCode(() -> Plugins.rethrowIfFatal(new AssertionError())).doesNotThrowAnyException();
    assertThatCode(() -> Plugins.rethrowIfFatal(new IllegalStateException()))
        .doesNotThrowAnyException();
  }
}
