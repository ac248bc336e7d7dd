package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * One column unit for every location, YAML and JSON alike: UTF-16 code units, counted from 1
 * (SARIF's default; a Java or JavaScript string index plus one). A name in Chinese, with emoji or
 * with combining marks moves what follows it by its length in those units, in every format and
 * through either YAML parser.
 */
class ColumnsTest {
  /** Names of 6 UTF-16 units each: ASCII, CJK, emoji (3 × 2 units), combining marks. */
  static List<String> names() {
    return List.of("abcdef", "中文中文中文", "😀😀😀", "e\u0301e\u0301e\u0301");
  }

  private static final String JSON =
      "{\"liaison\": 1, \"institutions\": [{\"id\": \"x\","
          + " \"name\": \"NAME\", \"kind\": \"univercity\"}]}";
  private static final String YAML_BLOCK =
      "liaison: 1\ninstitutions:\n  - {id: x, name: NAME, kind: univercity}\n";

  /** The anchor leaves the file to snakeyaml-engine. */
  private static final String YAML_ENGINE =
      "liaison: 1\ninstitutions:\n  - &a {id: x, name: NAME, kind: univercity}\n";

  @ParameterizedTest
  @MethodSource("names")
  void column_ofAValueAfterAName_countsUtf16Units_inJsonAndBothYamlReaders(String name) {
    for (String[] c :
        List.of(
            new String[] {JSON, "x.json"},
            new String[] {YAML_BLOCK, "x.yaml"},
            new String[] {YAML_ENGINE, "x.yaml"})) {
      String text = c[0].replace("NAME", name);
      LoadResult result = DatasetReader.create().readString(text, c[1]);

      Problem p =
          result.problems().stream()
              .filter(x -> x.code().equals("value.enum"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(result.problems().toString()));
      String line = text.lines().filter(l -> l.contains("univercity")).findFirst().orElseThrow();
      int expected = line.indexOf(c[1].endsWith("json") ? "\"univercity\"" : "univercity") + 1;
      assertThat(p.location())
          .as(text)
          .hasValue(
              Location.of(
                  c[1],
                  (int) text.lines().takeWhile(l -> !l.contains("univercity")).count() + 1,
                  expected));
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void column_ofASyntaxErrorAfterAName_countsUtf16Units(String name) {
    String json = "{\"liaison\": 1, \"x\": \"" + name + "\" \"y\"}";
    Problem p = only(DatasetReader.create().readString(json, "x.json"), "syntax");
    assertThat(p.location()).hasValue(Location.of("x.json", 1, json.indexOf("\"y\"") + 1));
  }

  @org.junit.jupiter.api.Test
  void read_ofJsonWithAnOverlongUtf8Slash_isRefusedAtItsPlace() {
    byte[] bytes = {
      '{', '"', 'x', '"', ':', ' ', '"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"', '}'
    };

    Problem p =
        only(DatasetReader.create().read(new ByteArrayInputStream(bytes), "in.json"), "syntax");

    assertThat(p.message()).contains("not valid UTF-8", "0xC0");
    assertThat(p.location()).hasValue(Location.of("in.json", 1, 9));
  }

  @org.junit.jupiter.api.Test
  void read_ofJsonStartingWithUtf32ByteOrderMarkAndGarbage_saysWhereInPlainWords() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};

    Problem p =
        only(DatasetReader.create().read(new ByteArrayInputStream(bytes), "in.json"), "syntax");

    assertThat(p.message())
        .contains("not valid UTF-32LE")
        .doesNotContain("Source", "REDACTED", "#UNKNOWN", "(code");
    assertThat(p.location()).hasValue(Location.of("in.json", 1, 1));
  }

  @org.junit.jupiter.api.Test
  void read_ofAnEmptyJsonFile_isASyntaxErrorThatSaysEmpty() {
    for (String text : List.of("", " ", "\uFEFF")) {
      Problem p = only(DatasetReader.create().readString(text, "in.json"), "syntax");
      assertThat(p.message()).contains("empty");
      assertThat(p.location()).hasValue(Location.of("in.json", 1, 1));
    }
  }

  @org.junit.jupiter.api.Test
  void read_ofTextOfTwoUnitCharactersThroughSnakeyamlEngine_readsItWhereverItsBuffersEnd() {
    // snakeyaml-engine 3.0.1 fails on a read that ends between the two units of a character
    String emoji = "😀".repeat(1500);
    for (String shift : List.of("", "x")) {
      String yaml = "liaison: 1\nsources:\n  - &a {id: s, title: " + shift + emoji + "}\n";
      LoadResult result = DatasetReader.create().readString(yaml, "x.yaml");
      assertThat(result.problems()).as(shift).isEmpty();
      assertThat(result.dataset().sources().get(0).title()).hasValue(shift + emoji);
    }
  }

  private static Problem only(LoadResult result, String code) {
    assertThat(result.problems()).extracting(Problem::code).contains(code);
    return result.problems().stream().filter(p -> p.code().equals(code)).findFirst().get();
  }
}
