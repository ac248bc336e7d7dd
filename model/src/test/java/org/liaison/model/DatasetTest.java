package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The indexes of {@link Dataset}, on a small dataset built by hand. */
class DatasetTest {
  private static final Ref<Source> ARTICLE = Ref.source("src.article");
  private static final Ref<Source> MINUTES = Ref.source("src.minutes");

  private final Institution university = institution("uni", InstitutionKind.UNIVERSITY, null);
  private final Institution school = institution("uni.school", InstitutionKind.SCHOOL, "uni");
  private final Institution lab =
      institution("uni.school.lab", InstitutionKind.OTHER, "uni.school");
  private final Institution firm = institution("firm", InstitutionKind.ENTERPRISE, null);
  private final Institution cycleA = institution("cycle-a", InstitutionKind.OTHER, "cycle-b");
  private final Institution cycleB = institution("cycle-b", InstitutionKind.OTHER, "cycle-a");

  private final Person dean =
      Person.builder()
          .id(Id.of("dean"))
          .name("Zhao Xin")
          .addPost(
              Post.builder()
                  .title("Dean")
                  .institution(Ref.institution("uni.school"))
                  .addSource(ARTICLE)
                  .build())
          .addPost(
              Post.builder()
                  .title("Head of the laboratory")
                  .institution(Ref.institution("uni.school.lab"))
                  .build())
          .build();
  private final Person manager =
      Person.builder()
          .id(Id.of("manager"))
          .name("Liu Yusong")
          .addPost(Post.builder().title("Manager").institution(Ref.institution("firm")).build())
          .build();
  private final Person chair = Person.builder().id(Id.of("chair")).name("Huang Lixin").build();

  private final Delegation firmVisitsSchool =
      Delegation.builder()
          .id(Id.of("del.firm-visits-school"))
          .date(PartialDate.of("2024-01-04"))
          .visiting(
              Side.builder()
                  .addInstitution(Ref.institution("firm"))
                  .addMember(Participant.of(Ref.person("manager")))
                  .build())
          .host(
              Side.builder()
                  .addInstitution(Ref.institution("uni.school"))
                  .addMember(
                      Participant.builder()
                          .person(Ref.person("dean"))
                          .role(ParticipantRole.HOST)
                          .build())
                  .build())
          .addActivity(
              Activity.builder()
                  .kind(ActivityKind.SIGNING_CEREMONY)
                  .chair(Ref.person("chair"))
                  .build())
          .addSource(ARTICLE)
          .build();
  private final Delegation universityVisitsFirm =
      Delegation.builder()
          .id(Id.of("del.uni-visits-firm"))
          .date(PartialDate.of("2024-03"))
          .visiting(
              Side.builder()
                  .addInstitution(Ref.institution("uni"))
                  .addMember(Participant.of(Ref.person("dean")))
                  .build())
          .host(Side.builder().addInstitution(Ref.institution("firm")).build())
          .build();

  private final Agreement agreement =
      Agreement.builder()
          .id(Id.of("agr.school-firm"))
          .title("School-enterprise cooperation")
          .kind(AgreementKind.STRATEGIC_COOPERATION)
          .status(AgreementStatus.SIGNED)
          .addParty(Party.of(Ref.institution("uni.school")))
          .addParty(Party.builder().institution(Ref.institution("firm")).role("enterprise").build())
          .addHistory(
              HistoryEntry.builder()
                  .status(AgreementStatus.PROPOSED)
                  .date(PartialDate.of("2024-01-04"))
                  .delegation(Ref.delegation("del.firm-visits-school"))
                  .addSource(MINUTES)
                  .build())
          .addHistory(
              HistoryEntry.builder()
                  .status(AgreementStatus.AGREED)
                  .date(PartialDate.of("2024-01-04"))
                  .delegation(Ref.delegation("del.firm-visits-school"))
                  .build())
          .addHistory(
              HistoryEntry.builder()
                  .status(AgreementStatus.SIGNED)
                  .date(PartialDate.of("2024-03"))
                  .delegation(Ref.delegation("del.uni-visits-firm"))
                  .build())
          .addCommitment(Commitment.builder().description("Internships").addSource(MINUTES).build())
          .addSource(MINUTES)
          .build();

  private final Source article = Source.builder().id(Id.of("src.article")).title("Article").build();
  private final Source minutes = Source.builder().id(Id.of("src.minutes")).title("Minutes").build();

  private final Dataset data =
      Dataset.of(
          List.of(
              university,
              school,
              lab,
              firm,
              cycleA,
              cycleB,
              dean,
              manager,
              chair,
              firmVisitsSchool,
              universityVisitsFirm,
              agreement,
              article,
              minutes));

  private static Institution institution(String id, InstitutionKind kind, String parent) {
    Institution.Builder b = Institution.builder().id(Id.of(id)).name(id.toUpperCase()).kind(kind);
    if (parent != null) {
      b.parent(Ref.institution(parent));
    }
    return b.build();
  }

  @Test
  void lookups_findRecordsByIdAndKind() {
    assertThat(data.size()).isEqualTo(14);
    assertThat(data.institution("uni")).contains(university);
    assertThat(data.person("dean")).contains(dean);
    assertThat(data.delegation("del.uni-visits-firm")).contains(universityVisitsFirm);
    assertThat(data.agreement("agr.school-firm")).contains(agreement);
    assertThat(data.source("src.minutes")).contains(minutes);
    assertThat(data.record(Id.of("firm"))).contains(firm);
  }

  @Test
  void lookups_areEmptyForAnotherKindAMissingIdOrAMalformedOne() {
    assertThat(data.institution("dean")).isEmpty();
    assertThat(data.person("uni")).isEmpty();
    assertThat(data.record("nobody")).isEmpty();
    assertThat(data.record("Not An Id")).isEmpty();
  }

  @Test
  void resolve_followsAReferenceOfTheRightKindOnly() {
    assertThat(data.resolve(Ref.institution("uni.school"))).contains(school);
    assertThat(data.resolve(Ref.person("uni.school"))).isEmpty();
    assertThat(data.resolve(Ref.person("nobody"))).isEmpty();
  }

  @Test
  void recordLists_keepTheOrderRecordsWereAdded() {
    assertThat(data.institutions()).containsExactly(university, school, lab, firm, cycleA, cycleB);
    assertThat(data.people()).containsExactly(dean, manager, chair);
    assertThat(data.delegations()).containsExactly(firmVisitsSchool, universityVisitsFirm);
    assertThat(data.agreements()).containsExactly(agreement);
    assertThat(data.sources()).containsExactly(article, minutes);
  }

  @Test
  void childrenOf_givesDirectSubUnitsAndSubUnitsOf_givesThemAllParentsFirst() {
    assertThat(data.childrenOf(university)).containsExactly(school);
    assertThat(data.subUnitsOf(university)).containsExactly(school, lab);
    assertThat(data.subUnitsOf(lab)).isEmpty();
  }

  @Test
  void subUnitsOf_endsOnAParentCycle() {
    assertThat(data.subUnitsOf(cycleA)).containsExactly(cycleB);
    assertThat(data.subUnitsOf(cycleB)).containsExactly(cycleA);
    assertThat(data.peopleAt(cycleA)).isEmpty();
    assertThat(data.delegationsOf(cycleA)).isEmpty();
  }

  @Test
  void peopleAt_includesSubUnitsAndListsEachPersonOnce() {
    assertThat(data.peopleAt(university)).containsExactly(dean);
    assertThat(data.peopleAt(lab)).containsExactly(dean);
    assertThat(data.peopleAt(firm)).containsExactly(manager);
  }

  @Test
  void delegationsOfAnInstitution_includeThoseOfItsSubUnits() {
    assertThat(data.delegationsHostedBy(university)).containsExactly(firmVisitsSchool);
    assertThat(data.delegationsSentBy(university)).containsExactly(universityVisitsFirm);
    assertThat(data.delegationsOf(university))
        .containsExactly(firmVisitsSchool, universityVisitsFirm);
    assertThat(data.delegationsHostedBy(firm)).containsExactly(universityVisitsFirm);
    assertThat(data.delegationsOf(lab)).isEmpty();
  }

  @Test
  void agreementsOf_includesThoseOfSubUnits() {
    assertThat(data.agreementsOf(university)).containsExactly(agreement);
    assertThat(data.agreementsOf(firm)).containsExactly(agreement);
    assertThat(data.agreementsOf(lab)).isEmpty();
  }

  @Test
  void delegationsOfAPerson_countMembersOfEitherSideAndChairs() {
    assertThat(data.delegationsOf(dean)).containsExactly(firmVisitsSchool, universityVisitsFirm);
    assertThat(data.delegationsOf(manager)).containsExactly(firmVisitsSchool);
    assertThat(data.delegationsOf(chair)).containsExactly(firmVisitsSchool);
  }

  @Test
  void delegationsOfAnAgreement_followItsHistoryOnceEach() {
    assertThat(data.delegationsOf(agreement))
        .containsExactly(firmVisitsSchool, universityVisitsFirm);
  }

  @Test
  void citing_findsRecordsCitingASourceAnywhereOnceEach() {
    assertThat(data.citing(article)).containsExactly(dean, firmVisitsSchool);
    assertThat(data.citing(minutes)).containsExactly(agreement);
  }

  @Test
  void builder_keepsTheFirstOfTwoRecordsWithOneId() {
    // given
    Institution other = institution("uni", InstitutionKind.COLLEGE, null);
    Dataset.Builder builder = Dataset.builder();

    // when
    boolean first = builder.add(university);
    boolean second = builder.add(other);
    Dataset built = builder.build();

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(built.institutions()).containsExactly(university);
    assertThat(built.size()).isEqualTo(1);
  }

  @Test
  void origin_isKeptForRecordsReadFromAFileOnly() {
    RecordOrigin origin =
        RecordOrigin.of(Location.of("institutions.yaml", 3, 5), "/institutions/0", 0);
    Dataset.Builder builder = Dataset.builder();
    builder.add(university, origin);
    builder.add(firm);
    Dataset built = builder.build();

    assertThat(built.origin(university.id())).contains(origin);
    assertThat(built.origin(firm.id())).isEmpty();
  }

  @Test
  void builder_goingOnAfterBuild_leavesTheBuiltDatasetAsItWas() {
    // given
    Dataset.Builder builder = Dataset.builder();
    builder.add(firm);
    builder.add(manager);
    Dataset before = builder.build();

    // when
    builder.add(universityVisitsFirm);
    builder.add(dean);
    Dataset after = builder.build();

    // then
    assertThat(before.size()).isEqualTo(2);
    assertThat(before.record("dean")).isEmpty();
    assertThat(before.delegationsHostedBy(firm)).isEmpty();
    assertThat(after.delegationsHostedBy(firm)).containsExactly(universityVisitsFirm);
    assertThat(after.size()).isEqualTo(4);
  }

  @Test
  void builder_builtTwiceInARow_givesTwoDatasetsThatAnswerAlike() {
    // given
    Dataset.Builder builder = Dataset.builder();
    List.of(university, school, lab, dean).forEach(builder::add);

    // when
    Dataset first = builder.build();
    Dataset second = builder.build();

    // then
    for (Dataset built : List.of(first, second)) {
      assertThat(built.childrenOf(university)).containsExactly(school);
      assertThat(built.subUnitsOf(university)).containsExactly(school, lab);
      assertThat(built.peopleAt(university)).containsExactly(dean);
    }
  }

  @Test
  void indexes_answerForIdsWithNoRecordOrARecordOfAnotherKind() {
    // given: references to an institution not in the dataset, and to a person as an institution
    Institution absent = institution("absent", InstitutionKind.OTHER, null);
    Delegation odd =
        Delegation.builder()
            .id(Id.of("del.odd"))
            .date(PartialDate.of("2024"))
            .visiting(Side.builder().addInstitution(Ref.institution("absent")).build())
            .host(Side.builder().addInstitution(Ref.institution("dean")).build())
            .build();
    Institution deanAsInstitution = institution("dean", InstitutionKind.OTHER, null);

    // when
    Dataset built = Dataset.of(List.of(dean, odd));

    // then
    assertThat(built.delegationsSentBy(absent)).containsExactly(odd);
    assertThat(built.delegationsHostedBy(deanAsInstitution)).containsExactly(odd);
    assertThat(built.delegationsOf(dean)).isEmpty();
  }

  @Test
  void indexes_ofManyRecords_keepTheOrderRecordsWereRead() {
    // given: enough records that the table of ids grows several times
    Dataset.Builder builder = Dataset.builder();
    builder.add(firm);
    List<Delegation> visits = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Delegation d =
          Delegation.builder()
              .id(Id.of("del." + i))
              .date(PartialDate.of("2024"))
              .visiting(Side.builder().addInstitution(Ref.institution("firm")).build())
              .host(Side.builder().addInstitution(Ref.institution("uni")).build())
              .build();
      visits.add(d);
      builder.add(d);
    }

    // when
    Dataset built = builder.build();

    // then
    assertThat(built.size()).isEqualTo(1001);
    assertThat(built.delegationsSentBy(firm)).containsExactlyElementsOf(visits);
    assertThat(built.delegation("del.999")).contains(visits.get(999));
    assertThat(built.record("del.1000")).isEmpty();
  }

  @Test
  void build_onTwoThreads_answersAsOnOne() {
    // given: enough records to build on two threads, with references that dangle or point at
    // another kind among them
    List<LiaisonRecord> records = new ArrayList<>();
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      records.add(Source.builder().id(Id.of("src." + i)).title("Source " + i).build());
      records.add(
          institution(
              "inst." + i,
              InstitutionKind.SCHOOL,
              i == 0 ? null : i % 7 == 0 ? "nowhere." + i : "inst." + (i / 3)));
      records.add(
          Person.builder()
              .id(Id.of("p." + i))
              .name("Person " + i)
              .addPost(
                  Post.builder()
                      .title("Dean")
                      .institution(Ref.institution("inst." + (i % 97)))
                      .addSource(Ref.source("src." + (i % 13)))
                      .build())
              .addPost(Post.builder().title("Head").institution(Ref.institution("p." + i)).build())
              .addSource(Ref.source("src." + (i % 11)))
              .build());
      records.add(
          Delegation.builder()
              .id(Id.of("del." + i))
              .date(PartialDate.of("2024"))
              .visiting(
                  Side.builder()
                      .addInstitution(Ref.institution("inst." + (i % 89)))
                      .addMember(Participant.of(Ref.person("p." + (i % 83))))
                      .build())
              .host(
                  Side.builder()
                      .addInstitution(Ref.institution("inst." + (i % 71)))
                      .addMember(Participant.of(Ref.person("gone." + (i % 5))))
                      .build())
              .addSource(Ref.source("src." + i))
              .build());
      records.add(
          Agreement.builder()
              .id(Id.of("agr." + i))
              .title("Agreement " + i)
              .kind(AgreementKind.STRATEGIC_COOPERATION)
              .status(AgreementStatus.SIGNED)
              .addParty(Party.of(Ref.institution("inst." + (i % 61))))
              .addHistory(
                  HistoryEntry.builder()
                      .status(AgreementStatus.SIGNED)
                      .date(PartialDate.of("2024"))
                      .delegation(Ref.delegation("del." + i))
                      .addSource(Ref.source("inst." + i))
                      .build())
              .build());
    }

    // when
    Dataset.Builder one = Dataset.builder();
    Dataset.Builder two = Dataset.builder().threads(2);
    records.forEach(one::add);
    records.forEach(two::add);
    Dataset sequential = one.build();
    Dataset parallel = two.build();

    // then
    for (int i = 0; i < n; i++) {
      Institution inst = parallel.institution("inst." + i).orElseThrow();
      Institution stray = institution("nowhere." + i, InstitutionKind.OTHER, null);
      Person person = parallel.person("p." + i).orElseThrow();
      Institution personAsInstitution = institution("p." + i, InstitutionKind.OTHER, null);
      for (Institution x : List.of(inst, stray, personAsInstitution)) {
        assertThat(parallel.childrenOf(x)).isEqualTo(sequential.childrenOf(x));
        assertThat(parallel.peopleAt(x)).isEqualTo(sequential.peopleAt(x));
        assertThat(parallel.delegationsOf(x)).isEqualTo(sequential.delegationsOf(x));
        assertThat(parallel.agreementsOf(x)).isEqualTo(sequential.agreementsOf(x));
      }
      assertThat(parallel.delegationsOf(person)).isEqualTo(sequential.delegationsOf(person));
      Agreement agreement = parallel.agreement("agr." + i).orElseThrow();
      assertThat(parallel.delegationsOf(agreement)).isEqualTo(sequential.delegationsOf(agreement));
      Source source = parallel.source("src." + i).orElseThrow();
      assertThat(parallel.citing(source)).isEqualTo(sequential.citing(source));
      Source institutionAsSource = Source.builder().id(Id.of("inst." + i)).title("x").build();
      assertThat(parallel.citing(institutionAsSource))
          .isEqualTo(sequential.citing(institutionAsSource))
          .isNotEmpty();
    }
    Person gone = Person.builder().id(Id.of("gone.1")).name("Gone").build();
    assertThat(parallel.delegationsOf(gone))
        .isEqualTo(sequential.delegationsOf(gone))
        .hasSize(n / 5);
    assertThat(parallel.peopleAt(parallel.institution("inst.0").orElseThrow()))
        .hasSizeGreaterThan(3000);
    assertThat(parallel.citing(parallel.source("src.0").orElseThrow())).hasSizeGreaterThan(800);
  }

  @Test
  void aLargeDataset_findsEveryRecordAcrossItsTable_andABuilderGoesOnAfterBuilding() {
    // given: more records than one page of the id table holds (16,384 slots), added in a
    // scattered order, and a builder that is built, then added to, then built again
    int n = 40_000;
    Dataset.Builder builder = Dataset.builder();
    for (int i = 0; i < n; i++) {
      int k = (int) ((i * 7_919L) % n); // every number below n once, not in order
      assertThat(
              builder.add(
                  Source.builder().id(Id.of("src." + k)).title("S" + k).build(),
                  RecordOrigin.of(Location.of("a.yaml", k + 1, 3), RecordKind.SOURCE, k, 0)))
          .isTrue();
    }

    // when
    Dataset first = builder.build();
    boolean again = builder.add(Source.builder().id(Id.of("src.7")).title("again").build());
    boolean added = builder.add(Source.builder().id(Id.of("src.extra")).title("extra").build());
    Dataset second = builder.build();

    // then
    assertThat(again).isFalse();
    assertThat(added).isTrue();
    assertThat(first.size()).isEqualTo(n);
    assertThat(second.size()).isEqualTo(n + 1);
    for (int k = 0; k < n; k++) {
      assertThat(first.source("src." + k).orElseThrow().title()).contains("S" + k);
      assertThat(second.origin(Id.of("src." + k)))
          .get()
          .extracting(RecordOrigin::line)
          .isEqualTo(k + 1);
    }
    assertThat(first.source("src.extra")).isEmpty();
    assertThat(second.source("src.extra").orElseThrow().title()).contains("extra");
    assertThat(first.source("src." + n)).isEmpty();
    assertThat(second.sources().get(0).id().value()).isEqualTo("src.0");
    assertThat(second.sources().get(1).id().value()).isEqualTo("src.7919");
  }

  @Test
  void builder_refusesFewerThanOneThread() {
    Assertions.assertThatThrownBy(() -> Dataset.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be 1 or more");
  }

  @Test
  void origin_keepsAPointerOutsideTheSections() {
    RecordOrigin inSection = RecordOrigin.of(Location.of("a.yaml", 2, 3), RecordKind.PERSON, 7, 1);
    RecordOrigin elsewhere = RecordOrigin.of(Location.of("b.yaml", 4, 5), "/extra/people/0", 0);
    Dataset.Builder builder = Dataset.builder();
    builder.add(dean, inSection);
    builder.add(manager, elsewhere);
    Dataset built = builder.build();

    assertThat(built.origin(dean.id())).contains(inSection);
    assertThat(built.origin(dean.id()).orElseThrow().pointer()).isEqualTo("/people/7");
    assertThat(built.origin(dean.id()).orElseThrow().document()).isEqualTo(1);
    assertThat(built.origin(manager.id())).contains(elsewhere);
    assertThat(built.origin(manager.id()).orElseThrow().pointer()).isEqualTo("/extra/people/0");
  }

  @Test
  void empty_hasNoRecords() {
    assertThat(Dataset.empty().size()).isZero();
    assertThat(Dataset.empty().institutions()).isEmpty();
    assertThat(Dataset.empty().delegationsOf(university)).isEmpty();
  }
}
