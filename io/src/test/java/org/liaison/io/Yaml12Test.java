package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaison.io.Fixtures.codesAndPlaces;
import static org.liaison.io.Fixtures.readFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Institution;

/**
 * YAML 1.2 that snakeyaml-engine 3.0.1 reads wrongly on its own, in data files as a user writes
 * them: tabs as white space, keys in braces whose colon stands on a later line, empty keys, and
 * what YAML 1.2 refuses though the engine reads it. Each file here goes to the engine (a quoted
 * scalar over several lines, brackets over several lines, or the construct itself), not to the
 * block reader.
 */
class Yaml12Test {
  @TempDir Path dir;

  @Test
  void read_tabsAsWhiteSpaceInNestedLists_readsTheValuesAndPlacesALaterError() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "tabs.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\n"
                + "      Bar\"\t# over two lines\n"
                + "    names:\n"
                + "      - name:\t Zhongqiao\n"
                + "\t\n"
                + "      -\tZQ\n"
                + "    kind:\tuniversity\n"
                + "  - id: bar\n"
                + "    name:\tBar\n"
                + "    kind:\tbogus\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("value.enum", 13, 11));
    Institution foo = result.dataset().institution("foo").orElseThrow();
    assertThat(foo.name()).isEqualTo("Foo Bar");
    assertThat(foo.names()).extracting(n -> n.name()).containsExactly("Zhongqiao", "ZQ");
  }

  @Test
  void read_keysInBracesOverSeveralLines_readAsYaml12Says() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "labels.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    kind: university\n"
                + "    labels: {\"en\"\n"
                + "      : Foo, note: :x,\n"
                + "      multi\n"
                + "       line: y}\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("foo").orElseThrow().labels())
        .isEqualTo(Map.of("en", "Foo", "note", ":x", "multi line", "y"));
  }

  @Test
  void read_commentRightAfterAClosingQuote_isASyntaxErrorAtTheHash() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "hash.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\"# the name\n"
                + "    kind: university\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("syntax", 4, 16));
    assertThat(result.problems().get(0).message()).contains("space before its `#`");
  }

  @Test
  void read_quotedScalarContinuedAtItsKeysIndentation_isASyntaxError() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "quoted.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\n"
                + "    Bar\"\n"
                + "    kind: university\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("syntax", 5, 5));
  }

  @Test
  void read_bracketsContinuedAtTheirKeysIndentation_isASyntaxError() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "brackets.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    labels: {en: Foo,\n"
                + "    de: Fu}\n"
                + "    kind: university\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("syntax", 6, 5));
  }

  @Test
  void read_tabIndentingAMappingAfterADash_isASyntaxErrorAtTheTab() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "tab-indent.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\n"
                + "      Bar\"\n"
                + "    kind: university\n"
                + "    names:\n"
                + "      -\tname: Zhongqiao\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("syntax", 8, 8));
    assertThat(result.problems().get(0).message()).contains("replace the tab with spaces");
  }

  @Test
  void read_documentAfterDotsWithoutDashes_isReadAndPlaced() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "dots.yaml",
            "liaison: 1\n"
                + "sources:\n"
                + "  - id: src.a\n"
                + "    title: \"A\n"
                + "      title\"\n"
                + "...\n"
                + "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    kind: bogus\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("value.enum", 11, 11));
    assertThat(result.dataset().sources()).hasSize(1);
  }

  @Test
  void read_dotsWithNoDocument_isAFileWithNoDocumentNotASyntaxError() throws IOException {
    LoadResult result = readFile(dir, "nothing.yaml", "# nothing here\n...\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("format.version", 1, 1));
  }

  @Test
  void read_blockScalarAtIndentationZero_isReadAndTheNextDocumentPlaced() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "zero.yaml",
            "--- |\n"
                + "text at indentation 0\n"
                + "# text, not a comment\n"
                + "---\n"
                + "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    kind: bogus\n");

    assertThat(codesAndPlaces(result))
        .containsExactly(tuple("field.type", 1, 5), tuple("value.enum", 9, 11));
  }

  @Test
  void read_plainScalarGoingOnWithALineThatStartsWithAQuote_isReadAsText() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "apostrophe.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    notes: the board said\n"
                + "      'tis the season\n"
                + "    kind: bogus\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("value.enum", 7, 11));
  }

  @Test
  void read_charactersOfTwoUnitsAcrossTheEnginesReads_areReadWhole() throws IOException {
    String emoji = "\uD83D\uDE00".repeat(1500); // the engine reads 1,024 units at a time
    LoadResult result =
        readFile(
            dir,
            "emoji.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: &n Foo\n"
                + "    labels: {alias: *n}\n"
                + "    kind: university\n"
                + "    notes: a"
                + emoji
                + "\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("foo").orElseThrow().notes()).contains("a" + emoji);
  }

  @Test
  void read_emptyKeyInABlockMapping_readsAsTheEmptyKeyAsInQuotes() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "empty-key.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\n"
                + "      Bar\"\n"
                + "    kind: university\n"
                + "    labels:\n"
                + "      en: Foo\n"
                + "      : orphan\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("foo").orElseThrow().labels())
        .isEqualTo(Map.of("en", "Foo", "", "orphan"));
  }
}
