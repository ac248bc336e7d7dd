package org.liaison.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH result files ({@code -rf json}) of {@link LoadBenchmark} into the Markdown tables of
 * {@code benchmarks/README.md}: every score with its allocation and CPU time, then the ratios the
 * targets of issue 6 are stated in and the scaling from size to size.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.liaison.benchmarks.ResultsTable
 * benchmarks/results/*.json}.
 */
public final class ResultsTable {
  private static final List<String> ORDER = List.of("rawJsonScan", "rawJsonSharedScan",
      "rawBytesSharedScan", "naiveDatabind", "liaisonJson",
      "liaisonValidate", "rawReferenceWalk", "rawResolveWalk", "rawYamlScan", "rawSnakeYamlScan", "rawBlockYamlScan", "liaisonYaml", "liaisonDirectory",
      "liaisonDirectoryAllCores");

  /** A result: throughput and its error (ops/s), bytes allocated and CPU ms per operation. */
  private record Score(double opsPerSecond, double error, double bytesPerOp, double cpuMs,
      double workerMs) {}

  private ResultsTable() {}

  /** Prints the tables of the result files given. */
  public static void main(String[] args) throws IOException {
    Map<Integer, Map<String, Score>> bySize = new TreeMap<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String file : args) {
      for (JsonNode run : mapper.readTree(Files.readString(Path.of(file)))) {
        String name = run.get("benchmark").asString();
        name = name.substring(name.lastIndexOf('.') + 1);
        int records = Integer.parseInt(run.get("params").get("records").asString());
        JsonNode secondary = run.get("secondaryMetrics");
        bySize.computeIfAbsent(records, k -> new TreeMap<>()).put(name, new Score(
            run.get("primaryMetric").get("score").asDouble(),
            run.get("primaryMetric").get("scoreError").asDouble(),
            metric(secondary, "gc.alloc.rate.norm"), metric(secondary, "cpu.time.norm"),
            metric(secondary, "cpu.worker.norm")));
      }
    }
    System.out.println("| benchmark | records | ops/s | ms/op | input MB/s | alloc B/op | alloc B/input byte | CPU ms/op (JVM) | CPU ms/op (benchmark thread) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    bySize.forEach((records, scores) -> {
      GeneratedDataset data = GeneratedDataset.of(records);
      for (String name : ORDER) {
        Score s = scores.get(name);
        if (s != null) {
          long bytes = inputBytes(data, name);
          System.out.printf("| %s | %,d | %.3f ± %.3f | %.1f | %.1f | %,.0f | %.1f | %.1f | %.1f |%n",
              name, records, s.opsPerSecond, s.error, 1000 / s.opsPerSecond,
              bytes * s.opsPerSecond / 1e6, s.bytesPerOp, s.bytesPerOp / bytes, s.cpuMs,
              s.workerMs);
        }
      }
    });
    System.out.println();
    System.out.println("| records | liaisonJson / rawJsonScan (≥ 0.5) | liaisonJson / naiveDatabind (≥ 2) "
        + "| liaisonYaml / rawYamlScan (≥ 1.0) | liaisonYaml / rawSnakeYamlScan "
        + "| liaisonYaml / rawBlockYamlScan "
        + "| time of liaisonValidate / liaisonJson (≤ 0.25) "
        + "| liaisonDirectoryAllCores / liaisonDirectory (≥ 1.7) |");
    System.out.println("|---:|---|---|---|---|---|---|---|");
    bySize.forEach((records, s) -> System.out.printf("| %,d | %s | %s | %s | %s | %s | %s | %s |%n",
        records, ratio(s, "liaisonJson", "rawJsonScan"), ratio(s, "liaisonJson", "naiveDatabind"),
        ratio(s, "liaisonYaml", "rawYamlScan"), ratio(s, "liaisonYaml", "rawSnakeYamlScan"),
        ratio(s, "liaisonYaml", "rawBlockYamlScan"),
        timeRatio(s, "liaisonValidate", "liaisonJson"),
        wallRatio(s, "liaisonDirectoryAllCores", "liaisonDirectory")));
    if (bySize.values().stream().anyMatch(s -> s.containsKey("rawJsonSharedScan"))) {
      System.out.println();
      System.out.println("The JSON floor of a loader that shares strings:");
      System.out.println();
      System.out.println("| records | rawJsonSharedScan / rawJsonScan "
          + "| rawBytesSharedScan / rawJsonScan | naiveDatabind / rawJsonScan "
          + "| liaisonJson / rawJsonSharedScan |");
      System.out.println("|---:|---|---|---|---|");
      bySize.forEach((records, s) -> System.out.printf("| %,d | %s | %s | %s | %s |%n", records,
          ratio(s, "rawJsonSharedScan", "rawJsonScan"), ratio(s, "rawBytesSharedScan", "rawJsonScan"),
          ratio(s, "naiveDatabind", "rawJsonScan"), ratio(s, "liaisonJson", "rawJsonSharedScan")));
    }
    System.out.println();
    System.out.println("Time per operation, ×10 records (target ≤ 11×):");
    System.out.println();
    System.out.println("| benchmark | 1k → 10k | 10k → 100k |");
    System.out.println("|---|---:|---:|");
    for (String name : ORDER) {
      System.out.printf("| %s | %s | %s |%n", name, scaling(bySize, name, 1000, 10000),
          scaling(bySize, name, 10000, 100000));
    }
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
      return Files.size(benchmark.contains("Json") || benchmark.equals("rawBytesSharedScan")
          || benchmark.equals("naiveDatabind")
          || benchmark.equals("liaisonValidate") || benchmark.endsWith("Walk")
          ? data.json : data.yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The throughput ratio a / b, by wall clock, and by the CPU time of the benchmark thread. */
  private static String ratio(Map<String, Score> s, String a, String b) {
    Score x = s.get(a);
    Score y = s.get(b);
    if (x == null || y == null) {
      return "–";
    }
    return String.format("%.2f (CPU: %.2f)", x.opsPerSecond / y.opsPerSecond,
        y.workerMs / x.workerMs);
  }

  /** The time per operation of a over that of b. */
  private static String timeRatio(Map<String, Score> s, String a, String b) {
    Score x = s.get(a);
    Score y = s.get(b);
    return x == null || y == null ? "–" : String.format("%.3f", y.opsPerSecond / x.opsPerSecond);
  }

  /** The throughput ratio a / b by wall clock only: a runs on several threads. */
  private static String wallRatio(Map<String, Score> s, String a, String b) {
    Score x = s.get(a);
    Score y = s.get(b);
    return x == null || y == null ? "–" : String.format("%.2f", x.opsPerSecond / y.opsPerSecond);
  }

  private static String scaling(Map<Integer, Map<String, Score>> bySize, String name, int from,
      int to) {
    Score a = bySize.getOrDefault(from, Map.of()).get(name);
    Score b = bySize.getOrDefault(to, Map.of()).get(name);
    return a == null || b == null ? "–" : String.format("%.1f×", a.opsPerSecond / b.opsPerSecond);
  }
}
