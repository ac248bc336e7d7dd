package org.liaison.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.plugins.Config;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.PluginConflictException;
import org.liaison.plugins.Plugins;

/** What the goals share: where the data, the configuration and the plugins are. */
abstract class AbstractLiaisonMojo extends AbstractMojo {
  /** The data folder read when {@code dataDirectories} is not set. */
  static final String DEFAULT_DATA = "src/main/liaison";

  /**
   * The folders (or files) of data to read, recursively: their {@code .yaml}, {@code .yml} and
   * {@code .json} files, relative paths against the project's directory. Default: {@code
   * src/main/liaison}, and a module without that folder has nothing to do; a folder named here must
   * exist.
   */
  @Parameter List<File> dataDirectories;

  /**
   * The configuration file. Default: {@code liaison.yaml} in the first data folder or the nearest
   * folder above it, up to the root of the git repository, as the {@code liaison} command finds it.
   */
  @Parameter(property = "liaison.configFile")
  File configFile;

  /**
   * Also look for validators and exporters on the project's runtime class path (its {@code
   * target/classes} and dependencies), for a plugin kept in this module or one of its dependencies.
   * Plugins from elsewhere are added as dependencies of this plugin.
   */
  @Parameter(property = "liaison.useProjectClasspath", defaultValue = "false")
  boolean useProjectClasspath;

  /** Skips the goal. */
  @Parameter(property = "liaison.skip", defaultValue = "false")
  boolean skip;

  /** The project's directory, against which relative paths are resolved. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** The jars of this plugin: its own, the library's and the plugin dependencies added. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  List<Artifact> pluginArtifacts;

  /** The version of this plugin, for the reports. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  String pluginVersion;

  /** The project's runtime class path, read only with {@code useProjectClasspath}. */
  @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true)
  List<String> projectClasspath;

  /** The loader of the project's class path, when {@link #plugins()} made one. */
  private URLClassLoader projectLoader;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    try {
      run();
    } finally {
      if (projectLoader != null) {
        try {
          projectLoader.close();
        } catch (IOException e) {
          getLog().debug("liaison: cannot close the project's class loader", e);
        }
        projectLoader = null;
      }
    }
  }

  /** What the goal does. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** The data paths to read, absolute; empty when the default folder does not exist. */
  List<Path> dataPaths() throws MojoExecutionException {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    if (dataDirectories == null || dataDirectories.isEmpty()) {
      Path dir = base.resolve(DEFAULT_DATA);
      return Files.exists(dir) ? List.of(dir) : List.of();
    }
    List<Path> paths = new ArrayList<>();
    for (File f : dataDirectories) {
      Path p = base.resolve(f.toPath()).normalize();
      if (!Files.exists(p)) {
        throw new MojoExecutionException(
            "the data folder "
                + p
                + " does not exist: fix"
                + " <dataDirectories>, or remove it to read "
                + DEFAULT_DATA);
      }
      paths.add(p);
    }
    return paths;
  }

  /** The configuration file in effect, if any: the one configured, or the one found. */
  Optional<Path> configPath(List<Path> data) throws MojoExecutionException {
    if (configFile != null) {
      Path p = basedir.toPath().resolve(configFile.toPath()).toAbsolutePath().normalize();
      if (!Files.isRegularFile(p)) {
        throw new MojoExecutionException(
            "the configuration file "
                + p
                + " does not exist:"
                + " fix <configFile>, or remove it to use the liaison.yaml found beside the data");
      }
      return Optional.of(p);
    }
    return data.isEmpty() ? Optional.empty() : Config.find(data.get(0));
  }

  /** Reads the configuration. */
  static Config config(Optional<Path> file) throws MojoExecutionException {
    try {
      return file.map(Config::load).orElse(Config.empty());
    } catch (ConfigException e) {
      throw new MojoExecutionException("liaison: " + e.getMessage(), e);
    }
  }

  /** The class path elements added with {@code useProjectClasspath}; empty without it. */
  List<Path> projectClasspath() {
    if (!useProjectClasspath || projectClasspath == null) {
      return List.of();
    }
    return projectClasspath.stream().map(Path::of).toList();
  }

  /**
   * The plugins of this plugin's class realm (built-in ones and the plugin's {@code
   * <dependencies>}), and of the project's class path when asked.
   */
  Plugins plugins() throws MojoExecutionException {
    ClassLoader realm = getClass().getClassLoader();
    List<URL> urls = new ArrayList<>();
    for (Path p : projectClasspath()) {
      if (Files.exists(p)) {
        try {
          urls.add(p.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new MojoExecutionException("cannot use class path element " + p, e);
        }
      }
    }
    if (!urls.isEmpty()) {
      projectLoader = new URLClassLoader(urls.toArray(new URL[0]), realm);
    }
    try {
      return Plugins.discover(projectLoader == null ? realm : projectLoader);
    } catch (PluginConflictException e) {
      throw new MojoExecutionException("liaison: " + e.getMessage(), e);
    }
  }

  /** Reads the data. */
  static LoadResult read(DatasetReader reader, List<Path> paths) throws MojoExecutionException {
    try {
      return reader.read(paths);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("liaison: cannot read the data: " + e.getMessage(), e);
    }
  }

  /**
   * A path as the log shows it: relative to the working directory when below it, as the problems'
   * files are, so that the lines of a multi-module build say which module they are about.
   */
  static String shown(Path p) {
    Path work = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(work) && !abs.equals(work)
        ? work.relativize(abs).toString()
        : abs.toString();
  }

  static String shown(List<Path> paths) {
    return String.join(", ", paths.stream().map(AbstractLiaisonMojo::shown).toList());
  }
}
