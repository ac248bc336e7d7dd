package org.liaison.plugins.exporters.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;
import org.liaison.model.Institution;
import org.liaison.plugins.exporters.Exports;

/**
 * The {@code jsonld} export expanded by Titanium, a JSON-LD 1.1 processor, with a document loader
 * that refuses every request: the context works offline, every type and property expands to a
 * schema.org IRI, and node references expand to the nodes of the same document.
 */
class JsonLdExporterTest {
  private static final String SCHEMA = "https://schema.org/";
  private static final URI BASE = URI.create("https://data.example/liaison.jsonld");

  private final AtomicInteger fetches = new AtomicInteger();
  private final DocumentLoader offline =
      (url, options) -> {
        fetches.incrementAndGet();
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
      };

  private JsonArray expand(Dataset data) throws JsonLdError {
    byte[] jsonld = Exports.export(new JsonLdExporter(), data).bytes();
    return JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(jsonld)))
        .base(BASE)
        .loader(offline)
        .get();
  }

  /** The expanded top-level nodes by their {@code @id}. */
  private static Map<String, JsonObject> nodes(JsonArray expanded) {
    return expanded.stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(n -> n.getString("@id"), Function.identity()));
  }

  private static String type(JsonObject node) {
    return node.getJsonArray("@type").getString(0);
  }

  private static String id(String recordId) {
    return BASE + "#" + recordId;
  }

  /** Every key that is not a JSON-LD keyword, and every type, anywhere in {@code value}. */
  private static void terms(JsonValue value, List<String> out) {
    if (value instanceof JsonArray) {
      value.asJsonArray().forEach(v -> terms(v, out));
    } else if (value instanceof JsonObject) {
      value
          .asJsonObject()
          .forEach(
              (key, v) -> {
                if (key.equals("@type")) {
                  v.asJsonArray().forEach(t -> out.add(((JsonString) t).getString()));
                } else if (!key.startsWith("@")) {
                  out.add(key);
                }
                terms(v, out);
              });
    }
  }

  @Test
  void examples_expandOffline_everyTypeAndPropertyASchemaOrgIri() throws JsonLdError {
    // given
    Dataset data = Exports.examples();

    // when
    JsonArray expanded = expand(data);

    // then
    assertThat(fetches).hasValue(0);
    assertThat(expanded).hasSize(data.size());
    List<String> terms = new ArrayList<>();
    terms(expanded, terms);
    assertThat(terms).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith(SCHEMA));
    Map<String, JsonObject> nodes = nodes(expanded);
    for (Institution i : data.institutions()) {
      assertThat(type(nodes.get(id(i.id().value()))))
          .isEqualTo(SCHEMA + JsonLdExporter.type(i.kind()));
    }
    assertThat(nodes.values())
        .filteredOn(n -> type(n).equals(SCHEMA + "Person"))
        .hasSize(data.people().size());
    assertThat(nodes.values())
        .filteredOn(n -> type(n).equals(SCHEMA + "Event"))
        .hasSize(data.delegations().size());
    assertThat(nodes.values())
        .filteredOn(n -> type(n).equals(SCHEMA + "CreativeWork"))
        .hasSize(data.agreements().size() + data.sources().size());
  }

  @Test
  void examples_mapping_universityPartOfItsParent_personInARole_eventHostedAndVisited()
      throws JsonLdError {
    // given
    Map<String, JsonObject> nodes = nodes(expand(Exports.examples()));

    // when
    JsonObject school = nodes.get(id("zhongqiao.info-eng"));
    JsonObject weiPeng = nodes.get(id("wei-peng"));
    JsonObject visit = nodes.get(id("del.zhejiang-chamber-visits-zhongqiao"));
    JsonObject agreement = nodes.get(id("agr.info-eng-qiangfeng-party-building"));

    // then
    assertThat(type(school)).isEqualTo(SCHEMA + "CollegeOrUniversity");
    assertThat(school.getJsonArray(SCHEMA + "parentOrganization").getJsonObject(0).getString("@id"))
        .isEqualTo(id("zhongqiao"));
    JsonObject role = weiPeng.getJsonArray(SCHEMA + "memberOf").getJsonObject(0);
    assertThat(type(role)).isEqualTo(SCHEMA + "OrganizationRole");
    assertThat(role.getJsonArray(SCHEMA + "memberOf").getJsonObject(0).getString("@id"))
        .isEqualTo(id("zhongqiao.iei-office"));
    assertThat(visit.getJsonArray(SCHEMA + "startDate").getJsonObject(0).getString("@value"))
        .isEqualTo("2024-03-21");
    assertThat(visit.getJsonArray(SCHEMA + "organizer").getJsonObject(0).getString("@id"))
        .isEqualTo(id("zhongqiao"));
    assertThat(visit.getJsonArray(SCHEMA + "attendee").getJsonObject(0).getString("@id"))
        .isEqualTo(id("zhejiang-chamber-shanghai"));
    assertThat(
            agreement
                .getJsonArray(SCHEMA + "creativeWorkStatus")
                .getJsonObject(0)
                .getString("@value"))
        .isEqualTo("signed");
    assertThat(agreement.getJsonArray(SCHEMA + "recordedAt").getJsonObject(0).getString("@id"))
        .isEqualTo(id("del.qiangfeng-signing"));
    assertThat(agreement.getJsonArray(SCHEMA + "hasPart")).hasSize(7);
  }

  @Test
  void examples_toRdf_parentOrganizationIsATripleBetweenTwoNodes() throws JsonLdError {
    // given
    byte[] jsonld = Exports.export(new JsonLdExporter(), Exports.examples()).bytes();
    List<String> triples = new ArrayList<>();

    // when
    JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonld)))
        .base(BASE)
        .loader(offline)
        .provide(
            (s, p, o, datatype, lang, direction, graph) -> {
              triples.add(s + " " + p + " " + o);
              return null;
            });

    // then
    assertThat(triples)
        .contains(id("zuel.ies") + " " + SCHEMA + "parentOrganization " + id("zuel"));
    assertThat(fetches).hasValue(0);
  }

  @Test
  void trickyText_expandsAsWritten() throws JsonLdError {
    // given
    Dataset data = Exports.tricky();

    // when
    Map<String, JsonObject> nodes = nodes(expand(data));

    // then
    assertThat(
            nodes.get(id("uni")).getJsonArray(SCHEMA + "name").getJsonObject(0).getString("@value"))
        .isEqualTo(data.institution("uni").orElseThrow().name());
    assertThat(
            nodes
                .get(id("visit.no-year"))
                .getJsonArray(SCHEMA + "startDate")
                .getJsonObject(0)
                .getString("@value"))
        .isEqualTo("--11-18");
    JsonObject agreement = nodes.get(id("agr"));
    assertThat(
            agreement
                .getJsonArray(SCHEMA + "temporalCoverage")
                .getJsonObject(0)
                .getString("@value"))
        .isEqualTo("2024-06/2027");
    assertThat(
            agreement
                .getJsonArray(SCHEMA + "hasPart")
                .getJsonObject(0)
                .getJsonArray(SCHEMA + "description")
                .getJsonObject(0)
                .getString("@value"))
        .isEqualTo("at least 1.50 million CNY per year");
  }
}
