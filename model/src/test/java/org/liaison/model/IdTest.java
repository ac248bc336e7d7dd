package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Id}: 1–100 lowercase letters, digits, {@code - . _}, led by a letter or digit. */
class IdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zhongqiao",
        "zhongqiao.iei-office",
        "del.carbonbay-visits-school",
        "src.zuel-brigade-symposium",
        "a",
        "7",
        "2024_signing",
        "a-b.c_d",
        "x-",
        "a..b"
      })
  void of_acceptsValidIds(String text) {
    assertThat(Id.isValid(text)).isTrue();
    assertThat(Id.of(text).value()).isEqualTo(text);
    assertThat(Id.of(text)).hasToString(text);
  }

  @Test
  void of_acceptsOneHundredCharactersAndNoMore() {
    assertThat(Id.isValid("a".repeat(100))).isTrue();
    assertThat(Id.isValid("a".repeat(101))).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Id.of("a".repeat(101)))
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
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Id.of(text))
        .withMessageContaining(reason);
    assertThat(Id.problem(text)).hasValueSatisfying(p -> assertThat(p).contains(reason));
  }

  @Test
  void isValid_refusesNull() {
    assertThat(Id.isValid(null)).isFalse();
    assertThat(Id.problem(null)).hasValue("an id must not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Id.of(null))
        .withMessage("an id must not be empty");
  }

  @Test
  void ids_areEqualByTextAndOrderedByIt() {
    assertThat(Id.of("zuel")).isEqualTo(Id.of("zuel")).hasSameHashCodeAs(Id.of("zuel"));
    assertThat(Id.of("zuel")).isNotEqualTo(Id.of("zuel.ies"));
    assertThat(Id.of("zhongqiao")).isLessThan(Id.of("zuel"));
  }

  @Test
  void problem_isEmptyForAValidId() {
    assertThat(Id.problem("zuel")).isEmpty();
    assertThat(Id.problem("a".repeat(100))).isEmpty();
  }

  /** Every character below U+0180, first and later in an id, and the lengths around the limit. */
  @Test
  void isValid_agreesWithSyntax() {
    Pattern syntax = Pattern.compile(Id.SYNTAX);
    List<String> candidates = new ArrayList<>(List.of("", "a".repeat(100), "a".repeat(101)));
    for (char c = 0; c < 0x180; c++) {
      candidates.add(String.valueOf(c));
      candidates.add("a" + c);
      candidates.add("a" + c + "b");
    }
    for (String text : candidates) {
      boolean matches = syntax.matcher(text).matches();
      assertThat(Id.isValid(text)).as("isValid(%s)", text).isEqualTo(matches);
      assertThat(Id.problem(text).isEmpty()).as("problem(%s)", text).isEqualTo(matches);
    }
  }

  @Test
  void syntax_isTheOneTheFormatDocuments() {
    assertThat(Id.SYNTAX).isEqualTo("[a-z0-9][a-z0-9._-]{0,99}");
  }
}
