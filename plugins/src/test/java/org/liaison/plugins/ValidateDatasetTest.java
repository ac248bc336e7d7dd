package org.liaison.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.DatasetReader;
import org.liaison.io.DatasetWriter;
import org.liaison.io.LoadResult;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.PartialDate;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Problem;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Source;

/**
 * {@link Validation#validate(Dataset)} applies to a dataset built in code every check that
 * validating its files applies: the references too, with the same codes, messages and pointers.
 */
class ValidateDatasetTest {
  @TempDir Path dir;

  /** A parent, a member, a party and a source that exist nowhere; a host that is a person. */
  private static Dataset dangling() {
    return Dataset.of(
        List.of(
            Institution.builder()
                .id("school")
                .name("A school")
                .kind(InstitutionKind.SCHOOL)
                .parent(Ref.institution("ghost"))
                .addSource(Ref.source("src.a"))
                .build(),
            Institution.builder()
                .id("schools")
                .name("Schools")
                .kind(InstitutionKind.OTHER)
                .addSource(Ref.source("src.a"))
                .build(),
            Person.builder()
                .id("dean")
                .name("A dean")
                .addSource(Ref.source("src.a"))
                .addPost(
                    Post.builder()
                        .title("Dean")
                        .institution(Ref.institution("school"))
                        .addSource(Ref.source("src.a"))
                        .build())
                .build(),
            Delegation.builder()
                .id("visit")
                .date(PartialDate.of("2024-05"))
                .visiting(
                    Side.builder()
                        .addInstitution(Ref.institution("school"))
                        .addMember(Participant.of(Ref.person("nobody")))
                        .addMember(
                            Participant.builder()
                                .person(Ref.person("dean"))
                                .onBehalfOf(Ref.institution("schoool"))
                                .build())
                        .build())
                .host(Side.builder().addInstitution(Ref.institution("dean")).build())
                .addSource(Ref.source("src.a"))
                .build(),
            Agreement.builder()
                .id("agreement")
                .title("An agreement")
                .kind(AgreementKind.OTHER)
                .status(AgreementStatus.PROPOSED)
                .addParties(Party.of(Ref.institution("school")), Party.of(Ref.institution("zzz")))
                .addSource(Ref.source("nosuch"))
                .build(),
            Source.builder().id("src.a").url("https://example.org/a").build()));
  }

  @Test
  void validateDataset_reportsDanglingAndMistypedReferences_asReadingTheFileDoes()
      throws Exception {
    // given a dataset built in code, and the same written to a file
    Dataset data = dangling();
    Path file = dir.resolve("dangling.yaml");
    DatasetWriter.yaml().write(data, file);
    Validation validation = Validation.withDiscoveredPlugins();

    // when both are validated
    List<Problem> fromCode = validation.validate(data).problems();
    LoadResult load = DatasetReader.create().read(file);
    List<Problem> fromFile = validation.validate(load).problems();

    // then the references' problems are there, with pointers and no location
    assertThat(lines(fromCode))
        .contains(
            "error [ref.unknown] /institutions/0/parent: no institution has the id `ghost`: add the"
                + " record, or correct the id",
            "error [ref.unknown] /delegations/0/visiting/members/0: no person has the id `nobody`:"
                + " add the record, or correct the id",
            "error [ref.unknown] /delegations/0/visiting/members/1/onBehalfOf: no institution has"
                + " the id `schoool` — did you mean `school`?",
            "error [ref.kind] /delegations/0/host/institutions/0: `dean` is a person, but this field"
                + " refers to an institution: point it at an institution's id",
            "error [ref.unknown] /agreements/0/parties/1: no institution has the id `zzz`: add the"
                + " record, or correct the id",
            "error [ref.unknown] /agreements/0/sources/0: no source has the id `nosuch`: add the"
                + " record, or correct the id");
    assertThat(fromCode)
        .filteredOn(p -> p.code().startsWith("ref."))
        .hasSize(6)
        .allSatisfy(p -> assertThat(p.location()).isEmpty());
    // and every problem, of the references and of the validators, is the file's
    assertThat(lines(fromCode)).containsExactlyInAnyOrderElementsOf(lines(fromFile));
  }

  @Test
  void validateDataset_placesTheReferenceProblemsOfARecordReadFromAFile() throws Exception {
    Path file = dir.resolve("read.yaml");
    Files.writeString(
        file,
        "liaison: 1\ninstitutions:\n  - id: school\n    name: A school\n"
            + "    kind: school\n    parent: ghost\n");
    Dataset read = DatasetReader.create().read(file).dataset();

    List<Problem> problems = Validation.withDiscoveredPlugins().validate(read).problems();

    assertThat(problems)
        .filteredOn(p -> p.code().equals("ref.unknown"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo("/institutions/0/parent");
              assertThat(p.location())
                  .hasValueSatisfying(
                      l -> {
                        assertThat(l.file()).endsWith("read.yaml");
                        assertThat(l.line()).isEqualTo(6);
                      });
            });
  }

  /** The problems without their locations, which only those read from files have. */
  private static List<String> lines(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                p.severity().wireName() + " [" + p.code() + "] " + p.pointer() + ": " + p.message())
        .sorted()
        .collect(Collectors.toList());
  }
}
