package org.liaison.io;

import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.model.Location;

/**
 * A YAML comment addressed to Liaison, found while reading: one whose text starts with {@code
 * liaison-}, such as {@code # liaison-disable-next-line value.date -- reason}. The reader keeps
 * such comments, and no others, so that what acts on them never reads a file again.
 *
 * @param location where the comment's {@code #} is
 * @param text the comment after its {@code #} and the spaces after that, without the line break
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Directive(Location location, String text) {
  /** The start of the text of every comment kept. */
  public static final String PREFIX = "liaison-";

  /** Checks that neither part is null. */
  public Directive {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }
}
