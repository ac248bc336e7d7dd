package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.io.FormatSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The generated JSON Schema, run through a real JSON Schema validator (networknt). */
class FormatSchemaTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(FormatSchema.json());
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static List<Error> validate(String yaml) {
    JsonNode node = YAML.readTree(yaml);
    return SCHEMA.validate(node);
  }

  @Test
  void committedSchema_isWhatLiaisonSchemaPrints() throws IOException {
    assertThat(Files.readString(Path.of("../schema/liaison.schema.json")))
        .as(
            "schema/liaison.schema.json is stale: run `java -jar cli/target/liaison.jar schema"
                + " --output schema/liaison.schema.json`")
        .isEqualTo(FormatSchema.json());
  }

  @Test
  void committedReference_isWhatTheShapesSay() throws IOException {
    assertThat(Files.readString(Path.of("../docs/format.md")))
        .as("docs/format.md is stale: write FormatSchema.reference() to it")
        .isEqualTo(FormatSchema.reference());
  }

  static Stream<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource
  void exampleFiles(Path file) throws IOException {
    assertThat(validate(Files.readString(file))).isEmpty();
  }

  static Stream<Arguments> brokenFiles_failOnTheExpectedKeyword() {
    String head = "liaison: 1\n";
    String inst = "institutions:\n  - {id: zq, name: Zhongqiao, kind: university";
    return Stream.of(
        Arguments.of("no marker", "institutions: []\n", "required"),
        Arguments.of("another version", "liaison: 2\n", "const"),
        Arguments.of("unknown section", head + "institution: []\n", "additionalProperties"),
        Arguments.of("unknown field", head + inst + ", locaton: {}}\n", "additionalProperties"),
        Arguments.of(
            "missing name", head + "institutions:\n  - {id: zq, kind: school}\n", "required"),
        Arguments.of(
            "bad kind", head + "institutions:\n  - {id: zq, name: Z, kind: univercity}\n", "enum"),
        Arguments.of(
            "bad id", head + "institutions:\n  - {id: Zq, name: Z, kind: school}\n", "pattern"),
        Arguments.of(
            "bad date",
            head + "sources:\n  - {id: s, title: T, published: \"2024-13\"}\n",
            "pattern"),
        // networknt reports the branches of a failed anyOf: here both `required`s
        Arguments.of(
            "source with neither url nor title", head + "sources:\n  - {id: s}\n", "required"),
        Arguments.of(
            "count as a string",
            head
                + "delegations:\n  - {id: d, date: \"2024\","
                + " visiting: {organizations: \"28\"}, host: {}}\n",
            "type"),
        Arguments.of(
            "area without x-",
            head
                + "delegations:\n  - {id: d, date: \"2024\","
                + " visiting: {}, host: {}, areas: [robots]}\n",
            "pattern"),
        Arguments.of("list where a string goes", head + inst + ", website: [a, b]}\n", "type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void brokenFiles_failOnTheExpectedKeyword(String name, String yaml, String keyword) {
    List<Error> errors = validate(yaml);

    assertThat(errors).extracting(Error::getKeyword).contains(keyword);
  }
}
