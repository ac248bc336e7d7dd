package org.liaison.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.liaison.model.Activity;
import org.liaison.model.ActivityKind;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Area;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.NameKind;
import org.liaison.model.OtherName;
import org.liaison.model.PartialDate;
import org.liaison.model.Participant;
import org.liaison.model.ParticipantRole;
import org.liaison.model.Party;
import org.liaison.model.Period;
import org.liaison.model.Person;
import org.liaison.model.Place;
import org.liaison.model.Post;
import org.liaison.model.Qualifier;
import org.liaison.model.Quantity;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.model.Source;
import org.liaison.model.Term;

/**
 * One record of each kind with every field and sub-record filled, built in code, and the records
 * they refer to: the data of the round trips.
 */
final class Samples {
  private static final Ref<Source> ARTICLE = Ref.source("src.qiangfeng-signing");
  private static final Ref<Source> RELEASE = Ref.source("src.zhejiang-chamber-visit");

  private Samples() {}

  /** An office of a university, with names of every kind, identifiers and a multi-line note. */
  static Institution institution() {
    return Institution.builder()
        .id(Id.of("zhongqiao.iei-office"))
        .name(
            "Industry-Education Integration Office, Shanghai Zhongqiao Vocational and"
                + " Technical University")
        .addName(OtherName.of("Industry Education Integration Office"))
        .addName(
            OtherName.builder().name("产教融合办公室").lang("zh-Hans").kind(NameKind.OFFICIAL).build())
        .addName(OtherName.builder().name("IEIO").lang("en").kind(NameKind.ACRONYM).build())
        .addName(OtherName.builder().name("Integration Office").lang("en").build())
        .kind(InstitutionKind.DEPARTMENT)
        .parent(Ref.institution("zhongqiao"))
        .location(
            Place.builder()
                .city("Shanghai")
                .region("Shanghai")
                .country("CN")
                .address("No. 3888, Yecheng Road")
                .build())
        .putIdentifier("ror", "05dxps055")
        .putIdentifier("wikidata", "Q123456")
        .putIdentifier("x-internal", "007")
        .website("https://www.shzq.edu.cn/")
        .notes(
            "Directed by Wei Peng.\nCalled \"the School's Industry Education Integration"
                + " Office\" in one article: keep # and : as written.")
        .putLabel("seed", "002_eb59735521115958.txt")
        .putLabel("reviewed", "true")
        .addSources(ARTICLE, RELEASE)
        .build();
  }

  /** A person with two posts, one of them with dates and sources. */
  static Person person() {
    return Person.builder()
        .id(Id.of("wei-peng"))
        .name("Wei Peng")
        .addName(OtherName.builder().name("魏鹏").lang("zh-Hans").kind(NameKind.TRANSLATION).build())
        .addName(OtherName.of("W. Peng"))
        .addPost(
            Post.builder()
                .title("Director of the Industry-Education Integration Office")
                .institution(Ref.institution("zhongqiao.iei-office"))
                .since(PartialDate.of("2023"))
                .until(PartialDate.of("2025-06"))
                .addSources(ARTICLE, RELEASE)
                .build())
        .addPost(Post.builder().title("Member of the Teacher Party Branch").build())
        .notes("Spoke at the signing ceremony; attended the March symposium.")
        .putLabel("role", "host")
        .addSource(ARTICLE)
        .build();
  }

  /** A visit with members in short and long form, headcounts and activities. */
  static Delegation delegation() {
    return Delegation.builder()
        .id(Id.of("del.zhejiang-chamber-visits-zhongqiao"))
        .title("Entrepreneurs from the Zhejiang Chamber of Commerce, Shanghai visit Zhongqiao")
        .date(PartialDate.of("2024-03-21"))
        .endDate(PartialDate.of("2024-03-22"))
        .visiting(
            Side.builder()
                .addInstitution(Ref.institution("zhejiang-chamber-shanghai"))
                .addMember(Participant.of(Ref.person("yu-qifeng")))
                .addMember(
                    Participant.builder()
                        .person(Ref.person("chen-boqin"))
                        .role(ParticipantRole.SPEAKER)
                        .title("Chairman of Jianglang Technology Co., Ltd.")
                        .onBehalfOf(Ref.institution("zhejiang-chamber-shanghai"))
                        .build())
                .addMember(
                    Participant.builder()
                        .person(Ref.person("lei-lei"))
                        .role(ParticipantRole.GUEST)
                        .build())
                .organizations(28)
                .people(30)
                .build())
        .host(
            Side.builder()
                .addInstitutions(
                    Ref.institution("zhongqiao"), Ref.institution("zhongqiao.iei-office"))
                .addMember(
                    Participant.builder()
                        .person(Ref.person("wei-peng"))
                        .role(ParticipantRole.MEMBER)
                        .onBehalfOf(Ref.institution("zhongqiao.iei-office"))
                        .build())
                .build())
        .location(Place.builder().city("Shanghai").country("CN").build())
        .addActivity(
            Activity.builder()
                .kind(ActivityKind.SYMPOSIUM)
                .chair(Ref.person("wei-peng"))
                .summary("Symposium and exchange meeting.")
                .build())
        .addActivity(Activity.builder().kind(ActivityKind.SITE_VISIT).build())
        .purpose("To explore new models of school-enterprise cooperation.")
        .outcome("A bridge to high-quality enterprise resources; no agreement.")
        .addTopics("internship bases", "joint laboratories")
        .addFields("artificial intelligence", "information technology")
        .addAreas(Area.of("internship"), Area.of("joint-laboratory"), Area.of("x-artisan-spirit"))
        .notes("Representatives from 28 enterprises.")
        .putLabel("seed", "003_6dbcf178ab8abca2.txt")
        .addSource(RELEASE)
        .build();
  }

  /** An agreement with parties, history, signatories, term and counted commitments. */
  static Agreement agreement() {
    return Agreement.builder()
        .id(Id.of("agr.info-eng-qiangfeng"))
        .title("Party building, industry-education integration and school-enterprise cooperation")
        .kind(AgreementKind.PARTY_BUILDING)
        .status(AgreementStatus.ACTIVE)
        .addParty(Party.of(Ref.institution("zhongqiao.iei-office")))
        .addParty(
            Party.builder()
                .institution(Ref.institution("qiangfeng"))
                .role("cooperating enterprise")
                .build())
        .addHistory(
            HistoryEntry.builder()
                .status(AgreementStatus.PROPOSED)
                .date(PartialDate.of("2023-12"))
                .build())
        .addHistory(
            HistoryEntry.builder()
                .status(AgreementStatus.SIGNED)
                .date(PartialDate.of("2024-01-04"))
                .delegation(Ref.delegation("del.zhejiang-chamber-visits-zhongqiao"))
                .note("Signing ceremony.")
                .addSource(ARTICLE)
                .build())
        .addHistory(
            HistoryEntry.builder()
                .status(AgreementStatus.ACTIVE)
                .date(PartialDate.of("2024"))
                .build())
        .signedOn(PartialDate.of("2024-01-04"))
        .addSignatory(Signatory.of(Ref.person("wei-peng")))
        .addSignatory(
            Signatory.builder()
                .person(Ref.person("wu-lianzhong"))
                .onBehalfOf(Ref.institution("qiangfeng"))
                .date(PartialDate.of("2024-01-05"))
                .build())
        .term(Term.builder().start(PartialDate.of("2024-01")).end(PartialDate.of("2026")).build())
        .addEstablishes(Ref.institution("zhongqiao.iei-office"))
        .addAreas(Area.of("party-building"), Area.of("x-drone-logistics"))
        .addCommitment(
            Commitment.builder()
                .by(Ref.institution("qiangfeng"))
                .description("Provide job opportunities once the Shangrao logistics park is built.")
                .quantity(
                    Quantity.builder()
                        .value(new BigDecimal("1000"))
                        .unit("job opportunities")
                        .qualifier(Qualifier.MORE_THAN)
                        .per(Period.YEAR)
                        .build())
                .due(PartialDate.of("--12-31"))
                .addSource(ARTICLE)
                .build())
        .addCommitment(
            Commitment.builder()
                .description("Share resources.")
                .quantity(Quantity.builder().value(new BigDecimal("2.5")).build())
                .build())
        .summary("Party-building-led cooperation.")
        .notes("The source does not name the signatories; these are for the test.")
        .putLabel("confidence", "low")
        .addSources(ARTICLE, RELEASE)
        .build();
  }

  /** An article with every field. */
  static Source source() {
    return Source.builder()
        .id(Id.of("src.zhejiang-chamber-visit"))
        .url("https://www.shzq.edu.cn/news/2024/0321.html?lang=en&page=1#top")
        .title("Entrepreneurs from the Zhejiang Chamber of Commerce,Shanghai Pay a Visit!")
        .publisher("Shanghai Zhongqiao Vocational and Technical University")
        .published(PartialDate.of("2024-03-21"))
        .accessed(PartialDate.of("2026-11"))
        .lang("en")
        .putLabel("seed", "003_6dbcf178ab8abca2.txt")
        .putLabel("views", "17")
        .build();
  }

  /** The records the full ones refer to, with nothing but their required fields. */
  static List<LiaisonRecord> referenced() {
    return List.of(
        bare("zhongqiao", InstitutionKind.UNIVERSITY),
        bare("zhejiang-chamber-shanghai", InstitutionKind.ASSOCIATION),
        bare("qiangfeng", InstitutionKind.ENTERPRISE_GROUP),
        Person.builder().id(Id.of("yu-qifeng")).name("Yu Qifeng").build(),
        Person.builder().id(Id.of("chen-boqin")).name("Chen Boqin").build(),
        Person.builder().id(Id.of("lei-lei")).name("Lei Lei").build(),
        Person.builder().id(Id.of("wu-lianzhong")).name("Wu Lianzhong").build(),
        Source.builder().id(Id.of("src.qiangfeng-signing")).title("Signing ceremony").build());
  }

  private static Institution bare(String id, InstitutionKind kind) {
    return Institution.builder().id(Id.of(id)).name(id).kind(kind).build();
  }

  /** One full record of each kind, and the records they refer to. */
  static Dataset everything() {
    return everythingWith(agreement());
  }

  static Dataset everythingWith(Agreement agreement) {
    List<LiaisonRecord> records =
        new ArrayList<>(List.of(institution(), person(), delegation(), agreement, source()));
    records.addAll(referenced());
    return Dataset.of(records);
  }

  /** Every record of a dataset, kind by kind, in order. */
  static List<LiaisonRecord> records(Dataset data) {
    return Stream.<Function<Dataset, List<? extends LiaisonRecord>>>of(
            Dataset::institutions,
            Dataset::people,
            Dataset::delegations,
            Dataset::agreements,
            Dataset::sources)
        .flatMap(kind -> kind.apply(data).stream())
        .map(LiaisonRecord.class::cast)
        .toList();
  }
}
