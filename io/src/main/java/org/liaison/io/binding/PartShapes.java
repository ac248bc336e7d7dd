package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.NAME_KINDS;
import static org.liaison.io.binding.Fields.SOURCES;
import static org.liaison.io.binding.Fields.date;
import static org.liaison.io.binding.Fields.field;
import static org.liaison.io.binding.Fields.sources;
import static org.liaison.io.binding.Fields.text;

import java.util.Optional;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.NameKind;
import org.liaison.model.OtherName;
import org.liaison.model.Place;
import org.liaison.model.Post;

/**
 * The shapes of the parts of institutions and people: other names, places, posts. Part of the table
 * of the format, {@link Shapes}.
 */
final class PartShapes {
  private PartShapes() {}

  static final Shape<OtherName.Builder, OtherName> OTHER_NAME =
      new Shape<>(
              "other name",
              "Another name; a bare string is an alias.",
              OtherName::builder,
              OtherName.Builder::clear,
              OtherName.Builder::build)
          .required("name", text(OtherName.Builder::name, OtherName::name), "The name.")
          .optional(
              "lang",
              text(OtherName.Builder::lang, OtherName::lang),
              "Its language, a BCP 47 tag with script subtags (zh-Hans).")
          .optional(
              "kind",
              field(
                  Element.oneOf(NAME_KINDS), OtherName.Builder::kind, PartShapes::kindUnlessAlias),
              "What the name is; alias when not written.");

  static final Element<OtherName> OTHER_NAME_ITEM =
      Element.shortOrObject(
          b -> {
            if (b.token == TokenStream.SCALAR) {
              String s = b.string();
              return s == null ? null : OtherName.of(s);
            }
            return b.object(OTHER_NAME);
          },
          Element.TEXT,
          OTHER_NAME);

  static final Shape<Place.Builder, Place> PLACE =
      new Shape<>(
              "location",
              "A geographic location; every part is optional.",
              Place::builder,
              Place.Builder::clear,
              Place.Builder::build)
          .optional("city", text(Place.Builder::city, Place::city), "The city.")
          .optional(
              "region",
              text(Place.Builder::region, Place::region),
              "The region, province or state.")
          .optional(
              "country",
              text(Place.Builder::country, Place::country),
              "The country, as an ISO 3166-1 alpha-2 code (CN).")
          .optional("address", text(Place.Builder::address, Place::address), "The street address.");

  static final Shape<Post.Builder, Post> POST =
      new Shape<>(
              "post",
              "A post a person holds, usually at an institution.",
              Post::builder,
              Post.Builder::clear,
              Post.Builder::build)
          .required(
              "title", text(Post.Builder::title, Post::title), "The title (Dean, Party Secretary).")
          .optional(
              "institution",
              field(INSTITUTION, Post.Builder::institution, Post::institution),
              "Where the post is held.")
          .optional(
              "since", date(Post.Builder::since, Post::since), "When the person took the post.")
          .optional("until", date(Post.Builder::until, Post::until), "When the person left it.")
          .optional("sources", sources(Post.Builder::sources, Post::sources), SOURCES);

  /** The kind of a name, or nothing for an alias, which is not written. */
  static Optional<NameKind> kindUnlessAlias(OtherName name) {
    return name.kind() == NameKind.ALIAS ? Optional.empty() : Optional.of(name.kind());
  }
}
