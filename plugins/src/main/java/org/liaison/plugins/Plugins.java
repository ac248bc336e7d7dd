package org.liaison.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * The validators and exporters found with {@link ServiceLoader}, on the class path (through {@code
 * META-INF/services}) and on the module path (through {@code provides}). Each provider is loaded
 * inside its own guard: one that fails to load becomes a {@code plugin.failed} problem naming it
 * and its jar, and the others are still found. Liaison's built-in validators and exporters are
 * found the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Plugins {
  private static final int MAX_FAILURES = 100;

  /** How a {@code plugin.failed} message tells where the stack trace is. */
  static final String DEBUG_HINT = "`--debug` prints its stack trace";

  private final List<Validator> validators;
  private final List<Exporter> exporters;
  private final Map<Object, PluginDescriptor> descriptors;
  private final List<Problem> failures;
  private final List<Throwable> failureCauses;

  private Plugins(
      List<Validator> validators,
      List<Exporter> exporters,
      Map<Object, PluginDescriptor> descriptors,
      List<Problem> failures,
      List<Throwable> failureCauses) {
    this.validators = List.copyOf(validators);
    this.exporters = List.copyOf(exporters);
    this.descriptors = descriptors;
    this.failures = List.copyOf(failures);
    this.failureCauses = List.copyOf(failureCauses);
  }

  /** Discovers the plugins visible to this class's loader and its module layer. */
  public static Plugins discover() {
    return discover(Plugins.class.getClassLoader());
  }

  /**
   * Discovers the plugins visible to {@code loader}.
   *
   * @throws PluginConflictException if two plugins have one id, or two exporters one format; the
   *     message names both classes and their jars
   */
  public static Plugins discover(ClassLoader loader) {
    List<Problem> failures = new ArrayList<>();
    List<Throwable> causes = new ArrayList<>();
    Map<Object, PluginDescriptor> descriptors = new HashMap<>();
    List<Validator> validators = load(Validator.class, loader, failures, causes);
    List<Exporter> exporters = load(Exporter.class, loader, failures, causes);
    validators.removeIf(v -> !guardId(v, Validator::id, failures, causes));
    exporters.removeIf(e -> !guardId(e, Exporter::id, failures, causes));
    for (Validator v : validators) {
      descriptors.put(v, describe(v, v.id(), PluginDescriptor.Kind.VALIDATOR, v.description()));
    }
    for (Exporter e : exporters) {
      descriptors.put(e, describe(e, e.id(), PluginDescriptor.Kind.EXPORTER, e.description()));
    }
    validators.sort(Comparator.comparing(Validator::id));
    exporters.sort(Comparator.comparing(Exporter::id));
    conflicts(validators, Validator::id, "validators have the id", descriptors);
    conflicts(exporters, Exporter::id, "exporters have the format", descriptors);
    return new Plugins(validators, exporters, descriptors, failures, causes);
  }

  /** Plugins given in code, for tests and embedding; no discovery. */
  public static Plugins of(List<Validator> validators, List<Exporter> exporters) {
    Map<Object, PluginDescriptor> descriptors = new HashMap<>();
    List<Validator> vs = new ArrayList<>(validators);
    List<Exporter> es = new ArrayList<>(exporters);
    vs.forEach(
        v ->
            descriptors.put(
                v, describe(v, v.id(), PluginDescriptor.Kind.VALIDATOR, v.description())));
    es.forEach(
        e ->
            descriptors.put(
                e, describe(e, e.id(), PluginDescriptor.Kind.EXPORTER, e.description())));
    vs.sort(Comparator.comparing(Validator::id));
    es.sort(Comparator.comparing(Exporter::id));
    conflicts(vs, Validator::id, "validators have the id", descriptors);
    conflicts(es, Exporter::id, "exporters have the format", descriptors);
    return new Plugins(vs, es, descriptors, List.of(), List.of());
  }

  private static <S> List<S> load(
      Class<S> service, ClassLoader loader, List<Problem> failures, List<Throwable> causes) {
    List<S> found = new ArrayList<>();
    Iterator<S> it = ServiceLoader.load(service, loader).iterator();
    for (int failed = 0; failed < MAX_FAILURES; ) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        failed++;
        failures.add(loadFailure(service, loader, e));
        causes.add(e);
      }
    }
    return found;
  }

  private static Problem loadFailure(Class<?> service, ClassLoader loader, Throwable e) {
    String message = String.valueOf(e.getMessage());
    String provider = message.replaceFirst("(?s)^.*Provider (\\S+).*$", "$1");
    if (provider.equals(message)) {
      provider = "a provider";
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String jar = listingJar(service, loader, provider);
    return BuiltinCode.PLUGIN_FAILED
        .problem(
            "the "
                + service.getSimpleName().toLowerCase()
                + " plugin "
                + provider
                + " from "
                + jar
                + " could not be loaded: "
                + cause
                + "; its checks are missing from this run: fix or remove the jar ("
                + DEBUG_HINT
                + ")")
        .location(Location.ofFile(jar))
        .build();
  }

  /** The jar whose {@code META-INF/services} file lists {@code provider}. */
  private static String listingJar(Class<?> service, ClassLoader loader, String provider) {
    try {
      Enumeration<URL> lists = loader.getResources("META-INF/services/" + service.getName());
      while (lists.hasMoreElements()) {
        URL url = lists.nextElement();
        try (InputStream in = url.openStream()) {
          if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(provider)) {
            String s = url.toString();
            int bang = s.indexOf("!/");
            if (s.startsWith("jar:") && bang > 0) {
              return Path.of(URI.create(s.substring(4, bang))).toString();
            }
            return s;
          }
        }
      }
    } catch (IOException e) {
      // fall through: the jar stays unknown
    }
    return "an unknown jar";
  }

  private static <S> boolean guardId(
      S plugin, Function<S, String> id, List<Problem> failures, List<Throwable> causes) {
    String name;
    try {
      name = id.apply(plugin);
    } catch (RuntimeException e) {
      failures.add(
          BuiltinCode.PLUGIN_FAILED
              .problem(
                  "the plugin "
                      + plugin.getClass().getName()
                      + " from "
                      + jarOf(plugin.getClass())
                      + " threw "
                      + e
                      + " when asked for its id ("
                      + DEBUG_HINT
                      + ")")
              .location(Location.ofFile(jarOf(plugin.getClass())))
              .build());
      causes.add(e);
      return false;
    }
    if (name == null
        || name.isEmpty()
        || name.contains("/")
        || (name.startsWith("liaison.") && !isBuiltin(plugin))) {
      failures.add(
          BuiltinCode.PLUGIN_FAILED
              .problem(
                  "the plugin "
                      + plugin.getClass().getName()
                      + " from "
                      + jarOf(plugin.getClass())
                      + " has the id `"
                      + name
                      + "`: an id is"
                      + " non-empty, has no '/', and does not start with `liaison.` (reserved)")
              .location(Location.ofFile(jarOf(plugin.getClass())))
              .build());
      return false;
    }
    return true;
  }

  /**
   * Rethrows {@code thrown} if the JVM cannot go on after it, whatever the plugin: a {@link
   * VirtualMachineError} such as running out of memory. A stack overflow has unwound once caught
   * and is the plugin's failure like any other. A host calls this where it catches what a plugin
   * threw, before reporting it as {@code plugin.failed}.
   */
  public static void rethrowIfFatal(Throwable thrown) {
    if (thrown instanceof VirtualMachineError && !(thrown instanceof StackOverflowError)) {
      throw (VirtualMachineError) thrown;
    }
  }

  static boolean isBuiltin(Object plugin) {
    String pkg = plugin.getClass().getPackageName();
    return pkg.equals("org.liaison.plugins.validators")
        || pkg.startsWith("org.liaison.plugins.exporters.");
  }

  private static <S> void conflicts(
      List<S> plugins,
      Function<S, String> id,
      String what,
      Map<Object, PluginDescriptor> descriptors) {
    for (int i = 1; i < plugins.size(); i++) {
      String a = id.apply(plugins.get(i - 1));
      if (a.equals(id.apply(plugins.get(i)))) {
        throw new PluginConflictException(
            "two "
                + what
                + " `"
                + a
                + "`: "
                + descriptors.get(plugins.get(i - 1))
                + " and "
                + descriptors.get(plugins.get(i))
                + "; remove one of the jars");
      }
    }
  }

  private static PluginDescriptor describe(
      Object plugin, String id, PluginDescriptor.Kind kind, String description) {
    Class<?> type = plugin.getClass();
    String version =
        type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    String jar = jarOf(type);
    if (version == null) {
      version = PomVersion.of(jar, type.getName()).orElse("unknown");
    }
    return new PluginDescriptor(
        id, kind, version, description == null ? "" : description, type.getName(), jar);
  }

  static String jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "unknown";
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (Exception e) {
      return source.getLocation().toString();
    }
  }

  /** The validators, in id order. */
  public List<Validator> validators() {
    return validators;
  }

  /** The exporters, in format order. */
  public List<Exporter> exporters() {
    return exporters;
  }

  /** The exporter of {@code format}, if one was found. */
  public Optional<Exporter> exporter(String format) {
    return exporters.stream().filter(e -> e.id().equals(format)).findFirst();
  }

  /** What was found, validators then exporters, each in id order. */
  public List<PluginDescriptor> descriptors() {
    List<PluginDescriptor> all = new ArrayList<>();
    validators.forEach(v -> all.add(descriptors.get(v)));
    exporters.forEach(e -> all.add(descriptors.get(e)));
    return all;
  }

  /** The descriptor of a plugin of this set. */
  public PluginDescriptor describe(Object plugin) {
    return descriptors.get(plugin);
  }

  /** A {@code plugin.failed} problem for each plugin that could not be loaded. */
  public List<Problem> failures() {
    return failures;
  }

  /** What the plugins that could not be loaded threw: for their stack traces. */
  public List<Throwable> failureCauses() {
    return failureCauses;
  }
}
