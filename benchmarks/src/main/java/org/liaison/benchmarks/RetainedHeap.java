package org.liaison.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.model.Dataset;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retained heap of a loaded {@link Dataset} against the naive records graph of the same JSON
 * ({@link Naive}), measured with JOL's {@link GraphLayout}: every object reachable from the root,
 * each counted once. Both are loaded from the same bytes of a {@link GeneratedDataset}; the dataset
 * includes its indexes and the origin of every record, the naive graph holds neither.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * org.liaison.benchmarks.RetainedHeap 1000 10000 100000}. It prints one line per size, and with
 * {@code --by-class} the ten classes that take the most bytes in each graph.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  /** Measures the sizes given as arguments (default 1000 10000 100000). */
  public static void main(String[] args) throws IOException {
    boolean byClass = false;
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--by-class")) {
        byClass = true;
      } else {
        sizes.add(Integer.parseInt(a));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1000, 10000, 100000);
    }
    System.out.println(
        "records,json_bytes,dataset_bytes,naive_bytes,dataset_per_record,"
            + "naive_per_record,ratio");
    for (int size : sizes) {
      measure(size, byClass);
    }
  }

  private static void measure(int records, boolean byClass) throws IOException {
    byte[] json = Files.readAllBytes(GeneratedDataset.of(records).json);
    LoadResult result =
        DatasetReader.create()
            .withLimits(ReadLimits.defaults().withMaxFileBytes(256L << 20))
            .read(new ByteArrayInputStream(json), "dataset.json");
    if (!result.problems().isEmpty() || result.dataset().size() != records) {
      throw new IllegalStateException("the dataset did not load cleanly: " + result);
    }
    Dataset dataset = result.dataset();
    Naive.Document naive =
        JsonMapper.builder()
            .build()
            .readValue(new ByteArrayInputStream(json), Naive.Document.class);
    GraphLayout datasetGraph = GraphLayout.parseInstance(dataset);
    GraphLayout naiveGraph = GraphLayout.parseInstance(naive);
    long d = datasetGraph.totalSize();
    long n = naiveGraph.totalSize();
    System.out.printf(
        "%d,%d,%d,%d,%.1f,%.1f,%.3f%n",
        records, json.length, d, n, (double) d / records, (double) n / records, (double) d / n);
    if (byClass) {
      top("Dataset", datasetGraph);
      top("naive", naiveGraph);
    }
  }

  private static void top(String what, GraphLayout graph) {
    int top = Integer.getInteger("top", 10);
    Map<Class<?>, long[]> byClass = new IdentityHashMap<>();
    for (Class<?> c : graph.getClasses()) {
      byClass.put(c, new long[] {graph.getClassSizes().count(c), graph.getClassCounts().count(c)});
    }
    System.out.println("  " + what + ", the largest classes (bytes, instances):");
    byClass.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    "    %,14d %,10d %s%n",
                    e.getValue()[0], e.getValue()[1], e.getKey().getName()));
  }
}
