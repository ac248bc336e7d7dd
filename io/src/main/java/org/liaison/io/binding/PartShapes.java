package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.NAME_KINDS;
import static org.liaison.io.binding.Fields.SOURCES;
import static org.liaison.io.binding.Fields.SOURCE_REFS;

import org.liaison.io.binding.PartAccess.OtherNameAccess;
import org.liaison.io.binding.PartAccess.PlaceAccess;
import org.liaison.io.binding.PartAccess.PostAccess;
import org.liaison.io.tokens.TokenStream;
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
      new Shape<>("other name", "Another name; a bare string is an alias.", new OtherNameAccess())
          .required("name", Element.TEXT, "The name.")
          .optional(
              "lang", Element.TEXT, "Its language, a BCP 47 tag with script subtags (zh-Hans).")
          .optional("kind", Element.oneOf(NAME_KINDS), "What the name is; alias when not written.");

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
      new Shape<>("location", "A geographic location; every part is optional.", new PlaceAccess())
          .optional("city", Element.TEXT, "The city.")
          .optional("region", Element.TEXT, "The region, province or state.")
          .optional("country", Element.TEXT, "The country, as an ISO 3166-1 alpha-2 code (CN).")
          .optional("address", Element.TEXT, "The street address.");

  static final Shape<Post.Builder, Post> POST =
      new Shape<>("post", "A post a person holds, usually at an institution.", new PostAccess())
          .required("title", Element.TEXT, "The title (Dean, Party Secretary).")
          .optional("institution", INSTITUTION, "Where the post is held.")
          .optional("since", Element.DATE, "When the person took the post.")
          .optional("until", Element.DATE, "When the person left it.")
          .optional("sources", SOURCE_REFS, SOURCES);
}
