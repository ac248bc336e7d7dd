package org.liaison.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** liaison:export run as Maven runs it. */
class ExportMojoTest {
  @TempDir Path project;

  ExportMojo mojo(String format) throws Exception {
    Path data = Files.createDirectories(project.resolve("src/main/liaison"));
    Files.writeString(data.resolve("institutions.yaml"), ValidateMojoTest.INSTITUTIONS);
    ExportMojo mojo = new ExportMojo();
    mojo.setLog(new CapturingLog());
    mojo.basedir = project.toFile();
    mojo.outputDirectory = project.resolve("target/liaison/export").toFile();
    mojo.pluginArtifacts = List.of();
    mojo.pluginVersion = "test";
    mojo.format = format;
    return mojo;
  }

  @Test
  void theOptionsReachTheExporter() throws Exception {
    ExportMojo mojo = mojo("options-echo");
    mojo.options = Map.of("title", "Cooperation", "depth", "2");
    mojo.execute();
    assertThat(project.resolve("target/liaison/export/dataset.txt"))
        .hasContent("options {depth=2, title=Cooperation}, institutions 2");
  }

  @Test
  void aDeclaredDefaultReachesTheExporterWhenNotGiven() throws Exception {
    ExportMojo mojo = mojo("options-echo");
    mojo.options = Map.of("title", "Cooperation");
    mojo.execute();
    assertThat(project.resolve("target/liaison/export/dataset.txt"))
        .hasContent("options {depth=1, title=Cooperation}, institutions 2");
  }

  @Test
  void anUnknownOptionFailsWithTheOptionsTheExporterHas() throws Exception {
    ExportMojo mojo = mojo("options-echo");
    mojo.options = Map.of("titel", "Cooperation");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("has no option `titel`")
        .hasMessageContaining("did you mean `title`");
    assertThat(project.resolve("target/liaison/export")).doesNotExist();
  }

  @Test
  void anUnknownFormatNamesTheFormats() throws Exception {
    assertThatThrownBy(() -> mojo("html").execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no exporter has the format `html`; formats: ")
        .hasMessageContaining("markdown");
  }

  @Test
  void dataWithErrorsIsNotExported() throws Exception {
    ExportMojo mojo = mojo("json");
    Files.writeString(project.resolve("src/main/liaison/bad.yaml"), "liaison: 1\nfoo: [\n");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("nothing was exported");
    assertThat(project.resolve("target/liaison/export")).doesNotExist();
  }
}
