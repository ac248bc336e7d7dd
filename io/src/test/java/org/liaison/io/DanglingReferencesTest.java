package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.model.Problem;

/**
 * Many references to records that do not exist: each is a {@code ref.unknown} problem, and the
 * search for a did-you-mean, which compares ids, is bounded so that it does not grow with the
 * square of their number.
 */
class DanglingReferencesTest {

  @Test
  void read_reportsEveryOneOfTwentyThousandDanglingReferences() {
    // given: 20,000 sources src-N, and 20,000 institutions citing srx-N, one letter off
    int n = 20_000;
    StringBuilder text = new StringBuilder("liaison: 1\nsources:\n");
    for (int i = 0; i < n; i++) {
      text.append("  - {id: src-").append(i).append(", title: t}\n");
    }
    text.append("institutions:\n");
    for (int i = 0; i < n; i++) {
      text.append("  - {id: i")
          .append(i)
          .append(", name: n, kind: other, sources: [srx-")
          .append(i)
          .append("]}\n");
    }
    DatasetReader reader =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxProblems(n + 1));

    // when
    LoadResult result = reader.readString(text.toString(), "many.yaml");

    // then: every reference reported; the first ones with the nearest id
    List<Problem> problems = result.problems();
    assertThat(problems).hasSize(n).extracting(Problem::code).containsOnly("ref.unknown");
    assertThat(problems.get(0).message())
        .isEqualTo("no source has the id `srx-0` — did you mean `src-0`?");
    assertThat(problems.get(n - 1).message())
        .isEqualTo("no source has the id `srx-19999`: add the record, or correct the id");
    assertThat(result.dataset().institutions()).hasSize(n);
  }

  @Test
  void read_suggestsTheSameIdForEveryUseOfOneDanglingId() {
    // given: a source renamed, and cited 300 times by its old id
    StringBuilder text =
        new StringBuilder(
            "liaison: 1\nsources:\n  - {id: xinhua-2024, title: t}\n" + "institutions:\n");
    for (int i = 0; i < 300; i++) {
      text.append("  - {id: i")
          .append(i)
          .append(", name: n, kind: other, sources: [xinhua-2023]}\n");
    }

    // when
    LoadResult result = DatasetReader.create().readString(text.toString(), "renamed.yaml");

    // then: one suggestion, found once, given to all
    assertThat(result.problems())
        .hasSize(300)
        .extracting(Problem::message)
        .containsOnly("no source has the id `xinhua-2023` — did you mean `xinhua-2024`?");
  }
}
