package org.liaison.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputIndexTest {
  @TempDir Path dir;

  InputIndex index(Path data, String value) throws Exception {
    return InputIndex.builder().value("failOn", value).data(data).build();
  }

  @Test
  void theSameInputsGiveTheRecordedResultAndOthersNone() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.yaml"), "liaison: 1\n");
    Path file = dir.resolve("target/index");
    InputIndex first = index(data, "error");
    assertThat(first.recordedResult(file)).isEmpty();
    first.write(file, "1 files, 0 records");
    assertThat(index(data, "error").recordedResult(file)).contains("1 files, 0 records");
    assertThat(index(data, "error").dataFiles()).isEqualTo(1);
    assertThat(index(data, "warning").recordedResult(file)).isEmpty();
    Files.writeString(data.resolve("a.yaml"), "liaison: 1\n\n");
    assertThat(index(data, "error").recordedResult(file)).isEmpty();
  }

  @Test
  void aTruncatedIndexIsNotUpToDate() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path file = dir.resolve("index");
    InputIndex index = index(data, "error");
    index.write(file, "ok");
    Files.writeString(file, String.join("\n", index.lines()) + "\n");
    assertThat(index.recordedResult(file)).isEmpty();
  }
}
