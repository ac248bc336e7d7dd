package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.Source;

/**
 * Round trips the writers do not keep yet, found by the property and fuzz tests, each disabled
 * with its reason (see {@link KnownFindings}); enable one with its fix, and drop the matching
 * step-around from {@code KnownFindings}.
 */
class RoundTripGapsTest {

  @Test
  @Disabled("bug: a string with a line feed goes into a YAML literal block, where NEL, LS and PS"
      + " stay raw and SnakeYAML reads them as line breaks; UnicodeBreaksQuoted is not asked")
  void roundTrip_keepsUnicodeLineBreaksInTextOfSeveralLines() {
    for (String text : List.of("a\nb\u2028c", "a\nb\u2029c", "a\nb\u0085c")) {
      assertReadsBackEqual(Source.builder().id(Id.of("s")).title(text).build());
    }
  }

  @Test
  @Disabled("bug: a label name with LS or PS is written as a double-quoted simple key with the"
      + " character raw; SnakeYAML finds a line break inside a simple key and stops the file")
  void roundTrip_keepsUnicodeLineBreaksInLabelNames() {
    for (String name : List.of("a\u2028b", "\u2029")) {
      assertReadsBackEqual(Source.builder().id(Id.of("s")).title("t").putLabel(name, "v").build());
    }
  }

  @Test
  @Disabled("bug: a JSON escape of a lone surrogate reads without a problem into a string that"
      + " is not Unicode text, which neither writer keeps")
  void read_ofALoneSurrogate_isAProblemOrKept() {
    // given: x, then the escape of D800 alone, then A
    String json = "{\"liaison\": 1, \"sources\": [{\"id\": \"s\", \"title\": \"x\\ud800A\"}]}";

    // when
    LoadResult read = DatasetReader.create().readString(json, "lone.json");

    // then
    if (read.problems().isEmpty()) {
      assertReadsBackEqual(read.dataset().sources().get(0));
    }
  }

  private static void assertReadsBackEqual(Source source) {
    Dataset data = Dataset.of(List.of(source));
    for (DatasetWriter writer : List.of(DatasetWriter.yaml(), DatasetWriter.json())) {
      String text = writer.writeString(data);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      LoadResult back = DatasetReader.create()
          .read(new ByteArrayInputStream(bytes), "back." + writer.extension());
      assertThat(back.problems()).as(text).isEmpty();
      assertThat(back.dataset().sources()).as(text).containsExactly(source);
    }
  }
}
