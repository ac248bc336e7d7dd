package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.plugins.Validation;

/**
 * Fuzzing of a whole {@code liaison validate} run in one JVM, with Jazzer: whatever the bytes, the
 * reader and every built-in validator answer with problems; an exception or {@link Error} that
 * escapes is a finding, and so is a built-in validator that throws ({@code plugin.failed}). Every
 * problem, the validators' too, is placed in the input (its suppression comments and the places of
 * its values come from the input read, never from a file), within its lines, and says what is wrong
 * in words of its own.
 *
 * <p>Every build runs each method once per file of {@code
 * src/test/resources/org/liaison/ReadAndValidateFuzzTestInputs/} and once on the empty input. A
 * fuzzing session (the command is in {@code SECURITY.md}) runs one method for a while. The test is
 * in the package above {@code org.liaison.io} and {@code org.liaison.plugins}: Jazzer measures the
 * coverage of the fuzz test's package and below, so both steer the mutations.
 */
class ReadAndValidateFuzzTest {
  private static final Validation VALIDATION = Validation.withDiscoveredPlugins();

  /** YAML, as hand-written data files are. */
  @FuzzTest(maxDuration = "10m")
  void validateYaml(byte[] input) {
    check(input, "fuzz.yaml");
  }

  /** JSON, as generated data files are. */
  @FuzzTest(maxDuration = "10m")
  void validateJson(byte[] input) {
    check(input, "fuzz.json");
  }

  private static void check(byte[] input, String name) {
    LoadResult load =
        DatasetReader.create().withThreads(1).read(new ByteArrayInputStream(input), name);
    int lines = maxLines(input);
    String text = new String(input, StandardCharsets.ISO_8859_1);
    for (Problem p : VALIDATION.validate(load).problems()) {
      assertThat(p.code()).as("%s", p).isNotEqualTo("plugin.failed");
      for (String internal : List.of("StreamReadFeature", "#UNKNOWN", "REDACTED")) {
        if (!text.contains(internal)) { // a message may quote the input
          assertThat(p.message()).as("%s", p).doesNotContain(internal);
        }
      }
      assertThat(p.location()).as("location of %s", p).isPresent();
      Location at = p.location().orElseThrow();
      assertThat(at.file()).as("file of %s", p).isEqualTo(name);
      assertThat(at.line()).as("line of %s in %s lines", p, lines).isBetween(0, lines);
    }
  }

  /** The most lines the input may have however it is decoded: one per byte of a line break. */
  private static int maxLines(byte[] input) {
    int breaks = 0;
    for (byte b : input) {
      int c = b & 0xff;
      if (c == 0x0a || c == 0x0d) {
        breaks++;
      }
    }
    return breaks + 1;
  }
}
