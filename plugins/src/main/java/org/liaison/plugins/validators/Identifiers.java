package org.liaison.plugins.validators;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax and check characters of the external identifier schemes Liaison knows. Each check returns
 * a sentence saying what is wrong, or empty for a valid identifier.
 */
final class Identifiers {
  private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final Pattern ROR = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern USCC =
      Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");
  private static final Pattern ISNI = Pattern.compile("[0-9]{15}[0-9X]");

  private Identifiers() {}

  /** Checks an identifier of a known scheme; empty for a valid one or an unknown scheme. */
  static Optional<String> check(String scheme, String value) {
    switch (scheme) {
      case "ror":
        return ror(value);
      case "wikidata":
        return WIKIDATA.matcher(value).matches()
            ? Optional.empty()
            : Optional.of(
                "`"
                    + value
                    + "` is not a Wikidata item id: write Q followed by digits"
                    + " (Q13371)");
      case "uscc":
        return uscc(value);
      case "isni":
        return isni(value);
      default:
        return Optional.empty();
    }
  }

  /** A ROR id, bare ({@code 03vek6s52}) or as its URL; the last two digits are ISO 7064 97-10. */
  static Optional<String> ror(String value) {
    String id = value.replaceFirst("^https?://ror\\.org/", "");
    if (!ROR.matcher(id).matches()) {
      return Optional.of(
          "`"
              + value
              + "` is not a ROR id: write 0, six characters of"
              + " Crockford base 32 and two check digits (03vek6s52), or its https://ror.org/ URL");
    }
    long n = 0;
    for (int i = 1; i < 7; i++) {
      n = n * 32 + CROCKFORD.indexOf(id.charAt(i));
    }
    long expected = 98 - (n * 100) % 97;
    long given = Long.parseLong(id.substring(7));
    return expected == given
        ? Optional.empty()
        : Optional.of(
            "the ROR id `"
                + value
                + "` has the check digits "
                + id.substring(7)
                + " where "
                + String.format(Locale.ROOT, "%02d", expected)
                + " is expected: it is mistyped; copy it again from ror.org");
  }

  /** A Chinese unified social credit code (GB 32100-2015), 18 characters with a check one. */
  static Optional<String> uscc(String value) {
    if (!USCC.matcher(value).matches()) {
      return Optional.of(
          "`"
              + value
              + "` is not a unified social credit code: 18 characters,"
              + " digits and capital letters without I, O, S, V or Z");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_CHARS.indexOf(value.charAt(i)) * USCC_WEIGHTS[i];
    }
    int r = 31 - sum % 31;
    char expected = USCC_CHARS.charAt(r == 31 ? 0 : r);
    return expected == value.charAt(17)
        ? Optional.empty()
        : Optional.of(
            "the unified social credit code `"
                + value
                + "` ends in "
                + value.charAt(17)
                + " where the check character "
                + expected
                + " is expected: it is mistyped");
  }

  /** An ISNI, 16 characters (spaces allowed) with an ISO 7064 11-2 check character. */
  static Optional<String> isni(String value) {
    String id = value.replace(" ", "");
    if (!ISNI.matcher(id).matches()) {
      return Optional.of("`" + value + "` is not an ISNI: 16 digits, the last may be X");
    }
    int total = 0;
    for (int i = 0; i < 15; i++) {
      total = (total + (id.charAt(i) - '0')) * 2;
    }
    int r = (12 - total % 11) % 11;
    char expected = r == 10 ? 'X' : (char) ('0' + r);
    return expected == id.charAt(15)
        ? Optional.empty()
        : Optional.of(
            "the ISNI `"
                + value
                + "` ends in "
                + id.charAt(15)
                + " where the check"
                + " character "
                + expected
                + " is expected: it is mistyped");
  }
}
