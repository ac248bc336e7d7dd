package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaison.io.ReadLimits.Limit;

/** Each limit defined once in {@link Limit}, and every place that lists the limits true to it. */
class ReadLimitsTest {

  /** A default as the docs write it: {@code 64 MiB}, {@code 100,000}. */
  private static String written(long value) {
    return value % (1L << 20) == 0
        ? (value >> 20) + " MiB"
        : String.format(Locale.ROOT, "%,d", value);
  }

  @ParameterizedTest
  @EnumSource(Limit.class)
  void securityPolicy_listsTheLimitWithItsDefault(Limit limit) throws IOException {
    String policy = Files.readString(Path.of("../SECURITY.md"));

    assertThat(policy)
        .containsPattern(
            Pattern.compile(
                "\\| `"
                    + limit.key()
                    + "` \\| "
                    + Pattern.quote(written(limit.defaultValue()))
                    + " \\|"));
  }

  @ParameterizedTest
  @EnumSource(Limit.class)
  void javadoc_listsTheLimitWithItsDefault(Limit limit) throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/liaison/io/ReadLimits.java"));

    assertThat(source)
        .containsPattern(
            Pattern.compile(
                "<td>\\{@code "
                    + limit.key()
                    + "\\}</td>[\\s*]*<td>"
                    + Pattern.quote(written(limit.defaultValue()))
                    + "</td>"));
  }

  @ParameterizedTest
  @EnumSource(Limit.class)
  void with_setsThatLimitOnly(Limit limit) {
    ReadLimits changed = ReadLimits.defaults().with(limit, limit.min() + 1);

    for (Limit other : Limit.values()) {
      assertThat(changed.get(other))
          .as(other.key())
          .isEqualTo(other == limit ? limit.min() + 1 : other.defaultValue());
    }
  }

  @ParameterizedTest
  @EnumSource(Limit.class)
  void with_refusesAValueBelowTheMinimum(Limit limit) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.defaults().with(limit, limit.min() - 1))
        .withMessageContaining(limit == Limit.DEPTH ? "too small" : "limit must");
  }

  @Test
  void withers_andAccessors_goThroughTheLimits() {
    ReadLimits limits =
        ReadLimits.defaults()
            .withMaxDepth(9)
            .withMaxAliasExpansion(2)
            .withMaxFileBytes(3)
            .withMaxLoadBytes(4)
            .withMaxStringLength(5)
            .withMaxDocuments(6)
            .withMaxRecords(7)
            .withMaxProblems(8)
            .withMaxNumberLength(10);

    assertThat(limits.maxDepth()).isEqualTo(9);
    assertThat(limits.maxAliasExpansion()).isEqualTo(2);
    assertThat(limits.maxFileBytes()).isEqualTo(3);
    assertThat(limits.maxLoadBytes()).isEqualTo(4);
    assertThat(limits.maxStringLength()).isEqualTo(5);
    assertThat(limits.maxDocuments()).isEqualTo(6);
    assertThat(limits.maxRecords()).isEqualTo(7);
    assertThat(limits.maxProblems()).isEqualTo(8);
    assertThat(limits.maxNumberLength()).isEqualTo(10);
    assertThat(limits.get(Limit.DEPTH)).isEqualTo(9);
    assertThat(limits.get(Limit.NUMBER_LENGTH)).isEqualTo(10);
  }

  @Test
  void aLimitHeldInAnInt_isCappedAtItsLargestValue() {
    ReadLimits limits =
        ReadLimits.defaults()
            .with(Limit.RECORDS, 10_000_000_000L)
            .with(Limit.FILE_BYTES, 10_000_000_000L);

    assertThat(limits.maxRecords()).isEqualTo(Integer.MAX_VALUE);
    assertThat(limits.maxFileBytes()).isEqualTo(10_000_000_000L);
  }

  @Test
  void toString_namesEveryLimitAsLiaisonYamlDoes() {
    assertThat(ReadLimits.defaults())
        .hasToString(
            "ReadLimits[depth=64, aliasExpansion=100000,"
                + " fileBytes=67108864, loadBytes=268435456, stringLength=1000000, documents=10000,"
                + " records=500000, problems=1000, numberLength=1000]");
  }

  @Test
  void find_findsALimitByItsNameInLiaisonYaml() {
    assertThat(Limit.find("stringLength")).contains(Limit.STRING_LENGTH);
    assertThat(Limit.find("string_length")).isEmpty();
  }
}
