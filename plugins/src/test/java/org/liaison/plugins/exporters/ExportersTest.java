package org.liaison.plugins.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.model.Dataset;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;

/**
 * The built-in exporters as a host finds them: all eight through {@link java.util.ServiceLoader} on
 * the class path and declared alike for the module path, each with its metadata, and each giving
 * the same bytes for the same dataset.
 */
class ExportersTest {
  private static final List<String> FORMATS =
      List.of("csv", "dot", "ics", "json", "jsonld", "markdown", "mermaid", "yaml");

  static Stream<String> formats() {
    return FORMATS.stream();
  }

  private static Exporter discovered(String format) {
    return Plugins.discover().exporter(format).orElseThrow();
  }

  @Test
  void discover_findsTheEightBuiltInFormats_withExtensionAndMediaType() {
    // when
    List<Exporter> exporters = Plugins.discover().exporters();

    // then
    assertThat(exporters).extracting(Exporter::id).containsExactlyElementsOf(FORMATS);
    assertThat(exporters)
        .allSatisfy(
            e -> {
              assertThat(e.extension()).matches("[a-z]+");
              assertThat(e.mediaType()).matches("[a-z]+/[a-z.+-]+");
              assertThat(e.description()).isNotBlank();
            });
    assertThat(discovered("csv").writesFiles()).isTrue();
  }

  @Test
  void moduleDescriptor_providesTheSameExportersAsMetaInfServices() throws IOException {
    // given the compiled module-info of this module, read without resolving it
    ModuleDescriptor module =
        ModuleFinder.of(Path.of("target/classes"))
            .find("org.liaison.plugins")
            .orElseThrow()
            .descriptor();
    List<String> services;
    try (InputStream in =
        ExportersTest.class.getResourceAsStream(
            "/META-INF/services/org.liaison.plugins.Exporter")) {
      services =
          Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .toList();
    }

    // when
    List<String> provided =
        module.provides().stream()
            .filter(p -> p.service().equals(Exporter.class.getName()))
            .flatMap(p -> p.providers().stream())
            .toList();

    // then
    assertThat(provided).containsExactlyInAnyOrderElementsOf(services).hasSize(FORMATS.size());
  }

  @ParameterizedTest
  @MethodSource("formats")
  void formats_sameDatasetGivesTheSameBytes(String format) {
    // given two reads of the same data, and two exporter instances
    Dataset first = Exports.examples();
    Dataset second = Exports.examples();

    // when
    byte[] once = Exports.export(discovered(format), first).bytes();
    byte[] twice = Exports.export(discovered(format), second).bytes();

    // then
    assertThat(once).isNotEmpty().isEqualTo(twice);
    assertThat(Exports.export(discovered(format), Exports.tricky()).bytes())
        .isEqualTo(Exports.export(discovered(format), Exports.tricky()).bytes());
  }
}
