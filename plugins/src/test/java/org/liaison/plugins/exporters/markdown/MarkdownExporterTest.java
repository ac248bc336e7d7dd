package org.liaison.plugins.exporters.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.plugins.exporters.Exports;

/**
 * The {@code markdown} report, parsed by commonmark-java with GitHub's tables extension: headings
 * are headings, tables are tables with the rows of the data, and text from the data reads back as
 * the same text, never as markup.
 */
class MarkdownExporterTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** A heading as parsed: its level and its text. */
  record Title(int level, String text) {}

  private static Node parse(Dataset data) {
    return PARSER.parse(Exports.export(new MarkdownExporter(), data).text());
  }

  /** The literal text of a node: text and code spans, without markup. */
  private static String text(Node node) {
    StringBuilder s = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            s.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            s.append(code.getLiteral());
          }
        });
    return s.toString();
  }

  private static List<Title> headings(Node document) {
    List<Title> titles = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            titles.add(new Title(heading.getLevel(), text(heading)));
          }
        });
    return titles;
  }

  /** Every table as rows of cell texts, the header row first. */
  private static List<List<List<String>>> tables(Node document) {
    List<List<List<String>>> tables = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
              List<List<String>> rows = new ArrayList<>();
              for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                assertThat(part).isInstanceOfAny(TableHead.class, TableBody.class);
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                  List<String> cells = new ArrayList<>();
                  for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    assertThat(row).isInstanceOf(TableRow.class);
                    assertThat(cell).isInstanceOf(TableCell.class);
                    cells.add(text(cell));
                  }
                  rows.add(cells);
                }
              }
              tables.add(rows);
            }
          }
        });
    return tables;
  }

  private static List<List<String>> tableWithHeader(Node document, String first) {
    return tables(document).stream()
        .filter(t -> t.get(0).get(0).equals(first))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table with the header " + first));
  }

  @Test
  void examples_sectionsAreHeadings_kindsAndStatusesBelowThem() {
    // given
    Dataset data = Exports.examples();

    // when
    List<Title> titles = headings(parse(data));

    // then
    assertThat(titles)
        .filteredOn(t -> t.level() <= 2)
        .extracting(Title::text)
        .containsExactly(
            "Cooperation records",
            "Institutions",
            "People",
            "Delegations",
            "Agreements",
            "Sources");
    assertThat(titles)
        .contains(
            new Title(3, "University (2)"),
            new Title(3, "Signed (1)"),
            new Title(3, "Proposed (2)"),
            new Title(3, "Government agency (1)"));
    assertThat(titles).filteredOn(t -> t.level() == 4).hasSize(data.agreements().size());
    assertThat(titles)
        .contains(
            new Title(
                3,
                "2024-03-21 · "
                    + data.delegation("del.zhejiang-chamber-visits-zhongqiao")
                        .orElseThrow()
                        .title()
                        .get()));
  }

  @Test
  void examples_tablesHoldEveryInstitutionPersonDelegationAndSource() {
    // given
    Dataset data = Exports.examples();

    // when
    Node document = parse(data);

    // then: one institutions table per kind present; their rows and sub-units are every one
    long kinds =
        data.institutions().stream()
            .filter(i -> i.parent().isEmpty())
            .map(i -> i.kind())
            .distinct()
            .count();
    List<List<List<String>>> institutions =
        tables(document).stream()
            .filter(t -> t.get(0).equals(List.of("Institution", "Id", "Location", "Sub-units")))
            .toList();
    assertThat(institutions).hasSize((int) kinds);
    String all =
        String.join(
            "\n", institutions.stream().flatMap(List::stream).flatMap(List::stream).toList());
    data.institutions().forEach(i -> assertThat(all).contains(i.id().value()));
    assertThat(tableWithHeader(document, "Person")).hasSize(data.people().size() + 1);
    assertThat(tableWithHeader(document, "Id").subList(1, data.sources().size() + 1))
        .extracting(row -> row.get(0))
        .containsExactlyElementsOf(data.sources().stream().map(s -> s.id().value()).toList());
    List<List<String>> timeline = tableWithHeader(document, "Date");
    assertThat(timeline.subList(1, timeline.size()))
        .extracting(row -> row.get(0))
        .containsExactly("2024-01-04", "2024-03-21", "--01-30", "--11-18", "--11-29");
  }

  @Test
  void examples_commitmentsAreTables_oneRowEach() {
    // given
    Dataset data = Exports.examples();

    // when
    List<List<List<String>>> commitments =
        tables(parse(data)).stream().filter(t -> t.get(0).get(0).equals("By")).toList();

    // then
    assertThat(commitments.stream().mapToInt(t -> t.size() - 1).sum())
        .isEqualTo(data.agreements().stream().mapToInt(a -> a.commitments().size()).sum());
    assertThat(commitments)
        .anySatisfy(
            t ->
                assertThat(t)
                    .anySatisfy(
                        row ->
                            assertThat(row)
                                .containsExactly(
                                    "Qiangfeng Group",
                                    data.agreement("agr.info-eng-qiangfeng-party-building")
                                        .orElseThrow()
                                        .commitments()
                                        .get(3)
                                        .description(),
                                    "more than 1000 job opportunities",
                                    "")));
  }

  @Test
  void trickyText_pipesStarsBackticksAndHashesReadBackAsText() {
    // given
    Dataset data = Exports.tricky();
    Delegation visit = data.delegation("visit.full").orElseThrow();

    // when
    Node document = parse(data);

    // then
    List<List<String>> universities = tableWithHeader(document, "Institution");
    assertThat(universities.get(1))
        .containsExactly(
            "Università \"Nord\", Campus | *Main* #1",
            "uni",
            "Weg 1\\2; Tor <3>, Köln, Altstadt, DE",
            "Lab of `code` & <html> \\ backslash (uni.lab, department)");
    assertThat(headings(document))
        .contains(
            new Title(4, "Agreement \"A\", part 1 | *bold*"),
            new Title(
                3, "2024-05-06 – 2024-05-08 · " + visit.title().orElseThrow().replace('\n', ' ')));
    assertThat(tableWithHeader(document, "By").get(1))
        .containsExactly(
            data.institution("firm").orElseThrow().name(),
            "Fund the lab, \"generously\"",
            "at least 1.50 million CNY per year",
            "2025");
  }
}
