package com.example.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.io.DatasetWriter;
import org.liaison.model.Dataset;
import org.liaison.model.Problem;

/** The guide's answers on the repository's examples, as a user would check them. */
class LiaisonGuideTest {
  /** The repository's examples, four folders up both from here and from the copy the build runs. */
  private static final Path EXAMPLES = Path.of("../../../../examples");

  private static Dataset examples;

  @BeforeAll
  static void load() {
    examples = LiaisonGuide.load(EXAMPLES);
  }

  @Test
  void visitsHostedByAnInstitutionIncludeThoseOfItsSubUnits() {
    assertThat(LiaisonGuide.visitsHostedBy(examples, "zhongqiao"))
        .hasSize(2)
        .anySatisfy(v -> assertThat(v).startsWith("2024-01-04 Signing ceremony"))
        .anySatisfy(v -> assertThat(v).startsWith("2024-03-21 Entrepreneurs"));
  }

  @Test
  void agreementsComeWithTheirHistory() {
    assertThat(LiaisonGuide.agreementsWithHistory(examples, "zhongqiao"))
        .contains(
            "  2024-01-04 signed during Signing ceremony for party building,"
                + " industry-education integration and school-enterprise cooperation between the"
                + " Party Branch of the School of Information Engineering and the Party Branch of"
                + " Qiangfeng Group")
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("School-enterprise cooperation")
                    .endsWith("— proposed"));
  }

  @Test
  void subUnitsAreTransitive() {
    assertThat(LiaisonGuide.subUnits(examples, "zhongqiao"))
        .startsWith(
            "School of Information Engineering, Shanghai Zhongqiao Vocational and"
                + " Technical University")
        .contains("Teacher Party Branch (School of Information Engineering)");
  }

  @Test
  void peopleComeWithThePostsTheyHoldThere() {
    assertThat(LiaisonGuide.peopleWithPosts(examples, "zhongqiao"))
        .contains(
            "Zhao Xin, Dean, School of Information Engineering, Shanghai Zhongqiao"
                + " Vocational and Technical University",
            "Zhao Xin, Secretary of the Teacher Party Branch, Teacher Party Branch (School of"
                + " Information Engineering)");
    assertThat(LiaisonGuide.peopleWithPosts(examples, "zuel"))
        .contains(
            "Wang Zhengjun, Vice Dean, International Education School of Zhongnan"
                + " University of Economics and Law")
        .noneMatch(line -> line.contains("Police"));
  }

  @Test
  void recordsOfEveryKindCiteASource() {
    assertThat(LiaisonGuide.citing(examples, "src.zhejiang-chamber-visit"))
        .contains(
            "person Wei Peng",
            "delegation Entrepreneurs from the Zhejiang Chamber of Commerce, Shanghai visit"
                + " Shanghai Zhongqiao Vocational and Technical University")
        .anySatisfy(line -> assertThat(line).startsWith("agreement School-enterprise"));
  }

  @Test
  void anAgreementBuiltInCodeJoinsTheIndexesAndTheOthersKeepTheirOrigins() {
    Dataset more = LiaisonGuide.addAgreement(examples);

    assertThat(more.size()).isEqualTo(examples.size() + 1);
    assertThat(more.agreementsOf("qiangfeng"))
        .anySatisfy(
            a -> assertThat(a.id().value()).isEqualTo("agr.zhongqiao-qiangfeng-internships"));
    assertThat(more.origin("agr.zhongqiao-qiangfeng-internships")).isEmpty();
    assertThat(more.origin("zhongqiao")).isEqualTo(examples.origin("zhongqiao")).isPresent();
    assertThat(more).isNotEqualTo(examples);
    assertThat(more.without("agr.zhongqiao-qiangfeng-internships")).isEqualTo(examples);
  }

  @Test
  void writtenYamlReadsBackEqualWithItsDatesQuoted() throws Exception {
    Dataset more = LiaisonGuide.addAgreement(examples);
    Path file = Path.of("target", "guide", "dataset.yaml");

    Dataset back = LiaisonGuide.writeAndReadBack(more, file);

    assertThat(back).isEqualTo(more).hasSameHashCodeAs(more);
    assertThat(Files.readString(file)).contains("signedOn: \"2024-06-12\"");
  }

  @Test
  void aDatasetBuiltInCodeGetsTheProblemsItsFileGets() throws Exception {
    Dataset dangling = LiaisonGuide.danglingReferences();
    Path file = Path.of("target", "guide", "dangling.yaml");
    Files.createDirectories(file.getParent());
    DatasetWriter.yaml().write(dangling, file);

    List<String> fromCode = lines(LiaisonGuide.validate(dangling));
    List<String> fromFile = lines(LiaisonGuide.validate(file));

    assertThat(fromCode)
        .contains(
            "error [ref.unknown] /institutions/0/parent: no institution has the id `ghost`:"
                + " add the record, or correct the id",
            "error [ref.unknown] /delegations/0/visiting/members/0: no person has the id"
                + " `nobody`: add the record, or correct the id",
            "error [ref.unknown] /agreements/0/parties/1: no institution has the id `zzz`: add"
                + " the record, or correct the id",
            "error [ref.unknown] /agreements/0/sources/0: no source has the id `nosuch`: add the"
                + " record, or correct the id",
            "error [ref.kind] /delegations/0/host/institutions/0: `dean` is a person, but this"
                + " field refers to an institution: point it at an institution's id");
    assertThat(fromCode).containsExactlyInAnyOrderElementsOf(fromFile);
  }

  /** The problems without their locations (a dataset built in code has none), sorted. */
  private static List<String> lines(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                p.severity().wireName() + " [" + p.code() + "] " + p.pointer() + ": " + p.message())
        .sorted()
        .collect(Collectors.toList());
  }
}
