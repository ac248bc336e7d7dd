package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Dataset;
import org.liaison.model.HistoryEntry;
import org.liaison.model.PartialDate;
import org.liaison.model.Party;
import org.liaison.model.Ref;
import org.liaison.model.Term;
import org.yaml.snakeyaml.Yaml;

/**
 * Dates in written YAML are quoted, as in the examples, so that a YAML 1.1 reader (PyYAML, or
 * SnakeYAML 1.1 here) reads every precision as the same string and none as a date object.
 */
class WrittenDatesTest {

  @Test
  void yaml_quotesDatesOfEveryPrecision_soThatAYaml11ReaderKeepsThemAsText() {
    // given an agreement with a date of each precision
    Dataset data =
        Dataset.of(
            List.of(
                Agreement.builder()
                    .id("agr.dates")
                    .title("Dates")
                    .kind(AgreementKind.OTHER)
                    .status(AgreementStatus.SIGNED)
                    .addParties(Party.of(Ref.institution("a")), Party.of(Ref.institution("b")))
                    .addHistory(
                        HistoryEntry.builder()
                            .status(AgreementStatus.PROPOSED)
                            .date(PartialDate.of("2024"))
                            .build())
                    .signedOn(PartialDate.of("2024-06-12"))
                    .term(
                        Term.builder()
                            .start(PartialDate.of("2024-07"))
                            .end(PartialDate.of("--06-30"))
                            .build())
                    .build()));

    // when
    String text = DatasetWriter.yaml().writeString(data);

    // then
    assertThat(text)
        .contains(
            "signedOn: \"2024-06-12\"", "date: \"2024\"", "start: \"2024-07\"", "end: \"--06-30\"");
    Map<String, Object> agreement = firstAgreement(new Yaml().load(text));
    assertThat(agreement.get("signedOn")).isEqualTo("2024-06-12");
    assertThat(((Map<?, ?>) agreement.get("term")).get("start")).isEqualTo("2024-07");
    assertThat(DatasetReader.create().readString(text, "dates.yaml").dataset()).isEqualTo(data);
  }

  @Test
  void yaml_leavesTextThatIsNoDateUnquoted() {
    Dataset data =
        Dataset.of(
            List.of(
                Agreement.builder()
                    .id("agr.text")
                    .title("2024-06-12a")
                    .kind(AgreementKind.OTHER)
                    .status(AgreementStatus.SIGNED)
                    .summary("12024-06-12")
                    .build()));

    String text = DatasetWriter.yaml().writeString(data);

    assertThat(text).contains("title: 2024-06-12a", "summary: 12024-06-12");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstAgreement(Object document) {
    return ((List<Map<String, Object>>) ((Map<String, Object>) document).get("agreements")).get(0);
  }
}
