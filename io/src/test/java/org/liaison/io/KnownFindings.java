package org.liaison.io;

/**
 * Bugs found by the fuzz and property tests and not fixed yet, in one place: the data the writers
 * do not keep. The tests step around each, so that they go on finding others; {@link
 * RoundTripGapsTest} shows each one. When a bug is fixed, remove its case here and
 * enable its test there, and {@link RandomDatasets} draws that text again.
 *
 * <p>The exceptions the fuzz test found escaping {@link DatasetReader#read} (a YAML escape cut
 * short by the end of the input; JSON starting with bytes of an unsupported UTF-32 byte order)
 * are fixed; their crash files in {@code DatasetReaderFuzzTestInputs/<method>/} replay them on
 * every build.
 */
final class KnownFindings {
  private KnownFindings() {}

  /**
   * Whether a dataset read without problems holds text that a writer does not keep, so that a
   * round trip must fail for a known reason:
   *
   * <ul>
   *   <li>a string that is not Unicode text: a JSON escape of a lone surrogate (backslash, u,
   *       D800) reads into one, and neither writer keeps it (YAML joins the surrogate to the next
   *       character, {@code x} D800 {@code A} becoming U+2441; JSON leaves it raw, to become
   *       {@code ?} in UTF-8). broken-surrogates.json among the seeds;
   *   <li>NEL, LS or PS anywhere: see {@link #avoidInText} and {@link #avoidInKey}; broader than
   *       those two bugs, to keep the check short.
   * </ul>
   */
  static boolean breaksRoundTrip(org.liaison.model.Dataset data) {
    String text = DatasetWriter.json().writeString(data);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * Text as drawn, less what the YAML writer fails on: a string with a line feed goes into a
   * literal block ({@code |}), where NEL, LS and PS stay raw and SnakeYAML reads them as line
   * breaks (YAML 1.1), so the file does not read back. {@code DatasetWriter.UnicodeBreaksQuoted}
   * covers only strings without a line feed: Jackson's {@code YAMLGenerator.writeString} picks
   * the literal style before it asks the quoting checker.
   */
  static String avoidInText(String text) {
    if (text.indexOf('\n') >= 0) {
      return text.replace('\u0085', '_').replace('\u2028', '_').replace('\u2029', '_');
    }
    return text;
  }

  /**
   * A map key (labels, identifiers) as drawn, less what the YAML writer fails on: a key with LS or
   * PS is written as a double-quoted simple key with the character raw (YAML 1.2 does not count
   * it as a break); SnakeYAML finds a line break inside a simple key, and the rest of the file is
   * lost.
   */
  static String avoidInKey(String key) {
    return key.replace('\u2028', '_').replace('\u2029', '_');
  }
}
