package org.liaison.io.binding;

import java.util.List;
import java.util.Optional;
import org.liaison.model.Institution;
import org.liaison.model.NameKind;
import org.liaison.model.OtherName;
import org.liaison.model.PartialDate;
import org.liaison.model.Place;
import org.liaison.model.Post;
import org.liaison.model.Ref;
import org.liaison.model.Source;

/**
 * The code of the parts of institutions and people: their builders and accessors, by the names of
 * the fields in {@link PartShapes}.
 */
final class PartAccess {
  private PartAccess() {}

  /** The code of {@link PartShapes#OTHER_NAME}. */
  static final class OtherNameAccess extends Access<OtherName.Builder, OtherName> {
    @Override
    OtherName.Builder create() {
      return OtherName.builder();
    }

    @Override
    void clear(OtherName.Builder builder) {
      builder.clear();
    }

    @Override
    OtherName build(OtherName.Builder builder) {
      return builder.build();
    }

    @Override
    void set(OtherName.Builder b, String name, Object v) {
      switch (name) {
        case "name" -> b.name((String) v);
        case "lang" -> b.lang((String) v);
        case "kind" -> b.kind((NameKind) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(OtherName r, String name) {
      return switch (name) {
        case "name" -> r.name();
        case "lang" -> r.lang();
        case "kind" -> kindUnlessAlias(r);
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link PartShapes#PLACE}. */
  static final class PlaceAccess extends Access<Place.Builder, Place> {
    @Override
    Place.Builder create() {
      return Place.builder();
    }

    @Override
    void clear(Place.Builder builder) {
      builder.clear();
    }

    @Override
    Place build(Place.Builder builder) {
      return builder.build();
    }

    @Override
    void set(Place.Builder b, String name, Object v) {
      switch (name) {
        case "city" -> b.city((String) v);
        case "region" -> b.region((String) v);
        case "country" -> b.country((String) v);
        case "address" -> b.address((String) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Place r, String name) {
      return switch (name) {
        case "city" -> r.city();
        case "region" -> r.region();
        case "country" -> r.country();
        case "address" -> r.address();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link PartShapes#POST}. */
  static final class PostAccess extends Access<Post.Builder, Post> {
    @Override
    Post.Builder create() {
      return Post.builder();
    }

    @Override
    void clear(Post.Builder builder) {
      builder.clear();
    }

    @Override
    Post build(Post.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Post.Builder b, String name, Object v) {
      switch (name) {
        case "title" -> b.title((String) v);
        case "institution" -> b.institution((Ref<Institution>) v);
        case "since" -> b.since((PartialDate) v);
        case "until" -> b.until((PartialDate) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Post r, String name) {
      return switch (name) {
        case "title" -> r.title();
        case "institution" -> r.institution();
        case "since" -> r.since();
        case "until" -> r.until();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }

  /** The kind of a name, or nothing for an alias, which is not written. */
  static Optional<NameKind> kindUnlessAlias(OtherName name) {
    return name.kind() == NameKind.ALIAS ? Optional.empty() : Optional.of(name.kind());
  }
}
