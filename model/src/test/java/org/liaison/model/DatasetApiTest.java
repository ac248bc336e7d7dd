package org.liaison.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a Java user does with a dataset besides querying it: compare, edit, name records by id, show
 * them; and what they must not see, the generated implementations.
 */
class DatasetApiTest {
  private final Institution uni =
      Institution.builder().id("uni").name("A university").kind(InstitutionKind.UNIVERSITY).build();
  private final Institution school =
      Institution.builder()
          .id("uni.school")
          .name("A school")
          .kind(InstitutionKind.SCHOOL)
          .parent(Ref.institution("uni"))
          .build();
  private final Institution lab =
      Institution.builder()
          .id("uni.school.lab")
          .name("A lab")
          .kind(InstitutionKind.OTHER)
          .parent(Ref.institution("uni.school"))
          .build();
  private final Institution firm =
      Institution.builder().id("firm").name("A firm").kind(InstitutionKind.ENTERPRISE).build();
  private final Person dean =
      Person.builder()
          .id("dean")
          .name("Zhao Xin")
          .addPost(Post.builder().title("Dean").institution(Ref.institution("uni.school")).build())
          .addPost(Post.builder().title("Adviser").institution(Ref.institution("firm")).build())
          .addPost(
              Post.builder().title("Head").institution(Ref.institution("uni.school.lab")).build())
          .build();
  private final Source article =
      Source.builder().id("src.article").url("https://example.org/a").build();
  private final Delegation visit =
      Delegation.builder()
          .id("del.visit")
          .date(PartialDate.of("2024-01-04"))
          .visiting(Side.builder().addInstitution(Ref.institution("firm")).build())
          .host(Side.builder().addInstitution(Ref.institution("uni.school.lab")).build())
          .addSource(Ref.source("src.article"))
          .build();

  private Dataset read() {
    Dataset.Builder b = Dataset.builder();
    int line = 1;
    for (LiaisonRecord r : List.of(uni, school, lab, firm, dean, article, visit)) {
      b.add(r, RecordOrigin.of(Location.of("data.yaml", line++, 5), "/x/" + line, 0));
    }
    return b.build();
  }

  @Test
  void equals_comparesTheRecordsOfEachKindInOrder_notWhereTheyWereRead() {
    Dataset read = read();
    Dataset built = Dataset.of(List.of(uni, school, lab, firm, dean, article, visit));

    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    // records of different kinds interleaved otherwise: still equal
    assertThat(Dataset.of(List.of(article, uni, dean, school, visit, lab, firm)))
        .isEqualTo(read)
        .hasSameHashCodeAs(read);
    // two records of one kind swapped: not equal
    assertThat(Dataset.of(List.of(school, uni, lab, firm, dean, article, visit)))
        .isNotEqualTo(read);
    assertThat(read.with(uni.withName("Another university"))).isNotEqualTo(read);
    assertThat(Dataset.empty()).isEqualTo(Dataset.of(List.of())).isNotEqualTo(read);
  }

  @Test
  void with_replacesARecordInItsPlace_andOnlyItLosesItsOrigin() {
    Dataset read = read();
    Institution renamed = school.withName("The school of engineering");

    Dataset edited = read.with(renamed);

    assertThat(edited.institutions()).containsExactly(uni, renamed, lab, firm);
    assertThat(edited.origin("uni.school")).isEmpty();
    assertThat(edited.origin("uni")).isEqualTo(read.origin("uni")).isPresent();
    assertThat(edited.subUnitsOf("uni")).containsExactly(renamed, lab);
    assertThat(read.institution("uni.school")).contains(school);
  }

  @Test
  void with_addsANewRecordAtTheEnd_andWithoutRemovesOne() {
    Dataset read = read();
    Institution annex =
        Institution.builder()
            .id("uni.annex")
            .name("An annex")
            .kind(InstitutionKind.OTHER)
            .parent(Ref.institution("uni"))
            .build();

    Dataset added = read.with(annex);
    Dataset removed = added.without("uni.school.lab");

    assertThat(added.records()).endsWith(annex).hasSize(8);
    assertThat(added.childrenOf("uni")).containsExactly(school, annex);
    assertThat(removed.institutions()).containsExactly(uni, school, firm, annex);
    assertThat(removed.delegationsHostedBy("uni")).isEmpty();
    assertThat(removed.origin("firm")).isEqualTo(read.origin("firm"));
    assertThat(read.without("nobody")).isSameAs(read);
    assertThat(read.without("Not An Id")).isSameAs(read);
  }

  @Test
  void toBuilder_keepsOrderAndOrigins_andBuildsAnEqualDataset() {
    Dataset read = read();

    Dataset.Builder b = read.toBuilder();
    Dataset same = b.build();
    b.put(firm.withName("A firm, renamed"));
    boolean removed = b.remove(Id.of("del.visit"));
    Dataset edited = b.build();

    assertThat(same).isEqualTo(read);
    assertThat(same.records()).isEqualTo(read.records());
    assertThat(same.origin("del.visit")).isEqualTo(read.origin("del.visit"));
    assertThat(removed).isTrue();
    assertThat(edited.records())
        .extracting(LiaisonRecord::displayName)
        .containsExactly(
            "A university",
            "A school",
            "A lab",
            "A firm, renamed",
            "Zhao Xin",
            "https://example.org/a");
    assertThat(same.delegations()).containsExactly(visit);
  }

  @Test
  void queriesNameARecordByRecordByIdOrByIdText_andABadIdTextNamesNoRecord() {
    Dataset data = read();

    assertThat(data.delegationsHostedBy(uni))
        .containsExactly(visit)
        .isEqualTo(data.delegationsHostedBy(Id.of("uni")))
        .isEqualTo(data.delegationsHostedBy("uni"));
    assertThat(data.delegationsOf("firm")).containsExactly(visit);
    assertThat(data.citing(Id.of("src.article"))).containsExactly(visit);
    assertThat(data.peopleAt("uni.school")).containsExactly(dean);
    assertThat(data.institution(Id.of("uni"))).contains(uni);
    assertThat(data.person("uni")).isEmpty();
    assertThat(data.institution("Bad Id")).isEmpty();
    assertThat(data.subUnitsOf("Bad Id")).isEmpty();
    assertThatThrownBy(() -> Ref.institution("Bad Id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`Bad Id` is not a valid id");
    assertThatThrownBy(() -> Institution.builder().id("Bad Id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void postsAt_givesEachPersonThePostsHeldAtTheInstitutionAndItsSubUnits() {
    Dataset data = read();

    Map<Person, List<Post>> atUni = data.postsAt("uni");
    Map<Person, List<Post>> atFirm = data.postsAt(firm);

    assertThat(atUni.get(dean)).extracting(Post::title).containsExactly("Dean", "Head");
    assertThat(atFirm.get(dean)).extracting(Post::title).containsExactly("Adviser");
    assertThat(data.postsAt("uni.school.lab").get(dean))
        .extracting(Post::title)
        .containsExactly("Head");
  }

  @Test
  void displayName_isTheNameOrTitle_elseTheUrl_elseTheId() {
    assertThat(uni.displayName()).isEqualTo("A university");
    assertThat(dean.displayName()).isEqualTo("Zhao Xin");
    assertThat(visit.displayName()).isEqualTo("del.visit");
    assertThat(visit.withTitle("A visit").displayName()).isEqualTo("A visit");
    assertThat(article.displayName()).isEqualTo("https://example.org/a");
    assertThat(article.withTitle("An article").displayName()).isEqualTo("An article");
  }

  @Test
  void copyMethods_areOnTheAbstractTypes() {
    Agreement a =
        Agreement.builder()
            .id("agr.a")
            .title("A")
            .kind(AgreementKind.OTHER)
            .status(AgreementStatus.PROPOSED)
            .addEstablishes(Ref.institution("uni.school"))
            .build();

    Agreement signed =
        a.withStatus(AgreementStatus.SIGNED).withSignedOn(PartialDate.of("2024-06-12"));

    assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(signed.signedOn()).contains(PartialDate.of(2024, 6, 12));
    assertThat(signed.establishes()).containsExactly(Ref.institution("uni.school"));
    assertThat(a.status()).isEqualTo(AgreementStatus.PROPOSED);
  }

  @Test
  void noGeneratedClassIsPublic() throws Exception {
    for (RecordKind kind : RecordKind.values()) {
      Class<?> generated =
          Class.forName("org.liaison.model.Immutable" + kind.type().getSimpleName());
      assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName()).isFalse();
    }
    for (String part :
        List.of(
            "Post",
            "Side",
            "Participant",
            "Party",
            "HistoryEntry",
            "Problem",
            "Place",
            "Term",
            "Quantity",
            "Commitment",
            "Signatory",
            "Activity",
            "OtherName")) {
      Class<?> generated = Class.forName("org.liaison.model.Immutable" + part);
      assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName()).isFalse();
    }
  }

  @Test
  void liaisonRecord_isSealedToTheFiveKinds() {
    assertThat(LiaisonRecord.class.isSealed()).isTrue();
    assertThat(LiaisonRecord.class.getPermittedSubclasses())
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder("Institution", "Person", "Delegation", "Agreement", "Source");
  }
}
