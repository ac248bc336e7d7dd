package org.liaison.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation, in ms/op: {@code cpu.time.norm} for every
 * thread of the fork (garbage collection and the JIT included), {@code cpu.worker.norm} for the
 * benchmark's own threads only. On a machine that other work shares, wall-clock throughput measures
 * the neighbours as much as the code; the CPU time of the benchmark thread is far steadier (with
 * {@code -prof gc} for what the collector is left to do), and its ratios are the ones to trust
 * there. On an oversubscribed machine the process figure is inflated too: parallel collector
 * threads spin while their peers are descheduled.
 *
 * <p>Use: {@code -prof org.liaison.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private long start;
  private long workerStart;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark's JVM per operation, all threads (GC included)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = processCpuNanos();
    workerStart = workerCpuNanos();
  }

  @Override
  @SuppressWarnings("rawtypes") // as InternalProfiler declares it
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    double process = (processCpuNanos() - start) / 1e6 / ops;
    double worker = (workerCpuNanos() - workerStart) / 1e6 / ops;
    return List.of(
        new ScalarResult("cpu.time.norm", process, "ms/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.worker.norm", worker, "ms/op", AggregationPolicy.AVG));
  }

  /** The CPU time of JMH's worker threads, which run the benchmark method. */
  private static long workerCpuNanos() {
    long sum = 0;
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("jmh-worker")) {
        sum += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
      }
    }
    return sum;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
