package org.liaison.plugins;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.apiguardian.api.API;
import org.liaison.io.ReadLimits;
import org.liaison.io.ReadLimits.Limit;
import org.liaison.io.messages.Messages;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The configuration file {@code liaison.yaml}: a level per rule ({@code error}, {@code warning},
 * {@code info} or {@code off}), options per plugin, and overrides for files matching globs.
 *
 * <pre>{@code
 * rules:
 *   source.missing: off
 *   acme.sources: { severity: error, options: { minimum: "2" } }
 * overrides:
 *   - files: ["legacy/**"]
 *     rules: { area.unknown: warning }
 * limits:
 *   records: 2000000
 * }</pre>
 *
 * <p>A rule is named by a problem code ({@code area.unknown}, {@code acme.sources/required}) or a
 * validator's id ({@code acme.sources}), which sets all of that validator's codes; a code's own
 * entry wins over its validator's. An exporter's id, its format ({@code summary}), names its
 * options and its codes ({@code summary/skipped}) the same way. Overrides win over {@code rules},
 * later ones over earlier ones. Globs are matched against file paths relative to the directory of
 * the configuration file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Config {
  /** The name the file is searched for. */
  public static final String FILE_NAME = "liaison.yaml";

  private static final Config EMPTY =
      new Config("", Path.of(""), Map.of(), List.of(), ReadLimits.defaults());

  private final String name;
  private final Path baseDir;
  private final Map<String, Setting> rules;
  private final List<Override> overrides;
  private final ReadLimits limits;

  private Config(
      String name,
      Path baseDir,
      Map<String, Setting> rules,
      List<Override> overrides,
      ReadLimits limits) {
    this.name = name;
    this.baseDir = baseDir;
    this.rules = rules;
    this.overrides = overrides;
    this.limits = limits;
  }

  /** The read limits: the defaults, with those set under {@code limits:} instead. */
  public ReadLimits limits() {
    return limits;
  }

  private static ReadLimits limits(Node node, String file) {
    ReadLimits limits = ReadLimits.defaults();
    for (NodeTuple t : mapping(node, file, "`limits`")) {
      Limit limit = limit(t.getKeyNode(), file);
      String text = scalar(t.getValueNode(), file, "a whole number");
      long value;
      try {
        value = Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw error(file, t.getValueNode(), "`" + text + "` is not a whole number");
      }
      try {
        limits = limits.with(limit, value);
      } catch (IllegalArgumentException e) {
        throw error(file, t.getValueNode(), e.getMessage());
      }
    }
    return limits;
  }

  private static Limit limit(Node keyNode, String file) {
    String key = scalar(keyNode, file, "a limit name");
    return Limit.find(key)
        .orElseThrow(
            () -> {
              List<String> names = Arrays.stream(Limit.values()).map(Limit::key).toList();
              return error(
                  file,
                  keyNode,
                  "unknown limit `"
                      + key
                      + "`"
                      + Messages.didYouMean(key, names)
                          .orElse(": the limits are " + String.join(", ", names)));
            });
  }

  /** A rule's configured level (null: not set) and options, with where it was written. */
  static final class Setting {
    final Level level;
    final Map<String, String> options;
    final Map<String, String> optionPlaces;
    final String where;

    Setting(
        Level level, Map<String, String> options, Map<String, String> optionPlaces, String where) {
      this.level = level;
      this.options = options;
      this.optionPlaces = optionPlaces;
      this.where = where;
    }
  }

  private static final class Override {
    final List<PathMatcher> files;
    final List<String> globs;
    final Map<String, Setting> rules;
    final Location at;

    Override(List<PathMatcher> files, List<String> globs, Map<String, Setting> rules, Location at) {
      this.files = files;
      this.globs = globs;
      this.rules = rules;
      this.at = at;
    }
  }

  /** No configuration: every rule at its default. */
  public static Config empty() {
    return EMPTY;
  }

  /**
   * Finds {@code liaison.yaml} in the directory of {@code data} (or {@code data} itself when it is
   * a directory) or the nearest directory above it, up to the root of the git repository that holds
   * it.
   */
  public static Optional<Path> find(Path data) {
    Path dir = data.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a configuration file (YAML 1.2).
   *
   * @throws ConfigException if it cannot be read or is malformed; the message is one line that
   *     starts with the place, {@code liaison.yaml:4:3: }, and says what to change
   */
  public static Config load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    return parse(text, file);
  }

  /**
   * Reads a configuration given as text, as if read from {@code file}, which need not exist: it
   * names the configuration in messages, and its folder is where override globs start.
   *
   * @throws ConfigException if the text is malformed; the message names the place
   */
  public static Config parse(String text, Path file) {
    String name = file.toString();
    Node root = compose(text, name);
    Path base = file.toAbsolutePath().normalize().getParent();
    if (root == null) {
      return new Config(name, base, Map.of(), List.of(), ReadLimits.defaults());
    }
    Map<String, Setting> rules = Map.of();
    List<Override> overrides = List.of();
    ReadLimits limits = ReadLimits.defaults();
    for (NodeTuple t : mapping(root, name, "the configuration")) {
      String key = scalar(t.getKeyNode(), name, "a key");
      switch (key) {
        case "rules":
          rules = rules(t.getValueNode(), name);
          break;
        case "overrides":
          overrides = overrides(t.getValueNode(), name);
          break;
        case "limits":
          limits = limits(t.getValueNode(), name);
          break;
        default:
          throw error(
              name,
              t.getKeyNode(),
              "unknown key `"
                  + key
                  + "`: the configuration has"
                  + " `rules`, `overrides` and `limits`");
      }
    }
    return new Config(name, base, rules, overrides, limits);
  }

  private static Node compose(String text, String name) {
    try (Reader in = new StringReader(text)) {
      LoadSettings settings = LoadSettings.builder().setLabel(name).build();
      return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, in)))
          .getSingleNode()
          .orElse(null);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + name + ": " + e.getMessage());
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String where =
          mark.map(m -> name + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(name);
      throw new ConfigException(where + ": malformed YAML: " + oneLine(e.getProblem()));
    } catch (YamlEngineException e) {
      throw new ConfigException(name + ": malformed YAML: " + oneLine(e.getMessage()));
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static Map<String, Setting> rules(Node node, String file) {
    Map<String, Setting> rules = new LinkedHashMap<>();
    for (NodeTuple t : mapping(node, file, "`rules`")) {
      String code = scalar(t.getKeyNode(), file, "a rule name");
      rules.put(code, setting(code, t.getKeyNode(), t.getValueNode(), file));
    }
    return rules;
  }

  private static Setting setting(String code, Node keyNode, Node node, String file) {
    String where = at(file, keyNode);
    if (node instanceof ScalarNode) {
      return new Setting(level(node, file), Map.of(), Map.of(), where);
    }
    Level level = null;
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> optionPlaces = new LinkedHashMap<>();
    for (NodeTuple t : mapping(node, file, "the rule `" + code + "`")) {
      String key = scalar(t.getKeyNode(), file, "a key");
      if (key.equals("severity")) {
        level = level(t.getValueNode(), file);
      } else if (key.equals("options")) {
        for (NodeTuple o : mapping(t.getValueNode(), file, "`options`")) {
          String name = scalar(o.getKeyNode(), file, "an option name");
          options.put(name, scalar(o.getValueNode(), file, "an option value (a string)"));
          optionPlaces.put(name, at(file, o.getKeyNode()));
        }
      } else {
        throw error(
            file,
            t.getKeyNode(),
            "unknown key `"
                + key
                + "` in the rule `"
                + code
                + "`: a rule has `severity` and `options`");
      }
    }
    return new Setting(level, options, optionPlaces, where);
  }

  private static Level level(Node node, String file) {
    String level = scalar(node, file, "a level");
    return Level.find(level)
        .orElseThrow(
            () -> error(file, node, "`" + level + "` is not a level: use " + Level.choices()));
  }

  private static List<Override> overrides(Node node, String file) {
    if (!(node instanceof SequenceNode)) {
      throw error(file, node, "`overrides` must be a list of {files, rules}");
    }
    List<Override> list = new ArrayList<>();
    for (Node item : ((SequenceNode) node).getValue()) {
      list.add(override(item, file));
    }
    return list;
  }

  private static Override override(Node item, String file) {
    List<String> patterns = new ArrayList<>();
    Map<String, Setting> rules = Map.of();
    for (NodeTuple t : mapping(item, file, "an override")) {
      String key = scalar(t.getKeyNode(), file, "a key");
      if (key.equals("files")) {
        patterns = globs(t.getValueNode(), file);
      } else if (key.equals("rules")) {
        rules = rules(t.getValueNode(), file);
      } else {
        throw error(
            file,
            t.getKeyNode(),
            "unknown key `" + key + "` in an override: it has" + " `files` and `rules`");
      }
    }
    List<PathMatcher> globs = patterns.stream().map(Config::matcher).toList();
    Location where =
        item.getStartMark()
            .map(m -> Location.of(file, m.getLine() + 1, m.getColumn() + 1))
            .orElse(Location.ofFile(file));
    return new Override(globs, patterns, rules, where);
  }

  private static List<String> globs(Node node, String file) {
    if (!(node instanceof SequenceNode)) {
      throw error(file, node, "`files` must be a list of globs");
    }
    List<String> patterns = new ArrayList<>();
    for (Node glob : ((SequenceNode) node).getValue()) {
      String pattern = scalar(glob, file, "a glob");
      try {
        matcher(pattern);
      } catch (PatternSyntaxException e) {
        throw error(
            file,
            glob,
            "`"
                + pattern
                + "` is not a glob: "
                + e.getDescription()
                + " near character "
                + (e.getIndex() + 1)
                + "; in a glob `*`, `**`, `?`, `[…]` and"
                + " `{…,…}` are special, and `\\` takes the next character as written");
      }
      patterns.add(pattern);
    }
    return patterns;
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  /** The entries of a mapping, each key once. */
  private static List<NodeTuple> mapping(Node node, String file, String what) {
    if (!(node instanceof MappingNode)) {
      throw error(file, node, what + " must be a mapping");
    }
    List<NodeTuple> entries = ((MappingNode) node).getValue();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (NodeTuple t : entries) {
      if (t.getKeyNode() instanceof ScalarNode) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        Node first = seen.putIfAbsent(key, t.getKeyNode());
        if (first != null) {
          throw error(
              file,
              t.getKeyNode(),
              "`"
                  + key
                  + "` is given twice in "
                  + what
                  + " (first at "
                  + at(file, first)
                  + "): keep one");
        }
      }
    }
    return entries;
  }

  private static String scalar(Node node, String file, String what) {
    if (!(node instanceof ScalarNode)) {
      throw error(
          file,
          node,
          "expected " + what + ", found a " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return ((ScalarNode) node).getValue();
  }

  private static String at(String file, Node node) {
    return node.getStartMark()
        .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
        .orElse(file);
  }

  private static ConfigException error(String file, Node node, String message) {
    return new ConfigException(at(file, node) + ": " + message);
  }

  /** The file this configuration was read from; empty for {@link #empty()}. */
  public String file() {
    return name;
  }

  /**
   * The level configured for a problem; empty when not configured.
   *
   * @param code the problem's code
   * @param validatorId the id of the validator that reported it, or empty for the reader's
   * @param file the file the problem is in, as named in its location, or empty
   */
  public Optional<Level> level(String code, Optional<String> validatorId, Optional<String> file) {
    Level level = null;
    level = pick(rules, code, validatorId, level);
    if (file.isPresent() && !overrides.isEmpty()) {
      Path relative = relative(file.get());
      for (Override o : overrides) {
        if (o.files.stream().anyMatch(m -> m.matches(relative))) {
          level = pick(o.rules, code, validatorId, level);
        }
      }
    }
    return Optional.ofNullable(level);
  }

  private static Level pick(
      Map<String, Setting> rules, String code, Optional<String> validator, Level current) {
    Setting s = rules.get(code);
    if (s != null && s.level != null) {
      return s.level;
    }
    Setting v = validator.map(rules::get).orElse(null);
    return v != null && v.level != null ? v.level : current;
  }

  private Path relative(String file) {
    Path p = Path.of(file).toAbsolutePath().normalize();
    return p.startsWith(baseDir) ? baseDir.relativize(p) : p;
  }

  /**
   * An {@code info} problem {@code override.unused} for each override whose globs match none of
   * {@code files}: globs are relative to the folder of the configuration file.
   *
   * @param files the files read, named as in problem locations
   */
  public List<Problem> unusedOverrides(Collection<String> files) {
    List<Problem> problems = new ArrayList<>();
    List<Path> relative = files.stream().map(this::relative).toList();
    for (Override o : overrides) {
      if (relative.stream().noneMatch(f -> o.files.stream().anyMatch(m -> m.matches(f)))) {
        problems.add(
            BuiltinCode.OVERRIDE_UNUSED
                .problem(
                    "this override's files "
                        + o.globs.stream().map(g -> "`" + g + "`").toList()
                        + " match no file read"
                        + " (globs are relative to the folder of "
                        + name
                        + "): fix the globs or remove"
                        + " the override")
                .location(o.at)
                .build());
      }
    }
    return problems;
  }

  /** The options configured for the plugin (validator or exporter) with the given id. */
  public Map<String, String> options(String validatorId) {
    Setting s = rules.get(validatorId);
    return s == null ? Map.of() : s.options;
  }

  /**
   * Checks that every rule names a known code or validator and every option is one its validator
   * accepts.
   *
   * @param codes every known problem code
   * @param options the accepted options of each validator, by id
   * @throws ConfigException naming the first unknown rule or option, with a did-you-mean
   */
  public void check(Collection<String> codes, Map<String, ? extends Collection<String>> options) {
    List<Map<String, Setting>> all = new ArrayList<>();
    all.add(rules);
    overrides.forEach(o -> all.add(o.rules));
    List<String> known = new ArrayList<>(codes);
    known.addAll(options.keySet());
    for (Map<String, Setting> set : all) {
      for (Map.Entry<String, Setting> e : set.entrySet()) {
        String rule = e.getKey();
        Setting s = e.getValue();
        if (!codes.contains(rule) && !options.containsKey(rule)) {
          throw new ConfigException(
              s.where
                  + ": unknown rule `"
                  + rule
                  + "`"
                  + Messages.didYouMean(rule, known).orElse(".")
                  + " Rules are problem codes, validator ids and"
                  + " exporter formats; `liaison plugins` lists them.");
        }
        Collection<String> accepted =
            options.containsKey(rule) ? options.get(rule) : List.<String>of();
        for (String option : s.options.keySet()) {
          if (!accepted.contains(option)) {
            throw new ConfigException(
                s.optionPlaces.get(option)
                    + ": `"
                    + rule
                    + "` has no option `"
                    + option
                    + "`"
                    + Messages.didYouMean(option, accepted).orElse(".")
                    + (accepted.isEmpty()
                        ? " It takes no options."
                        : " Options: " + String.join(", ", accepted) + "."));
          }
        }
      }
    }
  }
}
