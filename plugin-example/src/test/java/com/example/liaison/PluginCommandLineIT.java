package com.example.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin author's path, end to end: the example plugin's jar added to the real {@code liaison}
 * command, on the class path and on the module path.
 */
class PluginCommandLineIT {
  static final Path LIAISON = Path.of(System.getProperty("liaison.jar"));
  static final Path PLUGIN = Path.of(System.getProperty("plugin.jar"));
  static final Path MODULES = Path.of(System.getProperty("modules.dir"));
  static final Path DATA = Path.of("src/test/resources/data").toAbsolutePath();

  record Run(int status, String out, String err) {}

  static Run java(Path dir, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Path out = Files.createTempFile("liaison", ".out");
    Path err = Files.createTempFile("liaison", ".err");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static Run liaison(String... args) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of("-jar", LIAISON.toString()));
    all.addAll(List.of(args));
    return java(DATA, all);
  }

  @Test
  void validate_withPluginJar_reportsItsCodeAtTheConfiguredSeverity() throws Exception {
    // liaison.yaml beside the data asks for two sources, at severity error
    Run run = liaison("validate", "--plugin-path", PLUGIN.toString(), ".");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "./visits.yaml:11:14: error"
                + " [example.sources/too-few] /delegations/0/sources: delegation `chamber-visit` cites 1"
                + " source(s), fewer than the 2 this project asks for: add sources");
  }

  @Test
  void validate_withoutThePlugin_itsRuleInTheConfigIsAConfigurationError() throws Exception {
    Run run = liaison("validate", ".");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown rule `example.sources`");
  }

  @Test
  void export_withPluginJar_writesItsFormatAtomicallyToTheOutput(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("summary.txt");

    Run run =
        liaison(
            "export",
            "--plugin-path",
            PLUGIN.toString(),
            "--format",
            "summary",
            "--output",
            target.toString(),
            "visits.yaml");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(target))
        .startsWith(
            "2 institutions, 0 people, 1 delegations, 0 agreements, 1 sources\n2024-03-21  ");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void export_optionFromTheCommandLine_reachesTheExporter(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("summary.txt");

    Run run =
        liaison(
            "export",
            "--plugin-path",
            PLUGIN.toString(),
            "--format",
            "summary",
            "--option",
            "separator= | ",
            "--output",
            target.toString(),
            "visits.yaml");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(target)).contains("2024-03-21 | The chamber visits Zhongqiao");
  }

  @Test
  void export_optionFromLiaisonYaml_reachesTheExporter_andValidateAcceptsIt(@TempDir Path dir)
      throws Exception {
    Files.copy(DATA.resolve("visits.yaml"), dir.resolve("visits.yaml"));
    Files.writeString(
        dir.resolve("liaison.yaml"), "rules:\n  summary: {options: {separator:" + " \" ~ \"}}\n");
    Path target = dir.resolve("summary.txt");

    Run export =
        java(
            dir,
            List.of(
                "-jar",
                LIAISON.toString(),
                "export",
                "--plugin-path",
                PLUGIN.toString(),
                "--format",
                "summary",
                "--output",
                target.toString(),
                "."));
    Run validate =
        java(
            dir,
            List.of(
                "-jar", LIAISON.toString(), "validate", "--plugin-path", PLUGIN.toString(), "."));

    assertThat(export.status()).as(export.err()).isZero();
    assertThat(Files.readString(target)).contains("2024-03-21 ~ The chamber visits");
    assertThat(validate.status()).as(validate.err()).isZero();
  }

  @Test
  void export_unknownOption_isExitTwoWithASuggestion() throws Exception {
    Run run =
        liaison(
            "export",
            "--plugin-path",
            PLUGIN.toString(),
            "--format",
            "summary",
            "--option",
            "seperator=x",
            "visits.yaml");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "the exporter `summary` has no option `seperator` — did you" + " mean `separator`?");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void plugins_listsTheExampleWithItsJarBesideTheBuiltIns() throws Exception {
    Run run = liaison("plugins", "--plugin-path", PLUGIN.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern("validator +example\\.sources +\\S+ +" + Pattern.quote(PLUGIN.toString()))
        .containsPattern("exporter +summary ")
        .contains("liaison.integrity")
        .contains("example.sources/too-few")
        .containsPattern("summary options .*\n  separator +.*What stands between");
  }

  @Test
  void modulePath_findsBuiltInAndPluginProvidersThroughProvides() throws Exception {
    Run run =
        java(
            DATA,
            List.of(
                "--module-path",
                MODULES + File.pathSeparator + PLUGIN,
                "--module",
                "org.liaison.cli/org.liaison.cli.Liaison",
                "plugins"));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("liaison.integrity")
        .contains("example.sources")
        .contains("summary");
  }

  @Test
  void classPath_findsBuiltInAndPluginProvidersThroughMetaInfServices() throws Exception {
    Run run =
        java(
            DATA,
            List.of(
                "-cp",
                MODULES + "/*" + File.pathSeparator + PLUGIN,
                "org.liaison.cli.Liaison",
                "validate",
                "."));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("[example.sources/too-few]");
  }
}
