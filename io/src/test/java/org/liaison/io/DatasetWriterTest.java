package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.Source;

/** {@link DatasetWriter} writing files: whole files in place, or the old file left whole. */
class DatasetWriterTest {
  private final Dataset data = Samples.everything();

  @TempDir Path dir;

  private static DatasetWriter writer(String extension) {
    return extension.equals("json") ? DatasetWriter.json() : DatasetWriter.yaml();
  }

  private List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "json"})
  void write_replacesAFileWithTheDatasetAndLeavesNoTemporaryFile(String extension)
      throws IOException {
    // given
    Path target = dir.resolve("out." + extension);
    Files.writeString(target, "old content that is longer than nothing");

    // when
    writer(extension).write(data, target);

    // then
    assertThat(filesIn(dir)).containsExactly(target);
    assertThat(Files.readString(target)).isEqualTo(writer(extension).writeString(data));
    LoadResult back = DatasetReader.create().read(target);
    assertThat(back.problems()).isEmpty();
    assertThat(Samples.records(back.dataset())).containsExactlyElementsOf(Samples.records(data));
    assertThat(back.dataset()).isEqualTo(data).hasSameHashCodeAs(data);
  }

  @Test
  void write_createsAMissingFile() throws IOException {
    Path target = dir.resolve("new.yaml");

    DatasetWriter.yaml().write(data, target);

    assertThat(filesIn(dir)).containsExactly(target);
    assertThat(DatasetReader.create().read(target).problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "json"})
  void write_givesTheSameBytesEveryTime(String extension) throws IOException {
    // given
    Path first = dir.resolve("first." + extension);
    Path second = dir.resolve("second." + extension);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();

    // when
    writer(extension).write(data, first);
    writer(extension).write(data, second);
    writer(extension).write(data, stream);

    // then
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    assertThat(Files.readAllBytes(first)).isEqualTo(stream.toByteArray());
    assertThat(stream.toString(StandardCharsets.UTF_8))
        .isEqualTo(writer(extension).writeString(data));
  }

  @Test
  void write_failsOnADirectoryAndLeavesItAndNoTemporaryFile() throws IOException {
    // given: the target is a directory that holds a file, which even root cannot replace
    Path target = dir.resolve("out.yaml");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep.txt"), "keep me");

    // when, then
    assertThatThrownBy(() -> DatasetWriter.yaml().write(data, target))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot write " + target);
    assertThat(filesIn(dir)).containsExactly(target);
    assertThat(filesIn(target)).containsExactly(target.resolve("keep.txt"));
    assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("keep me");
  }

  @Test
  void write_createsAMissingDirectory() {
    Path target = dir.resolve("missing").resolve("out.yaml");

    DatasetWriter.yaml().write(data, target);

    assertThat(DatasetReader.create().read(target).problems()).isEmpty();
  }

  @Test
  void extension_namesTheFormat() {
    assertThat(DatasetWriter.yaml().extension()).isEqualTo("yaml");
    assertThat(DatasetWriter.json().extension()).isEqualTo("json");
  }

  @Test
  void write_keepsThePermissionsOfTheFileItReplaces() throws IOException {
    // given
    Path target = dir.resolve("shared.yaml");
    Files.writeString(target, "old");
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(target, shared);

    // when
    DatasetWriter.yaml().write(data, target);

    // then
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
  }

  @Test
  void write_acceptsAnyFileNameTheFileSystemAccepts() throws IOException {
    // given: a name of 245 characters, under the usual limit of 255
    Path target = dir.resolve("x".repeat(240) + ".yaml");
    Files.writeString(target, "old");
    Dataset one = Dataset.of(List.of(Source.builder().id(Id.of("src.a")).title("A").build()));

    // when
    DatasetWriter.yaml().write(one, target);

    // then
    assertThat(DatasetReader.create().read(target).dataset().source("src.a")).isPresent();
  }
}
