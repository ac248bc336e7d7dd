package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.io.Fixtures.assertProblem;
import static org.liaison.io.Fixtures.only;
import static org.liaison.io.Fixtures.resource;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Id;
import org.liaison.model.Location;
import org.liaison.model.PartialDate;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * One test per problem code the reader reports: a small bad file in {@code
 * src/test/resources/problems}, and the code, severity, {@code line:column}, JSON Pointer and key
 * phrase of the problem it gives.
 */
class ProblemCodesTest {
  private final DatasetReader reader = DatasetReader.create();

  private LoadResult read(String name) {
    return reader.read(resource("problems/" + name));
  }

  /** Reads a file that holds exactly one problem, of {@code code}, and checks it. */
  private Problem assertOnlyProblem(
      String name, BuiltinCode code, int line, int column, String pointer, String phrase) {
    LoadResult result = read(name);
    assertThat(result.problems()).as("problems of %s", name).hasSize(1);
    Problem p = result.problems().get(0);
    assertProblem(p, code, resource("problems/" + name), line, column, pointer, phrase);
    return p;
  }

  // ---- syntax --------------------------------------------------------------------------------

  static Stream<Arguments> read_reportsMalformedYamlAndJsonAsSyntax() {
    return Stream.of(
        Arguments.of(
            "syntax.yaml",
            4,
            29,
            "/institutions/0/name",
            "malformed YAML: mapping values are not allowed here"),
        Arguments.of(
            "syntax.json",
            4,
            54,
            "/institutions/0/name",
            "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma"));
  }

  @ParameterizedTest
  @MethodSource
  void read_reportsMalformedYamlAndJsonAsSyntax(
      String file, int line, int column, String pointer, String phrase) {
    Problem p = assertOnlyProblem(file, BuiltinCode.SYNTAX, line, column, pointer, phrase);

    assertThat(p.recordId()).isEmpty();
  }

  @Test
  void read_reportsInvalidUtf8AsSyntax() {
    // given: line 4 holds the bytes C3 28, which are no UTF-8
    Path file = resource("problems/syntax-utf8.yaml");

    // when
    LoadResult result = reader.read(file);

    // then
    Problem p = only(result.problems(), BuiltinCode.SYNTAX);
    assertThat(result.problems()).hasSize(1);
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.location()).map(Location::file).contains(file.toString());
    assertThat(p.message()).contains("not valid UTF-8");
    assertThat(result.dataset().size()).isZero();
  }

  @Test
  void read_locatesInvalidUtf8InYaml() {
    LoadResult result = read("syntax-utf8.yaml");

    Problem p = only(result.problems(), BuiltinCode.SYNTAX);
    assertThat(p.message()).contains("not valid UTF-8");
    assertThat(p.location())
        .contains(Location.of(resource("problems/syntax-utf8.yaml").toString(), 4, 22));
  }

  @Test
  void read_reportsInvalidUtf8InAJsonStringAsSyntax() {
    LoadResult result = read("syntax-utf8.json");

    Problem p = only(result.problems(), BuiltinCode.SYNTAX);
    assertThat(p.message()).contains("UTF-8");
    assertThat(p.location()).map(Location::line).contains(4);
  }

  // ---- format.version ------------------------------------------------------------------------

  static Stream<Arguments> read_reportsAMissingOrUnsupportedFormatVersion() {
    return Stream.of(
        Arguments.of(
            "format.version-missing.yaml",
            1,
            1,
            "",
            "the document has no `liaison:` marker: add `liaison: 1`"),
        Arguments.of(
            "format.version-2.yaml",
            1,
            10,
            "/liaison",
            "unsupported format version `2`: this Liaison reads `liaison: 1`"),
        Arguments.of(
            "format.version-string.yaml",
            1,
            10,
            "/liaison",
            "unsupported format version the string `1`"),
        Arguments.of(
            "format.version-empty.yaml",
            1,
            1,
            "",
            "the file holds no document: start it with `liaison: 1`"));
  }

  @ParameterizedTest
  @MethodSource
  void read_reportsAMissingOrUnsupportedFormatVersion(
      String file, int line, int column, String pointer, String phrase) {
    assertOnlyProblem(file, BuiltinCode.FORMAT_VERSION, line, column, pointer, phrase);
  }

  @Test
  void read_loadsNoRecordOfADocumentWithAnUnsupportedVersion() {
    assertThat(read("format.version-2.yaml").dataset().size()).isZero();
    assertThat(read("format.version-string.yaml").dataset().size()).isZero();
  }

  // ---- fields --------------------------------------------------------------------------------

  @Test
  void read_reportsUnknownFieldWithSuggestion() {
    Problem p =
        assertOnlyProblem(
            "field.unknown.yaml",
            BuiltinCode.FIELD_UNKNOWN,
            6,
            5,
            "/institutions/0/locaton",
            "unknown field `locaton` in an institution — did you mean `location`?");

    assertThat(p.recordId()).contains(Id.of("zhongqiao"));
  }

  static Stream<Arguments> read_reportsMissingRequiredField() {
    return Stream.of(
        // a missing field is placed at the start of its record
        Arguments.of(
            "field.required.yaml", 3, 5, "/people/0", "a person needs `name`: add it", "wei-peng"),
        // a field without a value is placed at the field
        Arguments.of(
            "field.required-null.yaml",
            5,
            10,
            "/institutions/0/kind",
            "an institution needs a value for `kind`",
            "carbonbay"));
  }

  @ParameterizedTest
  @MethodSource
  void read_reportsMissingRequiredField(
      String file, int line, int column, String pointer, String phrase, String recordId) {
    Problem p = assertOnlyProblem(file, BuiltinCode.FIELD_REQUIRED, line, column, pointer, phrase);

    assertThat(p.recordId()).contains(Id.of(recordId));
    assertThat(read(file).dataset().record(recordId))
        .as("a record missing a required field")
        .isEmpty();
  }

  @Test
  void read_reportsWrongType() {
    Problem p =
        assertOnlyProblem(
            "field.type.yaml",
            BuiltinCode.FIELD_TYPE,
            4,
            11,
            "/institutions/0/name",
            "expected a string, found a list");

    assertThat(p.recordId()).contains(Id.of("zhongqiao"));
  }

  // ---- values --------------------------------------------------------------------------------

  @Test
  void read_reportsValueOutsideVocabularyWithSuggestion() {
    Problem p =
        assertOnlyProblem(
            "value.enum.yaml",
            BuiltinCode.VALUE_ENUM,
            6,
            13,
            "/agreements/0/status",
            "`intendd` is not an agreement status — did you mean `intended`?");

    assertThat(p.recordId()).contains(Id.of("agr.carbonbay-order-class"));
  }

  @Test
  void read_reportsMalformedId() {
    Problem p =
        assertOnlyProblem(
            "value.id.yaml",
            BuiltinCode.VALUE_ID,
            3,
            9,
            "/institutions/0/id",
            "`Zhongqiao` is not a valid id: use lowercase letters");

    assertThat(p.message()).contains("(try `zhongqiao`)");
    assertThat(p.recordId()).isEmpty();
  }

  static Stream<Arguments> read_reportsMalformedOrImpossibleDate() {
    return Stream.of(
        Arguments.of(
            "value.date.yaml",
            5,
            16,
            "/sources/0/published",
            "`21/03/2024` is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD"),
        Arguments.of(
            "value.date-impossible.yaml",
            5,
            16,
            "/sources/0/published",
            "2024-02-30 is not a date in the calendar"));
  }

  @ParameterizedTest
  @MethodSource
  void read_reportsMalformedOrImpossibleDate(
      String file, int line, int column, String pointer, String phrase) {
    assertOnlyProblem(file, BuiltinCode.VALUE_DATE, line, column, pointer, phrase);
  }

  @Test
  void read_allowsTheLeapDayWithoutAYearAndKeepsARecordWithABadOptionalDate() {
    LoadResult result = read("value.date-impossible.yaml");

    assertThat(result.dataset().source("src.leap-no-year").orElseThrow().published())
        .contains(PartialDate.ofMonthDay(2, 29));
    assertThat(result.dataset().source("src.leap").orElseThrow().published()).isEmpty();
  }

  // ---- keys and limits -----------------------------------------------------------------------

  @Test
  void read_reportsDuplicateKeyNamingTheFirst() {
    Path file = resource("problems/key.duplicate.yaml");

    Problem p =
        assertOnlyProblem(
            "key.duplicate.yaml",
            BuiltinCode.KEY_DUPLICATE,
            6,
            5,
            "/institutions/0/name",
            "`name` appears twice in this mapping; remove one of them");

    assertThat(p.message()).contains("(the first is at line 4)");
    assertThat(p.related()).containsExactly(Location.of(file.toString(), 4, 5));
  }

  static Stream<Arguments> read_reportsInputPastALimit() {
    ReadLimits shallow = ReadLimits.defaults().withMaxDepth(8);
    return Stream.of(
        Arguments.of(
            "limit-depth.yaml",
            shallow,
            6,
            17,
            "/institutions/0/notes",
            "nesting deeper than 8 levels: flatten the data, or raise the depth limit"),
        Arguments.of(
            "limit-depth.json",
            shallow,
            8,
            21,
            "/institutions/0/notes",
            "nesting deeper than 8 levels"),
        // a "billion laughs" would replay 9^9 strings: it is refused at the first alias past
        // the default limit, and the rest of the file is not read
        Arguments.of(
            "limit-aliases.yaml",
            ReadLimits.defaults(),
            9,
            10,
            "/laughs",
            "aliases expand to more than 100000 YAML nodes"));
  }

  @ParameterizedTest
  @MethodSource
  void read_reportsInputPastALimit(
      String file, ReadLimits limits, int line, int column, String pointer, String phrase) {
    // when
    LoadResult result = reader.withLimits(limits).read(resource("problems/" + file));

    // then
    assertProblem(
        only(result.problems(), BuiltinCode.LIMIT),
        BuiltinCode.LIMIT,
        resource("problems/" + file),
        line,
        column,
        pointer,
        phrase);
    assertThat(result.dataset().size()).isZero();
  }

  // ---- across records ------------------------------------------------------------------------

  static Stream<Arguments> read_reportsDuplicateIdNamingTheFirstPlace() {
    return Stream.of(
        Arguments.of(
            "id.duplicate.yaml",
            "id.duplicate.yaml",
            7,
            9,
            "/people/0/id",
            "id.duplicate.yaml",
            3,
            9),
        Arguments.of(
            "id.duplicate-files",
            "id.duplicate-files/b.yaml",
            7,
            9,
            "/institutions/1/id",
            "id.duplicate-files/a.yaml",
            3,
            9));
  }

  @ParameterizedTest
  @MethodSource
  void read_reportsDuplicateIdNamingTheFirstPlace(
      String path,
      String file,
      int line,
      int column,
      String pointer,
      String firstFile,
      int firstLine,
      int firstColumn) {
    // given
    Location first =
        Location.of(resource("problems/" + firstFile).toString(), firstLine, firstColumn);

    // when
    LoadResult result = read(path);

    // then
    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    assertProblem(
        p,
        BuiltinCode.ID_DUPLICATE,
        resource("problems/" + file),
        line,
        column,
        pointer,
        "the id `zhongqiao` is already used by an institution at " + first);
    assertThat(p.related()).containsExactly(first);
    assertThat(p.recordId()).contains(Id.of("zhongqiao"));
  }

  @Test
  void read_keepsTheFirstOfTwoRecordsWithOneId() {
    LoadResult result = read("id.duplicate-files");

    assertThat(result.dataset().institution("zhongqiao").orElseThrow().name())
        .isEqualTo("Shanghai Zhongqiao Vocational and Technical University");
    assertThat(result.recordsRead()).isEqualTo(3);
    assertThat(result.dataset().size()).isEqualTo(2);
  }

  @Test
  void read_reportsUnknownReferenceWithSuggestion() {
    Problem p =
        assertOnlyProblem(
            "ref.unknown.yaml",
            BuiltinCode.REF_UNKNOWN,
            9,
            13,
            "/institutions/1/parent",
            "no institution has the id `zhongqaio` — did you mean `zhongqiao`?");

    assertThat(p.recordId()).contains(Id.of("zhongqiao.iei-office"));
  }

  @Test
  void read_reportsReferenceToWrongKind() {
    Problem p =
        assertOnlyProblem(
            "ref.kind.yaml",
            BuiltinCode.REF_KIND,
            12,
            19,
            "/people/0/posts/0/sources/0",
            "`zhongqiao` is an institution, but this field refers to a source");

    assertThat(p.recordId()).contains(Id.of("wei-peng"));
  }
}
