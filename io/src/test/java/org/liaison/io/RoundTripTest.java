package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.model.Agreement;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Quantity;
import org.liaison.model.RecordKind;
import org.liaison.model.Source;

/**
 * A round trip for every record kind: value → YAML or JSON → value, equal, with every field and
 * sub-record filled; and the example dataset the same way.
 */
class RoundTripTest {

  static Stream<Arguments> roundTrip_keepsEveryFieldOfEveryRecordKind() {
    List<LiaisonRecord> full =
        List.of(
            Samples.institution(),
            Samples.person(),
            Samples.delegation(),
            Samples.agreement(),
            Samples.source());
    return Stream.of(DatasetWriter.yaml(), DatasetWriter.json())
        .flatMap(
            writer ->
                full.stream()
                    .map(
                        record ->
                            Arguments.of(record.recordKind(), writer.extension(), writer, record)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource
  void roundTrip_keepsEveryFieldOfEveryRecordKind(
      RecordKind kind, String extension, DatasetWriter writer, LiaisonRecord record) {
    // given
    Dataset data = Samples.everything();

    // when
    String text = writer.writeString(data);
    LoadResult back = DatasetReader.create().readString(text, "x." + extension);

    // then
    assertThat(back.problems()).as(text).isEmpty();
    assertThat(back.dataset().record(record.id())).as(text).contains(record);
    assertThat(Samples.records(back.dataset())).containsExactlyElementsOf(Samples.records(data));
    assertThat(back.dataset()).as(text).isEqualTo(data).hasSameHashCodeAs(data);
  }

  @Test
  void fullRecords_fillEveryFieldOfEveryRecordAndSubRecord() throws Exception {
    Map<String, Boolean> filled = new TreeMap<>();

    for (LiaisonRecord record : Samples.records(Samples.everything())) {
      visit(record, filled);
    }

    assertThat(filled)
        .containsKeys(
            "Institution.identifiers",
            "Participant.onBehalfOf",
            "Signatory.date",
            "Quantity.per",
            "HistoryEntry.sources",
            "Term.end",
            "Place.address");
    assertThat(filled.entrySet())
        .filteredOn(e -> !e.getValue())
        .as("fields never filled")
        .isEmpty();
  }

  /** Notes, for each accessor of each model value met, whether any value had it filled. */
  private static void visit(Object value, Map<String, Boolean> filled) throws Exception {
    for (Class<?> type : value.getClass().getInterfaces()) {
      if (!type.getPackageName().equals("org.liaison.model")) {
        continue;
      }
      for (Method accessor : type.getDeclaredMethods()) {
        if (Modifier.isAbstract(accessor.getModifiers()) && accessor.getParameterCount() == 0) {
          Object v = accessor.invoke(value);
          List<?> parts =
              v instanceof Optional<?> o
                  ? o.stream().toList()
                  : v instanceof Collection<?> c
                      ? List.copyOf(c)
                      : v instanceof Map<?, ?> m ? List.copyOf(m.values()) : List.of(v);
          filled.merge(
              type.getSimpleName() + "." + accessor.getName(),
              !parts.isEmpty(),
              Boolean::logicalOr);
          for (Object part : parts) {
            if (part.getClass().getSimpleName().startsWith("Immutable")) {
              visit(part, filled);
            }
          }
        }
      }
    }
  }

  @Test
  void write_usesTheShortFormsAPersonWouldWrite() {
    String yaml = DatasetWriter.yaml().writeString(Samples.everything());
    List<String> lines = yaml.lines().map(String::strip).toList();

    assertThat(lines).startsWith("liaison: 1");
    assertThat(lines).contains("- yu-qifeng", "- person: chen-boqin", "organizations: 28");
    assertThat(yaml).doesNotContain("null", "[]", "{}");
  }

  static Stream<Arguments> roundTrip_keepsTheExamples() {
    return Stream.of(Arguments.of(DatasetWriter.yaml()), Arguments.of(DatasetWriter.json()));
  }

  @ParameterizedTest
  @MethodSource
  void roundTrip_keepsTheExamples(DatasetWriter writer) {
    // given
    LoadResult examples = DatasetReader.create().read(Path.of("../examples"));
    assertThat(examples.problems()).isEmpty();

    // when
    String text = writer.writeString(examples.dataset());
    LoadResult back = DatasetReader.create().readString(text, "examples." + writer.extension());

    // then
    assertThat(back.problems()).isEmpty();
    assertThat(Samples.records(back.dataset()))
        .containsExactlyElementsOf(Samples.records(examples.dataset()));
    assertThat(back.dataset()).isEqualTo(examples.dataset()).hasSameHashCodeAs(examples.dataset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "json"})
  void write_isDeterministicAndStableUnderARoundTrip(String extension) {
    // given
    Dataset data = DatasetReader.create().read(Path.of("../examples")).dataset();

    // when
    String first = write(data, extension);
    String second = write(data, extension);
    String again = write(read(first, extension).dataset(), extension);

    // then
    assertThat(second).isEqualTo(first);
    assertThat(again).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "null",
        "~",
        "NULL",
        "yes",
        "no",
        "true",
        "1",
        "1.0",
        "0x1F",
        " leading space",
        "trailing space ",
        "a: b",
        "#hash",
        "a #b",
        "- item",
        "-",
        "?",
        ":",
        "---",
        "...",
        "[x]",
        "{x}",
        "x, y",
        "*star",
        "&amp",
        "!bang",
        "%pct",
        "@at",
        "`tick",
        "'single'",
        "\"double\"",
        "back\\slash",
        "two\nlines",
        "ends with a newline\n",
        "  indented\nblock",
        "tab\there",
        "bell\u0007",
        "nbsp\u00a0",
        "中侨职业技术大学",
        "emoji 😀",
        "2024-03-21",
        "--11-18"
      })
  void roundTrip_keepsAwkwardStrings(String value) {
    Source source =
        Source.builder()
            .id(Id.of("src.awkward"))
            .title(value)
            .url("u")
            .putLabel(value.isEmpty() ? "empty" : value, value)
            .build();
    Dataset data = Dataset.of(List.of(source));

    for (String extension : List.of("yaml", "json")) {
      String text = write(data, extension);
      LoadResult back = read(text, extension);

      assertThat(back.problems()).as(text).isEmpty();
      assertThat(back.dataset().sources()).as(text).containsExactly(source);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "line\u2028separator",
        "paragraph\u2029separator",
        "next\u0085line",
        "a\nb\u2028c",
        "a\nb\u2029c",
        "a\nb\u0085c",
        "\u2029",
        "a\u2028b\n"
      })
  void roundTrip_keepsUnicodeLineBreakCharactersInTextAndKeys(String value) {
    // given: NEL, LS and PS, which YAML 1.1 readers take for line breaks, in one line and in
    // text of several lines (which the YAML writer would put in a literal block), in a value
    // and in a label's name (a simple key, where a line break is not allowed)
    Source source =
        Source.builder().id(Id.of("src.awkward")).title(value).putLabel(value, "v").build();
    Dataset data = Dataset.of(List.of(source));

    for (String extension : List.of("yaml", "json")) {
      // when
      String text = write(data, extension);
      LoadResult back = read(text, extension);

      // then
      assertThat(back.problems()).as(text).isEmpty();
      assertThat(back.dataset().sources()).as(text).containsExactly(source);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "json"})
  void roundTrip_keepsAQuantityWrittenWithAnExponent(String extension) {
    // given: what the reader gives for `value: 1e3`
    Agreement withExponent =
        Agreement.builder()
            .from(Samples.agreement())
            .commitments(
                List.of(
                    Commitment.builder()
                        .description("Jobs")
                        .quantity(Quantity.builder().value(new BigDecimal("1e3")).build())
                        .build()))
            .build();
    Dataset data = Samples.everythingWith(withExponent);

    // when
    LoadResult back = read(write(data, extension), extension);

    // then
    assertThat(back.dataset().agreements()).containsExactly(withExponent);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String write(Dataset data, String extension) {
    return (extension.equals("json") ? DatasetWriter.json() : DatasetWriter.yaml())
        .writeString(data);
  }

  private static LoadResult read(String text, String extension) {
    return DatasetReader.create().readString(text, "x." + extension);
  }
}
