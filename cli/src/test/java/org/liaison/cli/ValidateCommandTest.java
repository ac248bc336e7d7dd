package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code liaison validate} through {@link Liaison#run}, on real files. */
class ValidateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Liaison.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void validate_examples_exitsZeroWithSummaryOnStderr() {
    int status = run("validate", "../examples");

    assertThat(status).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("8 files, 78 records: 0 errors, 0 warnings");
  }

  @Test
  void validate_brokenFile_printsOneLinePerProblemAndExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(
        file,
        "liaison: 1\ninstitutions:\n  - id: zq\n    name: Zhongqiao\n"
            + "    kind: univercity\n    locaton: {city: Shanghai}\n");

    int status = run("validate", file.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString().lines())
        .containsExactly(
            file
                + ":5:11: error [value.enum] /institutions/0/kind: `univercity` is not an"
                + " institution kind — did you mean `university`?",
            file
                + ":6:5: error [field.unknown] /institutions/0/locaton: unknown field `locaton` in"
                + " an institution — did you mean `location`?");
    assertThat(err.toString()).contains("1 file, 0 records: 2 errors, 0 warnings, 0 info");
  }

  @Test
  void validate_missingPath_isAUsageError() {
    int status = run("validate", "no/such/dir");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or directory: no/such/dir");
  }

  @Test
  void validate_badFailOn_isAUsageErrorThatSaysWhatIsExpected() {
    int status = run("validate", "--fail-on", "fatal", "../examples");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("expected error or warning, found 'fatal'");
  }

  @Test
  void mistypedSubcommand_suggestsTheRightOne() {
    int status = run("valdate", "../examples");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("Did you mean: liaison validate?");
  }

  @Test
  void validate_limitsFromLiaisonYaml_apply(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("liaison.yaml"), "limits:\n  records: 1\n");
    Files.writeString(
        dir.resolve("a.yaml"),
        "liaison: 1\nsources:\n  - {id: a, title: t}\n" + "  - {id: b, title: t}\n");

    int status = run("validate", dir.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out.toString())
        .contains("a.yaml:4:5: error [limit] /sources/1: the data holds" + " more than 1 records");
  }

  @Test
  void validate_unknownLimitInLiaisonYaml_isAConfigurationError(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("liaison.yaml"), "limits:\n  record: 1\n");
    Files.writeString(dir.resolve("a.yaml"), "liaison: 1\n");

    int status = run("validate", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("unknown limit `record` — did you mean `records`?");
  }
}
