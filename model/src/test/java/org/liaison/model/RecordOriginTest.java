package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RecordOrigin}: one value, however it was made, and every pointer given back as given. */
class RecordOriginTest {
  private static final Location AT = Location.of("people.yaml", 12, 5);

  @Test
  void of_sectionAndIndex_equalsTheSameOriginGivenByPointer() {
    RecordOrigin byKind = RecordOrigin.of(AT, RecordKind.PERSON, 7, 1);
    RecordOrigin byPointer = RecordOrigin.of(AT, "/people/7", 1);

    assertThat(byKind).isEqualTo(byPointer).hasSameHashCodeAs(byPointer);
    assertThat(byKind.pointer()).isEqualTo("/people/7");
    assertThat(byKind.location()).isEqualTo(AT);
    assertThat(byKind.document()).isEqualTo(1);
    assertThat(byKind).hasToString("people.yaml:12:5 /people/7");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/people",
        "/people/",
        "/people/07",
        "/people/x",
        "/people/7/name",
        "/persons/7",
        "/people/12345678901",
        "/institutions/0/posts/1"
      })
  void of_anyOtherPointer_isKeptAsGiven(String pointer) {
    RecordOrigin origin = RecordOrigin.of(AT, pointer, 0);

    assertThat(origin.pointer()).isEqualTo(pointer);
    assertThat(origin.location()).isEqualTo(AT);
  }

  @Test
  void of_differentPlaces_areDifferent() {
    assertThat(RecordOrigin.of(AT, RecordKind.PERSON, 7, 0))
        .isNotEqualTo(RecordOrigin.of(AT, RecordKind.PERSON, 8, 0))
        .isNotEqualTo(RecordOrigin.of(AT, RecordKind.SOURCE, 7, 0))
        .isNotEqualTo(RecordOrigin.of(AT, RecordKind.PERSON, 7, 1))
        .isNotEqualTo(RecordOrigin.of(Location.of("people.yaml", 12, 6), RecordKind.PERSON, 7, 0));
  }

  @Test
  void of_negativeIndex_isRefused() {
    assertThatThrownBy(() -> RecordOrigin.of(AT, RecordKind.PERSON, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
