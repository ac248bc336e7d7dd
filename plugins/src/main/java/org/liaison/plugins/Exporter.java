package org.liaison.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apiguardian.api.API;
import org.liaison.model.Dataset;

/**
 * Writes a {@link Dataset} in one format, found with {@link java.util.ServiceLoader} like a {@link
 * Validator} (service {@code org.liaison.plugins.Exporter}).
 *
 * <p>Contract: an implementation has a public no-argument constructor and keeps no state between
 * runs. It writes to the stream it is given and does not close it; the host writes to a temporary
 * file and moves it into place, so a failed export leaves no partial file. It must give the same
 * bytes for the same dataset. If it throws, the export fails with a {@code plugin.failed} problem.
 *
 * <p>This SPI is experimental: it may change in a minor release while Liaison is before 1.0.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Exporter {

  /**
   * The exporter's id: the format name used with {@code --format} ({@code csv}), lowercase and
   * unique, as a {@link Validator#id() validator's id} names the validator.
   */
  String id();

  /** One line on what the format holds. */
  default String description() {
    return "";
  }

  /**
   * The options the exporter accepts, with their defaults; any other option, in the configuration
   * or after {@code --option}, is refused.
   */
  default List<PluginOption> options() {
    return List.of();
  }

  /**
   * The codes the exporter may {@linkplain ExportContext#report report}, with their default
   * severities ({@code info} is usual); they are reported as {@code id/code} and configured like a
   * validator's. A code not listed here is reported as {@code info}.
   */
  default List<Rule> rules() {
    return List.of();
  }

  /** The file extension of the output, without a dot ({@code csv}). */
  String extension();

  /** The media type of the output ({@code text/csv}). */
  String mediaType();

  /**
   * Writes {@code dataset} to {@code out}.
   *
   * @param context the exporter's options and a way to report what could not be exported
   * @throws IOException if writing fails
   */
  void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException;

  /**
   * Whether the format is a set of files (one table per record kind, say) rather than one stream.
   * Such an exporter implements {@link #exportFiles}; its {@link #export} should write the same
   * files as one zip archive, which {@link ExportFiles#zip} does.
   */
  default boolean writesFiles() {
    return false;
  }

  /**
   * Writes {@code dataset} as a set of files, for an exporter that {@link #writesFiles()}. The host
   * decides where they go (a directory or a zip) and moves them into place only when all are
   * written.
   *
   * @throws IOException if writing fails
   * @throws UnsupportedOperationException if the exporter writes one stream only
   */
  default void exportFiles(Dataset dataset, ExportFiles files, ExportContext context)
      throws IOException {
    throw new UnsupportedOperationException(id() + " writes one stream, not files");
  }
}
