package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.liaison.io.Fixtures.resource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.model.Institution;
import org.liaison.model.Problem;

/**
 * The reader over a corpus of tricky YAML and JSON, {@code src/test/resources/conformance/}: the
 * kinds of document public parser test suites cover (empty documents, odd scalars, anchors and
 * aliases, tags, flow and block mixed, duplicate keys, deep nesting, long lines, byte order marks,
 * CR LF, UTF-16, NUL bytes, invalid UTF-8, lone surrogates). Each file reads without an exception,
 * and each problem points into the file; tags are never resolved to types. The timeout is a guard
 * against a reader that hangs, not a measure of speed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConformanceTest {
  private static final Path CORPUS = resource("conformance");

  /**
   * Files whose problems are known to lack a place today, with the reason; each still reads without
   * an exception. Remove an entry when its bug is fixed. Empty since the reader checks characters
   * as it decodes them (YamlInput): forbidden characters, UTF-16 and UTF-32 without a byte order
   * mark and invalid UTF-8 are all placed now.
   */
  private static final Map<String, String> UNPLACED = Map.ofEntries();

  private static Map.Entry<String, String> unplaced(String file, String reason) {
    return Map.entry(file.replace('/', File.separatorChar), reason);
  }

  static Stream<Arguments> read_answersWithProblemsInsideTheFile() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      List<Path> data =
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
              .sorted()
              .toList();
      return data.stream().map(f -> Arguments.of(CORPUS.relativize(f).toString(), f));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void read_answersWithProblemsInsideTheFile(String name, Path file) {
    // when
    LoadResult result = DatasetReader.create().read(file);

    // then
    assumeFalse(UNPLACED.containsKey(name), () -> "known bug: " + UNPLACED.get(name));
    int lines = Lines.count(file);
    assertThat(result.problems())
        .allSatisfy(
            p ->
                assertThat(Lines.inside(p, file.toString(), lines))
                    .as("%s is inside the file's %d lines", p, lines)
                    .isTrue());
  }

  /** Input too large to commit, made for the test: long lines, deep nesting, many documents. */
  static Stream<Arguments> read_answersGeneratedInputWithProblemsInsideTheFile() {
    String longName = "x".repeat(1 << 20);
    return Stream.of(
        Arguments.of(
            "long-line.yaml",
            "liaison: 1\ninstitutions:\n  - {id: a, kind: bogus, name: " + longName + "}\n"),
        Arguments.of(
            "long-line.json",
            "{\"liaison\": 1, \"institutions\": [{\"id\": \"a\","
                + " \"kind\": \"bogus\", \"name\": \""
                + longName
                + "\"}]}"),
        Arguments.of("long-key.yaml", "liaison: 1\n" + longName + ": 1\n"),
        Arguments.of("long-comment.yaml", "liaison: 1\n#" + longName + "\nx: 1\n"),
        Arguments.of("deep-flow.yaml", "liaison: 1\nx: " + "[".repeat(100_000) + "\n"),
        Arguments.of("deep-flow.json", "{\"liaison\": 1, \"x\": " + "[".repeat(100_000)),
        Arguments.of("deep-objects.json", "{\"liaison\": 1, \"x\": " + "{\"a\":".repeat(100_000)),
        Arguments.of("deep-block.yaml", "liaison: 1\nx:\n" + deepBlock(3_000)),
        Arguments.of("deep-mapping-flow.yaml", "liaison: 1\nx: " + "{a: ".repeat(100_000)),
        Arguments.of("many-documents.yaml", "---\n".repeat(20_000)),
        Arguments.of("many-keys.yaml", "liaison: 1\n" + manyKeys(50_000)),
        Arguments.of("many-anchors.yaml", "liaison: 1\n" + manyAnchors(20_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void read_answersGeneratedInputWithProblemsInsideTheFile(
      String name, String content, @TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);

    // when
    LoadResult result = DatasetReader.create().read(file);

    // then
    int lines = Lines.count(content, name.endsWith(".yaml"));
    assertThat(result.problems()).isNotEmpty();
    assertThat(result.problems())
        .allSatisfy(
            p ->
                assertThat(Lines.inside(p, file.toString(), lines))
                    .as("%s is inside the file's %d lines", p, lines)
                    .isTrue());
  }

  @Test
  void read_neverResolvesTagsToTypes() {
    // given: tags that name Java and Python types, SnakeYAML's classic gadget chain, a custom
    // tag, an "include", and a class of this test that counts its instances
    Path file = resource("conformance/yaml/tags/types.yaml");

    // when
    LoadResult result = DatasetReader.create().read(file);

    // then: nothing was created, and tagged scalars are read as the text written
    assertThat(TagCanary.created()).isZero();
    assertThat(name(result, "binary")).isEqualTo("aGVsbG8=");
    assertThat(name(result, "java")).isEqualTo("/etc/passwd");
    assertThat(name(result, "include")).isEqualTo("/etc/passwd");
    assertThat(name(result, "custom")).isEqualTo("value");
    assertThat(name(result, "str")).isEqualTo("123");
    assertThat(name(result, "int")).isEqualTo("42");
    assertThat(name(result, "canary-scalar")).isEqualTo("created");
    // a tagged sequence or mapping where a string belongs is the wrong type, whatever the tag
    assertThat(result.dataset().institution("python")).isEmpty();
    assertThat(result.dataset().institution("canary")).isEmpty();
    assertThat(result.dataset().institution("script-engine")).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::code)
        .containsOnly("field.type", "field.required");
  }

  @Test
  void read_takesATaggedMarkerAsWritten() {
    // `liaison: !!int 1` is the plain 1 of version 1; the tag neither helps nor hurts
    LoadResult result =
        DatasetReader.create().read(resource("conformance/yaml/tags/on-marker.yaml"));

    assertThat(result.problems()).isEmpty();
  }

  private static String name(LoadResult result, String id) {
    return result
        .dataset()
        .institution(id)
        .map(Institution::name)
        .orElseThrow(() -> new AssertionError("no institution " + id + " in " + result.problems()));
  }

  private static String deepBlock(int depth) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      b.append(" ".repeat(i)).append("-\n");
    }
    return b.toString();
  }

  private static String manyKeys(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append('k').append(i).append(": v\n");
    }
    return b.append("kind: bogus\n").toString();
  }

  private static String manyAnchors(int n) {
    StringBuilder b = new StringBuilder("a:\n");
    for (int i = 0; i < n; i++) {
      b.append("  - &a").append(i).append(" [x, y]\n");
    }
    b.append("b:\n");
    for (int i = 0; i < n; i++) {
      b.append("  - *a").append(i).append('\n');
    }
    return b.toString();
  }
}
