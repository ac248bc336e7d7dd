package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.DatasetReader;
import org.liaison.io.DatasetWriter;
import org.liaison.io.LoadResult;
import org.liaison.model.Dataset;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Problem;
import org.liaison.model.Ref;

/**
 * On a dataset of {@link Validation#SIDE_BY_SIDE} records or more, Liaison's own validators run
 * side by side: the report is the one they give each alone, merged in order.
 */
class SideBySideValidationTest {
  @TempDir Path dir;

  /**
   * {@code count} institutions: every 100th of the same name (completeness), every 150th with a
   * malformed ROR id (identifiers), and two that are each other's parent (integrity).
   */
  private static Dataset institutions(int count) {
    List<LiaisonRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Institution.Builder b =
          Institution.builder()
              .id("inst-" + i)
              .name(i % 100 == 0 ? "The same name" : "Institution " + i)
              .kind(InstitutionKind.UNIVERSITY);
      if (i % 150 == 0) {
        b.identifiers(Map.of("ror", "not-a-ror-" + i));
      }
      if (i == 1 || i == 2) {
        b.parent(Ref.institution("inst-" + (3 - i)));
      }
      records.add(b.build());
    }
    return Dataset.of(records);
  }

  @Test
  void builtInValidators_sideBySide_reportWhatEachReportsAlone() {
    Dataset data = institutions(Validation.SIDE_BY_SIDE + 500);
    Path file = dir.resolve("institutions.yaml");
    DatasetWriter.yaml().write(data, file);
    LoadResult load = DatasetReader.create().read(file);
    Plugins builtins = Plugins.discover();

    // when: all of them at once, over the load and over the dataset built in code
    List<Problem> together = Validation.of(builtins).validate(load).problems();
    List<Problem> inCode = Validation.of(builtins).validate(data).problems();

    // then: what each gives alone, merged in the report's order
    List<Problem> alone = new ArrayList<>();
    List<Problem> aloneInCode = new ArrayList<>();
    for (Validator v : builtins.validators()) {
      Plugins one = Plugins.of(List.of(v), List.of());
      alone.addAll(Validation.of(one).validate(load).problems());
      aloneInCode.addAll(Validation.of(one).validate(data).problems());
    }
    alone.sort(Problem.ORDER);
    aloneInCode.sort(Problem.ORDER);
    assertThat(together).isEqualTo(alone);
    assertThat(inCode).isEqualTo(aloneInCode);
    Set<String> codes = together.stream().map(Problem::code).collect(Collectors.toSet());
    assertThat(codes).contains("name.duplicate", "value.identifier", "parent.cycle");
    assertThat(inCode).extracting(Problem::pointer).contains("/institutions/1/parent");
  }
}
