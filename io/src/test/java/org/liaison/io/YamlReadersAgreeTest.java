package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.io.tokens.TokenTexts;

/**
 * The reader of the common YAML subset ({@code BlockYamlTokens}) against SnakeYAML's ({@code
 * YamlTokens}), token by token: kind, text, quoting, line and column. Wherever the subset reader
 * reads a file, it must read what SnakeYAML reads; everything else it leaves to SnakeYAML. Checked
 * on every YAML file of the project's tests and examples, on files the writer writes, on
 * hand-written cases of each construct, and on random changes to all of those.
 */
class YamlReadersAgreeTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final int MUTATIONS = Integer.getInteger("YAML_MUTATIONS", 20_000);

  @Test
  void everyYamlFileOfTheProject_readsAlike() throws IOException {
    List<Path> files = projectFiles();
    int read = 0;
    for (Path f : files) {
      if (agree(Files.readAllBytes(f), f.toString())) {
        read++;
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(read).as("files read without SnakeYAML").isGreaterThan(files.size() / 3);
  }

  @Test
  void theExamples_areReadWithoutSnakeYaml() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("../examples"))) {
      for (Path f : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
        byte[] bytes = Files.readAllBytes(f);
        assertThat(TokenTexts.block(bytes, LIMITS)).as(f.toString()).isNotNull();
        assertThat(TokenTexts.loaderReadsWithoutSnakeYaml(bytes, LIMITS)).isTrue();
        agree(bytes, f.toString());
      }
    }
  }

  @Test
  void whatTheWriterWrites_isReadWithoutSnakeYamlAndAlike() {
    byte[] sample =
        DatasetWriter.yaml().writeString(Samples.everything()).getBytes(StandardCharsets.UTF_8);
    assertThat(TokenTexts.block(sample, LIMITS)).isNotNull();
    agree(sample, "samples");
    int[] read = new int[2];
    List<String> refused = new ArrayList<>();
    qt().withExamples(300)
        .forAll(RandomDatasets.datasets())
        .checkAssert(
            data -> {
              byte[] bytes =
                  DatasetWriter.yaml().writeString(data).getBytes(StandardCharsets.UTF_8);
              read[0]++;
              if (agree(bytes, "written")) {
                read[1]++;
              } else {
                String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
                refused.add(lines[TokenTexts.refusedLine(bytes, LIMITS) - 1]);
              }
            });
    // random text is written in forms the subset leaves to SnakeYAML: a key over several lines
    // (`? "a\nb"`), a block scalar with an indentation indicator or keep chomping (`|2+`); a
    // random dataset holds many texts, and most hold one such
    assertThat(read[1])
        .as("written files read without SnakeYAML; refused lines: %s", refused)
        .isGreaterThan(read[0] / 10);
  }

  /** Each construct of the subset, read here and read alike. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "liaison: 1\n",
        "liaison: 1",
        "\uFEFFliaison: 1\n",
        "# a comment\n\nliaison: 1 # after\n\n# at the end",
        "a:\n  b: c\n  d:\n    e: f\ng: h\n",
        "a:\n- 1\n- 2\nb: 3\n",
        "a:\n  - x: 1\n    y: 2\n  - x: 3\n  -\n    x: 4\n  -\nb:\n",
        "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: nul\ng: ''\nh: \"\"\n",
        "- a\n-\n  - b\n",
        // \\L and \\P are left out: snakeyaml-engine does not read them (ParserSuitesTest)
        "a: \"x \\\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600 \\0 \\_ \\N \\e \\a\"\n",
        "a: 'it''s' # c\n'b c': \"d: e\"\n\"f\" : g\n",
        "a: >-\n  one\n  two\n\n  three\n\n\n  four\nb: 1\n",
        "a: >\n  one\n  two\n\n\nb: 1\n",
        "a: |\n  one\n    two\n\n  three  \n\nb: |-\n  x\n  # not a comment\n",
        "- >-\n  folded in a list\n  entry\n- |\n  literal\n",
        "a: >-\n    deep\n    text\n",
        "a: [x, 'y', \"z\", ~, 1.5, a b]\nb: []\nc: {}\nd: {k: v, 'q': \"w\", n: null}\n",
        "a: [ x , y ]\nb: { k: v }\n",
        "a: [x, [y, {k: [v, w]}], {}, []]\nb: {k: {l: m}, n: [-1, --02-29, -x]}\n",
        "a: 1\r\nb: |\r\n  x\r\n\r\n  y\r\nc: [d]\r\n",
        "\uFEFFa: 1\r\nb: 2",
        "a: b:c\nurl: https://example.org/a#b\nc: a#b\nd: x - y\ne: -5\nf: 10%\n",
        "ключ: значение\n名: 测试 # 注释\nx: [é, ü]\ny: {ö: ä}\nz: 😀 😀\n",
        "a: \"😀\"\n😀: b\nc: >-\n  ü😀\n  ö\n",
        "a: b\uFEFF\n\uFEFFc: \uFEFFd\ne: [\uFEFF]\n",
        "---\nliaison: 1\n---\nliaison: 1\n",
        "--- # first\nliaison: 1\n",
        "liaison: 1\n---\nx: 1\n",
        "a: 1   \nb:    2\n",
        "a:\n  b:\n    c:\n      d: [1]\n",
        "a: -x\nb: x-\n",
        "list:\n- a\n# between\n- b\n\n- c\n",
        "a: x\n  # more indented comment\nb: y\n",
        "a: |\n  x",
        "a: >\n  one\n  two",
        "- |\n  x\n\n  y",
        "a: |\n  x\n  ",
        "a: |-\n  x",
      })
  void aConstructOfTheSubset_isReadWithoutSnakeYamlAndAlike(String yaml) {
    assertThat(yaml).doesNotContain("\t"); // tabs: aTabWhereYamlAllowsWhiteSpace_isReadHere

    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    List<String> block = TokenTexts.block(bytes, LIMITS);
    assertThat(block).as("read without SnakeYAML").isNotNull();
    assertThat(block).isEqualTo(TokenTexts.snake(bytes, LIMITS));
  }

  /**
   * Tabs where YAML 1.2 allows white space within a line, read here: snakeyaml-engine refuses them,
   * so the tokens are compared with its tokens of the file with each tab made a space.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "name:\tFoo\n",
        "- foo:\tbar\n",
        "-\tfoo\n",
        "a: 1\t# c\n",
        "a: 1\t\n",
        "a:\t\n  b: 1\n",
        "a: [x,\ty,\t{k:\tv}\t]\t\n",
        "a:\t'q'\t# c\n",
        "\t# comment\na: 1\n  \t\n",
        "---\t# c\na: 1\n",
        "a:\t|\n  x\n  \ty\n   \t\n  z\n",
        "a: x\ty\n",
        "\"k\"\t: v\n",
        "-\t[1]\n",
      })
  void aTabWhereYamlAllowsWhiteSpace_isReadHere(String yaml) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    assertThat(TokenTexts.block(bytes, LIMITS)).as("read without SnakeYAML").isNotNull();
    assertThat(agree(bytes, "tabs")).isTrue();
  }

  /** A tab in indentation: left to SnakeYAML, which says where it is. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "\\ta: 1\\n;1:1",
        "a:\\n\\tb: 1\\n;2:1",
        "a:\\n  \\tb: 1\\n;2:3",
        "-\\ta: 1\\n;1:2",
        "a: |\\n\\tx\\n;2:1",
        "a: |\\n  x\\n \\ty\\n;3:2",
      })
  void aTabInIndentation_isLeftToSnakeYamlWhichPlacesIt(String escaped, String place) {
    // written with \t and \n: the case's text holds a backslash and a letter for each
    byte[] bytes =
        escaped.replace("\\t", "\t").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(TokenTexts.block(bytes, LIMITS)).isNull();
    assertThat(TokenTexts.snake(bytes, LIMITS))
        .last()
        .asString()
        .startsWith("problem SYNTAX at " + place + ":");
  }

  /** What the subset leaves to SnakeYAML: it reads all of YAML, and says what is wrong. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: 1\n...\n",
        "a: 1\rb: 2\r",
        "a: >\n  x\n  \ty\n",
        "a: one\n  two\n",
        "a: \"one\n  two\"\n",
        "a: 'one\n  two'\n",
        "a: [x,\n  y]\n",
        "a: |+\n  x\n",
        "a: |2\n  x\n",
        "a: >\n  x\n   more\n",
        "? a\n: b\n",
        "a: b: c\n",
        "- - a\n",
        "a: \"\\ud800\"\n",
        "---\n",
        "a: 1\nb\n",
        "a:\n  b: 1\n c: 2\n",
        "a: 1\n- b\n",
        "a: |\n\n  x\n",
        "a: \u0085\n",
        "a: \"x\"y\n",
        "a: [x, ]\n",
        "a: {x}\n",
        "a: {x:y}\n",
        "a: @x\n",
        "a: {b: -, c: d}\n",
        "a: [-]\n",
      })
  void aConstructOutsideTheSubset_isLeftToSnakeYaml(String yaml) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    assertThat(TokenTexts.block(bytes, LIMITS)).isNull();
    assertThat(TokenTexts.loaderReadsWithoutSnakeYaml(bytes, LIMITS)).isFalse();
  }

  /** SnakeYAML looks no further than 1,024 characters for the colon of a key on one line. */
  @Test
  void aLongKey_isLeftToSnakeYaml() {
    String x = "x".repeat(1_030);
    for (String yaml :
        List.of(
            "\"" + x + "\": v\n",
            "'" + x + "': v\n",
            "- \"" + x + "\": v\n",
            "a:\n  \"" + x + "\": v\n",
            "\"a\"" + " ".repeat(1_030) + ": v\n",
            "a: {" + x + ": v}\n",
            "a: {\"" + x + "\": v}\n",
            x + ": v\n")) {
      byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
      assertThat(TokenTexts.block(bytes, LIMITS)).as(yaml).isNull();
    }
    byte[] near = ("\"" + "x".repeat(990) + "\": v\n").getBytes(StandardCharsets.UTF_8);
    assertThat(agree(near, "a key of 992 characters")).isTrue();
  }

  /** Brackets are read by recursion: deeper than a thousand, by SnakeYAML, which does not. */
  @Test
  void deepBrackets_underARaisedDepthLimit_areLeftToSnakeYaml() {
    ReadLimits deep = ReadLimits.defaults().withMaxDepth(30_000);
    byte[] bytes =
        ("a: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(TokenTexts.block(bytes, deep)).isNull();
    byte[] fine =
        ("a: " + "[".repeat(900) + "]".repeat(900) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(TokenTexts.block(fine, deep)).isEqualTo(TokenTexts.snake(fine, deep));
  }

  @Test
  void aFilePastALimit_isLeftToSnakeYaml() {
    ReadLimits tight =
        ReadLimits.defaults().withMaxDepth(8).withMaxStringLength(10).withMaxDocuments(1);
    for (String yaml :
        List.of(
            "a:\n b:\n  c:\n   d:\n    e:\n     f:\n      g:\n       h:\n        i: 1\n",
            "a: [[[[[[[[[1]]]]]]]]]\n",
            "a: 12345678901\n",
            "a: \"12345678901\"\n",
            "a: >-\n  123456\n  7890\n",
            "a: 1\n---\na: 2\n",
            "a: x\n" + "#".repeat(1_020) + "\n")) {
      byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
      assertThat(TokenTexts.block(bytes, tight)).as(yaml).isNull();
      assertThat(TokenTexts.snake(bytes, tight)).as(yaml).last().asString().startsWith("problem");
    }
  }

  /** Random changes to files of the subset: read alike, or left to SnakeYAML. */
  @Test
  void randomChanges_readAlikeOrAreLeftToSnakeYaml() throws IOException {
    List<byte[]> bases = new ArrayList<>();
    for (Path f : projectFiles()) {
      byte[] bytes = Files.readAllBytes(f);
      if (TokenTexts.block(bytes, LIMITS) != null && bytes.length < 20_000) {
        bases.add(bytes);
      }
    }
    bases.add(
        DatasetWriter.yaml().writeString(Samples.everything()).getBytes(StandardCharsets.UTF_8));
    long seed = Long.getLong("YAML_SEED", System.nanoTime());
    Random random = new Random(seed);
    int read = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      String base = new String(bases.get(random.nextInt(bases.size())), StandardCharsets.UTF_8);
      String changed = base;
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        changed = mutate(changed, random);
      }
      if (agree(
          changed.getBytes(StandardCharsets.UTF_8),
          "seed " + seed + ", change " + i + " (rerun with -DYAML_SEED=" + seed + ")")) {
        read++;
      }
    }
    assertThat(read).as("changed files read without SnakeYAML").isGreaterThan(MUTATIONS / 10);
  }

  private static final String[] PIECES = {
    " ", "  ", "-", "- ", ":", ": ", "#", " #", "\"", "'", "\n", "\n\n", "[", "]", "{", "}", ",",
    ">", ">-", "|", "|-", "\\", "\\n", "~", "null", "a", "é", "😀", "\t", "&a", "*a", "!", "?", "%",
    "---\n", "...", "''", "\\u00e9", "x: y", "\n- ", "\n  ", "1", "\uFEFF", "\r\n", "\r"
  };

  private static String mutate(String s, Random random) {
    if (s.isEmpty()) {
      return PIECES[random.nextInt(PIECES.length)];
    }
    int at = random.nextInt(s.length());
    List<String> lines = List.of(s.split("\n", -1));
    switch (random.nextInt(7)) {
      case 0:
        return s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(3)));
      case 1:
      case 2:
        return s.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + s.substring(at);
      case 3:
        {
          int l = random.nextInt(lines.size());
          List<String> copy = new ArrayList<>(lines);
          copy.add(l, lines.get(l));
          return String.join("\n", copy);
        }
      case 4:
        {
          int l = random.nextInt(lines.size());
          List<String> copy = new ArrayList<>(lines);
          copy.set(l, (random.nextBoolean() ? " " : "") + lines.get(l).replaceFirst("^ ", ""));
          return String.join("\n", copy);
        }
      case 5:
        {
          int l = random.nextInt(lines.size());
          List<String> copy = new ArrayList<>(lines);
          copy.remove(l);
          return String.join("\n", copy);
        }
      default:
        return s.substring(0, at);
    }
  }

  /** Whether the subset reads {@code bytes}; if it does, its tokens must be SnakeYAML's. */
  private static boolean agree(byte[] bytes, String what) {
    List<String> block = TokenTexts.block(bytes, LIMITS);
    if (block == null) {
      return false;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\t') >= 0) {
      // snakeyaml-engine refuses a tab where YAML 1.2 allows it as white space within a line, so
      // a file with tabs that the subset reads is compared with SnakeYAML's tokens of the same
      // file with each tab made a space (one column either way), tabs in texts made spaces in
      // both; ParserSuitesTest checks against yaml-test-suite which tabs are allowed
      List<String> snake =
          spaced(
              TokenTexts.snake(text.replace('\t', ' ').getBytes(StandardCharsets.UTF_8), LIMITS));
      assertThat(spaced(block)).as(what + ":\n" + text).isEqualTo(snake);
      return true;
    }
    List<String> snake = TokenTexts.snake(bytes, LIMITS);
    assertThat(block).as(what + ":\n" + text).isEqualTo(snake);
    return true;
  }

  /** The tokens with each tab in their texts made a space. */
  private static List<String> spaced(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      out.add(t.replace("\\u0009", " "));
    }
    return out;
  }

  private static List<Path> projectFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root :
        List.of(
            "src/test/resources",
            "../examples",
            "../plugins/src/test/resources",
            "../plugin-example/src/test/resources",
            "../cli/src/test/resources")) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.toString().endsWith(".json") && !p.toString().contains("node_modules"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
