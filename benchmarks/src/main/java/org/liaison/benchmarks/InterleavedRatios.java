package org.liaison.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A cross-check of the JMH suite for machines that other work shares: every subject of {@link
 * LoadBenchmark} run round-robin in one JVM, one operation each per round, so that a burst of load
 * elsewhere hits all subjects alike instead of whichever fork happened to run then. Prints the
 * minimum and median time per operation of each subject and the ratios of the targets,
 * computed from the medians (a ratio of throughputs is the inverse ratio of times).
 *
 * <p>Run one JVM per format, as JMH runs one per benchmark, so that the reader's code is compiled
 * for one kind of input only: {@code java -Xms3g -Xmx3g -cp benchmarks/target/benchmarks.jar
 * org.liaison.benchmarks.InterleavedRatios json 10000 30}, then the same with {@code yaml} (format,
 * size, measured rounds; as many warm-up rounds run first). JMH remains the measurement of record;
 * this isolates the ratios from noise.
 */
public final class InterleavedRatios {
  private InterleavedRatios() {}

  /**
   * Runs the subjects of one format ({@code json} or {@code yaml}, default json) on the size given
   * (default 10000) for the rounds given (default 30).
   */
  public static void main(String[] args) throws Exception {
    boolean json = args.length == 0 || args[0].equals("json");
    int records = args.length > 1 ? Integer.parseInt(args[1]) : 10000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    LoadBenchmark b = new LoadBenchmark();
    b.records = records;
    b.prepare(
        json
            ? new String[] {"naiveDatabind", "liaisonJson", "liaisonValidate"}
            : new String[] {"liaisonYaml", "liaisonDirectory", "liaisonDirectoryAllCores"});
    Map<String, Callable<Object>> subjects = new LinkedHashMap<>();
    if (json) {
      subjects.put("rawJsonScan", b::rawJsonScan);
      subjects.put("rawJsonSharedScan", b::rawJsonSharedScan);
      subjects.put("rawBytesSharedScan", b::rawBytesSharedScan);
      subjects.put("naiveDatabind", b::naiveDatabind);
      subjects.put("liaisonJson", b::liaisonJson);
      subjects.put("liaisonValidate", b::liaisonValidate);
    } else {
      subjects.put("rawYamlScan", b::rawYamlScan);
      subjects.put("rawSnakeYamlScan", b::rawSnakeYamlScan);
      subjects.put("rawBlockYamlScan", b::rawBlockYamlScan);
      subjects.put("liaisonYaml", b::liaisonYaml);
      subjects.put("liaisonDirectory", b::liaisonDirectory);
      subjects.put("liaisonDirectoryAllCores", b::liaisonDirectoryAllCores);
    }
    Map<String, long[]> times = new LinkedHashMap<>();
    subjects.keySet().forEach(k -> times.put(k, new long[rounds]));
    List<String> order = new ArrayList<>(subjects.keySet());
    for (int round = -rounds; round < rounds; round++) {
      Collections.rotate(order, 1); // no subject always follows the same one
      for (String name : order) {
        long start = System.nanoTime();
        if (subjects.get(name).call() == null) {
          throw new AssertionError(name);
        }
        if (round >= 0) {
          times.get(name)[round] = System.nanoTime() - start;
        }
      }
    }
    Map<String, Double> median = new LinkedHashMap<>();
    System.out.printf("%d records, %d rounds (ms/op)%n", records, rounds);
    times.forEach(
        (name, t) -> {
          long[] s = t.clone();
          Arrays.sort(s);
          median.put(name, s[rounds / 2] / 1e6);
          System.out.printf(
              "  %-18s min %9.2f  median %9.2f%n", name, s[0] / 1e6, s[rounds / 2] / 1e6);
        });
    System.out.println("throughput ratios (from medians):");
    if (json) {
      ratio(median, "liaisonJson", "rawJsonScan", "target >= 0.5");
      ratio(median, "liaisonJson", "naiveDatabind", "target >= 2");
      ratio(median, "rawJsonSharedScan", "rawJsonScan", "the floor of sharing strings");
      ratio(median, "rawBytesSharedScan", "rawJsonScan", "the same from the bytes, unchecked");
      ratio(median, "naiveDatabind", "rawJsonScan", "so the target >= 2 asks for this x 2");
      System.out.printf(
          "  time of liaisonValidate / liaisonJson = %.3f (target <= 0.25)%n",
          median.get("liaisonValidate") / median.get("liaisonJson"));
    } else {
      ratio(median, "liaisonYaml", "rawYamlScan", "target >= 1.0");
      ratio(median, "liaisonYaml", "rawSnakeYamlScan", "further baseline");
      ratio(median, "liaisonYaml", "rawBlockYamlScan", "Liaison's own YAML reader alone");
      ratio(median, "liaisonDirectoryAllCores", "liaisonDirectory", "target >= 1.7");
    }
  }

  private static void ratio(Map<String, Double> median, String a, String b, String note) {
    System.out.printf("  %s / %s = %.3f  (%s)%n", a, b, median.get(b) / median.get(a), note);
  }
}
