package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.model.PartialDate.Precision;

/** {@link PartialDate}: the four forms, impossible dates, comparisons that respect precision. */
class PartialDateTest {

  static Stream<Arguments> parse_readsEachOfTheFourForms() {
    return Stream.of(
        Arguments.of("2024", Precision.YEAR, 2024, null, null),
        Arguments.of("2024-03", Precision.MONTH, 2024, 3, null),
        Arguments.of("2024-03-21", Precision.DAY, 2024, 3, 21),
        Arguments.of("--11-18", Precision.MONTH_DAY, null, 11, 18));
  }

  @ParameterizedTest
  @MethodSource
  void parse_readsEachOfTheFourForms(
      String text, Precision precision, Integer year, Integer month, Integer day) {
    // when
    PartialDate date = PartialDate.of(text);

    // then
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(date.precision()).isEqualTo(precision);
    soft.assertThat(date.year().orElse(null)).isEqualTo(year);
    soft.assertThat(date.month().orElse(null)).isEqualTo(month);
    soft.assertThat(date.day().orElse(null)).isEqualTo(day);
    soft.assertThat(date.hasYear()).isEqualTo(year != null);
    soft.assertThat(date.toString()).isEqualTo(text);
    soft.assertAll();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024",
        "0001",
        "9999",
        "2024-01",
        "2024-12",
        "2024-02-29",
        "1999-12-31",
        "--01-30",
        "--02-29",
        "--12-31"
      })
  void toString_roundTripsThroughParse(String text) {
    assertThat(PartialDate.of(text).toString()).isEqualTo(text);
    assertThat(PartialDate.of(PartialDate.of(text).toString())).isEqualTo(PartialDate.of(text));
  }

  @Test
  void factories_giveTheSameValuesAsParse() {
    assertThat(PartialDate.ofYear(2024)).isEqualTo(PartialDate.of("2024"));
    assertThat(PartialDate.ofYearMonth(2024, 3)).isEqualTo(PartialDate.of("2024-03"));
    assertThat(PartialDate.of(2024, 3, 21)).isEqualTo(PartialDate.of("2024-03-21"));
    assertThat(PartialDate.ofMonthDay(11, 18)).isEqualTo(PartialDate.of("--11-18"));
    assertThat(PartialDate.ofYear(7).toString()).isEqualTo("0007");
  }

  @Test
  void precision_isKeptAndNeverPadded() {
    assertThat(PartialDate.of("2024")).isNotEqualTo(PartialDate.of("2024-01"));
    assertThat(PartialDate.of("2024-01")).isNotEqualTo(PartialDate.of("2024-01-01"));
    assertThat(PartialDate.of("2024").month()).isEmpty();
    assertThat(PartialDate.of("--11-18").year()).isEmpty();
    assertThat(PartialDate.of("2024-03").toLocalDate()).isEmpty();
    assertThat(PartialDate.of("2024-03-21").toLocalDate()).contains(LocalDate.of(2024, 3, 21));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30",
        "2023-02-29",
        "2024-04-31",
        "2024-13",
        "2024-00",
        "2024-01-00",
        "0000",
        "--02-30",
        "--13-01",
        "--00-10"
      })
  void parse_refusesImpossibleDates(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.of(text))
        .withMessageContaining(text.startsWith("--") ? "is not a day of any year" : "");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "24",
        "2024-3",
        "2024-03-1",
        "2024/03/21",
        "21/03/2024",
        "2024-03-21T10:00",
        " 2024",
        "2024 ",
        "March 2024",
        "-11-18",
        "--1118",
        "+2024",
        "２０２４"
      })
  void parse_refusesMalformedDatesSayingWhatIsExpected(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.of(text))
        .withMessageContaining("YYYY-MM-DD");
    assertThat(PartialDate.tryParse(text)).isEmpty();
  }

  @Test
  void of_refusesNullSayingWhatIsExpected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.of(null))
        .withMessageContaining("YYYY-MM-DD");
  }

  @Test
  void parse_allowsTheLeapDayWithoutAYear() {
    assertThat(PartialDate.of("--02-29")).isEqualTo(PartialDate.ofMonthDay(2, 29));
    assertThat(PartialDate.of("2024-02-29").toLocalDate()).contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void impossibleDates_areRefusedByTheFactories() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.of(2024, 2, 30))
        .withMessageContaining("2024-02-30 is not a date in the calendar");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofMonthDay(2, 30));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofYearMonth(2024, 13));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofYear(0));
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.ofYear(10_000));
  }

  static Stream<Arguments> isBefore_answersOnlyWhenTheOrderIsCertain() {
    return Stream.of(
        // a coarser date overlaps the finer dates inside it: no order either way
        Arguments.of("2024", "2024-03", false, false),
        Arguments.of("2024", "2024-03-21", false, false),
        Arguments.of("2024-03", "2024-03-21", false, false),
        Arguments.of("2024", "2024", false, false),
        Arguments.of("2024-03-21", "2024-03-21", false, false),
        // disjoint periods are ordered whatever their precision
        Arguments.of("2023", "2024-03", true, false),
        Arguments.of("2024-02", "2024-03-01", true, false),
        Arguments.of("2024-03-20", "2024-03-21", true, false),
        Arguments.of("2024-12-31", "2025", true, false),
        Arguments.of("2025", "2024-12-31", false, true),
        // year-less dates compare only with year-less dates
        Arguments.of("--01-30", "--11-18", true, false),
        Arguments.of("--11-18", "--01-30", false, true),
        Arguments.of("--11-18", "--11-18", false, false),
        Arguments.of("--01-30", "2024", false, false),
        Arguments.of("2024-03-21", "--11-18", false, false),
        Arguments.of("0001", "--01-01", false, false));
  }

  @ParameterizedTest
  @MethodSource
  void isBefore_answersOnlyWhenTheOrderIsCertain(
      String a, String b, boolean before, boolean after) {
    PartialDate first = PartialDate.of(a);
    PartialDate second = PartialDate.of(b);

    assertThat(first.isBefore(second)).as("%s before %s", a, b).isEqualTo(before);
    assertThat(first.isAfter(second)).as("%s after %s", a, b).isEqualTo(after);
    assertThat(second.isAfter(first)).as("%s after %s", b, a).isEqualTo(before);
  }

  @Test
  void sortOrder_putsCoarserDatesFirstOnATieAndYearLessDatesLast() {
    Stream<PartialDate> dates =
        Stream.of("--01-30", "2024-03-21", "2024", "--11-18", "2023-12", "2024-03")
            .map(PartialDate::of);

    assertThat(dates.sorted(PartialDate.SORT_ORDER).map(PartialDate::toString))
        .containsExactly("2023-12", "2024", "2024-03", "2024-03-21", "--01-30", "--11-18");
  }

  @Test
  void equalDates_haveEqualHashCodes() {
    assertThat(PartialDate.of("2024-03")).hasSameHashCodeAs(PartialDate.ofYearMonth(2024, 3));
    assertThat(PartialDate.of("--03-21")).isNotEqualTo(PartialDate.of("2024-03-21"));
  }
}
