package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.groups.Tuple;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/** Test data of {@code src/test/resources}, and assertions on the problems read from it. */
final class Fixtures {
  private Fixtures() {}

  /** The path of a test resource, such as {@code problems/syntax.yaml}. */
  static Path resource(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    assertThat(url).as("test resource %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one problem of {@code code} among {@code problems}. */
  static Problem only(List<Problem> problems, BuiltinCode code) {
    List<Problem> found = problems.stream().filter(p -> p.code().equals(code.code())).toList();
    assertThat(found).as("problems of code %s in %s", code.code(), problems).hasSize(1);
    return found.get(0);
  }

  /**
   * Checks every field of a problem at once: code, default severity, {@code file:line:column}, JSON
   * Pointer and the key phrase of the message.
   */
  static void assertProblem(
      Problem p, BuiltinCode code, Path file, int line, int column, String pointer, String phrase) {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(p.code()).as("code of %s", p).isEqualTo(code.code());
    soft.assertThat(p.severity()).as("severity of %s", p).isEqualTo(code.defaultSeverity());
    soft.assertThat(p.location())
        .as("location of %s", p)
        .contains(Location.of(file.toString(), line, column));
    soft.assertThat(p.pointer()).as("pointer of %s", p).isEqualTo(pointer);
    soft.assertThat(p.message()).as("message of %s", p).contains(phrase);
    soft.assertAll();
  }

  /**
   * Writes {@code text} to the file {@code name} in {@code dir}, and reads it as a file is read.
   */
  static LoadResult readFile(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return DatasetReader.create().read(file);
  }

  /** Each problem's code, line and column, in order: to compare with {@code tuple(...)}s. */
  static List<Tuple> codesAndPlaces(LoadResult result) {
    return result.problems().stream()
        .map(
            p ->
                tuple(
                    p.code(),
                    p.location().orElseThrow().line(),
                    p.location().orElseThrow().column()))
        .toList();
  }
}
