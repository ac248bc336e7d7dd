package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaison.io.Fixtures.only;
import static org.liaison.io.Fixtures.resource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** {@link DatasetReader}: every problem in one run, sorted, and files that do not hide others. */
class DatasetReaderTest {
  private final DatasetReader reader = DatasetReader.create();

  @Test
  void read_reportsEveryMistakeOfAFileInOneRunSortedByPlace() {
    // given
    Path file = resource("mistakes/many.yaml");

    // when
    LoadResult result = reader.read(file);

    // then
    assertThat(result.problems()).isSortedAccordingTo(Problem.ORDER);
    assertThat(result.problems())
        .extracting(
            Problem::code,
            p -> p.location().orElseThrow().line(),
            p -> p.location().orElseThrow().column())
        .containsExactly(
            tuple("value.id", 3, 9),
            tuple("value.enum", 5, 11),
            tuple("field.unknown", 6, 5),
            tuple("field.required", 7, 5),
            tuple("ref.unknown", 9, 13),
            tuple("ref.kind", 15, 22),
            tuple("value.date", 16, 16),
            tuple("ref.unknown", 20, 31),
            tuple("field.type", 20, 74),
            tuple("ref.unknown", 21, 27),
            tuple("key.duplicate", 22, 5),
            tuple("key.duplicate", 23, 1));
    assertThat(result.problems())
        .allSatisfy(p -> assertThat(p.location()).map(Location::file).contains(file.toString()));
    assertThat(result.problems())
        .extracting(Problem::pointer)
        .contains(
            "/people/0/posts/0/since", "/delegations/0/visiting/organizations", "/institutions");
  }

  @Test
  void read_keepsWhatCouldBeReadBesideTheProblems() {
    LoadResult result = reader.read(resource("mistakes/many.yaml"));

    // the person and the delegation are kept without their bad values; both institutions are not
    assertThat(result.dataset().institutions()).isEmpty();
    assertThat(result.dataset().person("wei-peng").orElseThrow().posts().get(0).since()).isEmpty();
    assertThat(
            result
                .dataset()
                .delegation("del.zhejiang-chamber-visits-zhongqiao")
                .orElseThrow()
                .visiting()
                .organizations())
        .isEmpty();
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void read_doesNotLetABrokenFileHideTheProblemsOrRecordsOfOthers() {
    // given: a-broken.yaml ends in an unclosed quote, b-mistaken.yaml has an unknown field,
    // c-valid.json refers to a record of a-broken.yaml read before its syntax error
    Path dir = resource("mistakes/directory");

    // when
    LoadResult result = reader.read(dir);

    // then
    assertThat(result.fileCount()).isEqualTo(3);
    assertThat(result.problems())
        .extracting(Problem::code, p -> p.location().orElseThrow().file())
        .containsExactly(
            tuple("syntax", dir.resolve("a-broken.yaml").toString()),
            tuple("field.unknown", dir.resolve("b-mistaken.yaml").toString()));
    assertThat(result.problems().get(1).message()).contains("did you mean `posts`?");
    assertThat(result.dataset().institution("carbonbay")).isPresent();
    assertThat(result.dataset().person("dong-xiaodan")).isPresent();
    assertThat(result.dataset().person("chen-xiaobin")).isPresent();
  }

  @Test
  void readString_readsSeveralYamlDocumentsAsOneDataset() {
    String text =
        "liaison: 1\ninstitutions:\n"
            + "  - {id: carbonbay, name: Carbonbay, kind: industrial-park}\n"
            + "---\nliaison: 1\npeople:\n  - id: dong-xiaodan\n    name: Dong Xiaodan\n"
            + "    posts: [{title: Chief Economist, institution: carbonbay}]\n";

    LoadResult result = reader.readString(text, "two-documents.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().origin(result.dataset().person("dong-xiaodan").orElseThrow().id()))
        .hasValueSatisfying(
            o -> {
              assertThat(o.document()).isEqualTo(1);
              assertThat(o.pointer()).isEqualTo("/people/0");
              assertThat(o.location()).isEqualTo(Location.of("two-documents.yaml", 7, 5));
            });
  }

  @Test
  void readString_readsATabAsWhiteSpaceWithinALine() {
    // a tab after a colon, after a dash, before a comment, at a line's end, in brackets
    String text =
        "liaison:\t1\t# the format\ninstitutions:\n"
            + "  - id: carbonbay\n"
            + "    name:\tFoo\t\n"
            + "    kind:\tindustrial-park # a park\n"
            + "  -\t{id:\tother,\tname: Bar,\tkind: other}\t\n";

    LoadResult result = reader.readString(text, "tabs.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("carbonbay").orElseThrow().name()).isEqualTo("Foo");
    assertThat(result.dataset().institution("other").orElseThrow().name()).isEqualTo("Bar");
  }

  @Test
  void readString_readsNameAfterAColonAndATab() {
    LoadResult result =
        reader.readString(
            "liaison: 1\ninstitutions:\n  - id: foo\n    name:\tFoo\n    kind: other\n", "t.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("foo").orElseThrow().name()).isEqualTo("Foo");
  }

  @Test
  void readString_refusesATabInIndentationWhereItStands() {
    LoadResult result =
        reader.readString("liaison: 1\ninstitutions:\n  - id: foo\n\tname: Foo\n", "t.yaml");

    Problem p = only(result.problems(), BuiltinCode.SYNTAX);
    assertThat(p.location())
        .hasValueSatisfying(
            l -> {
              assertThat(l.line()).isEqualTo(4);
              assertThat(l.column()).isEqualTo(1);
            });
  }

  @Test
  void readString_detectsJsonFromTheContentWhenTheNameSaysNothing() {
    LoadResult result =
        reader.readString(
            "{\"liaison\": 1, \"sources\": [{\"id\": \"src.a\", \"title\": \"A\"}]}", "stdin");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().source("src.a")).isPresent();
  }

  @Test
  void readString_typesScalarsByFieldNotByYaml() {
    // NO, 2024 and 1.10 are strings where the format wants strings
    String text = "liaison: 1\ninstitutions:\n  - {id: 'no', name: NO, kind: other, notes: 1.10}\n";

    LoadResult result = reader.readString(text, "scalars.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("no").orElseThrow().name()).isEqualTo("NO");
    assertThat(result.dataset().institution("no").orElseThrow().notes()).contains("1.10");
  }

  @Test
  void readString_placesJsonKeysAndValuesAtTheirFirstCharacter() {
    // given: an unknown key (placed at the key), a misspelt kind and a dangling reference
    // (placed at their values), a record missing its name (placed at its opening brace)
    String text =
        "{\"liaison\": 1,\n"
            + " \"institutions\": [\n"
            + "   {\"id\": \"a\", \"name\": \"A\", \"kind\": \"university\",   \"colour\": 1},\n"
            + "   {\"id\": \"b\", \"kind\": \"university\"},\n"
            + "   {\"id\": \"c\", \"name\": \"C\", \"kind\":  \"universty\", \"parent\":  \"zz\"}]}\n";

    // when
    LoadResult result = reader.readString(text, "places.json");

    // then
    assertThat(result.problems())
        .extracting(
            Problem::code,
            p -> p.location().orElseThrow().line(),
            p -> p.location().orElseThrow().column())
        .containsExactly(
            tuple("field.unknown", 3, 53),
            tuple("field.required", 4, 4),
            tuple("value.enum", 5, 38),
            tuple("ref.unknown", 5, 62));
  }

  @Test
  void readString_refusesAValueThatFollowsTheDocumentOfAJsonFile() {
    LoadResult result = reader.readString("{\"liaison\": 1}  \"more\"\n", "trailing.json");

    Problem p = only(result.problems(), BuiltinCode.SYNTAX);
    assertThat(p.message()).contains("a JSON file holds one document");
    assertThat(p.location()).contains(Location.of("trailing.json", 1, 17));
  }

  @Test
  void read_ofAStream_leavesTheStreamOpen() {
    for (String name : new String[] {"s.json", "s.yaml"}) {
      boolean[] closed = {false};
      InputStream in =
          new ByteArrayInputStream("{\"liaison\": 1}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
              closed[0] = true;
            }
          };

      LoadResult result = reader.read(in, name);

      assertThat(result.problems()).as(name).isEmpty();
      assertThat(closed[0]).as("%s closed", name).isFalse();
    }
  }

  @Test
  void readString_refusesWhatFollowsTheDocumentOfAJsonFile() {
    // given: two JSON documents in one file, as in JSON Lines
    String text =
        "{\"liaison\": 1, \"sources\": [{\"id\": \"src.a\", \"title\": \"A\"}]}\n"
            + "{\"liaison\": 1, \"sources\": [{\"id\": \"src.b\", \"title\": \"B\"}]}\n";

    // when
    LoadResult result = reader.readString(text, "two-documents.json");

    // then
    Problem p = only(result.problems(), BuiltinCode.SYNTAX);
    // Jackson places a root-level token that follows a line break one column late (2:2), so
    // only the line is asserted
    assertThat(p.location()).map(Location::line).contains(2);
    assertThat(p.message()).contains("a JSON file holds one document");
  }

  @Test
  void read_countsAliasExpansionPerFile() {
    // given: each document replays the 6 YAML events of one source, under a limit of 10: the
    // first alone is within it, the second takes the file past it
    String document = "liaison: 1\nsources:\n  - &s {id: src.a, title: A}\n" + "x-copies: [*s]\n";
    DatasetReader limited = reader.withLimits(ReadLimits.defaults().withMaxAliasExpansion(10));

    // when
    LoadResult result =
        limited.readString(
            document + "---\n" + document.replace("src.a", "src.b"), "two-documents.yaml");

    // then: a limit at the alias of the second document; the sources read before it stay
    Problem p = only(result.problems(), BuiltinCode.LIMIT);
    assertThat(p.location()).contains(Location.of("two-documents.yaml", 9, 12));
    assertThat(p.message()).contains("more than 10 YAML nodes in this file");
    assertThat(result.dataset().sources()).hasSize(2);
  }

  @Test
  void read_placesAnEmptyAreaCodeAtTheEmptyString() {
    String text =
        "liaison: 1\ndelegations:\n  - id: del.visit\n    date: \"2024\"\n"
            + "    visiting: {}\n    host: {}\n    areas: [\"\", research]\n";

    Problem p = only(reader.readString(text, "areas.yaml").problems(), BuiltinCode.FIELD_TYPE);

    assertThat(p.message()).contains("an area code must not be empty");
    assertThat(p.pointer()).isEqualTo("/delegations/0/areas/0");
    assertThat(p.location()).contains(Location.of("areas.yaml", 7, 13));
  }
}
