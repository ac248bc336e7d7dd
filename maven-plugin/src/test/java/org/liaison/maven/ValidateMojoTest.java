package org.liaison.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** liaison:validate run as Maven runs it, on files in a temporary project. */
class ValidateMojoTest {
  static final String INSTITUTIONS =
      "liaison: 1\ninstitutions:\n"
          + "  - {id: zhongqiao, name: Zhongqiao University, kind: university}\n"
          + "  - {id: chamber, name: Zhejiang Chamber of Commerce, kind: association}\n";
  static final String VISIT =
      "liaison: 1\ndelegations:\n"
          + "  - id: chamber-visit\n"
          + "    date: \"2024-03-21\"\n"
          + "    visiting: {institutions: [chamber]}\n"
          + "    host: {institutions: [zhongqiao]}\n"
          + "    sources: [src.chamber]\n"
          + "sources:\n  - {id: src.chamber, title: The chamber visits}\n";

  @TempDir Path project;
  Path data;
  CapturingLog log;

  @BeforeEach
  void data() throws IOException {
    data = Files.createDirectories(project.resolve("src/main/liaison"));
    Files.writeString(data.resolve("institutions.yaml"), INSTITUTIONS);
    Files.writeString(data.resolve("visit.yaml"), VISIT);
  }

  ValidateMojo mojo() {
    ValidateMojo mojo = new ValidateMojo();
    log = new CapturingLog();
    mojo.setLog(log);
    mojo.basedir = project.toFile();
    mojo.outputDirectory = project.resolve("target/liaison").toFile();
    mojo.failOn = "error";
    mojo.upToDateCheck = true;
    mojo.pluginArtifacts = List.of();
    mojo.pluginVersion = "test";
    return mojo;
  }

  boolean validated() {
    return log.text().contains("liaison: 2 files, 4 records: 0 errors, 0 warnings, 0 info in ");
  }

  boolean upToDate() {
    return log.text().contains("liaison: up to date, nothing read: the 2 data files");
  }

  @Test
  void aSecondRunWithNothingChangedReadsNothing() throws Exception {
    mojo().execute();
    assertThat(validated()).isTrue();
    assertThat(project.resolve("target/liaison/validate.index")).isRegularFile();
    mojo().execute();
    assertThat(upToDate()).isTrue();
    assertThat(validated()).isFalse();
  }

  @Test
  void aChangedFileValidatesTheWholeDatasetAgain() throws Exception {
    mojo().execute();
    Path visit = data.resolve("visit.yaml");
    // same size, other content and time: references cross files, so all is read again
    Files.writeString(visit, VISIT.replace("2024-03-21", "2024-03-22"));
    Files.setLastModifiedTime(
        visit, FileTime.fromMillis(Files.getLastModifiedTime(visit).toMillis() + 2000));
    mojo().execute();
    assertThat(validated()).isTrue();
  }

  @Test
  void anAddedOrRemovedFileValidatesAgain() throws Exception {
    mojo().execute();
    Files.writeString(data.resolve("more.yaml"), "liaison: 1\n");
    mojo().execute();
    assertThat(log.text()).contains("3 files, 4 records");
    Files.delete(data.resolve("more.yaml"));
    mojo().execute();
    assertThat(validated()).isTrue();
  }

  @Test
  void aNewConfigurationFileValidatesAgain() throws Exception {
    mojo().execute();
    Files.writeString(project.resolve("liaison.yaml"), "rules:\n  source.missing: off\n");
    mojo().execute();
    assertThat(validated()).isTrue();
    mojo().execute();
    assertThat(upToDate()).isTrue();
  }

  @Test
  void anotherParameterOrMissingReportValidatesAgain() throws Exception {
    mojo().execute();
    ValidateMojo strict = mojo();
    strict.failOn = "warning";
    strict.execute();
    assertThat(validated()).isTrue();
    Files.delete(project.resolve("target/liaison/liaison.sarif"));
    ValidateMojo again = mojo();
    again.failOn = "warning";
    again.execute();
    assertThat(validated()).isTrue();
    assertThat(project.resolve("target/liaison/liaison.sarif")).isRegularFile();
  }

  @Test
  void withoutTheCheckEveryRunValidates() throws Exception {
    mojo().execute();
    ValidateMojo always = mojo();
    always.upToDateCheck = false;
    always.execute();
    assertThat(validated()).isTrue();
  }

  @Test
  void aFailingRunIsNeverUpToDate() throws Exception {
    Files.writeString(data.resolve("visit.yaml"), VISIT.replace("[zhongqiao]", "[nowhere]"));
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(
            "liaison: 1 error (failOn=error, 2 files, 4 records: 1 error,"
                + " 0 warnings, 0 info):")
        .hasMessageContaining("visit.yaml:6:27: error [ref.unknown]");
    assertThat(log.lines)
        .anyMatch(
            l ->
                l.startsWith("[ERROR] ")
                    && l.contains(
                        "visit.yaml:6:27: error [ref.unknown] /delegations/0/host/institutions/0"));
    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class);
    assertThat(project.resolve("target/liaison/validate.index")).doesNotExist();
  }

  @Test
  void theFailureNamesTheFirstTenProblemsAndTheCount() throws Exception {
    StringBuilder many = new StringBuilder("liaison: 1\ndelegations:\n");
    for (int i = 0; i < 12; i++) {
      many.append("  - {id: v")
          .append(i)
          .append(
              ", date: \"2024-01-01\", visiting: {institutions:"
                  + " [chamber]}, host: {institutions: [nowhere]}, sources: [src.chamber]}\n");
    }
    Files.writeString(data.resolve("many.yaml"), many.toString());
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .satisfies(
            e -> {
              String m = e.getMessage();
              assertThat(m).startsWith("liaison: 12 errors (failOn=error, 3 files, 16 records:");
              assertThat(m.lines().filter(l -> l.startsWith("  ") && l.contains(": error [")))
                  .hasSize(ValidateMojo.PROBLEMS_IN_MESSAGE);
              assertThat(m).contains("  … and 2 more");
              assertThat(m).contains("Reports: ");
            });
  }

  @Test
  void aMissingDefaultFolderIsNothingToDoButAMissingNamedOneIsAnError() throws Exception {
    Path empty = Files.createDirectories(project.resolve("other"));
    ValidateMojo none = mojo();
    none.basedir = empty.toFile();
    none.execute();
    assertThat(log.text()).contains("liaison: no src/main/liaison folder, nothing to validate");
    ValidateMojo named = mojo();
    named.dataDirectories = List.of(new File("data"));
    assertThatThrownBy(named::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("data does not exist: fix <dataDirectories>");
  }

  @Test
  void badParametersAndConfigurationAreClearErrors() throws Exception {
    ValidateMojo failOn = mojo();
    failOn.failOn = "info";
    assertThatThrownBy(failOn::execute)
        .hasMessage("liaison: failOn is `error` or `warning`, not `info`");
    ValidateMojo formats = mojo();
    formats.formats = List.of("html");
    assertThatThrownBy(formats::execute).hasMessageContaining("unknown report format `html`");
    Files.writeString(project.resolve("liaison.yaml"), "rules:\n  source.mising: off\n");
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("liaison.yaml:2:3: unknown rule `source.mising`");
  }

  @Test
  void skipReadsNothing() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.skip = true;
    mojo.execute();
    assertThat(log.text()).isEqualTo("[INFO] liaison: validation skipped (liaison.skip)");
    assertThat(project.resolve("target")).doesNotExist();
  }
}
