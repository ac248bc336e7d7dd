package org.liaison.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** The JUnit writer's output is schema-valid XML whatever the messages hold. */
class JunitFormatTest {

  @Test
  void xml_replacesWhatXml10CannotCarry_keepsTabsNewlinesAndAstralCharacters() {
    assertThat(JunitFormat.xml("a\u0000b\u0001c\u001fd\uFFFEe\uFFFFf\uD800g"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
    assertThat(JunitFormat.xml("tab\tlf\ncr\r \uD83D\uDE00 <&>"))
        .isEqualTo("tab\tlf\ncr\r \uD83D\uDE00 <&>");
  }

  @Test
  void write_aProblemOutsideAnyFile_isATestCaseOfItsOwn_andTheWholePassesTheSchema()
      throws Exception {
    Problem plugin = BuiltinCode.PLUGIN_FAILED.problem("plugin `acme` threw \u0007").build();
    Problem inFile =
        BuiltinCode.FIELD_TYPE
            .problem("not a \u0000 string")
            .location(Location.of("data/a\u0001.yaml", 2, 3))
            .pointer("/a")
            .build();
    Report report =
        new Report(List.of(plugin, inFile), List.of("data/a\u0001.yaml"), 1, Map.of(), "test");

    String xml = write(report);

    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/junit/jenkins-junit.xsd"))
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
    assertThat(xml)
        .contains(
            "name=\"data/a\uFFFD.yaml\"",
            "name=\"liaison\"",
            "plugin `acme` threw \uFFFD",
            "not a \uFFFD string");
  }

  @Test
  void write_isTheSameOnEveryRun_withoutTimesOrHostnames() throws Exception {
    Report report =
        new Report(List.of(), List.of("data/a.yaml", "data/b.yaml"), 2, Map.of(), "test");

    String xml = write(report);

    assertThat(write(report)).isEqualTo(xml);
    assertThat(xml).doesNotContain("time", "hostname");
  }

  private static String write(Report report) throws Exception {
    StringWriter out = new StringWriter();
    JunitFormat.write(report, out);
    return out.toString();
  }
}
