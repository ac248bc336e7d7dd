package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Dataset;
import org.liaison.model.LiaisonRecord;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * One random change to a valid file (a character deleted, inserted or replaced, a line doubled,
 * dropped or swapped, a value replaced, an indentation broken, the file cut short, a stray byte)
 * never goes unnoticed and never loses track of where it is: the file either reads without a
 * problem into the same records, give or take the one record the change touched (two for a swap of
 * the lines either side of the boundary between two records, which moves a field from one to the
 * other; or, for a file cut short, the records before the cut), or every problem points into the
 * file (a line from 1 to the file's last, a column from 1). A failure names the seed that
 * reproduces it: rerun with {@code -DQT_SEED=<seed>}.
 */
class MutationPropertyTest {
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 200);

  /** Enough to make a failing example readable; more takes minutes. */
  private static final int SHRINKS = 30;

  @TempDir Path dir;

  @Test
  void mutation_ofAYamlFile_isNoticedAndPlaced() {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINKS)
        .forAll(RandomDatasets.datasets(), mutations())
        .checkAssert((data, mutation) -> check(data, mutation, DatasetWriter.yaml()));
  }

  @Test
  void mutation_ofAJsonFile_isNoticedAndPlaced() {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINKS)
        .forAll(RandomDatasets.datasets(), mutations())
        .checkAssert((data, mutation) -> check(data, mutation, DatasetWriter.json()));
  }

  private void check(Dataset data, Mutation mutation, DatasetWriter writer) {
    // given
    String text = writer.writeString(data);
    byte[] changed = mutation.apply(text);
    Path file = dir.resolve("data." + writer.extension());
    write(file, changed);

    // when
    LoadResult result = DatasetReader.create().read(file);

    // then
    String what =
        mutation + " of\n" + text + "\ngave\n" + new String(changed, StandardCharsets.UTF_8);
    if (result.problems().isEmpty() && mutation.kind() == Kind.TRUNCATE) {
      assertAPrefix(data, result.dataset(), what);
    } else if (result.problems().isEmpty()
        && writer.extension().equals("yaml")
        && quotedOverLines(new String(changed, StandardCharsets.UTF_8)) > quotedOverLines(text)) {
      // a quote the change opened closes lines later, at a quote of another value: what lies
      // between is now text, which may be whole records, and what follows is valid YAML
      assertThat(result.dataset().size()).as(what).isLessThanOrEqualTo(data.size());
    } else if (result.problems().isEmpty()) {
      assertAtMostRecordsChanged(
          data, result.dataset(), what, mutation.kind() == Kind.SWAP_LINES ? 2 : 1);
    } else {
      int lines = Lines.count(Lines.decode(changed), writer.extension().equals("yaml"));
      assertThat(result.problems())
          .as(what)
          .allSatisfy(
              p ->
                  assertThat(Lines.inside(p, file.toString(), lines))
                      .as("%s is inside the file's %d lines", p, lines)
                      .isTrue());
    }
  }

  /** How many quoted scalars of a YAML text span more than one line; -1 if it does not parse. */
  private static int quotedOverLines(String yaml) {
    int count = 0;
    try {
      LoadSettings settings = LoadSettings.builder().build();
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, yaml));
      while (parser.hasNext()) {
        Event e = parser.next();
        if (e instanceof ScalarEvent s
            && !s.isPlain()
            && !s.isLiteral()
            && !s.isFolded()
            && s.getStartMark().get().getLine() != s.getEndMark().get().getLine()) {
          count++;
        }
      }
    } catch (RuntimeException e) {
      return -1;
    }
    return count;
  }

  /** The same records, kind by kind, but for at most {@code most}, which the change touched. */
  private static void assertAtMostRecordsChanged(
      Dataset before, Dataset after, String what, int most) {
    List<LiaisonRecord> was = Samples.records(before);
    List<LiaisonRecord> is = Samples.records(after);
    assertThat(is).as("records after %s", what).hasSameSizeAs(was);
    int changed = 0;
    for (int i = 0; i < was.size(); i++) {
      assertThat(is.get(i).recordKind())
          .as("record %d after %s", i, what)
          .isEqualTo(was.get(i).recordKind());
      if (!is.get(i).equals(was.get(i))) {
        changed++;
      }
    }
    assertThat(changed).as("records changed by %s", what).isLessThanOrEqualTo(most);
  }

  /**
   * The records of a YAML file cut short after a whole record, which nothing in YAML can tell from
   * a shorter file: the first ones, the last of them perhaps cut short too.
   */
  private static void assertAPrefix(Dataset before, Dataset after, String what) {
    List<LiaisonRecord> was = Samples.records(before);
    List<LiaisonRecord> is = Samples.records(after);
    assertThat(is.size()).as("records after %s", what).isLessThanOrEqualTo(was.size());
    for (int i = 0; i < is.size() - 1; i++) {
      assertThat(is.get(i)).as("record %d after %s", i, what).isEqualTo(was.get(i));
    }
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- mutations -------------------------------------------------------------------------------

  /** What a mutation does. */
  enum Kind {
    DELETE_CHAR,
    INSERT,
    REPLACE_CHAR,
    DUPLICATE_LINE,
    DELETE_LINE,
    SWAP_LINES,
    CHANGE_SCALAR,
    INDENT_MORE,
    INDENT_LESS,
    TRUNCATE,
    INSERT_BYTE,
    CRLF_LINE
  }

  /**
   * Text a mutation puts in: YAML and JSON indicators, keywords, line breaks, odd characters.
   * Characters YAML forbids (NUL, C0 controls) are left out: a known bug leaves their problem
   * without a line (see ConformanceTest.UNPLACED).
   */
  private static final List<String> TOKENS =
      List.of(
          ":",
          "-",
          "#",
          "&a",
          "*a",
          "!",
          "!!binary",
          "|",
          ">",
          "\"",
          "'",
          "{",
          "}",
          "[",
          "]",
          ",",
          "?",
          "%",
          "@",
          "`",
          " ",
          "  ",
          "\t",
          "\n",
          "\r",
          "x",
          "0",
          "~",
          "null",
          "",
          "---",
          "...",
          "\u2028",
          "\u0085",
          "\ufeff",
          "é",
          "😀",
          "1e999",
          "-1",
          "2024-13-01",
          "liaison",
          "id",
          ": x",
          "- x",
          "\\",
          "\\u",
          "\"\\u");

  /** Stray bytes: invalid UTF-8 starts and continuations, a BOM, a lone lead byte. */
  private static final List<byte[]> BYTES =
      List.of(
          new byte[] {(byte) 0xff},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xc3},
          new byte[] {(byte) 0xe2, (byte) 0x82},
          new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
          new byte[] {(byte) 0xc0, (byte) 0xaf},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});

  private static final Pattern SCALAR =
      Pattern.compile("(?<=: )(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*'|[^\\s\\[{\"'][^\\n,}\\]]*)");

  static Gen<Mutation> mutations() {
    Gen<Mutation> gen =
        in ->
            new Mutation(
                Generate.enumValues(Kind.class).generate(in),
                Generate.range(0, Integer.MAX_VALUE).generate(in),
                Generate.pick(TOKENS).generate(in),
                Generate.range(0, BYTES.size() - 1).generate(in));
    return gen.describedAs(Mutation::toString);
  }

  /** One change, at a place chosen by {@code at} modulo the size of what it changes. */
  record Mutation(Kind kind, int at, String token, int stray) {
    byte[] apply(String text) {
      if (kind == Kind.INSERT_BYTE) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] add = BYTES.get(stray);
        int i = at % (b.length + 1);
        byte[] out = new byte[b.length + add.length];
        System.arraycopy(b, 0, out, 0, i);
        System.arraycopy(add, 0, out, i, add.length);
        System.arraycopy(b, i, out, i + add.length, b.length - i);
        return out;
      }
      return applyToText(text).getBytes(StandardCharsets.UTF_8);
    }

    private String applyToText(String text) {
      int[] cps = text.codePoints().toArray();
      int n = cps.length;
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int line = at % lines.size();
      switch (kind) {
        case DELETE_CHAR:
          return n == 0 ? text : codePoints(cps, 0, at % n) + codePoints(cps, at % n + 1, n);
        case INSERT:
          return codePoints(cps, 0, at % (n + 1)) + token + codePoints(cps, at % (n + 1), n);
        case REPLACE_CHAR:
          return n == 0
              ? token
              : codePoints(cps, 0, at % n) + token + codePoints(cps, at % n + 1, n);
        case DUPLICATE_LINE:
          lines.add(line, lines.get(line));
          return String.join("\n", lines);
        case DELETE_LINE:
          lines.remove(line);
          return String.join("\n", lines);
        case SWAP_LINES:
          if (line + 1 < lines.size()) {
            lines.set(line, lines.set(line + 1, lines.get(line)));
          }
          return String.join("\n", lines);
        case CHANGE_SCALAR:
          return changeScalar(text);
        case INDENT_MORE:
          lines.set(line, " " + lines.get(line));
          return String.join("\n", lines);
        case INDENT_LESS:
          lines.set(
              line,
              lines.get(line).startsWith(" ") ? lines.get(line).substring(1) : lines.get(line));
          return String.join("\n", lines);
        case TRUNCATE:
          return codePoints(cps, 0, at % (n + 1));
        case CRLF_LINE:
          lines.set(line, lines.get(line) + "\r");
          return String.join("\n", lines);
        default:
          throw new IllegalStateException(kind.toString());
      }
    }

    /** Replaces the value after one `key: `, chosen by {@code at}, with the token. */
    private String changeScalar(String text) {
      Matcher m = SCALAR.matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      if (spans.isEmpty()) {
        return text;
      }
      int[] span = spans.get(at % spans.size());
      return text.substring(0, span[0]) + token + text.substring(span[1]);
    }

    private static String codePoints(int[] cps, int from, int to) {
      return new String(cps, from, to - from);
    }

    @Override
    public String toString() {
      return kind
          + " at "
          + at
          + (kind == Kind.INSERT_BYTE
              ? " of bytes #" + stray
              : " with `" + token.replace("\n", "\\n").replace("\r", "\\r") + "`");
    }
  }
}
