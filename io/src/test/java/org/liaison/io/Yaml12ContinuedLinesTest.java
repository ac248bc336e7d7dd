package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaison.io.Fixtures.codesAndPlaces;
import static org.liaison.io.Fixtures.readFile;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Place;

/**
 * Lines of YAML 1.2 that go on with something opened before them, in data files the engine reads:
 * closing brackets, plain scalars inside brackets, block scalars, and a quote left open. Each is
 * read as npm yaml reads it.
 */
class Yaml12ContinuedLinesTest {
  @TempDir Path dir;

  private static Place location(LoadResult result, String id) {
    return result.dataset().institution(id).orElseThrow().location().orElseThrow();
  }

  @Test
  void read_closingBracketsAtTheirKeysIndentation_areRead() throws IOException {
    LoadResult list =
        readFile(
            dir,
            "list.yaml",
            "liaison: 1\n"
                + "institutions: [\n"
                + "  {id: a, name: Alpha, kind: university},\n"
                + "  {id: b, name: Beta, kind: college}\n"
                + "]\n");
    LoadResult map =
        readFile(
            dir,
            "map.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: c\n"
                + "    name: Gamma\n"
                + "    kind: university\n"
                + "    location: {\n"
                + "      city: Shanghai,\n"
                + "      country: CN\n"
                + "    }\n");

    assertThat(list.problems()).isEmpty();
    assertThat(list.dataset().institution("b")).isPresent();
    assertThat(map.problems()).isEmpty();
    assertThat(location(map, "c").city()).contains("Shanghai");
  }

  @Test
  void read_lineInBracesGoingOnWithADashAndATab_keepsTheTab() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "dash.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: a\n"
                + "    name: Alpha\n"
                + "    kind: university\n"
                + "    location: {city: Shanghai, address: No. 5 Road\n"
                + "      -\tBuilding 3}\n");

    assertThat(result.problems()).isEmpty();
    assertThat(location(result, "a").address()).contains("No. 5 Road -\tBuilding 3");
  }

  @Test
  void read_lineInBracesGoingOnWithAQuote_isReadAsText() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "quote.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: a\n"
                + "    name: Alpha\n"
                + "    kind: university\n"
                + "    location: {country: NL, address: Stationsplein 1\n"
                + "      's-Hertogenbosch}\n"
                + "  - id: b\n"
                + "    name: Beta\n"
                + "    kind: college\n");

    assertThat(result.problems()).isEmpty();
    assertThat(location(result, "a").address()).contains("Stationsplein 1 's-Hertogenbosch");
  }

  @Test
  void read_blockScalarAfterAKeyWithATagOrQuotes_keepsItsTabs() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "notes.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: a\n"
                + "    name: \"Alpha\n"
                + "      College\"\n"
                + "    kind: university\n"
                + "    location:\n"
                + "      city: Shanghai\n"
                + "    !<tag:yaml.org,2002:str> notes: |\n"
                + "      a\t# b\n"
                + "      c\t\n"
                + "    labels:\n"
                + "      en: Alpha\n"
                + "      'it''s': |\n"
                + "        d\t\"e\"#f\n");

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().institution("a").orElseThrow().notes()).contains("a\t# b\nc\t\n");
    assertThat(result.dataset().institution("a").orElseThrow().labels())
        .containsEntry("it's", "d\t\"e\"#f\n");
  }

  @Test
  void read_topLevelBlockScalarAfterEmptyLinesIndentedDeeperThanItsText_isASyntaxError()
      throws IOException {
    LoadResult result = readFile(dir, "text.yaml", "--- |\n \nx\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("syntax", 3, 1));
  }

  @Test
  void read_quoteNotClosed_isASyntaxErrorAtTheQuoteSayingSo() throws IOException {
    LoadResult result =
        readFile(
            dir,
            "open.yaml",
            "liaison: 1\n"
                + "institutions:\n"
                + "  - id: a\n"
                + "    name: \"open\n"
                + "    kind: other\n");

    assertThat(codesAndPlaces(result)).containsExactly(tuple("syntax", 4, 11));
    assertThat(result.problems().get(0).message()).contains("a quoted string is not closed");
  }
}
