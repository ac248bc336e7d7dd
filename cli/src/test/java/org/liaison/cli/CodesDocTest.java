package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.model.BuiltinCode;
import org.liaison.plugins.Plugins;

/** {@code liaison codes} lists every code, and docs/codes.md is its Markdown output. */
class CodesDocTest {

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Liaison.run(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void codes_listsEveryBuiltinCodeWithItsDefaultLevelAndDescription() {
    List<String> lines = run("codes").lines().toList();

    for (BuiltinCode c : BuiltinCode.values()) {
      assertThat(lines)
          .as(c.code())
          .anySatisfy(
              line ->
                  assertThat(line.split("\\s+", 4))
                      .containsExactly(
                          c.code(),
                          c.defaultSeverity().wireName(),
                          line.split("\\s+", 4)[2],
                          c.description()));
    }
    // the built-in codes, those the built-in exporters declare (ics/date.partial), and a header
    assertThat(lines)
        .hasSize(CodesCommand.codes(Plugins.discover()).size() + 1)
        .anySatisfy(line -> assertThat(line).startsWith("ics/date.partial "));
  }

  @Test
  void docsCodes_isTheMarkdownOutputOfLiaisonCodes() throws Exception {
    String doc = Files.readString(Path.of("../docs/codes.md"));
    String table =
        doc.substring(
            doc.indexOf("<!-- codes:begin -->\n") + 21, doc.indexOf("<!-- codes:end -->"));

    assertThat(table)
        .as(
            "docs/codes.md: regenerate its table with"
                + " `java -jar cli/target/liaison.jar codes --markdown`")
        .isEqualTo(run("codes", "--markdown"))
        .isEqualTo(CodesCommand.markdown(CodesCommand.codes(Plugins.discover())));
  }
}
