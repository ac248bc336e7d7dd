package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line of a block or quoted scalar that reads like {@code # liaison-…} is the scalar's text, not
 * a comment, on either YAML reader: Liaison's block reader reads the block scalar alone, and an
 * anchor or a quoted scalar over several lines sends the file to snakeyaml-engine.
 */
class DirectivesInScalarsTest {

  private static final String BLOCK_SCALAR =
      """
        notes: |
          The board wrote:
          # liaison-disable-next-line value.enum -- part of the note
          and nothing else.
      """;

  private static final String QUOTED =
      """
        notes: "The board wrote:
          # liaison-disable-next-line value.enum -- quoted text
          and nothing else."
      """;

  private static final String ANCHOR = "  x-anchor: &a text\n";

  @ParameterizedTest
  @ValueSource(strings = {"block", "block+anchor", "quoted"})
  void read_commentLikeLinesInsideScalars_areNotDirectives(String variant) {
    String value =
        switch (variant) {
          case "block" -> BLOCK_SCALAR;
          case "block+anchor" -> BLOCK_SCALAR + ANCHOR;
          default -> QUOTED;
        };
    String file =
        "liaison: 1\n"
            + "institutions:\n"
            + "  # liaison-disable-next-line field.unknown -- a real comment\n"
            + "  - id: zq\n"
            + "    name: Zhongqiao\n"
            + "    kind: university\n"
            + value.indent(2);

    LoadResult load = DatasetReader.create().readString(file, "notes.yaml");

    List<String> texts = load.directives().stream().map(Directive::text).toList();
    assertThat(texts).containsExactly("liaison-disable-next-line field.unknown -- a real comment");
  }
}
