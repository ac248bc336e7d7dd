package org.liaison.plugins.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The names {@code name.duplicate} compares: the loop gives what the regular expression gave. */
class NameNormalizationTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String byRegex(String name) {
    return SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  @Test
  void normalize_collapsesEveryRunOfWhiteSpaceAndLowersTheCase() {
    assertThat(CompletenessValidator.normalize("  Nanjing \t Vocational\n\nCollege "))
        .isEqualTo("nanjing vocational college");
    assertThat(CompletenessValidator.normalize("A\u000BB\fC\rD")).isEqualTo("a b c d");
    assertThat(CompletenessValidator.normalize("Already plain")).isEqualTo("already plain");
    assertThat(CompletenessValidator.normalize("\u00A0No-break\u00A0space"))
        .isEqualTo("\u00A0no-break\u00A0space");
    assertThat(CompletenessValidator.normalize("")).isEmpty();
  }

  @Test
  void normalize_agreesWithTheRegularExpressionOnRandomNames() {
    char[] alphabet = {
      'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u0001', '\u00A0', '\u3000', '南', 'İ'
    };
    Random random = new Random(20261130);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        name.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(CompletenessValidator.normalize(name.toString()))
          .as("%s", name.toString().chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(byRegex(name.toString()));
    }
  }
}
