package org.liaison.plugins.exporters.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.plugins.exporters.Exports;

/**
 * The {@code ics} export read back with ical4j: one event per delegation with a full date, its text
 * unescaped and unfolded as written, and an {@code info} report for each delegation left out. The
 * raw bytes are checked against RFC 5545's line rules too.
 */
class IcsExporterTest {

  private static Calendar parse(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  private static String value(VEvent event, String property) {
    return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
  }

  private static List<String> values(VEvent event, String property) {
    return event.<Property>getProperties(property).stream().map(Property::getValue).toList();
  }

  @Test
  void examples_oneEventPerDatedDelegation_theOthersReportedAsInfo() throws Exception {
    // given
    Dataset data = Exports.examples();

    // when
    Exports.Output out = Exports.export(new IcsExporter(), data);
    Calendar calendar = parse(out.bytes());

    // then
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    List<Delegation> dated =
        data.delegations().stream().filter(d -> d.date().toLocalDate().isPresent()).toList();
    assertThat(events)
        .extracting(e -> value(e, Property.UID))
        .containsExactlyElementsOf(dated.stream().map(d -> d.id() + "@liaison").toList());
    assertThat(events)
        .extracting(e -> value(e, Property.DTSTART))
        .containsExactly("20240104", "20240321");
    assertThat(value(events.get(1), Property.LOCATION)).isEqualTo("Shanghai, CN");
    assertThat(
            events
                .get(1)
                .<Property>getProperty(Property.ORGANIZER)
                .orElseThrow()
                .getParameter("CN")
                .orElseThrow()
                .toString())
        .contains("Shanghai Zhongqiao Vocational and Technical University");
    assertThat(out.reports())
        .extracting(Exports.Report::record)
        .containsExactly(
            "del.college-negotiates-br-committee",
            "del.brigade-visits-zuel-ies",
            "del.carbonbay-visits-school");
    assertThat(out.reports())
        .allSatisfy(
            r -> {
              assertThat(r.code()).isEqualTo("date.partial");
              assertThat(r.pointer()).isEqualTo("/date");
              assertThat(r.message()).contains("has no year");
            });
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
  }

  @Test
  void trickyText_readsBackUnescaped_andPartialDatesSaySoWhenSkipped() throws Exception {
    // given
    Dataset data = Exports.tricky();
    Delegation visit = data.delegation("visit.full").orElseThrow();

    // when
    Exports.Output out = Exports.export(new IcsExporter(), data);
    List<VEvent> events = parse(out.bytes()).getComponents(Component.VEVENT);

    // then
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(value(event, Property.SUMMARY)).isEqualTo(visit.title().orElseThrow());
    assertThat(value(event, Property.DTSTART)).isEqualTo("20240506");
    assertThat(value(event, Property.DTEND)).as("the day after the last").isEqualTo("20240509");
    assertThat(value(event, Property.DTSTAMP))
        .as("src.two was read on 2024-06-01")
        .isEqualTo("20240601T000000Z");
    assertThat(value(event, Property.LOCATION)).isEqualTo("Shenzhen, Guangdong, CN");
    assertThat(value(event, Property.DESCRIPTION))
        .contains("Purpose: Talks about: internships, labs; and \\ more")
        .contains("Outcome: First line\nSecond line")
        .contains("(3 organizations)");
    assertThat(value(event, Property.DESCRIPTION))
        .contains("People: Ann \"The Chair\" O'Neil" + " (leader)");
    assertThat(values(event, Property.ATTENDEE)).as("PUBLISH allows none").isEmpty();
    assertThat(value(event, Property.ORGANIZER)).isEqualTo("urn:liaison:uni");
    assertThat(value(event, Property.URL)).isEqualTo("https://news.example/a?x=1&y=2");
    assertThat(out.reports())
        .extracting(Exports.Report::record, Exports.Report::message)
        .containsExactly(
            Tuple.tuple(
                "visit.no-year",
                "the delegation is not in the"
                    + " calendar: its date `--11-18` has no year, and an all-day event needs a full"
                    + " date"),
            Tuple.tuple(
                "visit.month",
                "the delegation is not in the"
                    + " calendar: its date `2024-07` gives only a year and a month, and an all-day"
                    + " event needs a full date"),
            Tuple.tuple(
                "visit.year",
                "the delegation is not in the"
                    + " calendar: its date `2023` gives only a year, and an all-day event needs a"
                    + " full date"));
  }

  @Test
  void lines_endWithCrlf_foldAt75Octets_neverInsideAUtf8Sequence() throws Exception {
    // given
    byte[] ics = Exports.export(new IcsExporter(), Exports.tricky()).bytes();

    // when
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < ics.length; k++) {
      if (ics[k] == '\n') {
        assertThat(ics[k - 1]).as("LF at " + k + " follows CR").isEqualTo((byte) '\r');
        lines.add(Arrays.copyOfRange(ics, start, k - 1));
        start = k + 1;
      }
    }

    // then
    assertThat(start).as("the file ends with CRLF").isEqualTo(ics.length);
    assertThat(lines).allSatisfy(line -> assertThat(line.length).isLessThanOrEqualTo(75));
    assertThat(lines).filteredOn(line -> line.length > 0 && line[0] == ' ').isNotEmpty();
    for (byte[] line : lines) {
      decodeStrictly(line); // a fold inside a UTF-8 sequence leaves a line that is not UTF-8
    }
  }

  private static void decodeStrictly(byte[] line) throws CharacterCodingException {
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(line));
  }

  @Test
  void icsText_escapesBackslashSemicolonCommaAndLineBreaks() {
    assertThat(IcsLines.text("a\\b;c,d\r\ne\u0001")).isEqualTo("a\\\\b\\;c\\,d\\ne ");
    assertThat(IcsLines.param("The \"Chair\"")).isEqualTo("\"The 'Chair'\"");
  }
}
