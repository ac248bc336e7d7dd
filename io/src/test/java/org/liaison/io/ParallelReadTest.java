package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.files.DataFiles;
import org.liaison.io.files.Loader;
import org.liaison.io.files.ParallelLoad;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Problem;

/**
 * Reading the files of a directory on several threads gives what one thread gives: the same records
 * in the same order, with the same origins, and the same problems.
 */
class ParallelReadTest {
  @TempDir Path dir;

  /**
   * Writes {@code files} files; file {@code i} holds an institution, a person with a post there and
   * at the previous file's institution, and a reference that dangles in every seventh file.
   */
  private void writeFiles(int files) throws IOException {
    for (int i = 0; i < files; i++) {
      String previous = i == 0 ? "inst-0" : "inst-" + (i - 1);
      String partner = i % 7 == 3 ? "nobody-" + i : "inst-" + ((i + 5) % files);
      Files.writeString(
          dir.resolve(String.format("f%03d.yaml", i)),
          """
          liaison: 1
          institutions:
            - id: inst-%1$d
              name: Institution %1$d
              kind: university
          people:
            - id: person-%1$d
              name: Person %1$d
              posts:
                - institution: inst-%1$d
                  title: Dean
                - institution: %2$s
                  title: Adviser
                - institution: %3$s
                  title: Guest
          """
              .formatted(i, previous, partner));
    }
  }

  private static LoadResult read(Path dir, int threads) {
    return DatasetReader.create().withThreads(threads).read(dir);
  }

  private static void assertSameLoad(LoadResult parallel, LoadResult sequential) {
    assertThat(parallel.problems()).isEqualTo(sequential.problems());
    Dataset p = parallel.dataset();
    Dataset s = sequential.dataset();
    List<Id> ids = new ArrayList<>();
    s.institutions().forEach(r -> ids.add(r.id()));
    s.people().forEach(r -> ids.add(r.id()));
    assertThat(p.institutions()).isEqualTo(s.institutions());
    assertThat(p.people()).isEqualTo(s.people());
    for (Id id : ids) {
      assertThat(p.origin(id)).isEqualTo(s.origin(id));
    }
    assertThat(parallel.fileCount()).isEqualTo(sequential.fileCount());
  }

  @Test
  void read_onSeveralThreadsGivesWhatOneThreadGives() throws IOException {
    writeFiles(60);

    LoadResult sequential = read(dir, 1);
    LoadResult parallel = read(dir, 4);

    assertThat(sequential.dataset().size()).isEqualTo(120);
    assertThat(sequential.problems())
        .extracting(Problem::code)
        .containsOnly("ref.unknown")
        .hasSize(9);
    assertSameLoad(parallel, sequential);
    assertThat(parallel.dataset().peopleAt(parallel.dataset().institution("inst-10").orElseThrow()))
        .extracting(LiaisonRecord::id)
        .containsExactly(Id.of("person-5"), Id.of("person-10"), Id.of("person-11"));
  }

  @Test
  void read_onSeveralThreadsGivesWhatOneThreadGivesWhenFilesClaimOneIdForTwoKinds()
      throws IOException {
    // given: the last file makes inst-3 a person too, and refers to it as a person: on one
    // thread the institution claimed the id first, so that reference is of the wrong kind
    writeFiles(40);
    Files.writeString(
        dir.resolve("z.yaml"),
        """
        liaison: 1
        people:
          - id: inst-3
            name: Not An Institution
        delegations:
          - id: del.z
            title: A visit
            date: "2024"
            visiting:
              institutions: [inst-1]
              members: [inst-3]
            host:
              institutions: [inst-2]
        """);

    LoadResult sequential = read(dir, 1);
    LoadResult parallel = read(dir, 2);

    assertThat(sequential.problems())
        .extracting(Problem::code)
        .contains("id.duplicate", "ref.kind");
    assertSameLoad(parallel, sequential);
  }

  @Test
  void read_onSeveralThreadsGivesWhatOneThreadGivesTimeAfterTime() throws IOException {
    // given: many small files whose posts point back, forward and at files far away, read on
    // more threads than cores, so that the threads add and look up the same ids at once; and
    // every tenth file claims an id again for the same kind and refers to a person as an
    // institution
    writeFiles(240);
    for (int i = 5; i < 240; i += 10) {
      Files.writeString(
          dir.resolve(String.format("f%03d-more.yaml", i)),
          """
          liaison: 1
          institutions:
            - id: inst-%1$d
              name: Institution %1$d again
              kind: university
              parent: person-%2$d
          """
              .formatted(i, (i * 7) % 240));
    }
    LoadResult sequential = read(dir, 1);
    assertThat(sequential.problems())
        .extracting(Problem::code)
        .contains("id.duplicate", "ref.kind", "ref.unknown");

    for (int round = 0; round < 15; round++) {
      assertSameLoad(read(dir, 6), sequential);
    }
  }

  @Test
  void read_onSeveralThreadsReadsOnceWhereOneFileClaimsAnIdForTwoKinds() throws IOException {
    // given: one file claims an id as an institution, then as a person: the claims of one file
    // come in order on any thread, so the first stands as on one thread, with no second reading
    writeFiles(20);
    Files.writeString(
        dir.resolve("z.yaml"),
        """
        liaison: 1
        institutions:
          - id: same
            name: First
            kind: university
        people:
          - id: same
            name: Second
            posts:
              - institution: same
                title: Dean
        """);
    AtomicInteger filesRead = new AtomicInteger();

    // (the loader itself, as the reader's progress leaves out files read a second time)
    LoadResult parallel =
        ParallelLoad.readAll(
            DataFiles.of(dir), ReadLimits.defaults(), 2, done -> filesRead.incrementAndGet());

    assertThat(filesRead).hasValue(21);
    assertSameLoad(parallel, read(dir, 1));
    assertThat(parallel.problems()).extracting(Problem::code).contains("id.duplicate");
  }

  @Test
  void aLoaderIsSpentOnceFinished() throws IOException {
    // given: a loader that has read one file and merged it (which empties the load's tables)
    Path file = dir.resolve("one.yaml");
    Files.writeString(
        file,
        """
        liaison: 1
        institutions:
          - {id: inst-a, name: A, kind: university}
        """);
    Loader loader = new Loader(ReadLimits.defaults(), 1);
    loader.read(file);
    LoadResult result = loader.finish();

    // then: its result is whole, and it refuses to merge or read again rather than give a
    // dataset that lacks what was read before
    assertThat(result.dataset().institution("inst-a")).isPresent();
    assertThatThrownBy(loader::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start a new Loader");
    assertThatThrownBy(() -> loader.read(file)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> loader.read(new ByteArrayInputStream(new byte[0]), "x.yaml"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void read_onSeveralThreadsHoldsOneIdObjectForEachId() throws IOException {
    // given: files large enough that both threads read at once, each with a person holding a
    // post at an institution of the file before, most likely read on the other thread
    int files = 40;
    for (int i = 0; i < files; i++) {
      StringBuilder text = new StringBuilder("liaison: 1\ninstitutions:\n");
      for (int j = 0; j < 150; j++) {
        text.append(
            "  - {id: inst-%d-%d, name: Institution %d %d, kind: university}\n"
                .formatted(i, j, i, j));
      }
      text.append("people:\n  - id: person-%d\n    name: Person %d\n    posts:\n".formatted(i, i));
      for (int j = 0; j < 150; j += 10) {
        text.append(
            "      - {institution: inst-%d-%d, title: Adviser}\n".formatted(Math.max(0, i - 1), j));
      }
      Files.writeString(dir.resolve(String.format("g%03d.yaml", i)), text);
    }

    AtomicInteger filesRead = new AtomicInteger();
    LoadResult parallel =
        ParallelLoad.readAll(
            DataFiles.of(dir), ReadLimits.defaults(), 2, done -> filesRead.incrementAndGet());

    // then: read once, on two threads, which share the load's ids, so a post and the institution
    // it names hold one Id, which the dataset's indexes find by identity
    assertThat(filesRead).hasValue(files);
    assertThat(parallel.problems()).isEmpty();
    int posts = 0;
    for (Person person : parallel.dataset().people()) {
      for (Post post : person.posts()) {
        Id named = post.institution().orElseThrow().id();
        assertThat(parallel.dataset().institution(named.value()).orElseThrow().id())
            .isSameAs(named);
        posts++;
      }
    }
    assertThat(posts).isEqualTo(files * 15);
  }

  @Test
  void read_onSeveralThreadsStopsAtTheRecordsLimitAsOneThreadDoes() throws IOException {
    writeFiles(30);
    DatasetReader limited =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxRecords(25));

    LoadResult sequential = limited.withThreads(1).read(dir);
    LoadResult parallel = limited.withThreads(3).read(dir);

    assertThat(sequential.problems()).extracting(Problem::code).contains("limit");
    assertThat(parallel.problems()).isEqualTo(sequential.problems());
    assertThat(parallel.dataset().size()).isEqualTo(sequential.dataset().size()).isEqualTo(25);
  }

  @Test
  void read_onSeveralThreadsDoesNotOpenWhatOneThreadWouldNotReach() throws IOException {
    // given: the records limit trips in the first file, and the second does not exist
    writeFiles(1);
    Path missing = dir.resolve("missing.yaml");
    DatasetReader limited =
        DatasetReader.create().withLimits(ReadLimits.defaults().withMaxRecords(1));

    LoadResult sequential = limited.withThreads(1).read(dir.resolve("f000.yaml"), missing);
    LoadResult parallel = limited.withThreads(2).read(dir.resolve("f000.yaml"), missing);

    assertThat(sequential.problems()).extracting(Problem::code).containsExactly("limit");
    assertThat(parallel.problems()).isEqualTo(sequential.problems());
  }

  @Test
  void read_onSeveralThreads_reportsAFileThatCannotBeReadAndReadsTheRest() throws IOException {
    writeFiles(20);
    Path first = dir.resolve("f005-missing.yaml");
    Path second = dir.resolve("f015-missing.yaml");
    List<Path> paths = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.sorted().forEach(paths::add);
    }
    paths.add(6, first);
    paths.add(17, second);

    LoadResult one = DatasetReader.create().withThreads(1).read(paths);
    List<Problem> unreadable =
        one.problems().stream().filter(p -> p.code().equals("file.unreadable")).toList();
    assertThat(unreadable)
        .extracting(p -> p.location().orElseThrow())
        .containsExactly(Location.ofFile(first.toString()), Location.ofFile(second.toString()));
    assertThat(unreadable.get(0).message()).contains("does not exist");
    assertThat(one.recordsRead()).isPositive();
    for (int threads : new int[] {2, 4}) {
      LoadResult many = DatasetReader.create().withThreads(threads).read(paths);
      assertThat(many.problems()).as("%d threads", threads).isEqualTo(one.problems());
      assertThat(Samples.records(many.dataset()))
          .as("%d threads", threads)
          .isEqualTo(Samples.records(one.dataset()));
    }
  }

  @Test
  void read_onSeveralThreadsTellsProgressOneCallAtATimeUpToEveryFile() throws IOException {
    writeFiles(50);
    AtomicInteger inside = new AtomicInteger();
    List<Integer> told = new ArrayList<>();

    DatasetReader.create()
        .withThreads(4)
        .withProgress(
            (done, total) -> {
              assertThat(inside.incrementAndGet()).isEqualTo(1);
              assertThat(total).isEqualTo(50);
              told.add(done);
              inside.decrementAndGet();
            })
        .read(dir);

    assertThat(told).isSorted().doesNotHaveDuplicates().endsWith(50);
  }

  @Test
  void withThreads_refusesLessThanOne() {
    assertThatThrownBy(() -> DatasetReader.create().withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be 1 or more");
    assertThat(DatasetReader.create().threads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
