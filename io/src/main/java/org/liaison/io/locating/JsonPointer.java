package org.liaison.io.locating;

/** JSON Pointer (RFC 6901) reference tokens: the one place a name is escaped for a pointer. */
public final class JsonPointer {
  private JsonPointer() {}

  /** {@code name} as one reference token: {@code ~} becomes {@code ~0}, {@code /} {@code ~1}. */
  public static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** {@code pointer} with one more token, {@code name} escaped. */
  public static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }
}
