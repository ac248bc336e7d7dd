package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.DatasetReader;

/** The Java snippet of README.md is compiled and run as written, against the examples. */
class ReadmeSnippetTest {

  @Test
  void quickstartSnippet_compilesRunsAndAnswersFromTheExamples(@TempDir Path tmp) throws Exception {
    // given the snippet, with its relative paths pointed at the repository and a scratch folder
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("```java", readme.indexOf("<!-- snippet:quickstart"));
    int end = readme.indexOf("```", start + 7);
    String snippet =
        readme
            .substring(start + 7, end)
            .replace("Path.of(\"examples\")", "Path.of(\"../examples\")")
            .replace("\"target/examples-copy.yaml\"", "\"" + tmp.resolve("copy.yaml") + "\"");
    Path source = tmp.resolve("Quickstart.java");
    Files.writeString(source, snippet); // a whole source file, imports and all, as a user copies it

    // when it is compiled and run
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    int compiled =
        javac.run(
            null,
            null,
            new PrintStream(new ByteArrayOutputStream()) {
              @Override
              public void write(byte[] b, int off, int len) {
                diagnostics.write(new String(b, off, len, StandardCharsets.UTF_8));
              }
            },
            "-Xlint:all",
            "-Werror",
            "-cp",
            System.getProperty("java.class.path"),
            "-d",
            tmp.toString(),
            source.toString());
    assertThat(compiled).as(diagnostics.toString()).isZero();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader
          .loadClass("Quickstart")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }

    // then it prints the visits hosted by Zhongqiao and its schools, and writes a copy
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("2024-01-04 ")
        .contains("2024-03-21 ")
        .contains("Wei Peng took part in 2 visits");
    assertThat(DatasetReader.create().read(tmp.resolve("copy.yaml")).problems()).isEmpty();
  }
}
