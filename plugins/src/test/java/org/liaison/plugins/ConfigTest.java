package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.io.DatasetReader;
import org.liaison.io.ReadLimits;
import org.liaison.io.ReadLimits.Limit;
import org.liaison.model.Agreement;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * {@code liaison.yaml} and suppression comments, through a real validation run: levels per code and
 * per validator, overrides by glob, unknown rules and options refused, the upward search, and
 * {@code # liaison-disable-next-line}.
 */
class ConfigTest {

  /**
   * An agreement with three problems of two built-in validators: {@code source.missing} (warning,
   * the record at 6:5), {@code signed-on.missing} (warning, 9:13) and {@code area.unknown} (error,
   * 11:13).
   */
  private static final String AGREEMENT =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
        - {id: qf, name: Qiangfeng Group, kind: enterprise-group}
      agreements:
        - id: coop
          title: School-enterprise cooperation
          kind: strategic-cooperation
          status: signed
          parties: [zq, qf]
          areas: [talent-cultivaton]
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Config config(String text) throws IOException {
    return Config.load(write(Config.FILE_NAME, text));
  }

  private List<Problem> validate(Validation validation, Path data) {
    return validation.validate(DatasetReader.create().read(data)).problems();
  }

  private List<Problem> validate(String configText) throws IOException {
    Path data = write("data.yaml", AGREEMENT);
    return validate(Validation.withDiscoveredPlugins().withConfig(config(configText)), data);
  }

  private static Map<String, Severity> severities(List<Problem> problems) {
    Map<String, Severity> byCode = new LinkedHashMap<>();
    problems.forEach(p -> byCode.put(p.code(), p.severity()));
    return byCode;
  }

  @Test
  void unconfigured_reportsTheThreeProblemsAtTheirDefaultSeverities() throws IOException {
    // when
    List<Problem> problems = validate("");

    // then
    assertThat(severities(problems))
        .containsExactly(
            Map.entry("source.missing", Severity.WARNING),
            Map.entry("signed-on.missing", Severity.WARNING),
            Map.entry("area.unknown", Severity.ERROR));
  }

  @Test
  void ruleOff_switchesThatCodeOffAndNoOther() throws IOException {
    // when
    List<Problem> problems = validate("rules:\n  area.unknown: off\n");

    // then
    assertThat(problems)
        .extracting(Problem::code)
        .containsExactly("source.missing", "signed-on.missing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void ruleLevel_givesTheCodeThatSeverity(String rules, String code, Severity expected)
      throws IOException {
    // when
    List<Problem> problems = validate("rules:\n" + rules);

    // then
    assertThat(severities(problems)).containsEntry(code, expected).hasSize(3);
  }

  static Stream<Arguments> ruleLevel_givesTheCodeThatSeverity() {
    return Stream.of(
        Arguments.of("  source.missing: error\n", "source.missing", Severity.ERROR),
        Arguments.of("  area.unknown: warning\n", "area.unknown", Severity.WARNING),
        Arguments.of("  area.unknown: {severity: info}\n", "area.unknown", Severity.INFO));
  }

  @Test
  void validatorId_setsAllItsCodesAndNoOtherValidatorsCodes() throws IOException {
    // when
    List<Problem> problems = validate("rules:\n  liaison.completeness: error\n");

    // then
    assertThat(severities(problems))
        .containsExactly(
            Map.entry("source.missing", Severity.ERROR),
            Map.entry("signed-on.missing", Severity.ERROR),
            Map.entry("area.unknown", Severity.ERROR));
  }

  @Test
  void codeEntry_winsOverItsValidatorsEntry() throws IOException {
    // when
    List<Problem> problems =
        validate("rules:\n  source.missing: info\n  liaison.completeness: off\n");

    // then
    assertThat(severities(problems))
        .containsExactly(
            Map.entry("source.missing", Severity.INFO), Map.entry("area.unknown", Severity.ERROR));
  }

  @Test
  void override_byGlob_changesTheLevelInMatchingFilesOnly() throws IOException {
    // given the same agreement, with other ids, in legacy/ and at the top
    write(
        "legacy/old.yaml",
        AGREEMENT.replace("zq", "zq1").replace("qf", "qf1").replace("id: coop", "id: coop1"));
    write("current.yaml", AGREEMENT);
    Config config =
        config(
            """
        overrides:
          - files: ["legacy/**"]
            rules: {area.unknown: warning}
        """);

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins().withConfig(config), dir);

    // then
    assertThat(problems)
        .filteredOn(p -> p.code().equals("area.unknown"))
        .extracting(
            p -> dir.relativize(Path.of(p.location().orElseThrow().file())).toString(),
            Problem::severity)
        .containsExactly(
            tuple("current.yaml", Severity.ERROR), tuple("legacy/old.yaml", Severity.WARNING));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource
  void unknownRule_isRefusedAtItsLineWithTheNearestRule(String text, int line, String message) {
    // when / then
    assertThatThrownBy(() -> Validation.withDiscoveredPlugins().withConfig(config(text)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dir.resolve(Config.FILE_NAME) + ":" + line + ":")
        .hasMessageContaining(message);
  }

  static Stream<Arguments> unknownRule_isRefusedAtItsLineWithTheNearestRule() {
    return Stream.of(
        Arguments.of(
            "rules:\n  area.unknwon: off\n",
            2,
            "unknown rule `area.unknwon` — did you mean `area.unknown`?"),
        Arguments.of(
            "rules:\n  liaison.integrty: {severity: error}\n",
            2,
            "unknown rule `liaison.integrty` — did you mean `liaison.integrity`?"),
        Arguments.of(
            "overrides:\n  - files: [\"legacy/**\"]\n    rules: {source.mising: info}\n",
            3,
            "unknown rule `source.mising` — did you mean `source.missing`?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void malformedYaml_isOneLineAtItsPlace(String text, String place, String message) {
    assertThatThrownBy(() -> config(text))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve(Config.FILE_NAME) + ":" + place + ": malformed YAML: " + message);
  }

  static Stream<Arguments> malformedYaml_isOneLineAtItsPlace() {
    return Stream.of(
        Arguments.of(
            "rules:\n  a: [\n", "3:1", "expected the node content, but found '<stream end>'"),
        Arguments.of(
            "rules:\n  a: off\n b: on\n",
            "3:2",
            "expected <block end>, but found '<block mapping start>'"),
        Arguments.of("rules: {a: off\n", "2:1", "expected ',' or '}', but got <stream end>"));
  }

  @Test
  void sameKeyTwice_isRefusedAtTheSecond() {
    assertThatThrownBy(() -> config("rules:\n  area.unknown: off\n  area.unknown: info\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve(Config.FILE_NAME)
                + ":3:3: `area.unknown` is given twice in"
                + " `rules` (first at "
                + dir.resolve(Config.FILE_NAME)
                + ":2:3): keep one");
  }

  @Test
  void yaml12_readsLevelsAsWritten() throws IOException {
    // YAML 1.1 would read `off` as the boolean false
    Config config = config("rules:\n  area.unknown: off\n");

    assertThat(config.level("area.unknown", Optional.empty(), Optional.empty()))
        .contains(Level.OFF);
  }

  @Test
  void unknownRule_isPlacedAtItsName() {
    assertThatThrownBy(
            () ->
                Validation.withDiscoveredPlugins()
                    .withConfig(config("rules:\n  area.unknwon: off\n")))
        .hasMessageStartingWith(dir.resolve(Config.FILE_NAME) + ":2:3: unknown rule");
  }

  @Test
  void limits_areTakenFromTheLimitsSection() throws IOException {
    // when
    Config config =
        config(
            "limits:\n  records: 7\n  problems: 50\n  numberLength: 20\n"
                + "  loadBytes: 1000000\n");

    // then: those set, and the defaults for the others
    assertThat(config.limits().maxRecords()).isEqualTo(7);
    assertThat(config.limits().maxProblems()).isEqualTo(50);
    assertThat(config.limits().maxNumberLength()).isEqualTo(20);
    assertThat(config.limits().maxLoadBytes()).isEqualTo(1_000_000);
    assertThat(config.limits().maxDepth()).isEqualTo(ReadLimits.defaults().maxDepth());
  }

  @Test
  void limits_everyLimitIsSetByItsName() throws IOException {
    StringBuilder yaml = new StringBuilder("limits:\n");
    for (Limit limit : Limit.values()) {
      yaml.append("  ").append(limit.key()).append(": ").append(limit.min() + 3).append('\n');
    }

    Config config = config(yaml.toString());

    for (Limit limit : Limit.values()) {
      assertThat(config.limits().get(limit)).as(limit.key()).isEqualTo(limit.min() + 3);
    }
  }

  @Test
  void unknownLimit_farFromAnyName_isRefusedListingTheLimits() {
    assertThatThrownBy(() -> config("limits:\n  heap: 5\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith(
            "unknown limit `heap`: the limits are depth, aliasExpansion,"
                + " fileBytes, loadBytes, stringLength, documents, records, problems, numberLength");
  }

  @Test
  void limitBelowItsMinimum_isRefusedAtTheValue() {
    assertThatThrownBy(() -> config("limits:\n  depth: 3\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve(Config.FILE_NAME)
                + ":2:10: the format itself nests 8 deep; a"
                + " depth limit of 3 is too small");
  }

  @Test
  void unknownLimit_isRefusedWithTheNearestLimit() {
    assertThatThrownBy(() -> config("limits:\n  problem: 5\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dir.resolve(Config.FILE_NAME) + ":2:3:")
        .hasMessageContaining("unknown limit `problem` — did you mean `problems`?");
  }

  @Test
  void unknownOption_ofABuiltInValidator_isRefusedSayingItTakesNone() {
    // when / then
    assertThatThrownBy(
            () ->
                Validation.withDiscoveredPlugins()
                    .withConfig(
                        config("rules:\n  liaison.integrity: {options: {strict: \"true\"}}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(Config.FILE_NAME + ":2:")
        .hasMessageContaining("`liaison.integrity` has no option `strict`. It takes no options.");
  }

  /** A plugin's validator with one option, {@code minimum}: too few sources on an agreement. */
  static final class MinimumSources implements Validator {
    @Override
    public String id() {
      return "acme.sources";
    }

    @Override
    public Set<String> options() {
      return Set.of("minimum");
    }

    @Override
    public List<Rule> rules() {
      return List.of(Rule.of("too-few", Severity.WARNING, "Fewer sources than the minimum."));
    }

    @Override
    public void validate(Dataset dataset, ValidationContext context) {
      int minimum = Integer.parseInt(context.options().getOrDefault("minimum", "1"));
      for (Agreement a : dataset.agreements()) {
        if (a.sources().size() < minimum) {
          context.report("too-few", "fewer than " + minimum + " sources", Subject.of(a));
        }
      }
    }
  }

  private static Validation withMinimumSources() {
    List<Validator> validators = new ArrayList<>(Plugins.discover().validators());
    validators.add(new MinimumSources());
    return Validation.of(Plugins.of(validators, List.of()));
  }

  @Test
  void unknownOption_ofAPlugin_isRefusedWithTheNearestOption() {
    // when / then
    assertThatThrownBy(
            () ->
                withMinimumSources()
                    .withConfig(config("rules:\n  acme.sources: {options: {minimun: \"2\"}}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("`acme.sources` has no option `minimun` — did you mean `minimum`?");
  }

  @Test
  void pluginRule_optionsReachThePluginAndItsCodeTakesAConfiguredSeverity() throws IOException {
    // given
    Path data = write("data.yaml", AGREEMENT);
    Config config =
        config(
            """
        rules:
          acme.sources: {options: {minimum: "1"}}
          acme.sources/too-few: error
          liaison.completeness: off
          liaison.integrity: off
        """);

    // when
    List<Problem> problems = validate(withMinimumSources().withConfig(config), data);

    // then
    assertThat(problems)
        .extracting(Problem::code, Problem::severity, Problem::message)
        .containsExactly(tuple("acme.sources/too-few", Severity.ERROR, "fewer than 1 sources"));
  }

  @Test
  void find_searchesUpwardFromTheDataToTheNearestConfiguration() throws IOException {
    // given
    Path config = write("repo/liaison.yaml", "");
    write("repo/.git/HEAD", "ref: refs/heads/main\n");
    Path data = write("repo/data/2024/visit.yaml", AGREEMENT);

    // when / then
    assertThat(Config.find(data)).hasValue(config);
    assertThat(Config.find(data.getParent())).hasValue(config);
  }

  @Test
  void find_prefersTheNearestOfTwoConfigurations() throws IOException {
    // given
    write("repo/liaison.yaml", "");
    Path nearer = write("repo/data/liaison.yaml", "");
    Path data = write("repo/data/2024/visit.yaml", AGREEMENT);

    // when / then
    assertThat(Config.find(data)).hasValue(nearer);
  }

  @Test
  void find_stopsAtTheRepositoryRoot() throws IOException {
    // given a configuration above the directory holding .git
    write("liaison.yaml", "");
    Files.createDirectories(dir.resolve("repo/.git"));
    Path data = write("repo/data/visit.yaml", AGREEMENT);

    // when / then
    assertThat(Config.find(data)).isEmpty();
    assertThat(Config.find(dir.resolve("repo"))).isEmpty();
  }

  /**
   * An agreement whose area is suppressed, and a comment above its sources, where nothing is wrong.
   */
  private static final String SUPPRESSED =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
        - {id: qf, name: Qiangfeng Group, kind: enterprise-group}
      agreements:
        - id: coop
          title: School-enterprise cooperation
          kind: strategic-cooperation
          status: agreed
          parties: [zq, qf]
          # liaison-disable-next-line area.unknown -- our own code, registration pending
          areas: [talent-cultivaton]
          # liaison-disable-next-line source.missing -- nothing is wrong on the next line
          sources: [src]
      sources:
        - {id: src, title: An article}
      """;

  @Test
  void suppression_removesTheProblemOfItsCodeOnTheNextLine() throws IOException {
    // given
    Path data = write("data.yaml", SUPPRESSED);

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins(), data);

    // then
    assertThat(problems).extracting(Problem::code).doesNotContain("area.unknown");
  }

  @Test
  void suppression_withoutAProblemOnTheNextLine_isReportedAsUnusedAtTheComment()
      throws IOException {
    // given
    Path data = write("data.yaml", SUPPRESSED);

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins(), data);

    // then "    # liaison-disable-next-line source.missing": the comment at 13:5
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("suppression.unused");
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.location()).hasValue(Location.of(data.toString(), 13, 5));
              assertThat(p.message()).contains("source.missing");
            });
  }

  @Test
  void suppression_ofAnotherCode_doesNotSuppress() throws IOException {
    // given
    Path data =
        write(
            "data.yaml",
            SUPPRESSED.replace(
                "liaison-disable-next-line area.unknown", "liaison-disable-next-line value.enum"));

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins(), data);

    // then
    assertThat(problems)
        .extracting(Problem::code, p -> p.location().orElseThrow().line())
        .containsExactly(
            tuple("suppression.unused", 11),
            tuple("area.unknown", 12),
            tuple("suppression.unused", 13));
  }

  @Test
  void suppression_ofACodeWithAHyphen_removesTheProblem() throws IOException {
    // given
    Path data =
        write(
            "data.yaml",
            AGREEMENT
                .replace(
                    "    status: signed",
                    "    # liaison-disable-next-line signed-on.missing -- the article gives no date\n"
                        + "    status: signed")
                .replace("    areas: [talent-cultivaton]\n", ""));

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins(), data);

    // then
    assertThat(problems).extracting(Problem::code).containsExactly("source.missing");
  }

  @Test
  void suppression_ofACodeTheConfigurationTurnsOff_saysTheCodeIsOff() throws IOException {
    // given
    Path data = write("data.yaml", SUPPRESSED);
    Config config = Config.parse("rules: {source.missing: off}\n", dir.resolve("liaison.yaml"));

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins().withConfig(config), data);

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("suppression.unused");
              assertThat(p.message())
                  .isEqualTo(
                      "this comment suppresses source.missing on line 14, but"
                          + " the configuration turns source.missing off: remove the comment");
            });
  }

  @Test
  void override_matchingNoFileRead_isReportedAsInfoAtTheOverride() throws IOException {
    // given globs relative to the configuration's folder: `data.yaml` matches, `legacy/**` not
    Path data = write("data.yaml", AGREEMENT);
    Config config =
        Config.parse(
            """
        overrides:
          - files: ["data.yaml"]
            rules: {source.missing: info}
          - files: ["legacy/**", "*.json"]
            rules: {source.missing: off}
        """,
            dir.resolve("liaison.yaml"));

    // when
    List<Problem> problems = validate(Validation.withDiscoveredPlugins().withConfig(config), data);

    // then
    assertThat(problems)
        .filteredOn(p -> p.code().equals("override.unused"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.INFO);
              assertThat(p.location())
                  .hasValue(Location.of(dir.resolve("liaison.yaml").toString(), 4, 5));
              assertThat(p.message())
                  .startsWith(
                      "this override's files [`legacy/**`, `*.json`]" + " match no file read");
            });
  }

  @Test
  void level_isReadAsALevel_andABadOneIsRefusedNamingTheLevels() throws IOException {
    Config config = config("rules:\n  area.unknown: warning\n  source.missing: {severity: off}\n");

    assertThat(config.level("area.unknown", Optional.empty(), Optional.empty()))
        .contains(Level.WARNING);
    assertThat(config.level("source.missing", Optional.empty(), Optional.empty()))
        .contains(Level.OFF);
    assertThat(config.level("date.order", Optional.empty(), Optional.empty())).isEmpty();
    assertThatThrownBy(() -> config("rules:\n  area.unknown: fatal\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve(Config.FILE_NAME)
                + ":2:17: `fatal` is not a level: use error, warning, info or off");
  }

  @Test
  void malformedGlob_isRefusedAtTheGlob() {
    assertThatThrownBy(
            () ->
                config(
                    "overrides:\n  - files: [\"ok/**\", \"[a\"]\n"
                        + "    rules: {area.unknown: off}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dir.resolve(Config.FILE_NAME) + ":2:22: `[a` is not a glob: ")
        .hasMessageContaining(" near character 2; in a glob");
  }

  @Test
  void parse_readsTextAsIfFromTheFileNamed_whichNeedNotExist() {
    Path named = dir.resolve("nowhere/liaison.yaml");

    assertThatThrownBy(() -> Config.parse("rules: {source.missing: of}\n", named))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(named + ":1:25: `of` is not a level");
    assertThat(Config.parse("rules: {source.missing: off}\n", named).file())
        .isEqualTo(named.toString());
  }
}
