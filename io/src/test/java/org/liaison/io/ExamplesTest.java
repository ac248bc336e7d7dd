package org.liaison.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Cited;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Qualifier;
import org.liaison.model.Quantity;
import org.liaison.model.Ref;
import org.liaison.model.Source;

/**
 * Facts of the seed articles, asked of the example dataset in {@code ../examples} through the
 * indexes of {@link Dataset}.
 */
class ExamplesTest {
  private static LoadResult result;
  private static Dataset data;

  @BeforeAll
  static void readExamples() {
    result = DatasetReader.create().read(Path.of("../examples"));
    data = result.dataset();
  }

  private static Institution institution(String id) {
    return data.institution(id).orElseThrow();
  }

  private static List<String> ids(List<? extends LiaisonRecord> records) {
    return records.stream().map(r -> r.id().value()).toList();
  }

  @Test
  void examples_loadWithoutProblems() {
    assertThat(result.problems()).isEmpty();
    assertThat(result.fileCount()).isEqualTo(8);
    assertThat(result.recordsRead()).isEqualTo(78);
    assertThat(data.size()).isEqualTo(78);
  }

  @Test
  void examples_loadWithoutProblemsUnderTheSmallestDepthLimit() {
    LoadResult shallow =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxDepth(8))
            .read(Path.of("../examples"));

    assertThat(shallow.problems()).isEmpty();
  }

  @Test
  void directorOfZhongqiaosIntegrationOffice_tookPartInTheJanuarySigningAndTheMarchVisit() {
    // given: whoever directs the office, found through the index of people at it
    Institution office = institution("zhongqiao.iei-office");
    List<Person> directors =
        data.peopleAt(office).stream()
            .filter(
                p ->
                    p.posts().stream()
                        .anyMatch(
                            post ->
                                post.title().startsWith("Director")
                                    && post.institution()
                                        .map(i -> i.pointsAt(office))
                                        .orElse(false)))
            .toList();

    // when
    assertThat(directors).extracting(Person::name).containsExactly("Wei Peng");
    List<Delegation> visits = data.delegationsOf(directors.get(0));

    // then
    assertThat(visits)
        .extracting(d -> d.date().toString())
        .containsExactly("2024-01-04", "2024-03-21");
    assertThat(ids(visits))
        .containsExactly("del.qiangfeng-signing", "del.zhejiang-chamber-visits-zhongqiao");
    assertThat(visits.get(0).activities())
        .extracting(a -> a.kind().wireName())
        .containsExactly("signing-ceremony");
  }

  @Test
  void marchVisit_visitingSideCounts28Organizations() {
    Delegation visit = data.delegation("del.zhejiang-chamber-visits-zhongqiao").orElseThrow();

    assertThat(visit.visiting().organizations()).contains(28);
    assertThat(visit.visiting().institutions())
        .hasSizeLessThan(28)
        .contains(Ref.institution("zhejiang-chamber-shanghai"));
    assertThat(visit.date()).isEqualTo(PartialDate.of(2024, 3, 21));
  }

  @Test
  void carbonbayAgreement_isAPreliminaryIntentionReachedOnAYearLessDay() {
    // when
    List<Agreement> agreements = data.agreementsOf(institution("carbonbay"));

    // then
    assertThat(ids(agreements)).containsExactly("agr.carbonbay-order-class");
    Agreement orderClass = agreements.get(0);
    assertThat(orderClass.status()).isEqualTo(AgreementStatus.INTENDED);
    assertThat(orderClass.history())
        .extracting(HistoryEntry::status)
        .containsExactly(AgreementStatus.PROPOSED, AgreementStatus.INTENDED);
    assertThat(orderClass.signedOn()).isEmpty();
    assertThat(ids(data.delegationsOf(orderClass))).containsExactly("del.carbonbay-visits-school");
    assertThat(data.delegationsOf(orderClass).get(0).date())
        .isEqualTo(PartialDate.ofMonthDay(11, 29))
        .satisfies(d -> assertThat(d.year()).isEmpty());
  }

  @Test
  void delegationsHostedByZhongqiao_includeThoseHostedByItsSubUnits() {
    Institution zhongqiao = institution("zhongqiao");

    List<Delegation> hosted = data.delegationsHostedBy(zhongqiao);

    assertThat(ids(hosted))
        .containsExactly("del.qiangfeng-signing", "del.zhejiang-chamber-visits-zhongqiao");
    // the January signing was hosted by the school and its office, not by the university itself
    assertThat(hosted.get(0).host().institutions())
        .doesNotContain(Ref.institution("zhongqiao"))
        .contains(Ref.institution("zhongqiao.info-eng"));
    assertThat(ids(data.subUnitsOf(zhongqiao)))
        .contains("zhongqiao.info-eng", "zhongqiao.info-eng.party-branch", "zhongqiao.iei-office");
    assertThat(ids(data.agreementsOf(zhongqiao)))
        .containsExactly("agr.info-eng-qiangfeng-party-building", "agr.zhongqiao-zhejiang-chamber");
  }

  @Test
  void brigadeVisit_isSentByTheBureauThroughItsBranchAndHostedByZuel() {
    assertThat(ids(data.delegationsSentBy(institution("wuhan-psb"))))
        .containsExactly("del.brigade-visits-zuel-ies");
    assertThat(ids(data.delegationsHostedBy(institution("zuel"))))
        .containsExactly("del.brigade-visits-zuel-ies");
    assertThat(data.delegation("del.brigade-visits-zuel-ies").orElseThrow().date())
        .hasToString("--11-18");
  }

  @Test
  void peopleAtZhongqiao_includeThoseOfItsSchoolsAndOffices() {
    assertThat(ids(data.peopleAt(institution("zhongqiao"))))
        .contains(
            "wei-peng", "zhao-xin", "tang-bin", "yuan-ming", "ping-jie", "huang-lixin", "guan-rui");
    assertThat(ids(data.peopleAt(institution("zhongqiao")))).doesNotContain("wu-lianzhong");
  }

  @Test
  void qiangfengCommitsToMoreThanAThousandJobs() {
    Agreement signing = data.agreement("agr.info-eng-qiangfeng-party-building").orElseThrow();

    Quantity jobs =
        signing.commitments().stream()
            .flatMap(c -> c.quantity().stream())
            .findFirst()
            .orElseThrow();

    assertThat(jobs.value()).isEqualByComparingTo("1000");
    assertThat(jobs.qualifier()).contains(Qualifier.MORE_THAN);
    assertThat(jobs.unit()).contains("job opportunities");
    assertThat(signing.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(signing.signedOn()).contains(PartialDate.of(2024, 1, 4));
  }

  @Test
  void beltAndRoadAgreement_establishesTwoBasesAndTheHumanResourceBank() {
    Agreement strategic = data.agreement("agr.college-br-committee-strategic").orElseThrow();

    assertThat(strategic.establishes())
        .extracting(r -> data.resolve(r).orElseThrow().name())
        .containsExactly(
            "Belt and Road Industry-Education-Research International Cooperation Innovation Base"
                + " (Liaoning)",
            "Belt and Road Technology and Finance Industry International Cooperation Innovation"
                + " Base",
            "Belt and Road Human Resource Bank");
    assertThat(strategic.status()).isEqualTo(AgreementStatus.AGREED);
  }

  @Test
  void sourceOfAnArticle_isCitedByTheRecordsThatCiteIt() {
    Source carbonbayArticle = data.source("src.carbonbay-visit").orElseThrow();

    assertThat(ids(data.citing(carbonbayArticle)))
        .contains(
            "carbonbay",
            "mitsui-chemical",
            "dong-xiaodan",
            "chen-xiaobin",
            "del.carbonbay-visits-school",
            "agr.carbonbay-order-class");
    assertThat(ids(data.citing(carbonbayArticle))).doesNotContain("zhongqiao", "wei-peng");
  }

  @Test
  void citing_givesExactlyTheRecordsThatCiteEachSourceAnywhere() {
    for (Source source : data.sources()) {
      List<LiaisonRecord> expected =
          Stream.of(data.institutions(), data.people(), data.delegations(), data.agreements())
              .flatMap(List::stream)
              .filter(r -> cites(r, Ref.source(source.id())))
              .map(LiaisonRecord.class::cast)
              .toList();

      assertThat(data.citing(source))
          .as("records citing %s", source.id())
          .isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /** Whether a record cites a source, itself or in a post, history entry or commitment. */
  private static boolean cites(LiaisonRecord record, Ref<Source> source) {
    List<Cited> parts = new ArrayList<>();
    parts.add((Cited) record);
    if (record instanceof Person) {
      parts.addAll(((Person) record).posts());
    }
    if (record instanceof Agreement) {
      parts.addAll(((Agreement) record).history());
      parts.addAll(((Agreement) record).commitments());
    }
    return parts.stream().anyMatch(p -> p.sources().contains(source));
  }

  @Test
  void everyPostOfThePeople_pointsAtAnInstitutionOfTheDataset() {
    assertThat(data.people())
        .flatExtracting(Person::posts)
        .extracting(Post::institution)
        .allSatisfy(i -> assertThat(i.flatMap(data::resolve)).isPresent());
  }
}
