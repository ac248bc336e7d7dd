package org.liaison.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * JUnit XML as CI servers (GitLab, Jenkins) display it: one test case per file read, failing when
 * the file has an error or a warning, with its problems as the failure's text. Problems outside any
 * data file (a plugin that failed) form a test case of their own.
 *
 * <p>The document conforms to the Jenkins JUnit schema (DTKit's {@code junit-4.xsd}; the tests
 * validate against it) and uses nothing the xUnit plugin's newer {@code junit-10.xsd} rejects: no
 * {@code file} on a test case, and no {@code time}, {@code timestamp} or {@code hostname}, so a
 * run's report is the same on every machine. Characters that XML 1.0 cannot carry are written as
 * U+FFFD.
 */
final class JunitFormat {
  private JunitFormat() {}

  static void write(Report report, Writer out) throws IOException {
    Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    report.files.forEach(f -> byFile.put(report.display(f), new ArrayList<>()));
    for (Problem p : report.problems) {
      String file = p.location().map(l -> report.display(l.file())).orElse("liaison");
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(p);
    }
    long failures = byFile.values().stream().filter(JunitFormat::fails).count();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      suiteAttributes(x, byFile.size(), failures);
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      suiteAttributes(x, byFile.size(), failures);
      x.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
        testCase(report, x, e.getKey(), e.getValue());
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void suiteAttributes(XMLStreamWriter x, int tests, long failures)
      throws XMLStreamException {
    x.writeAttribute("name", "liaison validate");
    x.writeAttribute("tests", String.valueOf(tests));
    x.writeAttribute("failures", String.valueOf(failures));
    x.writeAttribute("errors", "0");
  }

  private static boolean fails(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p.severity().atLeast(Severity.WARNING));
  }

  private static void testCase(
      Report report, XMLStreamWriter x, String file, List<Problem> problems)
      throws XMLStreamException {
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "liaison.validate");
    x.writeAttribute("name", xml(file));
    if (fails(problems)) {
      long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
      x.writeCharacters("\n      ");
      x.writeStartElement("failure");
      x.writeAttribute("type", errors > 0 ? "error" : "warning");
      x.writeAttribute(
          "message",
          Report.counted(errors, "error")
              + ", "
              + Report.counted(
                  problems.stream().filter(p -> p.severity() == Severity.WARNING).count(),
                  "warning"));
      x.writeCharacters(xml(text(report, problems)));
      x.writeEndElement();
      x.writeCharacters("\n    ");
    } else if (!problems.isEmpty()) {
      x.writeCharacters("\n      ");
      x.writeStartElement("system-out");
      x.writeCharacters(xml(text(report, problems)));
      x.writeEndElement();
      x.writeCharacters("\n    ");
    }
    x.writeEndElement();
  }

  /**
   * {@code s} with every character that XML 1.0 does not allow (control characters other than tab,
   * line feed and carriage return, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD: the
   * stream writer escapes markup but passes those through, which leaves a document no parser reads.
   */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(allowed(c) ? c : 0xFFFD));
    return sb.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String text(Report report, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(TextFormat.plain(report, p)).append('\n');
    }
    return sb.toString();
  }
}
