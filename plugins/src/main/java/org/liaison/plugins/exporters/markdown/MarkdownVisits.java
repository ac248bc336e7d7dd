package org.liaison.plugins.exporters.markdown;

import static org.liaison.plugins.exporters.markdown.MarkdownWriter.code;
import static org.liaison.plugins.exporters.markdown.MarkdownWriter.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.model.Activity;
import org.liaison.model.Area;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Participant;
import org.liaison.model.Side;
import org.liaison.model.Source;
import org.liaison.plugins.exporters.Texts;

/**
 * The delegations section of the Markdown report: a timeline table in date order (visits whose year
 * is unknown last), then each visit with its sides, people, activities and sources.
 */
final class MarkdownVisits {
  private final MarkdownWriter md;
  private final Dataset data;

  MarkdownVisits(MarkdownWriter md, Dataset data) {
    this.md = md;
    this.data = data;
  }

  void write() throws IOException {
    if (data.delegations().isEmpty()) {
      return;
    }
    List<Delegation> timeline = MarkdownExporter.timeline(data);
    md.heading(2, "Delegations");
    List<List<String>> rows = new ArrayList<>();
    for (Delegation d : timeline) {
      rows.add(
          List.of(
              Texts.dates(d.date(), d.endDate()),
              text(Texts.title(d)),
              text(Texts.names(data, d.visiting().institutions())),
              text(Texts.names(data, d.host().institutions())),
              text(Texts.place(d.location()))));
    }
    md.table(List.of("Date", "Delegation", "Visiting", "Host", "Location"), rows);
    for (Delegation d : timeline) {
      visit(d);
    }
  }

  private void visit(Delegation d) throws IOException {
    md.heading(3, Texts.dates(d.date(), d.endDate()) + " · " + Texts.title(d));
    List<String> facts = new ArrayList<>();
    facts.add("**Id:** " + code(d.id()));
    facts.add("**Visiting:** " + side(d.visiting()));
    facts.add("**Host:** " + side(d.host()));
    d.purpose().ifPresent(p -> facts.add("**Purpose:** " + text(p)));
    for (Activity a : d.activities()) {
      facts.add(
          "**"
              + text(Texts.capital(Texts.words(a.kind())))
              + "**"
              + a.chair()
                  .map(c -> " (chaired by " + text(Texts.personName(data, c)) + ")")
                  .orElse("")
              + a.summary().map(s -> ": " + text(s)).orElse(""));
    }
    d.outcome().ifPresent(o -> facts.add("**Outcome:** " + text(o)));
    if (!d.topics().isEmpty()) {
      facts.add("**Topics:** " + text(String.join("; ", d.topics())));
    }
    if (!d.fields().isEmpty()) {
      facts.add("**Fields:** " + text(String.join("; ", d.fields())));
    }
    if (!d.areas().isEmpty()) {
      facts.add("**Areas:** " + text(areas(d.areas())));
    }
    if (!d.sources().isEmpty()) {
      facts.add(
          "**Sources:** "
              + d.sources().stream()
                  .map(
                      s ->
                          data.resolve(s)
                              .map(Source::title)
                              .flatMap(t -> t)
                              .map(t -> text(t) + " (" + code(s) + ")")
                              .orElse(code(s)))
                  .collect(Collectors.joining("; ")));
    }
    md.bullets(facts);
  }

  private String side(Side side) {
    List<String> parts = new ArrayList<>();
    parts.add(side.institutions().isEmpty() ? "—" : text(Texts.names(data, side.institutions())));
    side.organizations().ifPresent(n -> parts.add(n + " organizations in all"));
    side.people().ifPresent(n -> parts.add(n + " people in all"));
    String who = String.join("; ", parts);
    List<String> members = side.members().stream().map(this::member).toList();
    return members.isEmpty() ? who : who + ". People: " + String.join("; ", members);
  }

  private String member(Participant p) {
    List<String> about = new ArrayList<>();
    p.role().ifPresent(r -> about.add(Texts.words(r)));
    p.title().ifPresent(about::add);
    p.onBehalfOf().ifPresent(i -> about.add("for " + Texts.name(data, i)));
    return text(
        Texts.personName(data, p.person())
            + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
  }

  /** The areas' English labels, or their codes outside the vocabulary, joined with commas. */
  private static String areas(List<Area> areas) {
    return areas.stream().map(a -> a.label().orElse(a.code())).collect(Collectors.joining(", "));
  }
}
