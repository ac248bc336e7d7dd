package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Id}: 1–100 lowercase letters, digits, {@code - . _}, led by a letter or digit. */
class IdTest {

  @ParameterizedTest
  @ValueSource(strings = {"zhongqiao", "zhongqiao.iei-office", "del.carbonbay-visits-school",
      "src.zuel-brigade-symposium", "a", "7", "2024_signing", "a-b.c_d", "x-", "a..b"})
  void of_acceptsValidIds(String text) {
    assertThat(Id.isValid(text)).isTrue();
    assertThat(Id.of(text).value()).isEqualTo(text);
    assertThat(Id.of(text)).hasToString(text);
  }

  @Test
  void of_acceptsOneHundredCharactersAndNoMore() {
    assertThat(Id.isValid("a".repeat(100))).isTrue();
    assertThat(Id.isValid("a".repeat(101))).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of("a".repeat(101)))
        .withMessage("an id has at most 100 characters, this one has 101");
  }

  static Stream<Arguments> of_refusesInvalidIdsSayingWhy() {
    return Stream.of(
        Arguments.of("", "an id must not be empty"),
        Arguments.of("Zhongqiao", "(try `zhongqiao`)"),
        Arguments.of("ZUEL.IES", "(try `zuel.ies`)"),
        Arguments.of("-zhongqiao", "starting with a letter or digit"),
        Arguments.of(".hidden", "starting with a letter or digit"),
        Arguments.of("_x", "starting with a letter or digit"),
        Arguments.of("wei peng", "use lowercase letters, digits"),
        Arguments.of("a/b", "use lowercase letters, digits"),
        Arguments.of("a:b", "use lowercase letters, digits"),
        Arguments.of("中侨", "use lowercase letters, digits"),
        Arguments.of("café", "use lowercase letters, digits"));
  }

  @ParameterizedTest
  @MethodSource
  void of_refusesInvalidIdsSayingWhy(String text, String reason) {
    assertThat(Id.isValid(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Id.of(text))
        .withMessageContaining(reason);
    assertThat(Id.problemWith(text)).contains(reason);
  }

  @Test
  void isValid_refusesNull() {
    assertThat(Id.isValid(null)).isFalse();
    assertThat(Id.problemWith(null)).isEqualTo("an id must not be empty");
  }

  @Test
  void ids_areEqualByTextAndOrderedByIt() {
    assertThat(Id.of("zuel")).isEqualTo(Id.of("zuel")).hasSameHashCodeAs(Id.of("zuel"));
    assertThat(Id.of("zuel")).isNotEqualTo(Id.of("zuel.ies"));
    assertThat(Id.of("zhongqiao")).isLessThan(Id.of("zuel"));
  }

  @Test
  void problemWith_saysAValidIdIsValid() {
    assertThat(Id.problemWith("zuel")).isEqualTo("`zuel` is a valid id");
  }
}
