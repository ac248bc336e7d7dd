package org.liaison.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.tokens.BlockYamlScan;
import org.liaison.model.Dataset;
import org.liaison.plugins.Validation;
import org.liaison.plugins.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk load path, with its baselines, in one run on the same bytes: a generated dataset of
 * {@link #records} records ({@link GeneratedDataset}) read as one JSON file, one YAML file and a
 * directory of small YAML files. Throughput in loads per second; divide two scores of one size for
 * the ratios that the targets of issue 6 are stated in ({@code benchmarks/README.md}).
 *
 * <p>Run, after {@code ./mvnw -B -Dquick -pl benchmarks -am package}:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LoadBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s \
 *     -p records=10000,100000 -prof gc -rf json -rff benchmarks/results/load.json
 * }</pre>
 *
 * <p>Each fork checks once, before measuring, that the subject it measures reads every record with
 * no problem (the naive binding: as many records): a benchmark of a reader that silently reads less
 * would be worthless.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class LoadBenchmark {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The number of records of the dataset, all kinds together. */
  @Param({"1000", "10000", "100000"})
  public int records;

  private DatasetReader reader;
  private DatasetReader oneThread;
  private DatasetReader allCores;
  private Validation validation;
  private Dataset loaded;

  /** What {@link #liaisonJson()} gave, for {@link #liaisonValidate()}: its locator and problems. */
  private LoadResult load;

  private byte[] json;
  private byte[] yaml;
  private Path directory;

  /**
   * Generates (or finds) the dataset, reads its bytes, and checks that the benchmark about to run
   * sees every record. Only that one runs here, with what it is checked against (the JSON load for
   * the walks, Jackson's shared scan for {@link #rawBytesSharedScan()}): running the others would
   * teach the JIT about input the benchmark never reads (both kinds of {@code TokenStream}, say)
   * and slow it down.
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws IOException {
    String benchmark = params.getBenchmark();
    prepare(benchmark.substring(benchmark.lastIndexOf('.') + 1));
  }

  /** Loads the dataset and checks the subjects named (all Liaison ones for {@code null}). */
  void prepare(String... subjects) throws IOException {
    GeneratedDataset data = GeneratedDataset.of(records);
    // the 100,000-record JSON file is 95 MB, past the default file size limit of 64 MiB
    reader = DatasetReader.create().withLimits(ReadLimits.defaults().withMaxFileBytes(256L << 20));
    oneThread = reader.withThreads(1);
    allCores = reader.withThreads(Runtime.getRuntime().availableProcessors());
    validation = Validation.withDiscoveredPlugins();
    json = Files.readAllBytes(data.json);
    yaml = Files.readAllBytes(data.yaml);
    directory = data.directory;
    for (String subject : subjects) {
      switch (subject) {
        case "liaisonJson" -> check(subject, liaisonJson());
        case "liaisonYaml" -> check(subject, liaisonYaml());
        case "liaisonDirectory" -> check(subject, liaisonDirectory());
        case "liaisonDirectoryAllCores" -> check(subject, liaisonDirectoryAllCores());
        case "liaisonValidate" -> {
          load = liaisonJson();
          check(subject, load);
          loaded = load.dataset();
          SubjectChecks.validation(liaisonValidate(), records);
        }
        case "rawResolveWalk", "rawReferenceWalk" -> {
          LoadResult load = liaisonJson();
          check(subject, load);
          loaded = load.dataset();
          SubjectChecks.walks(subject, loaded, records);
        }
        case "naiveDatabind" -> {
          SubjectChecks.naive(Naive.size(naiveDatabind()), records);
        }
        case "rawBytesSharedScan" -> {
          SubjectChecks.sharedScans(BytesSharedScan.scan(json), jsonShared());
        }
        default -> {} // the raw scans read whatever is there
      }
    }
  }

  private void check(String what, LoadResult result) {
    SubjectChecks.load(what, result, records);
  }

  // ---- JSON ----------------------------------------------------------------------------------

  /** Jackson 3's JSON tokenizer: every token, and the text of every name and string. */
  @Benchmark
  public long rawJsonScan() {
    return RawScans.json(input(json));
  }

  /**
   * {@link #rawJsonScan()} with strings shared, as the retained-heap target asks: every string of
   * up to 64 characters (ids, references, names, titles, places, dates) looked up, from the
   * parser's own buffer, in one table of the load, and made into a {@code String} only the first
   * time it is met; longer strings made as the scan makes them. No records, no index, no locations,
   * no checks: an estimate of the floor of a Jackson-based loader that shares strings in one table,
   * the further baseline that shows how much of the JSON target's time sharing takes. The table is
   * emptied at the end, as Liaison's reader empties its own.
   */
  @Benchmark
  public long rawJsonSharedScan() {
    SharedStrings shared = jsonShared();
    return shared.chars + shared.names + shared.size;
  }

  /** The scan of {@link #rawJsonSharedScan()}; its table holds what it counted. */
  SharedStrings jsonShared() {
    return RawScans.jsonShared(input(json));
  }

  /**
   * {@link #rawJsonSharedScan()} without Jackson: the JSON read from its UTF-8 bytes by a loop that
   * checks nothing ({@link BytesSharedScan}), each string hashed as it is scanned and looked up by
   * its bytes. An estimate of what a JSON reader of Liaison's own that shares strings could cost at
   * least: the further baseline for the question whether replacing Jackson's tokenizer, as {@code
   * BlockYamlTokens} replaced SnakeYAML's, would bring the JSON target within reach. Each fork
   * checks that it looks up as many strings, of as many characters, and shares as many, as {@link
   * #rawJsonSharedScan()}.
   */
  @Benchmark
  public long rawBytesSharedScan() {
    BytesSharedScan shared = BytesSharedScan.scan(json);
    return shared.chars + shared.size;
  }

  /** Jackson 3 databinding of the JSON into plain records ({@link Naive}). */
  @Benchmark
  public Naive.Document naiveDatabind() {
    return MAPPER.readValue(input(json), Naive.Document.class);
  }

  /** Liaison's reader: the JSON file into the indexed {@code Dataset}, with every location. */
  @Benchmark
  public LoadResult liaisonJson() {
    return reader.read(input(json), "dataset.json");
  }

  /**
   * Every built-in validator (integrity, identifiers, completeness) over what {@link
   * #liaisonJson()} loaded before the measurement, as {@code liaison validate} runs them: the
   * load's problems and locator, the validators, levels and suppressions; validation alone, without
   * the load.
   */
  @Benchmark
  public ValidationReport liaisonValidate() {
    return validation.validate(load);
  }

  /**
   * Every record of the dataset that {@link #liaisonJson()} loaded, in the order of its lists, and
   * every reference in it with its id read; nothing resolved ({@link ResolveWalk}). With {@link
   * #rawResolveWalk()}, a further baseline for how validation's time grows with the data: the least
   * that any work that visits every reference does.
   */
  @Benchmark
  public long rawReferenceWalk() {
    return ResolveWalk.walk(loaded, false).resolved;
  }

  /**
   * {@link #rawReferenceWalk()} with every reference resolved through {@code Dataset.resolve}: a
   * lookup by id for each. Not validation's floor (the reader checks references while it loads, and
   * the validators resolve only some), but what looking ids up adds as the data grows. Each fork
   * checks that every reference resolves, and that both walks meet as many.
   */
  @Benchmark
  public long rawResolveWalk() {
    return ResolveWalk.walk(loaded, true).resolved;
  }

  // ---- YAML ----------------------------------------------------------------------------------

  /**
   * snakeyaml-engine, the parser under Jackson 3's YAML module, fed as that module feeds it
   * (Jackson's {@code UTF8Reader}): the event stream alone, with the text of every scalar.
   */
  @Benchmark
  public long rawYamlScan() {
    return RawScans.engineYaml(input(yaml));
  }

  /**
   * SnakeYAML 2.x, fed by its own {@code UnicodeReader}: the event stream alone, with the text of
   * every scalar. A reference only: Liaison's reader no longer uses it (the YAML it leaves to a
   * parser goes to snakeyaml-engine, as in {@link #rawYamlScan()}).
   */
  @Benchmark
  public long rawSnakeYamlScan() {
    return RawScans.snakeYaml(input(yaml));
  }

  /**
   * {@code BlockYamlTokens}, the YAML reader of Liaison's own that {@link #liaisonYaml()} runs on
   * for these files (snakeyaml-engine only reads files outside the subset it reads): the stream
   * read into memory, the first reading that checks the whole file, then the tokens, with the text
   * of every key and scalar. The further baseline the issue asks for where a parser of one's own is
   * what meets the YAML target.
   */
  @Benchmark
  public long rawBlockYamlScan() throws IOException {
    return BlockYamlScan.scan(input(yaml).readAllBytes());
  }

  /** Liaison's reader: the YAML file into the indexed {@code Dataset}, with every location. */
  @Benchmark
  public LoadResult liaisonYaml() {
    return reader.read(input(yaml), "dataset.yaml");
  }

  // ---- directory -----------------------------------------------------------------------------

  /** Liaison's reader on the directory of small YAML files, on one thread. */
  @Benchmark
  public LoadResult liaisonDirectory() {
    return oneThread.read(directory);
  }

  /** Liaison's reader on the same directory, reading files on every core of the machine. */
  @Benchmark
  public LoadResult liaisonDirectoryAllCores() {
    return allCores.read(directory);
  }

  private static InputStream input(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
