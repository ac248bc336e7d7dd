package org.liaison.plugins.exporters.markdown;

import static org.liaison.plugins.exporters.markdown.MarkdownWriter.code;
import static org.liaison.plugins.exporters.markdown.MarkdownWriter.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.Person;
import org.liaison.model.Source;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.exporters.Texts;
import org.liaison.plugins.exporters.graph.Network;

/**
 * {@code --format markdown}: a report to read: institutions by kind with their sub-units, the
 * people and their posts, a timeline of the delegations followed by each visit in detail,
 * agreements by status with their history and commitments, and the sources with what cites them.
 * CommonMark with GitHub's pipe tables; every text from the data is escaped.
 */
public final class MarkdownExporter implements Exporter {

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public MarkdownExporter() {}

  @Override
  public String id() {
    return "markdown";
  }

  @Override
  public String description() {
    return "A readable report: institutions, people, a timeline of delegations, agreements,"
        + " sources.";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    MarkdownWriter md = new MarkdownWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    md.heading(1, "Cooperation records");
    md.paragraph(
        dataset.size()
            + " records: "
            + dataset.institutions().size()
            + " institutions, "
            + dataset.people().size()
            + " people, "
            + dataset.delegations().size()
            + " delegations, "
            + dataset.agreements().size()
            + " agreements, "
            + dataset.sources().size()
            + " sources.");
    institutions(md, dataset);
    people(md, dataset);
    new MarkdownVisits(md, dataset).write();
    agreements(md, dataset);
    sources(md, dataset);
    md.flush();
  }

  private static void institutions(MarkdownWriter md, Dataset data) throws IOException {
    md.heading(2, "Institutions");
    List<Network.Node> roots = Network.of(data).roots();
    for (InstitutionKind kind : InstitutionKind.values()) {
      List<List<String>> rows = new ArrayList<>();
      for (Network.Node root : roots) {
        Institution i = root.institution();
        if (i.kind() == kind) {
          List<String> units = new ArrayList<>();
          units(root, "", units);
          rows.add(
              List.of(
                  text(i.name()),
                  code(i.id()),
                  text(Texts.place(i.location())),
                  String.join("<br>", units)));
        }
      }
      if (!rows.isEmpty()) {
        md.heading(3, Texts.capital(Texts.words(kind)) + " (" + rows.size() + ")");
        md.table(List.of("Institution", "Id", "Location", "Sub-units"), rows);
      }
    }
  }

  /** The sub-units of {@code node}, depth first, a sub-unit's own ones marked with arrows. */
  private static void units(Network.Node node, String mark, List<String> out) {
    for (Network.Node child : node.children()) {
      Institution i = child.institution();
      out.add(
          mark + text(i.name()) + " (" + code(i.id()) + ", " + text(Texts.words(i.kind())) + ")");
      units(child, mark + "↳ ", out);
    }
  }

  private static void people(MarkdownWriter md, Dataset data) throws IOException {
    if (data.people().isEmpty()) {
      return;
    }
    md.heading(2, "People");
    List<List<String>> rows = new ArrayList<>();
    for (Person p : data.people()) {
      rows.add(
          List.of(
              text(p.name()),
              code(p.id()),
              p.posts().stream()
                  .map(
                      post ->
                          text(
                              post.title()
                                  + post.institution()
                                      .map(i -> ", " + Texts.name(data, i))
                                      .orElse("")
                                  + post.since().map(s -> ", since " + s).orElse("")
                                  + post.until().map(u -> ", until " + u).orElse("")))
                  .collect(Collectors.joining("<br>"))));
    }
    md.table(List.of("Person", "Id", "Posts"), rows);
  }

  private static void agreements(MarkdownWriter md, Dataset data) throws IOException {
    if (data.agreements().isEmpty()) {
      return;
    }
    md.heading(2, "Agreements");
    for (AgreementStatus status : AgreementStatus.values()) {
      List<Agreement> those = data.agreements().stream().filter(a -> a.status() == status).toList();
      if (!those.isEmpty()) {
        md.heading(3, Texts.capital(Texts.words(status)) + " (" + those.size() + ")");
        for (Agreement a : those) {
          agreement(md, data, a);
        }
      }
    }
  }

  private static void agreement(MarkdownWriter md, Dataset data, Agreement a) throws IOException {
    md.heading(4, a.title());
    List<String> facts = new ArrayList<>();
    facts.add("**Id:** " + code(a.id()) + " · **Kind:** " + text(Texts.words(a.kind())));
    facts.add(
        "**Parties:** "
            + a.parties().stream()
                .map(
                    p ->
                        text(
                            Texts.name(data, p.institution())
                                + p.role().map(r -> " (" + r + ")").orElse("")))
                .collect(Collectors.joining("; ")));
    a.signedOn().ifPresent(d -> facts.add("**Signed on:** " + d));
    a.term()
        .ifPresent(
            t ->
                facts.add(
                    "**Term:** "
                        + t.start().map(Object::toString).orElse("…")
                        + " – "
                        + t.end().map(Object::toString).orElse("…")));
    if (!a.establishes().isEmpty()) {
      facts.add("**Establishes:** " + text(Texts.names(data, a.establishes())));
    }
    for (HistoryEntry h : a.history()) {
      facts.add(
          "**"
              + text(Texts.capital(Texts.words(h.status())))
              + "** "
              + h.date()
              + h.delegation().map(d -> " during " + code(d)).orElse("")
              + h.note().map(n -> ": " + text(n)).orElse(""));
    }
    a.summary().ifPresent(s -> facts.add("**Summary:** " + text(s)));
    md.bullets(facts);
    List<List<String>> rows = new ArrayList<>();
    for (Commitment c : a.commitments()) {
      rows.add(
          List.of(
              text(c.by().map(b -> Texts.name(data, b)).orElse("")),
              text(c.description()),
              text(c.quantity().map(Texts::quantity).orElse("")),
              c.due().map(Object::toString).orElse("")));
    }
    md.table(List.of("By", "Commitment", "Quantity", "Due"), rows);
  }

  private static void sources(MarkdownWriter md, Dataset data) throws IOException {
    if (data.sources().isEmpty()) {
      return;
    }
    md.heading(2, "Sources");
    List<List<String>> rows = new ArrayList<>();
    for (Source s : data.sources()) {
      rows.add(
          List.of(
              code(s.id()),
              text(s.title().orElse("")),
              text(s.publisher().orElse("")),
              s.published().map(Object::toString).orElse(""),
              s.url().map(MarkdownExporter::link).orElse(""),
              data.citing(s).stream()
                  .sorted(Comparator.comparing(LiaisonRecord::id))
                  .map(r -> code(r.id()))
                  .collect(Collectors.joining(", "))));
    }
    md.table(List.of("Id", "Title", "Publisher", "Published", "URL", "Cited by"), rows);
  }

  /** A URL as an autolink where CommonMark allows one, else as text. */
  private static String link(String url) {
    return url.matches("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>|]*") ? "<" + url + ">" : text(url);
  }

  /** The delegations of a dataset in date order, as {@link MarkdownExporter} lists them. */
  static List<Delegation> timeline(Dataset data) {
    return data.delegations().stream()
        .sorted(Comparator.comparing(Delegation::date, PartialDate.SORT_ORDER))
        .toList();
  }
}
