package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.liaison.io.binding.Shape;
import org.liaison.io.binding.Shapes;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The writer puts the fields of every record and part in the order of the format's table ({@link
 * Shapes}), the table the reader, the JSON Schema and docs/format.md come from.
 */
class WrittenFieldOrderTest {
  private static final Map<String, String> SECTIONS =
      Map.of(
          "institutions",
          "institution",
          "people",
          "person",
          "delegations",
          "delegation",
          "agreements",
          "agreement",
          "sources",
          "source");
  private static final Set<String> FREE_KEYS = Set.of("identifiers", "labels");

  @Test
  void everyWrittenMappingKeepsTheTablesOrder() {
    // given: a dataset that fills every kind of record and part
    String json = DatasetWriter.json().writeString(Samples.everything());

    // when: the keys of every mapping are read in the order written
    List<Mapping> mappings = mappings(json);

    // then: each record's keys follow its shape, and each part's keys follow a shape that has them
    assertThat(mappings).hasSizeGreaterThan(20);
    for (Mapping m : mappings) {
      if (m.record != null) {
        assertThat(inOrder(m.keys, shape(m.record).names)).as("%s %s", m.record, m.keys).isTrue();
      } else {
        assertThat(Shapes.ALL)
            .as("a shape with the keys %s in this order", m.keys)
            .anyMatch(s -> inOrder(m.keys, s.names));
      }
    }
  }

  @Test
  void theSamplesWriteEveryFieldOfEveryShape() {
    // given: the dataset the round trips read back (RoundTripTest), written
    List<Mapping> mappings = mappings(DatasetWriter.json().writeString(Samples.everything()));

    // when: each mapping's keys are credited to its shape, where only one shape has them in order
    Set<String> written = new TreeSet<>();
    for (Mapping m : mappings) {
      List<Shape<?, ?>> fits =
          m.record != null
              ? List.of(shape(m.record))
              : Shapes.ALL.stream().filter(s -> inOrder(m.keys, s.names)).toList();
      if (fits.size() == 1) {
        m.keys.forEach(key -> written.add(fits.get(0).what + "." + key));
      }
    }

    // then: every field of the table is written, so the round trip sets and gets each one
    List<String> fields = new ArrayList<>();
    Shapes.ALL.forEach(s -> s.names.forEach(name -> fields.add(s.what + "." + name)));
    assertThat(fields).hasSizeGreaterThan(100);
    assertThat(written).containsAll(fields);
  }

  private static List<Mapping> mappings(String json) {
    List<Mapping> mappings = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      read(p, null, mappings);
    }
    return mappings;
  }

  private record Mapping(String record, List<String> keys) {}

  /** Reads the value at the current token, collecting the keys of every mapping below the root. */
  private static void read(JsonParser p, String section, List<Mapping> out) {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        readItem(p, section, out);
      }
    } else if (p.currentToken() == JsonToken.START_OBJECT) {
      readMapping(p, section == null ? "" : null, null, out);
    }
  }

  private static void readItem(JsonParser p, String section, List<Mapping> out) {
    if (p.currentToken() == JsonToken.START_OBJECT && SECTIONS.containsKey(section)) {
      readMapping(p, null, SECTIONS.get(section), out);
    } else {
      read(p, "-", out);
    }
  }

  /** Reads a mapping; {@code root} for the document itself, whose keys are sections. */
  private static void readMapping(JsonParser p, String root, String record, List<Mapping> out) {
    List<String> keys = new ArrayList<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      keys.add(key);
      p.nextToken();
      if (FREE_KEYS.contains(key)) {
        p.skipChildren(); // names to strings: their keys are the user's, in the user's order
      } else {
        read(p, root != null ? key : "-", out);
      }
    }
    if (root == null) {
      out.add(new Mapping(record, keys));
    }
  }

  private static Shape<?, ?> shape(String what) {
    return Shapes.ALL.stream().filter(s -> s.what.equals(what)).findFirst().orElseThrow();
  }

  /** Whether every key is a field of {@code order}, and they come in that order. */
  private static boolean inOrder(List<String> keys, List<String> order) {
    int last = -1;
    for (String key : keys) {
      int at = order.indexOf(key);
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }
}
