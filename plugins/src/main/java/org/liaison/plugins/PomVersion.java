package org.liaison.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The version of a plugin jar built by Maven without a version in its manifest: the {@code version}
 * of the {@code META-INF/maven/<groupId>/<artifactId>/pom.properties} that Maven's jar plugin puts
 * in every jar by default.
 */
final class PomVersion {
  private PomVersion() {}

  /**
   * The version in the jar's only {@code pom.properties}, or, in a jar with several, in the one
   * whose group id starts the class name; empty for a directory or a jar without one.
   */
  static Optional<String> of(String jar, String className) {
    Path path = Path.of(jar);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try (JarFile file = new JarFile(path.toFile())) {
      List<Properties> poms = new ArrayList<>();
      for (JarEntry e : file.stream().toList()) {
        if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
          Properties p = new Properties();
          try (InputStream in = file.getInputStream(e)) {
            p.load(in);
          }
          poms.add(p);
        }
      }
      if (poms.size() > 1) {
        poms.removeIf(p -> !className.startsWith(p.getProperty("groupId", "") + "."));
      }
      return poms.size() == 1
          ? Optional.ofNullable(poms.get(0).getProperty("version"))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
