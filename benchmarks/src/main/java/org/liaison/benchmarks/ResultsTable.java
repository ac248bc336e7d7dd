package org.liaison.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH result files ({@code -rf json}) of {@link LoadBenchmark}, and RetainedHeap's CSV, into
 * the Markdown tables of {@code benchmarks/README.md}: first every target of the suite with its
 * status, then every score with its allocation and CPU time, and the growth from size to size.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.liaison.benchmarks.ResultsTable
 * benchmarks/results/load.json benchmarks/results/retained-heap.csv}.
 */
public final class ResultsTable {
  private static final List<String> ORDER =
      List.of(
          "rawJsonScan",
          "rawJsonSharedScan",
          "rawBytesSharedScan",
          "naiveDatabind",
          "liaisonJson",
          "liaisonValidate",
          "rawReferenceWalk",
          "rawResolveWalk",
          "rawYamlScan",
          "rawSnakeYamlScan",
          "rawBlockYamlScan",
          "liaisonYaml",
          "liaisonDirectory",
          "liaisonDirectoryAllCores");

  /** A result: throughput and its error (ops/s), bytes allocated and CPU ms per operation. */
  private record Score(
      double opsPerSecond, double error, double bytesPerOp, double cpuMs, double workerMs) {}

  private ResultsTable() {}

  /** Prints the tables of the result files given; a {@code .csv} file is RetainedHeap's. */
  public static void main(String[] args) throws IOException {
    Map<Integer, Map<String, Score>> bySize = new TreeMap<>();
    Map<Integer, Double> heap = new TreeMap<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String file : args) {
      if (file.endsWith(".csv")) {
        List<String> lines = Files.readAllLines(Path.of(file));
        for (String line : lines.subList(1, lines.size())) {
          String[] f = line.split(",");
          heap.put(Integer.parseInt(f[0]), Double.parseDouble(f[2]) / Double.parseDouble(f[3]));
        }
        continue;
      }
      for (JsonNode run : mapper.readTree(Files.readString(Path.of(file)))) {
        String name = run.get("benchmark").asString();
        name = name.substring(name.lastIndexOf('.') + 1);
        int records = Integer.parseInt(run.get("params").get("records").asString());
        JsonNode secondary = run.get("secondaryMetrics");
        bySize
            .computeIfAbsent(records, k -> new TreeMap<>())
            .put(
                name,
                new Score(
                    run.get("primaryMetric").get("score").asDouble(),
                    run.get("primaryMetric").get("scoreError").asDouble(),
                    metric(secondary, "gc.alloc.rate.norm"),
                    metric(secondary, "cpu.time.norm"),
                    metric(secondary, "cpu.worker.norm")));
      }
    }
    targets(bySize, heap);
    System.out.println();
    System.out.println(
        "| benchmark | records | ops/s | ms/op | input MB/s | alloc B/op | alloc B/input byte | CPU ms/op (JVM) | CPU ms/op (benchmark thread) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    bySize.forEach(
        (records, scores) -> {
          GeneratedDataset data = GeneratedDataset.of(records);
          for (String name : ORDER) {
            Score s = scores.get(name);
            if (s != null) {
              long bytes = inputBytes(data, name);
              System.out.printf(
                  "| %s | %,d | %.3f ± %.3f | %.1f | %.1f | %,.0f | %.1f | %.1f | %.1f |%n",
                  name,
                  records,
                  s.opsPerSecond,
                  s.error,
                  1000 / s.opsPerSecond,
                  bytes * s.opsPerSecond / 1e6,
                  s.bytesPerOp,
                  s.bytesPerOp / bytes,
                  s.cpuMs,
                  s.workerMs);
            }
          }
        });
    System.out.println();
    System.out.println("Time per operation, ×10 records:");
    System.out.println();
    System.out.println("| benchmark | 1k → 10k | 10k → 100k |");
    System.out.println("|---|---:|---:|");
    for (String name : ORDER) {
      System.out.printf(
          "| %s | %s | %s |%n",
          name, scaling(bySize, name, 1000, 10000), scaling(bySize, name, 10000, 100000));
    }
  }

  /**
   * The table of the suite's targets (issue 18's decision), each with its status: ratios of two
   * benchmarks of the same size, and growths from 10k to 100k records against the growth of the
   * floor that the target names, all taken from the same run.
   */
  private static void targets(Map<Integer, Map<String, Score>> bySize, Map<Integer, Double> heap) {
    System.out.println("| target | measured | status |");
    System.out.println("|---|---|---|");
    StringBuilder heapFigures = new StringBuilder();
    boolean heapMet = !heap.isEmpty();
    for (Map.Entry<Integer, Double> e : heap.entrySet()) {
      if (e.getKey() >= 10_000) {
        heapFigures
            .append(heapFigures.length() == 0 ? "" : ", ")
            .append(String.format("%.3f (%s)", e.getValue(), size(e.getKey())));
        heapMet &= e.getValue() <= 0.5;
      }
    }
    row(
        "retained heap ≤ 0.5 × the naive records graph",
        heapFigures.toString(),
        heap.isEmpty() ? "not measured" : heapMet ? "met" : "missed");
    atLeast(
        bySize,
        "`liaisonJson` ≥ 0.6 × `rawJsonSharedScan`",
        "liaisonJson",
        "rawJsonSharedScan",
        0.6);
    atLeast(
        bySize, "`liaisonYaml` ≥ 0.8 × `rawBlockYamlScan`", "liaisonYaml", "rawBlockYamlScan", 0.8);
    atLeast(bySize, "`liaisonYaml` ≥ 1.0 × `rawYamlScan`", "liaisonYaml", "rawYamlScan", 1.0);
    atLeast(
        bySize,
        "`liaisonDirectoryAllCores` ≥ 1.7 × `liaisonDirectory`",
        "liaisonDirectoryAllCores",
        "liaisonDirectory",
        1.7);
    // validation's time over a JSON load's: the throughput of the load over validation's
    StringBuilder m = new StringBuilder();
    String status = "not measured";
    for (int records : List.of(10_000, 100_000)) {
      Score v = bySize.getOrDefault(records, Map.of()).get("liaisonValidate");
      Score j = bySize.getOrDefault(records, Map.of()).get("liaisonJson");
      if (v != null && j != null) {
        double r = j.opsPerSecond / v.opsPerSecond;
        m.append(m.length() == 0 ? "" : ", ").append(String.format("%.3f (%s)", r, size(records)));
        status = merge(status, r / 0.25);
      }
    }
    row("`liaisonValidate` ≤ 0.25 × the time of `liaisonJson`", m.toString(), status);
    grows(bySize, "liaisonJson", "rawJsonSharedScan");
    grows(bySize, "liaisonYaml", "rawBlockYamlScan");
    grows(bySize, "liaisonDirectory", "rawBlockYamlScan");
    grows(bySize, "liaisonDirectoryAllCores", "rawBlockYamlScan");
    grows(bySize, "liaisonValidate", "rawResolveWalk");
  }

  /** Throughput of {@code a} at least {@code min} times that of {@code b}, at 10k and 100k. */
  private static void atLeast(
      Map<Integer, Map<String, Score>> bySize, String target, String a, String b, double min) {
    StringBuilder m = new StringBuilder();
    String status = "not measured";
    for (int records : List.of(10_000, 100_000)) {
      Score x = bySize.getOrDefault(records, Map.of()).get(a);
      Score y = bySize.getOrDefault(records, Map.of()).get(b);
      if (x != null && y != null) {
        double r = x.opsPerSecond / y.opsPerSecond;
        m.append(m.length() == 0 ? "" : ", ").append(String.format("%.2f (%s)", r, size(records)));
        status = merge(status, min / r);
      }
    }
    row(target, m.toString(), status);
  }

  /** From 10k to 100k, the time of {@code a} grows at most 1.1 × as much as {@code floor}'s. */
  private static void grows(Map<Integer, Map<String, Score>> bySize, String a, String floor) {
    Map<String, Score> small = bySize.getOrDefault(10_000, Map.of());
    Map<String, Score> large = bySize.getOrDefault(100_000, Map.of());
    String target = String.format("`%s` 10k → 100k ≤ 1.1 × the growth of `%s`", a, floor);
    if (!small.containsKey(a)
        || !large.containsKey(a)
        || !small.containsKey(floor)
        || !large.containsKey(floor)) {
      row(target, "", "not measured");
      return;
    }
    double ga = small.get(a).opsPerSecond / large.get(a).opsPerSecond;
    double gf = small.get(floor).opsPerSecond / large.get(floor).opsPerSecond;
    double r = ga / gf;
    row(
        target,
        String.format("%.1f× against %.1f×: %.2f", ga, gf, r),
        merge("not measured", r / 1.1));
  }

  /**
   * The status of a target over the sizes measured: met, or missed by the largest factor by which a
   * size misses it ({@code over}: how many times the measured figure is the target's bound).
   */
  private static String merge(String status, double over) {
    double before =
        status.startsWith("missed by ")
            ? Double.parseDouble(status.replaceAll("[^0-9.]", "")) / 100 + 1
            : 1;
    double worst = Math.max(before, over);
    return worst <= 1 ? "met" : String.format("missed by %.0f %%", (worst - 1) * 100);
  }

  private static String size(int records) {
    return records >= 1000 ? records / 1000 + "k" : Integer.toString(records);
  }

  private static void row(String target, String measured, String status) {
    System.out.printf("| %s | %s | %s |%n", target, measured, status);
  }

  private static double metric(JsonNode secondary, String name) {
    JsonNode m = secondary == null ? null : secondary.get(name);
    return m == null ? Double.NaN : m.get("score").asDouble();
  }

  private static long inputBytes(GeneratedDataset data, String benchmark) {
    try {
      if (benchmark.startsWith("liaisonDirectory")) {
        try (var files = Files.walk(data.directory)) {
          return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
      }
      return Files.size(
          benchmark.contains("Json")
                  || benchmark.equals("rawBytesSharedScan")
                  || benchmark.equals("naiveDatabind")
                  || benchmark.equals("liaisonValidate")
                  || benchmark.endsWith("Walk")
              ? data.json
              : data.yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String scaling(
      Map<Integer, Map<String, Score>> bySize, String name, int from, int to) {
    Score a = bySize.getOrDefault(from, Map.of()).get(name);
    Score b = bySize.getOrDefault(to, Map.of()).get(name);
    return a == null || b == null ? "–" : String.format("%.1f×", a.opsPerSecond / b.opsPerSecond);
  }
}
