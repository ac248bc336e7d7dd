package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Source;

/**
 * A loaded {@link Dataset} answers the same from several threads at once as from one: threads start
 * together and ask its indexes (sub-units, people, visits, parties, citations, lookups by id)
 * thousands of questions each, in orders of their own, and every answer equals the one a single
 * thread got first. No timing is asserted; the timeout only stops a hung run.
 */
class DatasetConcurrencyTest {
  private static final int THREADS = 4;
  private static final int QUERIES_PER_THREAD = 5_000;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void indexes_answerTheSameFromManyThreadsAsFromOne() throws Exception {
    // given: a network written as YAML and loaded, and every question asked once, in one thread
    LoadResult loaded =
        DatasetReader.create()
            .readString(DatasetWriter.yaml().writeString(network()), "network.yaml");
    assertThat(loaded.problems()).isEmpty();
    Dataset data = loaded.dataset();
    List<Function<Dataset, Object>> queries = queries(data);
    List<Object> baseline = new ArrayList<>();
    for (Function<Dataset, Object> q : queries) {
      baseline.add(q.apply(data));
    }

    // when: several threads, released at once, ask them again in random orders
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> mismatches = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<String>> hammer =
            () -> {
              start.await();
              Random random = new Random(seed);
              List<String> wrong = new ArrayList<>();
              for (int i = 0; i < QUERIES_PER_THREAD; i++) {
                int q = random.nextInt(queries.size());
                Object answer = queries.get(q).apply(data);
                if (!answer.equals(baseline.get(q))) {
                  wrong.add("query " + q + ": " + answer + " instead of " + baseline.get(q));
                }
              }
              return wrong;
            };
        mismatches.add(pool.submit(hammer));
      }
      start.countDown();

      // then
      for (Future<List<String>> f : mismatches) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every question the dataset's indexes answer, about every record it has. */
  private static List<Function<Dataset, Object>> queries(Dataset data) {
    List<Function<Dataset, Object>> q = new ArrayList<>();
    for (Institution i : data.institutions()) {
      q.add(d -> d.childrenOf(i));
      q.add(d -> d.subUnitsOf(i));
      q.add(d -> d.peopleAt(i));
      q.add(d -> d.delegationsSentBy(i));
      q.add(d -> d.delegationsHostedBy(i));
      q.add(d -> d.delegationsOf(i));
      q.add(d -> d.agreementsOf(i));
      q.add(d -> d.institution(i.id().value()));
      q.add(d -> d.origin(i.id()));
      q.add(d -> i.parent().flatMap(d::resolve));
    }
    for (Person p : data.people()) {
      q.add(d -> d.delegationsOf(p));
      q.add(d -> d.person(p.id().value()));
    }
    for (Agreement a : data.agreements()) {
      q.add(d -> d.delegationsOf(a));
      q.add(d -> d.record(a.id()));
    }
    for (Source s : data.sources()) {
      q.add(d -> d.citing(s));
      q.add(d -> d.resolve(Ref.source(s.id())));
    }
    q.add(d -> d.record("no-such-record"));
    q.add(d -> d.institution(data.people().get(0).id().value()));
    q.add(Dataset::size);
    return q;
  }

  /**
   * A network of 120 institutions in a tree three wide, 150 people with posts, 100 visits between
   * them, 60 agreements and 20 sources cited from all of them.
   */
  static Dataset network() {
    List<LiaisonRecord> records = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      Institution.Builder b =
          Institution.builder()
              .id(Id.of("inst-" + i))
              .name("Institution " + i)
              .kind(InstitutionKind.values()[i % InstitutionKind.values().length])
              .addSource(source(i));
      if (i > 0) {
        b.parent(institution((i - 1) / 3));
      }
      records.add(b.build());
    }
    for (int i = 0; i < 150; i++) {
      records.add(
          Person.builder()
              .id(Id.of("person-" + i))
              .name("Person " + i)
              .addPost(
                  Post.builder()
                      .title("Post")
                      .institution(institution(i % 120))
                      .addSource(source(i + 1))
                      .build())
              .addPost(
                  Post.builder()
                      .title("Other post")
                      .institution(institution((i * 7) % 120))
                      .build())
              .build());
    }
    for (int i = 0; i < 100; i++) {
      records.add(
          Delegation.builder()
              .id(Id.of("visit-" + i))
              .date(PartialDate.ofYearMonth(2020 + i % 5, 1 + i % 12))
              .visiting(
                  Side.builder()
                      .addInstitution(institution(i % 120))
                      .addMember(Participant.of(person(i % 150)))
                      .addMember(Participant.of(person((i * 3) % 150)))
                      .build())
              .host(
                  Side.builder()
                      .addInstitution(institution((i * 11 + 5) % 120))
                      .addMember(Participant.of(person((i + 75) % 150)))
                      .build())
              .addSource(source(i + 2))
              .build());
    }
    for (int i = 0; i < 60; i++) {
      records.add(
          Agreement.builder()
              .id(Id.of("agreement-" + i))
              .title("Agreement " + i)
              .kind(AgreementKind.values()[i % AgreementKind.values().length])
              .status(AgreementStatus.SIGNED)
              .addParty(Party.of(institution(i % 120)))
              .addParty(Party.of(institution((i * 13 + 1) % 120)))
              .addHistory(
                  HistoryEntry.builder()
                      .status(AgreementStatus.SIGNED)
                      .date(PartialDate.ofYear(2021))
                      .delegation(Ref.delegation("visit-" + (i % 100)))
                      .addSource(source(i + 3))
                      .build())
              .addSource(source(i))
              .build());
    }
    for (int i = 0; i < 20; i++) {
      records.add(Source.builder().id(Id.of("source-" + i)).title("Source " + i).build());
    }
    return Dataset.of(records);
  }

  private static Ref<Institution> institution(int i) {
    return Ref.institution("inst-" + i);
  }

  private static Ref<Person> person(int i) {
    return Ref.person("person-" + i);
  }

  private static Ref<Source> source(int i) {
    return Ref.source("source-" + (i % 20));
  }
}
