package org.liaison.plugins.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Agreement;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Institution;
import org.liaison.model.Post;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.exporters.Exports;

/**
 * The {@code csv} export, read back with Apache Commons CSV (a parser other than the hand-written
 * writer): every table, its header, its row count and its cells.
 */
class CsvExporterTest {
  private static final CSVFormat RFC4180 =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  @TempDir Path dir;

  /** A table as Commons CSV read it. */
  record Table(List<String> header, List<CSVRecord> rows) {}

  private static Table parse(byte[] bytes) throws IOException {
    try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        CSVParser parser = RFC4180.parse(r)) {
      return new Table(parser.getHeaderNames(), parser.getRecords());
    }
  }

  private Map<String, Table> exportToDirectory(Dataset data) throws IOException {
    new CsvExporter().exportFiles(data, ExportFiles.directory(dir), new Exports.Recorder());
    Map<String, Table> tables = new LinkedHashMap<>();
    for (CsvTables.Table t : CsvTables.ALL) {
      tables.put(t.file(), parse(Files.readAllBytes(dir.resolve(t.file()))));
    }
    return tables;
  }

  private static <T> int sum(List<T> records, ToIntFunction<T> count) {
    return records.stream().mapToInt(count).sum();
  }

  /** The rows each table must have, counted from the model, not from the exporter's code. */
  private static Map<String, Integer> expectedRows(Dataset d) {
    Map<String, Integer> n = new LinkedHashMap<>();
    n.put("institutions.csv", d.institutions().size());
    n.put("people.csv", d.people().size());
    n.put("delegations.csv", d.delegations().size());
    n.put("agreements.csv", d.agreements().size());
    n.put("sources.csv", d.sources().size());
    n.put(
        "names.csv",
        sum(d.institutions(), i -> i.names().size()) + sum(d.people(), p -> p.names().size()));
    n.put("identifiers.csv", sum(d.institutions(), i -> i.identifiers().size()));
    n.put("posts.csv", sum(d.people(), p -> p.posts().size()));
    n.put(
        "sides.csv",
        sum(
            d.delegations(),
            v -> v.visiting().institutions().size() + v.host().institutions().size()));
    n.put(
        "participants.csv",
        sum(d.delegations(), v -> v.visiting().members().size() + v.host().members().size()));
    n.put("activities.csv", sum(d.delegations(), v -> v.activities().size()));
    n.put("topics.csv", sum(d.delegations(), v -> v.topics().size()));
    n.put("fields.csv", sum(d.delegations(), v -> v.fields().size()));
    n.put(
        "areas.csv",
        sum(d.delegations(), v -> v.areas().size()) + sum(d.agreements(), a -> a.areas().size()));
    n.put("parties.csv", sum(d.agreements(), a -> a.parties().size()));
    n.put("history.csv", sum(d.agreements(), a -> a.history().size()));
    n.put("signatories.csv", sum(d.agreements(), a -> a.signatories().size()));
    n.put("establishes.csv", sum(d.agreements(), a -> a.establishes().size()));
    n.put("commitments.csv", sum(d.agreements(), a -> a.commitments().size()));
    n.put("citations.csv", citations(d));
    n.put("labels.csv", CsvTables.records(d).stream().mapToInt(r -> r.labels().size()).sum());
    return n;
  }

  private static int citations(Dataset d) {
    return sum(d.institutions(), i -> i.sources().size())
        + sum(
            d.people(),
            p -> p.sources().size() + p.posts().stream().mapToInt(x -> x.sources().size()).sum())
        + sum(d.delegations(), v -> v.sources().size())
        + sum(
            d.agreements(),
            a ->
                a.sources().size()
                    + a.history().stream().mapToInt(h -> h.sources().size()).sum()
                    + a.commitments().stream().mapToInt(c -> c.sources().size()).sum());
  }

  @Test
  void examples_everyTableReadsBackWithItsHeaderAndOneRowPerFact() throws IOException {
    // given
    Dataset data = Exports.examples();

    // when
    Map<String, Table> tables = exportToDirectory(data);

    // then
    SoftAssertions soft = new SoftAssertions();
    Map<String, Integer> expected = expectedRows(data);
    assertThat(tables.keySet()).containsExactlyElementsOf(expected.keySet());
    for (CsvTables.Table spec : CsvTables.ALL) {
      Table t = tables.get(spec.file());
      soft.assertThat(t.header()).as(spec.file()).isEqualTo(spec.header());
      soft.assertThat(t.rows()).as(spec.file()).hasSize(expected.get(spec.file()));
    }
    soft.assertThat(expected.get("participants.csv")).isPositive();
    soft.assertThat(expected.get("citations.csv")).isGreaterThan(data.size() / 2);
    soft.assertAll();
  }

  @Test
  void examples_institutionCellsMatchTheDataset() throws IOException {
    // given
    Dataset data = Exports.examples();

    // when
    List<CSVRecord> rows = exportToDirectory(data).get("institutions.csv").rows();

    // then
    SoftAssertions soft = new SoftAssertions();
    for (int k = 0; k < rows.size(); k++) {
      Institution i = data.institutions().get(k);
      CSVRecord row = rows.get(k);
      soft.assertThat(row.get("id")).isEqualTo(i.id().value());
      soft.assertThat(row.get("name")).isEqualTo(i.name());
      soft.assertThat(row.get("kind")).isEqualTo(i.kind().wireName());
      soft.assertThat(row.get("parent")).isEqualTo(i.parent().map(Object::toString).orElse(""));
      soft.assertThat(row.get("location.city"))
          .isEqualTo(i.location().flatMap(l -> l.city()).orElse(""));
      soft.assertThat(row.get("notes")).isEqualTo(i.notes().orElse(""));
    }
    soft.assertAll();
  }

  @Test
  void examples_participantsAndCommitmentsMatchTheDataset() throws IOException {
    // given
    Dataset data = Exports.examples();
    Delegation chamber = data.delegation("del.zhejiang-chamber-visits-zhongqiao").orElseThrow();
    Agreement qiangfeng = data.agreement("agr.info-eng-qiangfeng-party-building").orElseThrow();

    // when
    Map<String, Table> tables = exportToDirectory(data);

    // then: the chamber's vice president, the first visiting member
    CSVRecord yu =
        tables.get("participants.csv").rows().stream()
            .filter(
                r ->
                    r.get("delegation").equals(chamber.id().value())
                        && r.get("side").equals("visiting")
                        && r.get("index").equals("0"))
            .findFirst()
            .orElseThrow();
    assertThat(yu.toMap())
        .containsEntry("person", "yu-qifeng")
        .containsEntry("role", "speaker")
        .containsEntry("title", chamber.visiting().members().get(0).title().orElseThrow())
        .containsEntry("onBehalfOf", "zhejiang-chamber-shanghai");
    // and the counted commitment: more than 1000 job opportunities
    CSVRecord jobs =
        tables.get("commitments.csv").rows().stream()
            .filter(
                r ->
                    r.get("agreement").equals(qiangfeng.id().value())
                        && !r.get("quantity.value").isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(jobs.toMap())
        .containsEntry("by", "qiangfeng")
        .containsEntry("quantity.value", "1000")
        .containsEntry("quantity.unit", "job opportunities")
        .containsEntry("quantity.qualifier", "more-than")
        .containsEntry("description", qiangfeng.commitments().get(3).description());
    assertThat(tables.get("delegations.csv").rows().get(1).get("visiting.organizations"))
        .isEqualTo("28");
  }

  @Test
  void trickyText_commasQuotesLineBreaksAndChineseReadBackExactly() throws IOException {
    // given
    Dataset data = Exports.tricky();
    Institution uni = data.institution("uni").orElseThrow();
    Delegation visit = data.delegation("visit.full").orElseThrow();
    Post dean = data.person("ann").orElseThrow().posts().get(0);

    // when
    Map<String, Table> tables = exportToDirectory(data);

    // then
    assertThat(tables.get("institutions.csv").rows().get(0).toMap())
        .containsEntry("name", uni.name())
        .containsEntry("location.city", "Köln, Altstadt")
        .containsEntry("location.address", "Weg 1\\2; Tor <3>");
    assertThat(tables.get("institutions.csv").rows().get(2).get("name"))
        .isEqualTo(data.institution("firm").orElseThrow().name());
    CSVRecord row = tables.get("delegations.csv").rows().get(0);
    assertThat(row.get("title")).isEqualTo(visit.title().orElseThrow()).contains("\n");
    assertThat(row.get("outcome")).isEqualTo("First line\nSecond line");
    assertThat(row.get("endDate")).isEqualTo("2024-05-08");
    assertThat(tables.get("posts.csv").rows().get(0).toMap())
        .containsEntry("title", dean.title())
        .containsEntry("since", "2023-09");
    assertThat(tables.get("labels.csv").rows())
        .extracting(r -> r.get("value"))
        .containsExactly("a \"quoted\", label", "值");
    assertThat(tables.get("commitments.csv").rows().get(0).get("quantity.value")).isEqualTo("1.50");
    assertThat(tables.get("citations.csv").rows())
        .extracting(r -> r.get("path"))
        .contains("", "/posts/0", "/history/0", "/commitments/0");
  }

  @Test
  void export_isOneZipOfTheSameFiles_inTableOrder_sameBytesEachTime() throws IOException {
    // given
    Dataset data = Exports.tricky();
    exportToDirectory(data);

    // when
    byte[] zip = Exports.export(new CsvExporter(), data).bytes();

    // then
    assertThat(Exports.export(new CsvExporter(), data).bytes()).isEqualTo(zip);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (CsvTables.Table t : CsvTables.ALL) {
        ZipEntry entry = in.getNextEntry();
        assertThat(entry.getName()).isEqualTo(t.file());
        assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(dir.resolve(t.file())));
      }
      assertThat(in.getNextEntry()).isNull();
    }
  }

  @Test
  void csvTable_writesRfc4180_crlfQuotedWhereNeeded_noByteOrderMark() throws IOException {
    // given
    var out = new ByteArrayOutputStream();

    // when
    CsvTable table = new CsvTable(out, List.of("a", "b", "c"));
    table.row("plain", "with, comma", "say \"hi\"");
    table.row(Optional.empty(), "two\nlines", "ü");
    table.flush();

    // then
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "a,b,c\r\n" + "plain,\"with, comma\",\"say \"\"hi\"\"\"\r\n" + ",\"two\nlines\",ü\r\n");
    assertThat(out.toByteArray()[0]).isEqualTo((byte) 'a');
  }
}
