package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.liaison.io.tokens.TokenTexts;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * Fuzzing of {@link DatasetReader} with Jazzer: whatever the bytes, a read answers with a {@link
 * LoadResult}; any exception or {@link Error} that escapes it is a finding. Each problem's location
 * names the input and stays within its lines, and an input that reads without a problem is written
 * as YAML and JSON and reads back equal.
 *
 * <p>Every build runs each method once per file of the seed corpus, {@code
 * src/test/resources/org/liaison/io/DatasetReaderFuzzTestInputs/} (files directly in it serve all
 * four methods, files in a method's folder that method only), and once on the empty input. A
 * fuzzing session runs one method for a while, in the {@code io} module, without JaCoCo's agent:
 *
 * <pre>
 * JAZZER_FUZZ=1 ../mvnw -B -Dquick -Djacoco.skip=true test \
 *     -Dtest='DatasetReaderFuzzTest#readYaml' -Djazzer.max_duration=30m -Djazzer.hooks=true \
 *     -DargLine=-Xmx512m \
 *     -Djunit.jupiter.execution.timeout.default=10s -Djunit.jupiter.execution.timeout.mode=disabled
 * </pre>
 *
 * <p>Jazzer takes the JUnit timeout as the time one input may take (a slower one is a hang);
 * JUnit's own use of it is turned off, or it would fail the whole session once it outlasts it.
 *
 * <p>A finding is written to {@code DatasetReaderFuzzTestInputs/<method>/crash-*}, where every
 * later build replays it; the inputs Jazzer found interesting pile up in {@code .cifuzz-corpus/},
 * which is not committed. See {@code SECURITY.md}.
 */
class DatasetReaderFuzzTest {

  /** YAML, the format of hand-written data files. */
  @FuzzTest(maxDuration = "10m")
  void readYaml(byte[] input) {
    LoadResult result = DatasetReader.create().read(new ByteArrayInputStream(input), "fuzz.yaml");
    check(result, "fuzz.yaml", input);
  }

  /** JSON, the format of generated data files. */
  @FuzzTest(maxDuration = "10m")
  void readJson(byte[] input) {
    LoadResult result = DatasetReader.create().read(new ByteArrayInputStream(input), "fuzz.json");
    check(result, "fuzz.json", input);
  }

  /**
   * The YAML reader of Liaison's own against SnakeYAML's: wherever {@code BlockYamlTokens} reads
   * the input, its tokens (kind, text, quoting, line, column) are SnakeYAML's, and it never fails
   * where it should leave the input to SnakeYAML ({@link YamlReadersAgreeTest} holds the same on
   * random changes; this lets coverage steer the changes).
   */
  @FuzzTest(maxDuration = "10m")
  void yamlReadersAgree(byte[] input) {
    List<String> block = TokenTexts.block(input, ReadLimits.defaults());
    if (block != null) {
      assertThat(block).isEqualTo(TokenTexts.snake(input, ReadLimits.defaults()));
    }
  }

  /**
   * A file whose name gives no format, so the content decides, read through a path as the command
   * line reads it.
   */
  @FuzzTest(maxDuration = "10m")
  void readFile(byte[] input) throws IOException {
    Path file = scratchFile();
    Files.write(file, input);
    LoadResult result = DatasetReader.create().read(file);
    check(result, file.toString(), input);
  }

  /** One file per JVM, written again for each input: fuzzing runs one input at a time. */
  private static synchronized Path scratchFile() throws IOException {
    if (scratch == null) {
      Path dir = Files.createTempDirectory("liaison-fuzz");
      dir.toFile().deleteOnExit();
      scratch = dir.resolve("fuzz");
      scratch.toFile().deleteOnExit();
    }
    return scratch;
  }

  private static Path scratch;

  private static void check(LoadResult result, String name, byte[] input) {
    int lines = maxLines(input);
    for (Problem p : result.problems()) {
      assertThat(p.location()).as("location of %s", p).isPresent();
      Location at = p.location().orElseThrow();
      assertThat(at.file()).as("file of %s", p).isEqualTo(name);
      assertThat(at.line()).as("line of %s in %s lines", p, lines).isBetween(0, lines);
    }
    if (result.problems().isEmpty()) {
      roundTrip(result.dataset(), DatasetWriter.yaml());
      roundTrip(result.dataset(), DatasetWriter.json());
    }
  }

  /** The dataset, written and read again, is the same, and reads without a problem. */
  private static void roundTrip(Dataset data, DatasetWriter writer) {
    String text;
    try {
      text = writer.writeString(data);
    } catch (UncheckedIOException e) {
      throw new AssertionError("writing a dataset read without problems failed", e);
    }
    LoadResult back = DatasetReader.create().readString(text, "back." + writer.extension());
    assertThat(back.problems()).as("problems reading back%n%s", text).isEmpty();
    assertThat(Samples.records(back.dataset()))
        .as("records read back from%n%s", text)
        .containsExactlyElementsOf(Samples.records(data));
    assertThat(back.dataset())
        .as("dataset read back from%n%s", text)
        .isEqualTo(data)
        .hasSameHashCodeAs(data);
  }

  /**
   * How many lines the input may have, at most, however it is decoded: one more than the bytes that
   * could be, or be part of, a line break (LF, CR, NEL, LS, PS in UTF-8, UTF-16 or UTF-32).
   */
  static int maxLines(byte[] input) {
    int breaks = 0;
    for (byte b : input) {
      int c = b & 0xff;
      if (c == 0x0a || c == 0x0d || c == 0x85 || c == 0xa8 || c == 0xa9 || c == 0x28 || c == 0x29) {
        breaks++;
      }
    }
    return breaks + 1;
  }
}
