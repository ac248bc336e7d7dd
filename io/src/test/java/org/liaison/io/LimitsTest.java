package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** The string, document and record limits, each a `limit` problem where it trips. */
class LimitsTest {
  private final DatasetReader reader = DatasetReader.create().withLimits(ReadLimits.defaults()
      .withMaxStringLength(10).withMaxDocuments(2).withMaxRecords(3));

  private static Problem only(LoadResult result) {
    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    assertThat(p.code()).isEqualTo("limit");
    return p;
  }

  @Test
  void stringLength_inYaml_isALimitProblemAtTheString() {
    Problem p = only(reader.readString(
        "liaison: 1\nsources:\n  - {id: s, title: abcdefghijklmnop}\n", "a.yaml"));

    assertThat(p.location()).contains(Location.of("a.yaml", 3, 20));
    assertThat(p.message()).contains("16 characters, more than the limit of 10");
  }

  @Test
  void stringLength_inJson_isALimitProblemOnItsLine() {
    Problem p = only(reader.readString(
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
      json.append(i > 0 ? ", " : "").append("{\"id\": \"s").append(i).append("\", \"title\": \"t\"}");
    }
    json.append("]}");

    // when
    LoadResult result = DatasetReader.create().withLimits(ReadLimits.defaults()
        .withMaxStringLength(10)).readString(json.toString(), "a.json");

    // then
    assertThat(json.length()).isGreaterThan(1_010);
    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().sources()).hasSize(100);
  }

  @Test
  void documents_pastTheLimit_isALimitProblemAtTheDocumentThatTrips() {
    Problem p = only(reader.readString("liaison: 1\n---\nliaison: 1\n---\nliaison: 1\n",
        "b.yaml"));

    assertThat(p.location()).contains(Location.of("b.yaml", 4, 1));
  }

  @Test
  void records_pastTheLimit_stopTheLoadKeepingWhatWasRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "liaison: 1\nsources:\n  - {id: a, title: t}\n"
        + "  - {id: b, title: t}\n  - {id: c, title: t}\n  - {id: d, title: t}\n");
    Files.writeString(dir.resolve("b.yaml"), "liaison: 1\nsources:\n  - {id: e, title: t}\n");

    LoadResult result = reader.read(dir);

    Problem p = only(result);
    assertThat(p.location()).contains(Location.of(dir.resolve("a.yaml").toString(), 6, 5));
    assertThat(result.dataset().sources()).hasSize(3);
  }

  @Test
  void limits_refuseNonsense() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.defaults().withMaxRecords(0))
        .withMessageContaining("records limit must be positive");
  }
}
