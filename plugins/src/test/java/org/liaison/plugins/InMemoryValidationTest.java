package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * Validation of what was read from a string or a stream: its suppression comments come from the
 * text read, its problems are placed in that text, at the value, and a file of the same name in the
 * working directory is never read.
 */
class InMemoryValidationTest {
  /** {@code area.unknown} at 11:13, the value; the agreement starts at 6:5. */
  private static final String AGREEMENT =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
        - {id: qf, name: Qiangfeng Group, kind: enterprise-group}
      agreements:
        - id: coop
          title: School-enterprise cooperation
          kind: strategic-cooperation
          status: agreed
          parties: [zq, qf]
          areas: [talent-cultivaton]
          sources: [src]
      sources:
        - {id: src, title: An article}
      """;

  private static final String SUPPRESSED =
      AGREEMENT.replace(
          "    areas:",
          "    # liaison-disable-next-line area.unknown -- registration pending\n    areas:");

  /** A file in the working directory named as the text read is; removed after each test. */
  private Path sameName;

  @AfterEach
  void removeSameName() throws IOException {
    if (sameName != null) {
      Files.deleteIfExists(sameName);
    }
  }

  @Test
  void readString_suppressionCommentInTheText_suppresses() {
    LoadResult load = DatasetReader.create().readString(SUPPRESSED, "inline.yaml");

    List<Problem> problems = Validation.withDiscoveredPlugins().validate(load).problems();

    assertThat(problems).extracting(Problem::code).doesNotContain("area.unknown");
    assertThat(problems).extracting(Problem::code).doesNotContain("suppression.unused");
  }

  @Test
  void readString_validatorProblem_isPlacedAtTheValueInTheText() {
    LoadResult load = DatasetReader.create().readString(AGREEMENT, "inline.yaml");

    List<Problem> problems = Validation.withDiscoveredPlugins().validate(load).problems();

    assertThat(problems)
        .filteredOn(p -> p.code().equals("area.unknown"))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).hasValue(Location.of("inline.yaml", 11, 13)));
  }

  @Test
  void read_stream_validatorProblem_isPlacedAtTheValueInTheStream() {
    LoadResult load =
        DatasetReader.create()
            .read(new ByteArrayInputStream(AGREEMENT.getBytes(StandardCharsets.UTF_8)), "<stdin>");

    List<Problem> problems = Validation.withDiscoveredPlugins().validate(load).problems();

    assertThat(problems)
        .filteredOn(p -> p.code().equals("area.unknown"))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).hasValue(Location.of("<stdin>", 11, 13)));
  }

  @Test
  void readString_fileOfTheSameNameInTheWorkingDirectory_isNotRead() throws IOException {
    // given: a file of the same name whose comment would suppress, and whose lines differ
    String name = "same-name-" + UUID.randomUUID() + ".yaml";
    sameName = Path.of(name);
    Files.writeString(sameName, "\n\n\n" + SUPPRESSED);

    // when
    LoadResult load = DatasetReader.create().readString(AGREEMENT, name);
    List<Problem> problems = Validation.withDiscoveredPlugins().validate(load).problems();

    // then
    assertThat(problems)
        .filteredOn(p -> p.code().equals("area.unknown"))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).hasValue(Location.of(name, 11, 13)));
    assertThat(problems).extracting(Problem::code).doesNotContain("suppression.unused");
  }
}
