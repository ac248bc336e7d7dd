package org.liaison.plugins;

import java.util.Objects;
import org.apiguardian.api.API;

/** What {@code liaison plugins} shows of a discovered plugin. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PluginDescriptor {
  /** The extension point a plugin implements. */
  public enum Kind {
    /** A {@link Validator}. */
    VALIDATOR,
    /** An {@link Exporter}. */
    EXPORTER
  }

  private final String id;
  private final Kind kind;
  private final String version;
  private final String description;
  private final String className;
  private final String jar;

  PluginDescriptor(
      String id, Kind kind, String version, String description, String className, String jar) {
    this.id = Objects.requireNonNull(id);
    this.kind = kind;
    this.version = version;
    this.description = description;
    this.className = className;
    this.jar = jar;
  }

  /** The plugin's id: a validator's, or an exporter's (its format). */
  public String id() {
    return id;
  }

  /** Which extension point. */
  public Kind kind() {
    return kind;
  }

  /**
   * The version: the {@code Implementation-Version} of the jar's manifest, else the {@code version}
   * of the {@code META-INF/maven/…/pom.properties} Maven puts in a jar, else {@code unknown}.
   */
  public String version() {
    return version;
  }

  /** The plugin's one-line description. */
  public String description() {
    return description;
  }

  /** The implementing class. */
  public String className() {
    return className;
  }

  /** The jar or directory the class came from, or {@code unknown}. */
  public String jar() {
    return jar;
  }

  @Override
  public String toString() {
    return className + " (" + jar + ")";
  }
}
