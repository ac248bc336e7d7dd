package org.liaison.io.files;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.shared.SharedIds;
import org.liaison.io.shared.SharedValues;

/**
 * Reads the files of a load on several threads and merges them as one sequential load would: the
 * same dataset and the same problems, whatever the number of threads.
 *
 * <p>Each thread takes the next file not yet taken, so that each reads its files in order. The
 * threads share the load's ids ({@link SharedIds}): a reference to a record already read, on any
 * thread, is settled on the spot, the rest once all are read. Only where records on two threads
 * claim one id for different kinds (an {@code id.duplicate} in any case), where a limit of the load
 * trips, or where a file cannot be read at all, could that differ from one thread's reading: then
 * the load is read again on one thread.
 */
public final class ParallelLoad {
  private final List<Path> paths;
  private final IntConsumer done;
  private final FileLoader[] loaders;
  private final LoadBudget budget;
  private final SharedIds ids = new SharedIds();
  private final FileResult[] results;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger read = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private ParallelLoad(List<Path> paths, ReadLimits limits, int workers, IntConsumer done) {
    this.paths = paths;
    this.done = done;
    this.budget = new LoadBudget(limits.maxRecords(), limits.maxLoadBytes());
    this.loaders = new FileLoader[workers];
    for (int w = 0; w < workers; w++) {
      loaders[w] = new FileLoader(limits, budget, new SharedValues(ids, w));
    }
    this.results = new FileResult[paths.size()];
  }

  /**
   * Reads {@code paths} on up to {@code threads} threads and merges them.
   *
   * @param done told the number of files read after each file, from the thread that read it
   */
  public static LoadResult readAll(
      List<Path> paths, ReadLimits limits, int threads, IntConsumer done) {
    int workers = Math.min(threads, paths.size());
    LoadResult parallel =
        workers > 1 ? new ParallelLoad(paths, limits, workers, done).read(limits) : null;
    return parallel != null ? parallel : readOnOneThread(paths, limits, threads, done);
  }

  private static LoadResult readOnOneThread(
      List<Path> paths, ReadLimits limits, int threads, IntConsumer done) {
    Loader loader = new Loader(limits, threads);
    for (int i = 0; i < paths.size(); i++) {
      loader.read(paths.get(i));
      done.accept(i + 1);
    }
    return loader.finish();
  }

  /**
   * Reads and merges; {@code null} where one thread could have read otherwise: a limit of the load
   * tripped, threads disagree on the kind of an id, or a file could not be read at all (which one a
   * single thread meets first, and whether it reaches it, is for the single thread to say). What
   * was read is then garbage: the caller's reading again on one thread does not hold both in
   * memory.
   */
  private LoadResult read(ReadLimits limits) {
    LoadResult result =
        readFiles() && !budget.exhausted() && !ids.disagreed()
            ? LoadMerge.merge(Arrays.asList(results), ids, loaders.length, limits)
            : null;
    for (FileLoader loader : loaders) { // the load is done: its tables would only keep garbage
      loader.shared().clear();
    }
    return result;
  }

  /**
   * Reads every path into {@link #results}, each loader on a thread of its own, stopping early once
   * the threads disagree on a claim. Returns {@code false} if a file could not be read at all; an
   * {@link Error} on a thread is thrown here.
   */
  private boolean readFiles() {
    Thread[] threads = new Thread[loaders.length];
    for (int w = 0; w < loaders.length; w++) {
      FileLoader loader = loaders[w];
      threads[w] = new Thread(() -> readOnThread(loader), "liaison-reader-" + w);
      threads[w].setDaemon(true);
      threads[w].start();
    }
    joinAll(threads);
    Throwable failed = failure.get();
    if (failed instanceof Error) {
      throw (Error) failed; // out of memory, say: the JVM cannot go on, whatever the file
    }
    return failed == null;
  }

  /** Takes the next file not yet taken until none is left, or the load has failed. */
  private void readOnThread(FileLoader loader) {
    try {
      for (int i = next.getAndIncrement();
          i < paths.size() && failure.get() == null && !ids.disagreed();
          i = next.getAndIncrement()) {
        results[i] = loader.read(paths.get(i));
        done.accept(read.incrementAndGet());
      }
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
  }

  /** Waits for every thread to end, keeping an interrupt for the caller. */
  private static void joinAll(Thread[] threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      interrupted |= join(t);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for {@code t} to end; whether this thread was interrupted meanwhile. */
  private static boolean join(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        return interrupted;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }
}
