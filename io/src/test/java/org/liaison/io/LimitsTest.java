package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** The string, document and record limits, each a `limit` problem where it trips. */
class LimitsTest {
  private final DatasetReader reader =
      DatasetReader.create()
          .withLimits(
              ReadLimits.defaults().withMaxStringLength(10).withMaxDocuments(2).withMaxRecords(3));

  /** A YAML document of 100 sources, about 3,000 bytes. */
  private static String hundredSources() {
    StringBuilder yaml = new StringBuilder("liaison: 1\nsources:\n");
    for (int i = 0; i < 100; i++) {
      yaml.append("  - {id: src.").append(i).append(", title: t}\n");
    }
    return yaml.toString();
  }

  private static Problem only(LoadResult result) {
    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    assertThat(p.code()).isEqualTo("limit");
    return p;
  }

  @Test
  void stringLength_inYaml_isALimitProblemAtTheString() {
    Problem p =
        only(
            reader.readString(
                "liaison: 1\nsources:\n  - {id: s, title: abcdefghijklmnop}\n", "a.yaml"));

    assertThat(p.location()).contains(Location.of("a.yaml", 3, 20));
    assertThat(p.message()).contains("16 characters, more than the limit of 10");
  }

  @Test
  void stringLength_inJson_isALimitProblemOnItsLine() {
    Problem p =
        only(
            reader.readString(
                "{\"liaison\": 1,\n \"sources\": [{\"id\": \"s\", \"title\": \"abcdefghijklmnop\"}]}",
                "a.json"));

    assertThat(p.location()).map(Location::line).contains(2);
    assertThat(p.message()).contains("more than 10 characters");
  }

  @Test
  void lineLength_inYaml_isALimitProblemWhereTheLinePassesIt() {
    // given: a string limit of 10, so lines of up to 1,010 characters; line 3 has 1,030
    String comment = "# " + "x".repeat(1_000);
    String text = "liaison: 1\nsources:\n  - {id: s, title: t} " + comment + "\n";

    // when
    Problem p = only(reader.readString(text, "a.yaml"));

    // then: placed at the first character past the limit, before SnakeYAML buffers the line
    assertThat(p.location()).contains(Location.of("a.yaml", 3, 1011));
    assertThat(p.message()).contains("longer than 1010 characters");
  }

  @Test
  void lineLength_doesNotLimitJson() {
    // given: a JSON file written on one line, as is common; only its strings are limited
    StringBuilder json = new StringBuilder("{\"liaison\": 1, \"sources\": [");
    for (int i = 0; i < 100; i++) {
      json.append(i > 0 ? ", " : "")
          .append("{\"id\": \"s")
          .append(i)
          .append("\", \"title\": \"t\"}");
    }
    json.append("]}");

    // when
    LoadResult result =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxStringLength(10))
            .readString(json.toString(), "a.json");

    // then
    assertThat(json.length()).isGreaterThan(1_010);
    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().sources()).hasSize(100);
  }

  @Test
  void documents_pastTheLimit_isALimitProblemAtTheDocumentThatTrips() {
    Problem p = only(reader.readString("liaison: 1\n---\nliaison: 1\n---\nliaison: 1\n", "b.yaml"));

    assertThat(p.location()).contains(Location.of("b.yaml", 4, 1));
  }

  @Test
  void records_pastTheLimit_stopTheLoadKeepingWhatWasRead(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.yaml"),
        "liaison: 1\nsources:\n  - {id: a, title: t}\n"
            + "  - {id: b, title: t}\n  - {id: c, title: t}\n  - {id: d, title: t}\n");
    Files.writeString(dir.resolve("b.yaml"), "liaison: 1\nsources:\n  - {id: e, title: t}\n");

    LoadResult result = reader.read(dir);

    Problem p = only(result);
    assertThat(p.location()).contains(Location.of(dir.resolve("a.yaml").toString(), 6, 5));
    assertThat(result.dataset().sources()).hasSize(3);
  }

  @Test
  void loadBytes_pastTheLimit_refuseTheFileThatPassesItAndStopTheLoad(@TempDir Path dir)
      throws Exception {
    // given: three files of 80 bytes or so, under a load size limit of 200 bytes
    for (String name : new String[] {"a", "b", "c"}) {
      Files.writeString(
          dir.resolve(name + ".yaml"),
          "liaison: 1\nsources:\n  - {id: src."
              + name
              + ", title: \"A source of some length, to make the file long\"}\n");
    }
    long size = Files.size(dir.resolve("a.yaml"));
    DatasetReader limited =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxLoadBytes(2 * size + size / 2));

    // when
    LoadResult result = limited.read(dir);

    // then: a and b are read, c is refused as a whole file
    Problem p = only(result);
    assertThat(p.location()).contains(Location.ofFile(dir.resolve("c.yaml").toString()));
    assertThat(p.message()).contains("load size limit");
    assertThat(result.dataset().sources())
        .extracting(s -> s.id().value())
        .containsExactly("src.a", "src.b");
    assertThat(limited.withThreads(2).read(dir).problems()).isEqualTo(result.problems());
  }

  @Test
  void fileBytes_ofAStream_isALimitProblemOnceTheStreamPassesIt() {
    // given: a stream with no size to check first, longer than the limit
    String yaml = hundredSources();
    DatasetReader limited =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxFileBytes(1000));

    // when
    LoadResult yamlResult =
        limited.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "s.yaml");
    LoadResult jsonResult =
        limited.readString(
            "{\"liaison\": 1, \"sources\": ["
                + "{\"id\": \"src.a\", \"title\": \""
                + "t".repeat(2000)
                + "\"}]}",
            "s.json");

    // then
    assertThat(only(yamlResult).message()).contains("more than 1000 bytes, the file size limit");
    assertThat(yamlResult.dataset().sources()).hasSizeLessThan(100);
    assertThat(only(jsonResult).message()).contains("more than 1000 bytes, the file size limit");
  }

  @Test
  void lineLength_inYaml_countsByteOrderMarksInsideALine() {
    // a line of U+FEFF is a line like any other: SnakeYAML would buffer all of it
    LoadResult result =
        reader.readString("liaison: 1\n#" + "\uFEFF".repeat(5000) + "\n", "boms.yaml");

    Problem p = only(result);
    assertThat(p.location()).contains(Location.of("boms.yaml", 2, 1011));
  }

  @Test
  void loadBytes_ofAStream_isALimitProblemOnceTheStreamPassesIt() {
    String yaml = hundredSources();

    LoadResult result =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxLoadBytes(1000))
            .readString(yaml, "s.yaml");

    assertThat(only(result).message()).contains("more than 1000 bytes, the load size limit");
  }

  @Test
  void problems_exactlyAtTheLimit_stillSayWhatTheReferencesWouldAdd() {
    // given: one problem while reading (the limit), then a dangling reference
    String yaml =
        "liaison: 1\npeople:\n  - id: p\n    name: P\n    colour: red\n"
            + "    posts: [{institution: nowhere, title: Dean}]\n";

    LoadResult result =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxProblems(1))
            .readString(yaml, "p.yaml");

    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactly("field.unknown", "limit");
  }

  @Test
  void problems_pastTheLimit_endTheFileWithOneLimitProblem() {
    // given: a limit of 5 problems, and a source with 8 unknown fields from line 5 on
    StringBuilder text = new StringBuilder("liaison: 1\nsources:\n  - id: s\n    title: t\n");
    for (int i = 0; i < 8; i++) {
      text.append("    k").append(i).append(": v\n");
    }
    DatasetReader fewProblems =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxProblems(5));

    // when
    LoadResult result = fewProblems.readString(text.toString(), "p.yaml");

    // then: five problems, then the limit at the sixth, and nothing after it
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactly(
            "field.unknown",
            "field.unknown",
            "field.unknown",
            "field.unknown",
            "field.unknown",
            "limit");
    Problem p = result.problems().get(5);
    assertThat(p.location()).contains(Location.of("p.yaml", 10, 5));
    assertThat(p.message()).contains("more than 5 problems", "the rest of the file is not read");
  }

  @Test
  void problems_ofReferences_countTowardsTheLimit() {
    // given: a limit of 5 problems, and 8 references to sources that do not exist
    String text =
        "liaison: 1\ninstitutions:\n  - {id: i, name: n, kind: other,"
            + " sources: [m0, m1, m2, m3, m4, m5, m6, m7]}\n";
    DatasetReader fewProblems =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxProblems(5));

    // when
    LoadResult result = fewProblems.readString(text, "r.yaml");

    // then: five ref.unknown, and the limit at the sixth reference (m5, column 65)
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactly(
            "ref.unknown", "ref.unknown", "ref.unknown", "ref.unknown", "ref.unknown", "limit");
    Problem p = result.problems().get(5);
    assertThat(p.location()).contains(Location.of("r.yaml", 3, 65));
    assertThat(p.message()).contains("more than 5 problems", "references are not checked");
  }

  private static final String QUANTITY =
      "liaison: 1\ninstitutions: [{id: p, name: p, kind:"
          + " other}, {id: q, name: q, kind: other}]\nagreements:\n  - {id: a, title: t,"
          + " kind: other, status: signed, parties: [p, q],\n     commitments: [{description: d,"
          + " quantity: {value: %s}}]}\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12345678901", "1e20", "1.5e-12"})
  void numberLength_inYaml_isALimitProblemAtTheNumber(String number) {
    // given: a number length limit of 10 digits, and numbers of 11 or more written out in full
    DatasetReader shortNumbers =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxNumberLength(10));

    // when
    Problem p = only(shortNumbers.readString(String.format(QUANTITY, number), "n.yaml"));

    // then
    assertThat(p.location()).contains(Location.of("n.yaml", 5, 55));
    assertThat(p.message()).contains("number of more than 10 digits");
  }

  @Test
  void numberLength_inJson_isALimitProblemAboutTheNumber() {
    DatasetReader shortNumbers =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxNumberLength(10));
    String json =
        "{\"liaison\": 1, \"agreements\": [{\"id\": \"a\", \"title\": \"t\","
            + " \"kind\": \"other\", \"status\": \"signed\", \"parties\": [\"p\", \"q\"],\n"
            + " \"commitments\": [{\"description\": \"d\", \"quantity\": {\"value\": 12345678901}}]}]}";

    LoadResult result = shortNumbers.readString(json, "n.json");

    // then: besides the parties p and q that do not exist, the number
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsExactly("ref.unknown", "ref.unknown", "limit");
    Problem p = result.problems().get(2);
    assertThat(p.location()).map(Location::line).contains(2);
    assertThat(p.message()).contains("number of more than 10 digits").doesNotContain("string");
  }

  @Test
  void numberLength_withinTheLimit_reads() {
    LoadResult result =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxNumberLength(10))
            .readString(String.format(QUANTITY, "1_000.25"), "n.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(
            result
                .dataset()
                .agreements()
                .get(0)
                .commitments()
                .get(0)
                .quantity()
                .orElseThrow()
                .value())
        .isEqualByComparingTo("1000.25");
  }

  @Test
  void limits_refuseNonsense() {
    Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.defaults().withMaxRecords(0))
        .withMessageContaining("records limit must be positive");
    Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.defaults().withMaxLoadBytes(-1))
        .withMessageContaining("load size limit must be positive");
  }
}
