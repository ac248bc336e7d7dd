package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * The characters of a YAML file: its encoding detected as YAML 1.2 says, and every character
 * problem placed at its line and column, for a stream as for a file.
 */
class EncodingTest {
  private static final String VALID = "liaison: 1\nsources:\n  - {id: s, title: t}\n";

  private static LoadResult read(byte[] bytes) {
    return DatasetReader.create().read(new ByteArrayInputStream(bytes), "in.yaml");
  }

  private static Problem only(LoadResult result, String code) {
    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    assertThat(p.code()).isEqualTo(code);
    return p;
  }

  @Test
  void read_placesACharacterYamlForbids() {
    LoadResult result =
        read(
            "liaison: 1\nsources:\n  - {id: s, title: \"a\u0007b\"}\n"
                .getBytes(StandardCharsets.UTF_8));

    Problem p = only(result, "syntax");
    assertThat(p.location()).contains(Location.of("in.yaml", 3, 22));
    assertThat(p.message()).contains("U+0007 is not allowed", "\\u0007");
  }

  @Test
  void read_placesInvalidUtf8InAStream() {
    // given: on line 3, the byte E9 (Latin-1 é), which no UTF-8 character starts with
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        "liaison: 1\nsources:\n  - {id: s, title: caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes("}\n".getBytes(StandardCharsets.UTF_8));

    // when
    Problem p = only(read(bytes.toByteArray()), "syntax");

    // then
    assertThat(p.location()).contains(Location.of("in.yaml", 3, 23));
    assertThat(p.message()).contains("not valid UTF-8", "0xE9");
  }

  @Test
  void read_detectsUtf16AndUtf32WithoutAByteOrderMark() {
    for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      LoadResult result = read(VALID.getBytes(Charset.forName(charset)));

      assertThat(result.problems()).as(charset).isEmpty();
      assertThat(result.dataset().sources()).as(charset).hasSize(1);
    }
  }

  @Test
  void read_takesUtf32WithAByteOrderMarkAsUtf32() {
    byte[] text = ("\uFEFF" + VALID).getBytes(Charset.forName("UTF-32LE"));

    LoadResult result = read(text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().sources()).hasSize(1);
  }

  @Test
  void read_placesANulByteAtTheStartWithAHintAboutTheEncoding() {
    Problem p = only(read("\0liaison: 1\n".getBytes(StandardCharsets.UTF_8)), "syntax");

    assertThat(p.location()).contains(Location.of("in.yaml", 1, 1));
    assertThat(p.message()).contains("U+0000", "UTF-16 or UTF-32");
  }

  @Test
  void read_ofJsonInAByteOrderJacksonRefuses_saysWhyInOneLine() {
    // given: the start of UTF-32 in the byte order 2143, which Jackson does not read
    byte[] bytes = {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'};

    // when
    Problem p =
        only(DatasetReader.create().read(new ByteArrayInputStream(bytes), "in.json"), "syntax");

    // then: in plain words, at the first zero byte
    assertThat(p.message())
        .isEqualTo(
            "the file holds a zero byte (NUL) here, which JSON text"
                + " never does: if the file is UTF-16 or UTF-32, save it as UTF-8; else remove it");
    assertThat(p.location()).contains(Location.of("in.json", 1, 1));
  }

  @Test
  void read_refusesALoneSurrogateWrittenAsAnEscape() {
    // given: x, the escape of D800 alone, then A; in JSON and in YAML's double quotes
    String json = "{\"liaison\": 1, \"sources\": [{\"id\": \"s\", \"title\": \"x\\ud800A\"}]}";
    String yaml = "liaison: 1\nsources:\n  - {id: s, title: \"x\\uD800A\"}\n";

    // when
    Problem inJson = only(DatasetReader.create().readString(json, "in.json"), "syntax");
    Problem inYaml = only(DatasetReader.create().readString(yaml, "in.yaml"), "syntax");

    // then: placed at the string, whose text no writer could keep
    assertThat(inJson.location()).contains(Location.of("in.json", 1, 49));
    assertThat(inYaml.location()).contains(Location.of("in.yaml", 3, 20));
    assertThat(inJson.message()).contains("U+D800", "surrogate pair without the other half");
    assertThat(inYaml.message()).isEqualTo(inJson.message());
  }
}
