package org.liaison.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** Workflow commands escaped as the GitHub runner unescapes them. */
class GithubFormatTest {

  @Test
  void data_escapesPercentCarriageReturnAndLineFeed_only() {
    assertThat(GithubFormat.data("100% done\r\nnext: a, b"))
        .isEqualTo("100%25 done%0D%0Anext: a, b");
  }

  @Test
  void property_alsoEscapesColonAndComma() {
    assertThat(GithubFormat.property("data/a,b:c%\n.yaml")).isEqualTo("data/a%2Cb%3Ac%25%0A.yaml");
  }

  @Test
  void write_putsAMultiLineMessageOnOneCommandLine() throws Exception {
    Problem p =
        BuiltinCode.FIELD_TYPE
            .problem("first line\nsecond line, 50%")
            .location(Location.of("x:y.yaml", 2, 3))
            .pointer("/a")
            .build();
    StringWriter out = new StringWriter();

    GithubFormat.write(new Report(List.of(p), List.of("x:y.yaml"), 0, Map.of(), "test"), out);

    assertThat(out.toString())
        .isEqualTo(
            "::error file=x%3Ay.yaml,line=2,col=3,title=field.type::"
                + "/a: first line%0Asecond line, 50%25\n");
  }
}
