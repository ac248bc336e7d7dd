package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * One test per code of the built-in validators: a small bad file in {@code
 * src/test/resources/integrity}, read with the real reader and validated with the discovered
 * plugins, and the code, severity, line and column of the offending value (counted by hand,
 * 1-based) and its JSON Pointer.
 */
class IntegrityCodesTest {
  private static final Path DIR = Path.of("src/test/resources/integrity");

  /** What a test checks of a problem; a record, so a failure shows all of it. */
  record Seen(String code, Severity severity, int line, int column, String pointer) {
    static Seen of(Problem p) {
      Location at = p.location().orElseThrow(() -> new AssertionError("no location: " + p));
      return new Seen(p.code(), p.severity(), at.line(), at.column(), p.pointer());
    }
  }

  private static List<Problem> validate(String name) {
    Path file = DIR.resolve(name);
    LoadResult load = DatasetReader.create().read(file);
    assertThat(load.problems()).as("the reader has nothing to say about " + name).isEmpty();
    List<Problem> problems = Validation.withDiscoveredPlugins().validate(load).problems();
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.location().map(Location::file)).hasValue(file.toString()));
    return problems;
  }

  private static List<Seen> seen(List<Problem> problems) {
    return problems.stream().map(Seen::of).toList();
  }

  private static Location at(String name, int line, int column) {
    return Location.of(DIR.resolve(name).toString(), line, column);
  }

  @Test
  void parentCycle_isReportedAtTheParentOfEachInstitutionInTheCycle() {
    // given school → university → school
    // when
    List<Problem> problems = validate("parent-cycle.yaml");

    // then "    parent: university" and "    parent: school": the value at column 13
    assertThat(seen(problems))
        .containsExactly(
            new Seen("parent.cycle", Severity.ERROR, 6, 13, "/institutions/0/parent"),
            new Seen("parent.cycle", Severity.ERROR, 10, 13, "/institutions/1/parent"));
    assertThat(problems.get(0).message()).contains("school → university → school");
  }

  @Test
  void agreementParties_oneInstitutionTwice_isReportedAtTheParties() {
    // when
    List<Problem> problems = validate("agreement-parties.yaml");

    // then "    parties: [zq, zq]": the list starts at column 14
    assertThat(seen(problems))
        .containsExactly(
            new Seen("agreement.parties", Severity.ERROR, 9, 14, "/agreements/0/parties"));
    assertThat(problems.get(0).message()).contains("only one distinct party (zq)");
  }

  @Test
  void historyOrder_anEntryBeforeThePreviousOne_isReportedAtItsDateWithThePreviousRelated() {
    // when
    List<Problem> problems = validate("history-order.yaml");

    // then '      - {status: signed, date: "2023-12-01"}': the quoted date at column 32;
    // the entry before it, '      - {status: intended, date: "2024-01-04"}', at column 34
    assertThat(seen(problems))
        .containsExactly(
            new Seen("history.order", Severity.ERROR, 14, 32, "/agreements/0/history/1/date"));
    assertThat(problems.get(0).related()).containsExactly(at("history-order.yaml", 13, 34));
  }

  @Test
  void historyStatus_lastEntryDiffersFromStatus_isReportedAtTheLastStatusWithStatusRelated() {
    // when
    List<Problem> problems = validate("history-status.yaml");

    // then "      - status: signed" at column 17; "    status: active" at column 13
    assertThat(seen(problems))
        .containsExactly(
            new Seen("history.status", Severity.ERROR, 15, 17, "/agreements/0/history/1/status"));
    assertThat(problems.get(0).related()).containsExactly(at("history-status.yaml", 9, 13));
    assertThat(problems.get(0).message()).contains("`signed`").contains("`active`");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void dateRange_anEndBeforeItsStart_isReportedAtTheEnd(String file, Seen expected) {
    // when
    List<Problem> problems = validate(file);

    // then
    assertThat(seen(problems)).containsExactly(expected);
  }

  static Stream<Arguments> dateRange_anEndBeforeItsStart_isReportedAtTheEnd() {
    return Stream.of(
        // '    endDate: "2024-03-20"': the quoted date at column 14
        Arguments.of(
            "date-range-delegation.yaml",
            new Seen("date.range", Severity.ERROR, 8, 14, "/delegations/0/endDate")),
        // '    term: {start: "2024", end: "2023-06"}': the end at column 32
        Arguments.of(
            "date-range-term.yaml",
            new Seen("date.range", Severity.ERROR, 11, 32, "/agreements/0/term/end")),
        // '        until: "2021"' after since "2022-09": at column 16
        Arguments.of(
            "date-range-post.yaml",
            new Seen("date.range", Severity.ERROR, 11, 16, "/people/0/posts/0/until")));
  }

  @Test
  void areaUnknown_aMistypedCode_isReportedAtItWithTheNearestCode() {
    // given "    areas: [x-drone-logistics, internship, talent-cultivaton]": an extension, a
    // known code and a typo
    // when
    List<Problem> problems = validate("area-unknown.yaml");

    // then only the typo, at column 44
    assertThat(seen(problems))
        .containsExactly(
            new Seen("area.unknown", Severity.ERROR, 10, 44, "/delegations/0/areas/2"));
    assertThat(problems.get(0).message())
        .contains("`talent-cultivaton` is not a cooperation area")
        .contains("did you mean `talent-cultivation`?");
  }

  @Test
  void valueIdentifier_badCheckCharactersAndAPropertyId_areReportedAtEachIdentifier() {
    // given a ROR id, a USCC and an ISNI one character off, and a Wikidata property id
    // when
    List<Problem> problems = validate("value-identifier.yaml");

    // then "    identifiers: {ror: 03vek6s53}" at column 24, "      wikidata: P31" at 17,
    // "    identifiers: {uscc: 9133…C, local: …}" and '    identifiers: {isni: "…4"}' at 25
    assertThat(seen(problems))
        .containsExactly(
            new Seen("value.identifier", Severity.ERROR, 6, 24, "/institutions/0/identifiers/ror"),
            new Seen(
                "value.identifier", Severity.ERROR, 11, 17, "/institutions/1/identifiers/wikidata"),
            new Seen(
                "value.identifier", Severity.ERROR, 15, 25, "/institutions/2/identifiers/uscc"),
            new Seen(
                "value.identifier", Severity.ERROR, 19, 25, "/institutions/3/identifiers/isni"));
    assertThat(problems)
        .extracting(Problem::message)
        .satisfiesExactly(
            ror -> assertThat(ror).contains("check digits 53 where 52 is expected"),
            wikidata -> assertThat(wikidata).contains("`P31` is not a Wikidata item id"),
            uscc -> assertThat(uscc).contains("ends in C where the check character B is expected"),
            isni -> assertThat(isni).contains("ends in 4 where the check character 3 is expected"));
  }

  @Test
  void valueIdentifier_validIdentifiersOfEveryKnownSchemeAndAnUnknownScheme_areAccepted() {
    // given bare and URL ROR ids, a QID, two USCCs, ISNIs with and without spaces, a GRID id
    // when
    List<Problem> problems = validate("valid-identifiers.yaml");

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void signedOnMissing_aSignedAgreementWithoutSignedOn_isAWarningAtItsStatus() {
    // when
    List<Problem> problems = validate("signed-on-missing.yaml");

    // then "    status: signed" at column 13
    assertThat(seen(problems))
        .containsExactly(
            new Seen("signed-on.missing", Severity.WARNING, 9, 13, "/agreements/0/status"));
  }

  @Test
  void sourceMissing_aDelegationWithoutSources_isAWarningAtTheStartOfTheRecord() {
    // when
    List<Problem> problems = validate("source-missing.yaml");

    // then "  - title: A visit nobody wrote about": the record starts at column 5
    assertThat(seen(problems))
        .containsExactly(new Seen("source.missing", Severity.WARNING, 6, 5, "/delegations/0"));
  }

  @Test
  void nameDuplicate_twoInstitutionsOfOneNameUpToCaseAndSpaces_isAWarningAtTheSecondName() {
    // when
    List<Problem> problems = validate("name-duplicate.yaml");

    // then "    name: shanghai zhongqiao  vocational…" at column 11, the first name related
    assertThat(seen(problems))
        .containsExactly(
            new Seen("name.duplicate", Severity.WARNING, 7, 11, "/institutions/1/name"));
    assertThat(problems.get(0).related()).containsExactly(at("name-duplicate.yaml", 4, 11));
  }

  @Test
  void nameDuplicate_anAliasEqualToAnotherInstitutionsName_isAWarningAtTheAlias() {
    // when
    List<Problem> problems = validate("name-duplicate-alias.yaml");

    // then "      - {name: Shanghai Zhongqiao…, kind: official}": the alias at column 16
    assertThat(seen(problems))
        .containsExactly(
            new Seen("name.duplicate", Severity.WARNING, 9, 16, "/institutions/1/names/0/name"));
  }

  @Test
  void nameDuplicate_anInstitutionRepeatingItsOwnName_isNone_andAClashIsReportedOnce() {
    // when: zq gives its name twice; zhongqiao's name is zq's short name, its alias zq's name
    List<Problem> problems = validate("name-duplicate-own.yaml");

    // then "    name: Zhongqiao  University" at column 11, and nothing for the alias after it
    assertThat(seen(problems))
        .containsExactly(
            new Seen("name.duplicate", Severity.WARNING, 10, 11, "/institutions/1/name"));
    assertThat(problems.get(0).related()).containsExactly(at("name-duplicate-own.yaml", 7, 16));
  }

  @Test
  void signatoryPost_aPostAboveOrBelowAPartyCounts_andAParentCycleEnds() {
    // given the party is a school: the president holds a post at its university, the lab head
    // at a laboratory of the school, and the third signatory at one of two institutions whose
    // parents form a cycle
    // when
    List<Problem> problems = validate("signatory-post-levels.yaml");

    // then only the third, "    signatories: [president, lab-head, looped]" at column 40;
    // the cycle itself is the integrity validator's parent.cycle, twice
    assertThat(seen(problems))
        .contains(
            new Seen("signatory.post", Severity.WARNING, 28, 40, "/agreements/0/signatories/2"));
    assertThat(problems).filteredOn(p -> p.code().equals("signatory.post")).hasSize(1);
  }

  @Test
  void signatoryPost_aSignatoryWithoutPostAtAnyParty_isAWarningAtTheSignatory() {
    // given zhao-xin holds a post at a school of party zq, liu-yusong only at a third company
    // when
    List<Problem> problems = validate("signatory-post.yaml");

    // then "    signatories: [zhao-xin, liu-yusong]": the second at column 29
    assertThat(seen(problems))
        .containsExactly(
            new Seen("signatory.post", Severity.WARNING, 22, 29, "/agreements/0/signatories/1"));
    assertThat(problems.get(0).message()).contains("`liu-yusong`");
  }

  @Test
  void delegationSides_anInstitutionOnBothSides_isAWarningAtItsPlaceAmongTheHosts() {
    // when
    List<Problem> problems = validate("delegation-sides.yaml");

    // then "        - chamber" at column 11
    assertThat(seen(problems))
        .containsExactly(
            new Seen(
                "delegation.sides",
                Severity.WARNING,
                11,
                11,
                "/delegations/0/host/institutions/0"));
  }

  @Test
  void examples_validateWithoutAnyProblem() {
    // given
    LoadResult load = DatasetReader.create().read(Path.of("../examples"));

    // when
    ValidationReport report = Validation.withDiscoveredPlugins().validate(load);

    // then
    assertThat(load.dataset().size()).isPositive();
    assertThat(report.problems()).isEmpty();
  }
}
