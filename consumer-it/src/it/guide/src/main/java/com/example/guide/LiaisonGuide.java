package com.example.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.io.DatasetReader;
import org.liaison.io.DatasetWriter;
import org.liaison.io.LoadResult;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Area;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.PartialDate;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Problem;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.plugins.Validation;

/**
 * Liaison from Java, as a user meets it: load a directory, answer questions from the dataset's
 * indexes, build and add a record, write YAML and read it back, and validate data built in code.
 * Each method is one task; {@link #main} runs them all on a directory of data files.
 *
 * <p>This project depends on {@code liaison-io} and {@code liaison-plugins} only (their versions
 * from {@code liaison-bom}), and compiles with {@code -Xlint:all -Werror}.
 */
public final class LiaisonGuide {
  private LiaisonGuide() {}

  /** Loads every data file under {@code directory}; problems come back beside the records. */
  public static Dataset load(Path directory) {
    LoadResult result = DatasetReader.create().read(directory);
    result.problems().forEach(System.err::println); // file:line:column: severity [code] message
    return result.dataset(); // every record that could be read
  }

  /** Question 1: the visits an institution hosted, those of its sub-units included. */
  public static List<String> visitsHostedBy(Dataset data, String institution) {
    List<String> lines = new ArrayList<>();
    for (Delegation visit : data.delegationsHostedBy(institution)) { // by id, by Id or by record
      lines.add(visit.date() + " " + visit.displayName());
    }
    return lines;
  }

  /** Question 2: the agreements an institution (or a sub-unit) is party to, with their history. */
  public static List<String> agreementsWithHistory(Dataset data, String institution) {
    List<String> lines = new ArrayList<>();
    for (Agreement agreement : data.agreementsOf(institution)) {
      lines.add(agreement.title() + " — " + agreement.status().wireName());
      for (HistoryEntry step : agreement.history()) {
        lines.add(
            "  "
                + step.date()
                + " "
                + step.status().wireName()
                + step.delegation()
                    .flatMap(data::resolve)
                    .map(d -> " during " + d.displayName())
                    .orElse(""));
      }
    }
    return lines;
  }

  /** Question 3: the sub-units of an institution, transitively, parents first. */
  public static List<String> subUnits(Dataset data, String institution) {
    return data.subUnitsOf(institution).stream()
        .map(Institution::name)
        .collect(Collectors.toList());
  }

  /** Question 4: the people with posts at an institution or its sub-units, with those posts. */
  public static List<String> peopleWithPosts(Dataset data, String institution) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Person, List<Post>> e : data.postsAt(institution).entrySet()) {
      for (Post post : e.getValue()) {
        String where = post.institution().flatMap(data::resolve).map(Institution::name).orElse("?");
        lines.add(e.getKey().name() + ", " + post.title() + ", " + where);
      }
    }
    return lines;
  }

  /** Question 5: the records that cite a source, of any kind, by their display names. */
  public static List<String> citing(Dataset data, String source) {
    List<String> lines = new ArrayList<>();
    for (LiaisonRecord record : data.citing(source)) {
      // a sealed interface: on Java 21, a switch over record's type covers the five kinds
      lines.add(record.recordKind().wireName() + " " + record.displayName());
    }
    return lines;
  }

  /**
   * Builds an agreement in code and adds it: records are built through their own types, and a
   * dataset is edited by copy ({@code with}, {@code without}, {@code toBuilder()}); records not
   * touched keep the file and line they were read from.
   */
  public static Dataset addAgreement(Dataset data) {
    Agreement.Builder builder =
        Agreement.builder()
            .id("agr.zhongqiao-qiangfeng-internships")
            .title("Internship base of Zhongqiao at Qiangfeng")
            .kind(AgreementKind.INTERNSHIP_BASE)
            .status(AgreementStatus.SIGNED);
    Stream.of("zhongqiao", "qiangfeng")
        .map(Ref::institution)
        .map(Party::of)
        .forEach(builder::addParty); // builders' methods work as method references too
    Agreement agreement =
        builder
            .addHistory(
                HistoryEntry.builder()
                    .status(AgreementStatus.PROPOSED)
                    .date(PartialDate.of("2024-03"))
                    .build())
            .addHistory(
                HistoryEntry.builder()
                    .status(AgreementStatus.SIGNED)
                    .date(PartialDate.of("2024-06-12"))
                    .build())
            .signedOn(PartialDate.of("2024-06-12"))
            .addAreas(Area.of("internship"))
            .build();
    return data.with(agreement);
  }

  /**
   * Writes {@code data} as one YAML file and reads it back: the same records, so an equal dataset.
   */
  public static Dataset writeAndReadBack(Dataset data, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    DatasetWriter.yaml().write(data, file); // atomic: a failed write leaves the old file whole
    return DatasetReader.create().read(file).dataset();
  }

  /**
   * A dataset built in code whose references point at nothing, or at a record of the wrong kind: a
   * parent, a member, a party and a source that exist nowhere, and a host that is a person.
   */
  public static Dataset danglingReferences() {
    Institution school =
        Institution.builder()
            .id("school")
            .name("A school")
            .kind(InstitutionKind.SCHOOL)
            .parent(Ref.institution("ghost"))
            .build();
    Person dean =
        Person.builder()
            .id("dean")
            .name("A dean")
            .addPosts(Post.builder().title("Dean").institution(Ref.institution("school")).build())
            .build();
    Delegation visit =
        Delegation.builder()
            .id("visit")
            .date(PartialDate.of("2024-05"))
            .visiting(
                Side.builder()
                    .addInstitutions(Ref.institution("school"))
                    .addMembers(Participant.of(Ref.person("nobody")))
                    .build())
            .host(Side.builder().addInstitutions(Ref.institution("dean")).build())
            .build();
    Agreement agreement =
        Agreement.builder()
            .id("agreement")
            .title("An agreement")
            .kind(AgreementKind.OTHER)
            .status(AgreementStatus.PROPOSED)
            .addParties(Party.of(Ref.institution("school")), Party.of(Ref.institution("zzz")))
            .addSources(Ref.source("nosuch"))
            .build();
    return Dataset.of(List.of(school, dean, visit, agreement));
  }

  /** Validates a dataset however it was made: the same checks as {@code liaison validate}. */
  public static List<Problem> validate(Dataset data) {
    return Validation.withDiscoveredPlugins().validate(data).problems();
  }

  /**
   * Validates files as {@code liaison validate} does: the reader's problems and the validators'.
   */
  public static List<Problem> validate(Path file) {
    return Validation.withDiscoveredPlugins()
        .validate(DatasetReader.create().read(file))
        .problems();
  }

  /** Runs every task on the directory named by the first argument (default {@code examples}). */
  public static void main(String[] args) throws IOException {
    Dataset data = load(Path.of(args.length > 0 ? args[0] : "examples"));
    System.out.println("Visits hosted by Zhongqiao: " + visitsHostedBy(data, "zhongqiao"));
    agreementsWithHistory(data, "zhongqiao").forEach(System.out::println);
    System.out.println("Sub-units: " + subUnits(data, "zhongqiao"));
    peopleWithPosts(data, "zhongqiao").forEach(System.out::println);
    System.out.println("Citing: " + citing(data, "src.zhejiang-chamber-visit"));
    Dataset more = addAgreement(data);
    Dataset back = writeAndReadBack(more, Path.of("target", "guide", "dataset.yaml"));
    System.out.println("Read back equal: " + back.equals(more));
    validate(danglingReferences()).forEach(System.out::println);
  }
}
