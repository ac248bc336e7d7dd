package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;

/**
 * Random valid datasets ({@link RandomDatasets}), written as YAML and as JSON, read back equal and
 * without a problem. A failure names the seed that reproduces it: rerun with {@code
 * -DQT_SEED=<seed>}; {@code -DQT_EXAMPLES=<n>} tries more datasets.
 */
class RoundTripPropertyTest {
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 200);

  @Test
  void roundTrip_keepsEveryRandomDatasetAsYaml() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomDatasets.datasets())
        .checkAssert(data -> assertReadsBackEqual(data, DatasetWriter.yaml()));
  }

  @Test
  void roundTrip_keepsEveryRandomDatasetAsJson() {
    qt().withExamples(EXAMPLES)
        .forAll(RandomDatasets.datasets())
        .checkAssert(data -> assertReadsBackEqual(data, DatasetWriter.json()));
  }

  static void assertReadsBackEqual(Dataset data, DatasetWriter writer) {
    // when
    String text = writer.writeString(data);
    LoadResult back = DatasetReader.create().readString(text, "random." + writer.extension());

    // then
    assertThat(back.problems()).as(text).isEmpty();
    assertThat(Samples.records(back.dataset()))
        .as(text)
        .containsExactlyElementsOf(Samples.records(data));
    assertThat(back.dataset()).as(text).isEqualTo(data).hasSameHashCodeAs(data);
  }
}
