package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Institution;
import org.liaison.model.Problem;

/**
 * YAML 1.2 that snakeyaml-engine 3.0.1 reads wrongly on its own, in data files as a user writes
 * them: tabs as white space, keys in braces whose colon stands on a later line, empty keys, and
 * what YAML 1.2 refuses though the engine reads it. Each file here goes to the engine (a quoted
 * scalar over several lines, brackets over several lines, or the construct itself), not to the
 * block reader.
 */
class Yaml12Test {
  @TempDir Path dir;

  private LoadResult read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return DatasetReader.create().read(file);
  }

  private static Object[] codeAndPlace(Problem p) {
    return new Object[] {
      p.code(), p.location().orElseThrow().line(), p.location().orElseThrow().column()
    };
  }

  @Test
  void read_tabsAsWhiteSpaceInNestedLists_readsTheValuesAndPlacesALaterError() throws IOException {
    LoadResult result =
        read(
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

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("value.enum", 13, 11));
    Institution foo = result.dataset().institution("foo").orElseThrow();
    assertThat(foo.name()).isEqualTo("Foo Bar");
    assertThat(foo.names()).extracting(n -> n.name()).containsExactly("Zhongqiao", "ZQ");
  }

  @Test
  void read_keysInBracesOverSeveralLines_readAsYaml12Says() throws IOException {
    LoadResult result =
        read(
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
        read(
            "hash.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\"# the name\n"
                + "    kind: university\n");

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("syntax", 4, 16));
    assertThat(result.problems().get(0).message()).contains("space before its `#`");
  }

  @Test
  void read_quotedScalarContinuedAtItsKeysIndentation_isASyntaxError() throws IOException {
    LoadResult result =
        read(
            "quoted.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\n"
                + "    Bar\"\n"
                + "    kind: university\n");

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("syntax", 5, 5));
  }

  @Test
  void read_bracketsContinuedAtTheirKeysIndentation_isASyntaxError() throws IOException {
    LoadResult result =
        read(
            "brackets.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    labels: {en: Foo,\n"
                + "    de: Fu}\n"
                + "    kind: university\n");

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("syntax", 6, 5));
  }

  @Test
  void read_tabIndentingAMappingAfterADash_isASyntaxErrorAtTheTab() throws IOException {
    LoadResult result =
        read(
            "tab-indent.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: \"Foo\n"
                + "      Bar\"\n"
                + "    kind: university\n"
                + "    names:\n"
                + "      -\tname: Zhongqiao\n");

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("syntax", 8, 8));
    assertThat(result.problems().get(0).message()).contains("replace the tab with spaces");
  }

  @Test
  void read_documentAfterDotsWithoutDashes_isReadAndPlaced() throws IOException {
    LoadResult result =
        read(
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

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("value.enum", 11, 11));
    assertThat(result.dataset().sources()).hasSize(1);
  }

  @Test
  void read_dotsWithNoDocument_isAFileWithNoDocumentNotASyntaxError() throws IOException {
    LoadResult result = read("nothing.yaml", "# nothing here\n...\n");

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("format.version", 1, 1));
  }

  @Test
  void read_blockScalarAtIndentationZero_isReadAndTheNextDocumentPlaced() throws IOException {
    LoadResult result =
        read(
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

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("field.type", 1, 5), tuple("value.enum", 9, 11));
  }

  @Test
  void read_plainScalarGoingOnWithALineThatStartsWithAQuote_isReadAsText() throws IOException {
    LoadResult result =
        read(
            "apostrophe.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: foo\n"
                + "    name: Foo\n"
                + "    notes: the board said\n"
                + "      'tis the season\n"
                + "    kind: bogus\n");

    assertThat(result.problems())
        .extracting(p -> tuple(codeAndPlace(p)))
        .containsExactly(tuple("value.enum", 7, 11));
  }

  @Test
  void read_charactersOfTwoUnitsAcrossTheEnginesReads_areReadWhole() throws IOException {
    String emoji = "\uD83D\uDE00".repeat(1500); // the engine reads 1,024 units at a time
    LoadResult result =
        read(
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
        read(
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
