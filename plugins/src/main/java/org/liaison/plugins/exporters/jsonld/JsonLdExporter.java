package org.liaison.plugins.exporters.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.io.writing.PrettyJson;
import org.liaison.model.Dataset;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.OtherName;
import org.liaison.model.Person;
import org.liaison.model.Post;
import org.liaison.model.Source;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import tools.jackson.core.JsonGenerator;

/**
 * {@code --format jsonld}: the dataset as schema.org JSON-LD, one {@code @graph} whose context is
 * {@code {"@vocab": "https://schema.org/"}}, so that it expands without fetching anything.
 * Institutions are organizations of the closest schema.org type with {@code parentOrganization};
 * people are {@code Person}s whose posts are {@code OrganizationRole}s under {@code memberOf};
 * delegations are {@code Event}s ({@link JsonLdActivities}); agreements are {@code CreativeWork}s,
 * schema.org having no type for a contract; sources are {@code CreativeWork}s that the records they
 * back are {@code subjectOf}. Node ids are {@code #} and the record's id.
 */
public final class JsonLdExporter implements Exporter {
  private static final Map<InstitutionKind, String> TYPES =
      Map.ofEntries(
          Map.entry(InstitutionKind.UNIVERSITY, "CollegeOrUniversity"),
          Map.entry(InstitutionKind.COLLEGE, "CollegeOrUniversity"),
          Map.entry(InstitutionKind.VOCATIONAL_COLLEGE, "CollegeOrUniversity"),
          Map.entry(InstitutionKind.SCHOOL, "CollegeOrUniversity"),
          Map.entry(InstitutionKind.JOINT_INSTITUTE, "EducationalOrganization"),
          Map.entry(InstitutionKind.RESEARCH_INSTITUTE, "ResearchOrganization"),
          Map.entry(InstitutionKind.ENTERPRISE, "Corporation"),
          Map.entry(InstitutionKind.ENTERPRISE_GROUP, "Corporation"),
          Map.entry(InstitutionKind.GOVERNMENT_AGENCY, "GovernmentOrganization"));

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public JsonLdExporter() {}

  @Override
  public String id() {
    return "jsonld";
  }

  @Override
  public String description() {
    return "schema.org JSON-LD: organizations, people, events, agreements and sources.";
  }

  @Override
  public String extension() {
    return "jsonld";
  }

  @Override
  public String mediaType() {
    return "application/ld+json";
  }

  /** The schema.org type of an institution of {@code kind}; {@code Organization} if no closer. */
  static String type(InstitutionKind kind) {
    return TYPES.getOrDefault(kind, "Organization");
  }

  @Override
  public void export(Dataset dataset, OutputStream out, ExportContext context) throws IOException {
    try (JsonGenerator g = PrettyJson.generator(out)) {
      JsonLdWriter ld = new JsonLdWriter(g);
      g.writeStartObject();
      g.writeObjectPropertyStart("@context");
      g.writeStringProperty("@vocab", "https://schema.org/");
      g.writeEndObject();
      g.writeArrayPropertyStart("@graph");
      dataset.institutions().forEach(i -> institution(ld, i));
      dataset.people().forEach(p -> person(ld, p));
      JsonLdActivities activities = new JsonLdActivities(ld);
      dataset.delegations().forEach(activities::delegation);
      dataset.agreements().forEach(activities::agreement);
      dataset.sources().forEach(s -> source(ld, s));
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void institution(JsonLdWriter ld, Institution i) {
    ld.start(Optional.of(i.id()), type(i.kind()));
    ld.text("name", i.name());
    ld.texts("alternateName", i.names().stream().map(OtherName::name).toList());
    i.parent().ifPresent(p -> ld.ref("parentOrganization", p));
    ld.address("address", i.location());
    ld.text("url", i.website());
    if (!i.identifiers().isEmpty()) {
      JsonGenerator g = ld.generator();
      g.writeArrayPropertyStart("identifier");
      i.identifiers()
          .forEach(
              (scheme, value) -> {
                ld.start(Optional.empty(), "PropertyValue");
                ld.text("propertyID", scheme);
                ld.text("value", value);
                ld.end();
              });
      g.writeEndArray();
    }
    ld.text("description", i.notes());
    ld.sources(i.sources());
    ld.end();
  }

  /**
   * A person; each post with an institution is an {@code OrganizationRole} in {@code memberOf}
   * (schema.org's role pattern: the role holds {@code memberOf} again), a post without one a {@code
   * jobTitle}.
   */
  private static void person(JsonLdWriter ld, Person p) {
    ld.start(Optional.of(p.id()), "Person");
    ld.text("name", p.name());
    ld.texts("alternateName", p.names().stream().map(OtherName::name).toList());
    ld.texts(
        "jobTitle",
        p.posts().stream().filter(post -> post.institution().isEmpty()).map(Post::title).toList());
    List<Post> roles = p.posts().stream().filter(post -> post.institution().isPresent()).toList();
    if (!roles.isEmpty()) {
      JsonGenerator g = ld.generator();
      g.writeArrayPropertyStart("memberOf");
      for (Post post : roles) {
        ld.start(Optional.empty(), "OrganizationRole");
        ld.text("roleName", post.title());
        ld.text("startDate", post.since());
        ld.text("endDate", post.until());
        ld.ref("memberOf", post.institution().get());
        ld.sources(post.sources());
        ld.end();
      }
      g.writeEndArray();
    }
    ld.text("description", p.notes());
    ld.sources(p.sources());
    ld.end();
  }

  private static void source(JsonLdWriter ld, Source s) {
    ld.start(Optional.of(s.id()), "CreativeWork");
    ld.text("name", s.title());
    ld.text("url", s.url());
    if (s.publisher().isPresent()) {
      ld.generator().writeName("publisher");
      ld.start(Optional.empty(), "Organization");
      ld.text("name", s.publisher());
      ld.end();
    }
    ld.text("datePublished", s.published());
    ld.text("inLanguage", s.lang());
    ld.end();
  }
}
