package com.example.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.liaison.PluginCommandLineIT.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guards around plugins, end to end: small plugin jars are compiled and packed at test time and
 * added to the real {@code liaison} command with {@code --plugin-path}. A plugin that throws or
 * cannot load becomes a {@code plugin.failed} problem and the run exits 3 with the other
 * validators' problems; two plugins with one id stop the run with exit 2.
 */
class BrokenPluginsIT {
  private static final String SERVICE = "META-INF/services/org.liaison.plugins.Validator";

  /** A delegation whose area is mistyped: the built-in {@code area.unknown} at 10:13. */
  private static final String VISIT =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
        - {id: chamber, name: Zhejiang Chamber of Commerce, kind: association}
      delegations:
        - id: visit
          date: "2024-03-21"
          visiting: {institutions: [chamber]}
          host: {institutions: [zq]}
          areas: [talent-cultivaton]
          sources: [src]
      sources:
        - {id: src, title: An article}
      """;

  @TempDir Path dir;
  private Path data;

  @BeforeEach
  void writeData() throws IOException {
    data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("visit.yaml"), VISIT);
    // an empty configuration beside the data ends the search for one here
    Files.writeString(data.resolve("liaison.yaml"), "");
  }

  private static String validator(String pkg, String name, String id, String validateBody) {
    return "package "
        + pkg
        + ";\n"
        + "import org.liaison.model.Dataset;\n"
        + "import org.liaison.plugins.ValidationContext;\n"
        + "import org.liaison.plugins.Validator;\n"
        + "public class "
        + name
        + " implements Validator {\n"
        + "  public String id() { return \""
        + id
        + "\"; }\n"
        + "  public void validate(Dataset d, ValidationContext c) { "
        + validateBody
        + " }\n"
        + "}\n";
  }

  /**
   * Compiles {@code sources} (class name → source) against the liaison jar and packs them with a
   * services file listing {@code services}.
   */
  private Path pluginJar(String name, Map<String, String> sources, String... services)
      throws IOException {
    return pluginJar(name, SERVICE, sources, services);
  }

  private Path pluginJar(
      String name, String service, Map<String, String> sources, String... services)
      throws IOException {
    Path src = dir.resolve(name + "-src");
    Path classes = dir.resolve(name + "-classes");
    Files.createDirectories(classes);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-cp",
                PluginCommandLineIT.LIAISON.toString(),
                "-d",
                classes.toString()));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled =
        javac.run(
            null,
            null,
            new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
            args.toArray(new String[0]));
    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    Path jar = dir.resolve(name + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        add(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
      add(out, service, (String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }

  private Run validate(Path... plugins) throws IOException, InterruptedException {
    String path = String.join(",", Stream.of(plugins).map(Path::toString).toList());
    return PluginCommandLineIT.java(
        dir,
        List.of(
            "-jar",
            PluginCommandLineIT.LIAISON.toString(),
            "validate",
            "--plugin-path",
            path,
            data.toString()));
  }

  @Test
  void exporterThatFailsHalfWay_leavesTheEarlierFileWholeAndNoTemporaryFile_exitThree()
      throws Exception {
    // given an exporter that writes 10 KiB, then throws, and an earlier export in place
    Path jar =
        pluginJar(
            "half",
            "META-INF/services/org.liaison.plugins.Exporter",
            Map.of(
                "acme.broken.Half",
                """
            package acme.broken;
            import java.io.IOException;
            import java.io.OutputStream;
            import org.liaison.model.Dataset;
            import org.liaison.plugins.ExportContext;
            import org.liaison.plugins.Exporter;
            public class Half implements Exporter {
              public String id() { return "half"; }
              public String extension() { return "txt"; }
              public String mediaType() { return "text/plain"; }
              public void export(Dataset d, OutputStream out, ExportContext c) throws IOException {
                out.write(new byte[10240]);
                throw new IllegalStateException("disk gone");
              }
            }
            """),
            "acme.broken.Half");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path earlier = out.resolve("export.txt");
    Files.writeString(earlier, "the earlier export");

    // when
    Run run =
        PluginCommandLineIT.java(
            dir,
            List.of(
                "-jar",
                PluginCommandLineIT.LIAISON.toString(),
                "export",
                "--plugin-path",
                jar.toString(),
                "--format",
                "half",
                "--output",
                earlier.toString(),
                data.toString()));

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.err())
        .contains("[plugin.failed]")
        .contains("disk gone")
        .contains("`--debug` prints its stack trace")
        .doesNotContain("\tat ");
    assertThat(earlier).hasContent("the earlier export");
    Run debug =
        PluginCommandLineIT.java(
            dir,
            List.of(
                "-jar",
                PluginCommandLineIT.LIAISON.toString(),
                "export",
                "--debug",
                "--plugin-path",
                jar.toString(),
                "--format",
                "half",
                "--output",
                earlier.toString(),
                data.toString()));
    assertThat(debug.status()).isEqualTo(3);
    assertThat(debug.err()).contains("\tat acme.broken.Half.export(");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).containsExactly(earlier);
    }
  }

  @Test
  void validatorThatThrows_isPluginFailedNamingItsIdClassAndJar_othersStillRun_exitThree()
      throws Exception {
    // given a validator that throws, whose id sorts before every built-in one
    Path jar =
        pluginJar(
            "throws",
            Map.of(
                "acme.broken.Throws",
                validator(
                    "acme.broken",
                    "Throws",
                    "acme.throws",
                    "throw new IllegalStateException(\"boom\");")),
            "acme.broken.Throws");

    // when
    Run run = validate(jar);

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(jar.getFileName() + ": error [plugin.failed] ")
                    .contains("`acme.throws`")
                    .contains("acme.broken.Throws (" + jar + ")")
                    .contains("IllegalStateException: boom"));
    assertThat(run.out()).contains("visit.yaml:10:13: error [area.unknown] /delegations/0/areas/0");
    assertThat(run.err()).doesNotContain("Exception in thread").doesNotContain("\tat ");
  }

  @Test
  void validatorThatThrows_withDebug_printsItsStackTrace() throws Exception {
    // given
    Path jar =
        pluginJar(
            "throws",
            Map.of(
                "acme.broken.Throws",
                validator(
                    "acme.broken",
                    "Throws",
                    "acme.throws",
                    "throw new IllegalStateException(\"boom\");")),
            "acme.broken.Throws");

    // when
    Run plain = validate(jar);
    Run debug =
        PluginCommandLineIT.java(
            dir,
            List.of(
                "-jar",
                PluginCommandLineIT.LIAISON.toString(),
                "validate",
                "--debug",
                "--plugin-path",
                jar.toString(),
                data.toString()));

    // then
    assertThat(plain.out()).contains("`--debug` prints its stack trace");
    assertThat(plain.err()).doesNotContain("\tat ");
    assertThat(debug.status()).isEqualTo(3);
    assertThat(debug.err())
        .contains("java.lang.IllegalStateException: boom")
        .contains("\tat acme.broken.Throws.validate(");
  }

  @Test
  void pluginsCommand_showsTheVersionOfTheJarsMavenPomProperties() throws Exception {
    // given a jar without a manifest version, with the pom.properties Maven's jar plugin writes
    Path jar =
        pluginJar(
            "versioned",
            Map.of("acme.fine.Fine", validator("acme.fine", "Fine", "acme.fine", "")),
            "acme.fine.Fine");
    Path withPom = dir.resolve("versioned-pom.jar");
    try (var in = new JarInputStream(Files.newInputStream(jar));
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(withPom))) {
      for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
        add(out, e.getName(), in.readAllBytes());
      }
      add(
          out,
          "META-INF/maven/acme/fine/pom.properties",
          "groupId=acme\nartifactId=fine\nversion=1.4.2\n".getBytes(StandardCharsets.UTF_8));
    }

    // when
    Run run =
        PluginCommandLineIT.java(
            dir,
            List.of(
                "-jar",
                PluginCommandLineIT.LIAISON.toString(),
                "plugins",
                "--plugin-path",
                withPom.toString()));
    Run without =
        PluginCommandLineIT.java(
            dir,
            List.of(
                "-jar",
                PluginCommandLineIT.LIAISON.toString(),
                "plugins",
                "--plugin-path",
                jar.toString()));

    // then
    assertThat(run.out()).containsPattern("validator +acme\\.fine +1\\.4\\.2 ");
    assertThat(without.out()).containsPattern("validator +acme\\.fine +unknown ");
  }

  @Test
  void servicesFileNamingAMissingClass_isPluginFailedNamingTheJar_builtInsStillRun_exitThree()
      throws Exception {
    // given a services line for a class the jar does not hold, then one for a good validator
    Path jar =
        pluginJar(
            "missing",
            Map.of(
                "acme.fine.Fine",
                validator(
                    "acme.fine",
                    "Fine",
                    "acme.fine",
                    "for (var r : d.delegations()) {"
                        + " c.report(\"seen\", \"seen\", org.liaison.plugins.Subject.of(r)); }")),
            "acme.fine.NoSuchValidator",
            "acme.fine.Fine");

    // when
    Run run = validate(jar);

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(jar.getFileName() + ": error [plugin.failed] ")
                    .contains("acme.fine.NoSuchValidator")
                    .contains("from " + jar));
    assertThat(run.out()).contains("[area.unknown]").contains("[acme.fine/seen]");
  }

  @Test
  void constructorThatThrows_isPluginFailedNamingTheClassAndJar_builtInsStillRun_exitThree()
      throws Exception {
    // given
    String source =
        validator("acme.broken", "Unborn", "acme.unborn", "")
            .replace(
                "implements Validator {\n",
                "implements Validator {\n"
                    + "  public Unborn() { throw new IllegalStateException(\"not today\"); }\n");
    Path jar = pluginJar("unborn", Map.of("acme.broken.Unborn", source), "acme.broken.Unborn");

    // when
    Run run = validate(jar);

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(jar.getFileName() + ": error [plugin.failed] ")
                    .contains("acme.broken.Unborn")
                    .contains("from " + jar)
                    .contains("not today"));
    assertThat(run.out()).contains("[area.unknown]");
  }

  @Test
  void validatorThatThrowsAnError_isPluginFailed_othersStillRun_exitThree() throws Exception {
    // given a validator that fails an assertion of its own
    Path jar =
        pluginJar(
            "asserts",
            Map.of(
                "acme.broken.Asserts",
                validator(
                    "acme.broken",
                    "Asserts",
                    "acme.asserts",
                    "throw new AssertionError(\"unexpected\");")),
            "acme.broken.Asserts");

    // when
    Run run = validate(jar);

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.out())
        .contains("error [plugin.failed]")
        .contains("`acme.asserts`")
        .contains("[area.unknown]");
  }

  @Test
  void missingClassInAJarWhosePathHasASpace_isPluginFailedNamingThePathAsWritten()
      throws Exception {
    // given
    Path jar =
        pluginJar(
            "missing",
            Map.of("acme.fine.Fine", validator("acme.fine", "Fine", "acme.fine", "")),
            "acme.fine.NoSuchValidator");
    Path spaced = Files.createDirectories(dir.resolve("my plugins")).resolve("missing.jar");
    Files.move(jar, spaced);

    // when
    Run run = validate(spaced);

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(3);
    assertThat(run.out()).contains("from " + spaced + " could not be loaded");
  }

  @Test
  void twoValidatorsWithOneId_stopTheRunNamingBothClassesAndJars_exitTwo() throws Exception {
    // given
    Path first =
        pluginJar(
            "first",
            Map.of("acme.one.Same", validator("acme.one", "Same", "acme.same", "")),
            "acme.one.Same");
    Path second =
        pluginJar(
            "second",
            Map.of("acme.two.Same", validator("acme.two", "Same", "acme.same", "")),
            "acme.two.Same");

    // when
    Run run = validate(first, second);

    // then
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("two validators have the id `acme.same`")
        .contains("acme.one.Same (" + first + ")")
        .contains("acme.two.Same (" + second + ")");
    assertThat(run.out()).isEmpty();
  }
}
