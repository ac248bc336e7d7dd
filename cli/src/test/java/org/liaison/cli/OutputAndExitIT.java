package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.cli.LiaisonIT.liaison;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.cli.LiaisonIT.Run;

/**
 * The jar's exit statuses and messages for every {@code --output}, for folders without data and for
 * a malformed {@code liaison.yaml}, as a user meets them.
 */
class OutputAndExitIT {
  private static final String EXAMPLES =
      Path.of("../examples").toAbsolutePath().normalize().toString();

  @TempDir Path dir;

  @Test
  void schemaOutput_createsMissingFolders() throws Exception {
    Run run = liaison(dir, "schema", "--output", "nodir/s.json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("nodir/s.json")).content().contains("\"$schema\"");
  }

  @Test
  void exportOutput_createsMissingFolders() throws Exception {
    Run run = liaison(dir, "export", "--format", "json", "--output", "nodir/x.json", EXAMPLES);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("nodir/x.json")).content().startsWith("{");
  }

  @Test
  void validateOutput_createsMissingFolders() throws Exception {
    Run run = liaison(dir, "validate", "--format", "json", "--output", "a/b/r.json", EXAMPLES);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("a/b/r.json")).exists();
  }

  @Test
  void exportCsv_toANewFolderEndingWithSlash_writesAFolderOfTables() throws Exception {
    Run run = liaison(dir, "export", "--format", "csv", "--output", "newdir/", EXAMPLES);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("newdir")).isDirectory();
    assertThat(dir.resolve("newdir/institutions.csv")).content().startsWith("id,");
    try (Stream<Path> files = Files.list(dir.resolve("newdir"))) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"schema", "export", "validate"})
  void outputUnderAFile_exitsTwoNamingThatFileNeverATemporary(String command) throws Exception {
    Files.writeString(dir.resolve("plain"), "");
    String[] args =
        command.equals("schema")
            ? new String[] {"schema", "--output", "plain/x.json"}
            : command.equals("export")
                ? new String[] {"export", "--format", "json", "--output", "plain/x.json", EXAMPLES}
                : new String[] {"validate", "--output", "plain/x.json", EXAMPLES};

    Run run = liaison(dir, args);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot write")
        .contains("to plain/x.json: plain: not a folder")
        .doesNotContain(".tmp")
        .doesNotContain(".liaison-")
        .doesNotContain("internal");
  }

  @Test
  void aLaterWrite_removesTheTemporariesAKilledOneLeft() throws Exception {
    // given the temporary file and folder of a writer that is gone
    Process gone =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .start();
    gone.waitFor();
    Path out = Files.createDirectories(dir.resolve("out"));
    Path file = Files.writeString(out.resolve(".liaison-" + gone.pid() + "-7a.tmp"), "half");
    Path folder = Files.createDirectories(out.resolve(".liaison-" + gone.pid() + "-7b.tmp"));
    Files.writeString(folder.resolve("institutions.csv"), "half");

    // when
    Run run = liaison(dir, "export", "--format", "yaml", "--output", "out/x.yaml", EXAMPLES);

    // then
    assertThat(run.status()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("x.yaml"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty", "notes", "configOnly"})
  void validateOfAFolderWithoutDataFiles_exitsTwoSayingWhatWasLookedFor(String folder)
      throws Exception {
    Path data = Files.createDirectories(dir.resolve(folder));
    if (folder.equals("notes")) {
      Files.writeString(data.resolve("readme.txt"), "notes");
    } else if (folder.equals("configOnly")) {
      Files.writeString(data.resolve("liaison.yaml"), "rules: {}\n");
    }

    Run run = liaison(dir, "validate", folder);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "liaison: no data files in "
                + folder
                + ": looked for .yaml,"
                + " .yml and .json files in it and its subdirectories, leaving out hidden ones and"
                + " liaison.yaml (the configuration). Give the folder that holds the data, or"
                + " --allow-empty if an empty dataset is fine.\n");
  }

  @Test
  void allowEmpty_acceptsAFolderWithoutDataFiles() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    Run run = liaison(dir, "validate", "--allow-empty", "empty");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEqualTo("0 files, 0 records: 0 errors, 0 warnings, 0 info\n");
  }

  @Test
  void malformedLiaisonYaml_isOneLocatedLine() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("liaison.yaml"), "rules:\n  source.missing: [\n");
    Files.writeString(data.resolve("a.yaml"), "liaison: 1\n");

    Run run = liaison(dir, "validate", "data");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "liaison: data/liaison.yaml:3:1: malformed YAML: expected"
                + " the node content, but found '<stream end>'\n");
  }

  @Test
  void summary_countsInfoProblemsAndSaysOneFile() throws Exception {
    Files.writeString(
        dir.resolve("a.yaml"),
        """
        liaison: 1
        sources:
          # liaison-disable-next-line area.unknown -- nothing to suppress here
          - {id: s, title: An article}
        """);

    Run run = liaison(dir, "validate", "a.yaml");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("info [suppression.unused]");
    assertThat(run.err()).isEqualTo("1 file, 1 record: 0 errors, 0 warnings, 1 info\n");
  }
}
