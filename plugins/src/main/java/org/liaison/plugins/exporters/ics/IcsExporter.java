package org.liaison.plugins.exporters.ics;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.model.Activity;
import org.liaison.model.Area;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Institution;
import org.liaison.model.PartialDate;
import org.liaison.model.Ref;
import org.liaison.model.Severity;
import org.liaison.model.Side;
import org.liaison.model.Source;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Rule;
import org.liaison.plugins.Subject;
import org.liaison.plugins.exporters.Texts;

/**
 * {@code --format ics}: every delegation with a full date as an all-day iCalendar event (RFC 5545).
 * A delegation dated without a year, or to the month or year only, has no day to put in a calendar:
 * it is left out and reported as {@code date.partial} (an {@code info} problem).
 *
 * <p>Each event has a {@code UID} made of the delegation id, so a calendar that imports the file
 * again updates the event instead of adding another; its {@code DTSTAMP} is the latest full date
 * the data gives for it (the visit, its end, the publication or reading of its sources) at midnight
 * UTC, so the same data gives the same file. The host's first institution is the {@code ORGANIZER},
 * with the calendar address {@code urn:liaison:ID} since Liaison keeps no e-mail addresses. The
 * calendar is published ({@code METHOD:PUBLISH}), which allows no {@code ATTENDEE}: the sides and
 * their people are in the {@code DESCRIPTION}.
 */
public final class IcsExporter implements Exporter {

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public IcsExporter() {}

  @Override
  public String id() {
    return "ics";
  }

  @Override
  public String description() {
    return "Delegations with a full date as all-day iCalendar events (RFC 5545).";
  }

  @Override
  public String extension() {
    return "ics";
  }

  @Override
  public String mediaType() {
    return "text/calendar";
  }

  @Override
  public List<Rule> rules() {
    return List.of(
        Rule.of(
            "date.partial",
            Severity.INFO,
            "A delegation left out of the"
                + " calendar, or shown on its first day only, because a date is not a full date."));
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    BufferedOutputStream buffer = new BufferedOutputStream(out);
    IcsLines ics = new IcsLines(buffer);
    ics.line("BEGIN", "VCALENDAR");
    ics.line("VERSION", "2.0");
    ics.line("PRODID", "-//Liaison//Liaison export//EN");
    ics.line("CALSCALE", "GREGORIAN");
    ics.line("METHOD", "PUBLISH");
    ics.line("X-WR-CALNAME", "Delegations");
    for (Delegation d : dataset.delegations()) {
      Optional<LocalDate> start = d.date().toLocalDate();
      if (start.isPresent()) {
        event(ics, dataset, d, start.get(), end(d, start.get(), context));
      } else {
        context.report(
            "date.partial",
            "the delegation is not in the calendar: its date `"
                + d.date()
                + "` "
                + lacking(d.date())
                + ", and an all-day event needs a full date",
            Subject.of(d, "/date"));
      }
    }
    ics.line("END", "VCALENDAR");
    buffer.flush();
  }

  private static String lacking(PartialDate date) {
    switch (date.precision()) {
      case MONTH_DAY:
        return "has no year";
      case MONTH:
        return "gives only a year and a month";
      default:
        return "gives only a year";
    }
  }

  /** The last day of the visit: its end date when that is a full date not before the start. */
  private static LocalDate end(Delegation d, LocalDate start, ExportContext context) {
    Optional<PartialDate> end = d.endDate();
    Optional<LocalDate> day = end.flatMap(PartialDate::toLocalDate).filter(e -> !e.isBefore(start));
    if (end.isPresent() && day.isEmpty()) {
      context.report(
          "date.partial",
          "the event is the first day only: the end date `"
              + end.get()
              + "` is not a full date on or after `"
              + d.date()
              + "`",
          Subject.of(d, "/endDate"));
    }
    return day.orElse(start);
  }

  private static void event(
      IcsLines ics, Dataset data, Delegation d, LocalDate start, LocalDate last)
      throws IOException {
    ics.line("BEGIN", "VEVENT");
    ics.line("UID", d.id().value() + "@liaison");
    ics.line("DTSTAMP", day(stamp(data, d, last)) + "T000000Z");
    ics.line("DTSTART;VALUE=DATE", day(start));
    ics.line("DTEND;VALUE=DATE", day(last.plusDays(1)));
    ics.line("SUMMARY", IcsLines.text(Texts.title(d)));
    String place = Texts.place(d.location());
    if (!place.isEmpty()) {
      ics.line("LOCATION", IcsLines.text(place));
    }
    ics.line("DESCRIPTION", IcsLines.text(description(data, d)));
    if (!d.areas().isEmpty()) {
      ics.line(
          "CATEGORIES",
          d.areas().stream().map(Area::code).map(IcsLines::text).collect(Collectors.joining(",")));
    }
    Optional<Ref<Institution>> host = d.host().institutions().stream().findFirst();
    if (host.isPresent()) {
      ics.line(
          "ORGANIZER;CN=" + IcsLines.param(Texts.name(data, host.get())),
          "urn:liaison:" + host.get());
    }
    Optional<String> url =
        d.sources().stream()
            .flatMap(s -> data.resolve(s).stream())
            .flatMap(s -> s.url().stream())
            .filter(IcsExporter::isUri)
            .findFirst();
    if (url.isPresent()) {
      ics.line("URL", url.get());
    }
    ics.line("TRANSP", "TRANSPARENT");
    ics.line("END", "VEVENT");
  }

  /** The latest full date of the visit and of its sources' publication or reading. */
  private static LocalDate stamp(Dataset data, Delegation d, LocalDate last) {
    return d.sources().stream()
        .flatMap(s -> data.resolve(s).stream())
        .flatMap(s -> Stream.of(s.published(), s.accessed()))
        .flatMap(o -> o.flatMap(PartialDate::toLocalDate).stream())
        .reduce(last, (a, b) -> a.isAfter(b) ? a : b);
  }

  private static String description(Dataset data, Delegation d) {
    List<String> parts = new ArrayList<>();
    parts.add("Visiting: " + side(data, d.visiting()));
    parts.add("Host: " + side(data, d.host()));
    d.purpose().ifPresent(p -> parts.add("Purpose: " + p));
    for (Activity a : d.activities()) {
      parts.add(
          Texts.capital(Texts.words(a.kind()))
              + a.chair().map(c -> " (chair: " + Texts.personName(data, c) + ")").orElse("")
              + a.summary().map(s -> ": " + s).orElse(""));
    }
    d.outcome().ifPresent(o -> parts.add("Outcome: " + o));
    if (!d.topics().isEmpty()) {
      parts.add("Topics: " + String.join("; ", d.topics()));
    }
    List<String> sources =
        d.sources().stream().flatMap(s -> data.resolve(s).stream()).map(IcsExporter::cite).toList();
    if (!sources.isEmpty()) {
      parts.add("Sources: " + String.join("; ", sources));
    }
    return String.join("\n", parts);
  }

  private static String side(Dataset data, Side side) {
    String who = side.institutions().isEmpty() ? "—" : Texts.names(data, side.institutions());
    List<String> counts = new ArrayList<>();
    side.organizations().ifPresent(n -> counts.add(n + " organizations"));
    side.people().ifPresent(n -> counts.add(n + " people"));
    List<String> people =
        side.members().stream()
            .map(
                p ->
                    Texts.personName(data, p.person())
                        + p.role().map(r -> " (" + Texts.words(r) + ")").orElse(""))
            .toList();
    return who
        + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")")
        + (people.isEmpty() ? "" : ". People: " + String.join(", ", people));
  }

  private static boolean isUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String cite(Source s) {
    return s.title()
        .map(t -> t + s.url().map(u -> " <" + u + ">").orElse(""))
        .orElseGet(() -> s.url().orElse(s.id().value()));
  }

  /**
   * A date as iCalendar writes it, {@code 20240321}. The formatter is named here, not kept in a
   * field: discovery loads this class in every run, {@code validate} too, and java.time's
   * formatters take milliseconds to make.
   */
  private static String day(LocalDate date) {
    return DateTimeFormatter.BASIC_ISO_DATE.format(date);
  }
}
