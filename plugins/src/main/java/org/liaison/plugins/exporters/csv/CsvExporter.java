package org.liaison.plugins.exporters.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.liaison.model.Cited;
import org.liaison.model.Dataset;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Ref;
import org.liaison.model.Source;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.Exporter;

/**
 * {@code --format csv}: the dataset as a set of RFC 4180 tables ({@link CsvTables}), one file per
 * record kind and per list inside records, UTF-8 with a header row. Written into a directory, or as
 * one zip archive of the same files when the output is a stream or a file.
 *
 * <p>The writer is hand-written: RFC 4180 asks for three rules (a header, CRLF, quoting with
 * doubled quotes), fewer lines than wiring a library, and the format needs no reading here.
 */
public final class CsvExporter implements Exporter {

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public CsvExporter() {}

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String description() {
    return "One RFC 4180 table per record kind and per list inside records (zip or directory).";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public String mediaType() {
    return "application/zip";
  }

  @Override
  public boolean writesFiles() {
    return true;
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    ExportFiles.zip(this, dataset, out, context);
  }

  @Override
  public void exportFiles(Dataset dataset, ExportFiles files, ExportContext context)
      throws IOException {
    for (CsvTables.Table table : CsvTables.ALL) {
      try (OutputStream out = files.open(table.file())) {
        CsvTable csv = new CsvTable(out, table.header());
        table.filler().fill(dataset, csv);
        csv.flush();
      }
    }
  }

  /** Writes a row per source that {@code record} cites at {@code path} (a JSON Pointer). */
  static void cite(CsvTable t, LiaisonRecord record, String path, List<Ref<Source>> sources)
      throws IOException {
    for (int k = 0; k < sources.size(); k++) {
      t.row(record.id(), path, k, sources.get(k));
    }
  }

  /** Writes the citations of each element of a list, at {@code prefix} and its index. */
  static void each(CsvTable t, LiaisonRecord record, String prefix, List<? extends Cited> list)
      throws IOException {
    for (int k = 0; k < list.size(); k++) {
      cite(t, record, prefix + k, list.get(k).sources());
    }
  }
}
