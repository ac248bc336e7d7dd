package org.liaison.io.binding;

import java.util.List;
import java.util.Map;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.OtherName;
import org.liaison.model.PartialDate;
import org.liaison.model.Person;
import org.liaison.model.Place;
import org.liaison.model.Post;
import org.liaison.model.Ref;
import org.liaison.model.Source;

/**
 * The code of the records institution, person and source: their builders and accessors, by the
 * names of the fields in {@link Shapes}.
 */
final class RecordAccess {
  private RecordAccess() {}

  /** The code of {@link Shapes#INSTITUTION_RECORD}. */
  static final class InstitutionAccess extends Access<Institution.Builder, Institution> {
    @Override
    Institution.Builder create() {
      return Institution.builder();
    }

    @Override
    void clear(Institution.Builder builder) {
      builder.clear();
    }

    @Override
    Institution build(Institution.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Institution.Builder b, String name, Object v) {
      switch (name) {
        case "id" -> b.id((Id) v);
        case "name" -> b.name((String) v);
        case "names" -> b.names((List<OtherName>) v);
        case "kind" -> b.kind((InstitutionKind) v);
        case "parent" -> b.parent((Ref<Institution>) v);
        case "location" -> b.location((Place) v);
        case "identifiers" -> b.identifiers((Map<String, String>) v);
        case "website" -> b.website((String) v);
        case "notes" -> b.notes((String) v);
        case "labels" -> b.labels((Map<String, String>) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Institution r, String name) {
      return switch (name) {
        case "id" -> r.id();
        case "name" -> r.name();
        case "names" -> r.names();
        case "kind" -> r.kind();
        case "parent" -> r.parent();
        case "location" -> r.location();
        case "identifiers" -> r.identifiers();
        case "website" -> r.website();
        case "notes" -> r.notes();
        case "labels" -> r.labels();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link Shapes#PERSON_RECORD}. */
  static final class PersonAccess extends Access<Person.Builder, Person> {
    @Override
    Person.Builder create() {
      return Person.builder();
    }

    @Override
    void clear(Person.Builder builder) {
      builder.clear();
    }

    @Override
    Person build(Person.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Person.Builder b, String name, Object v) {
      switch (name) {
        case "id" -> b.id((Id) v);
        case "name" -> b.name((String) v);
        case "names" -> b.names((List<OtherName>) v);
        case "posts" -> b.posts((List<Post>) v);
        case "notes" -> b.notes((String) v);
        case "labels" -> b.labels((Map<String, String>) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Person r, String name) {
      return switch (name) {
        case "id" -> r.id();
        case "name" -> r.name();
        case "names" -> r.names();
        case "posts" -> r.posts();
        case "notes" -> r.notes();
        case "labels" -> r.labels();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link Shapes#SOURCE_RECORD}. */
  static final class SourceAccess extends Access<Source.Builder, Source> {
    @Override
    Source.Builder create() {
      return Source.builder();
    }

    @Override
    void clear(Source.Builder builder) {
      builder.clear();
    }

    @Override
    Source build(Source.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Source.Builder b, String name, Object v) {
      switch (name) {
        case "id" -> b.id((Id) v);
        case "url" -> b.url((String) v);
        case "title" -> b.title((String) v);
        case "publisher" -> b.publisher((String) v);
        case "published" -> b.published((PartialDate) v);
        case "accessed" -> b.accessed((PartialDate) v);
        case "lang" -> b.lang((String) v);
        case "labels" -> b.labels((Map<String, String>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Source r, String name) {
      return switch (name) {
        case "id" -> r.id();
        case "url" -> r.url();
        case "title" -> r.title();
        case "publisher" -> r.publisher();
        case "published" -> r.published();
        case "accessed" -> r.accessed();
        case "lang" -> r.lang();
        case "labels" -> r.labels();
        default -> throw noField(name);
      };
    }
  }
}
