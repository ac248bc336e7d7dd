package org.liaison.io.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.io.Directive;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.SourceLocator;
import org.liaison.io.binding.Binder;
import org.liaison.io.binding.DocumentReader;
import org.liaison.io.locating.PointerIndex;
import org.liaison.io.messages.Messages;
import org.liaison.io.shared.SharedIds;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.shared.TextTable;
import org.liaison.io.tokens.BlockYamlEvents;
import org.liaison.io.tokens.Events;
import org.liaison.io.tokens.InputException;
import org.liaison.io.tokens.JsonEvents;
import org.liaison.io.tokens.YamlEvents;
import org.liaison.io.tokens.YamlInput;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import tools.jackson.core.JacksonException;

/**
 * One load: reads each file into a {@link FileResult}, then merges them in order into one {@link
 * Dataset}, reporting duplicate ids and references that resolve to nothing or to the wrong kind.
 */
public final class Loader {
  private final ReadLimits limits;
  private final SharedValues shared;
  private final LoadBudget budget;
  private final List<FileResult> files = new ArrayList<>();

  private final int threads;
  /** The YAML reader of this loader's thread, with its buffer: reused from file to file. */
  private BlockYamlEvents yamlReader;
  private byte[] yamlBuffer;
  /** The binder of this loader's thread, reused from file to file, and its shared values. */
  private Binder binder;
  /** Whether {@link #finish()} has run: the load's tables are emptied, and this loader spent. */
  private boolean finished;

  /**
   * Starts a load under the given limits; the dataset's indexes may be built on up to {@code
   * threads} threads.
   */
  public Loader(ReadLimits limits, int threads) {
    this(limits, new LoadBudget(limits.maxRecords(), limits.maxLoadBytes()), threads,
        new SharedValues(new SharedIds(), 0));
  }

  private Loader(ReadLimits limits, LoadBudget budget, int threads, SharedValues shared) {
    this.limits = limits;
    this.budget = budget;
    this.threads = threads;
    this.shared = shared;
  }

  /**
   * The data files a path stands for: itself, or the YAML and JSON files below a directory, but
   * not the configuration file {@code liaison.yaml}.
   */
  public static List<Path> dataFiles(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    // every entry with a data file's name but a folder: a link that leads nowhere, or a file
    // that cannot be read, is read as the others are, and reports why it cannot be
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
            java.nio.file.attribute.BasicFileAttributes attrs) {
          return dir.equals(path) || !dir.getFileName().toString().startsWith(".")
              ? java.nio.file.FileVisitResult.CONTINUE
              : java.nio.file.FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(Path file,
            java.nio.file.attribute.BasicFileAttributes attrs) {
          if (isDataFile(file) && !hidden(path, file) && !Files.isDirectory(file)) {
            found.add(file);
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!file.equals(path) && !hidden(path, file)) {
            found.add(file); // a folder it cannot list: reading it says why
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }

  private static boolean isDataFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.equals("liaison.yaml")
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file; its format comes from its extension, or its content when that says nothing. */
  public void read(Path path) {
    requireUnfinished();
    FileResult r = readFile(path);
    if (r != null) {
      files.add(r);
    }
  }

  /**
   * Reads one stream named {@code name} in locations; the format comes from the name or content.
   * Its bytes are kept, up to the file size limit and an eighth of the heap, to place the
   * problems found later: a stream cannot be read again, and a file of the same name is not it.
   */
  public void read(InputStream stream, String name) throws IOException {
    requireUnfinished();
    files.add(readKept(stream, name));
  }

  /** Reads a stream that cannot be read again, keeping its bytes if it fits in memory. */
  private FileResult readKept(InputStream stream, String name) throws IOException {
    InputStream bounded = new BoundedInput(stream, limits.maxFileBytes(), budget);
    Prefix read = Prefix.read(bounded, new byte[8192], inMemory());
    FileResult r = readEvents(read.andRest(bounded), name);
    boolean whole = read.ended || read.failed != null;
    r.text = whole ? read.bytes : new byte[0];
    r.textLength = whole ? read.length : 0;
    return r;
  }

  /** The most bytes of a file read into memory: the file size limit, and an eighth of the heap. */
  private long inMemory() {
    return Math.min(Math.min(limits.maxFileBytes(), Runtime.getRuntime().maxMemory() / 8),
        Integer.MAX_VALUE - 16);
  }

  /**
   * Reads one file with this loader's shared values; {@code null} once the records or load size
   * limit has tripped.
   */
  private FileResult readFile(Path path) {
    String name = path.toString();
    if (budget.exhausted()) {
      return null; // a limit of the load has tripped and said so: the rest is not read
    }
    if (name.equals(STANDARD_INPUT)) {
      try {
        return readKept(System.in, STANDARD_INPUT_NAME);
      } catch (IOException e) {
        return unreadable(STANDARD_INPUT_NAME, "standard input cannot be read: " + reason(e));
      }
    }
    if (!Files.isRegularFile(path)) {
      return readSpecial(path);
    }
    try {
      long size = Files.size(path);
      if (size > limits.maxFileBytes()) {
        FileResult r = new FileResult(name, limits);
        r.problems.add(BuiltinCode.LIMIT.problem("the file has " + size + " bytes, more than the"
            + " limit of " + limits.maxFileBytes() + ": split it into smaller files, or raise the"
            + " file size limit").location(Location.ofFile(name)).build());
        return r;
      }
      if (!budget.fits(size)) {
        FileResult r = new FileResult(name, limits);
        r.problems.add(BuiltinCode.LIMIT.problem("the files of this load hold more than "
            + budget.maxBytes() + " bytes with this one, the load size limit: it and the files"
            + " after it are not read; read fewer files at once, or raise the load size limit"
            + " (and the heap with it)").location(Location.ofFile(name)).build());
        return r;
      }
      FileResult r;
      try (InputStream in = Files.newInputStream(path)) {
        r = readStream(in, name);
      }
      return r;
    } catch (IOException e) {
      return unreadable(name, "cannot read this file: " + reason(e));
    }
  }

  /** The path that stands for standard input, as on the command line. */
  public static final String STANDARD_INPUT = "-";
  /** Standard input, named in locations. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  /**
   * A path that is no regular file: a pipe, a process substitution, {@code /dev/stdin} (read as
   * a stream, within the limits), a link that leads nowhere or in a loop, a folder that cannot be
   * listed (a problem that says why).
   */
  private FileResult readSpecial(Path path) {
    String name = path.toString();
    if (Files.isSymbolicLink(path) && !Files.exists(path)) { // /dev/fd/63 exists: a pipe
      try {
        path.toRealPath();
      } catch (java.nio.file.NoSuchFileException e) {
        return unreadable(name, "this link leads to " + target(path) + ", which does not exist:"
            + " remove the link, or restore what it leads to");
      } catch (IOException e) {
        return unreadable(name, "this link cannot be followed (" + reason(e) + "; links that"
            + " lead to each other in a loop do this): remove it, or make it lead to a file");
      }
    }
    if (Files.isDirectory(path)) {
      return unreadable(name, "this folder cannot be listed: check its permissions");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readKept(in, name);
    } catch (IOException e) {
      return unreadable(name, "cannot read this file: " + reason(e));
    }
  }

  private static String target(Path link) {
    try {
      return "`" + Files.readSymbolicLink(link) + "`";
    } catch (IOException e) {
      return "a place";
    }
  }

  /** What went wrong, in words: the JDK's I/O messages often only repeat the path. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private FileResult unreadable(String name, String message) {
    FileResult r = new FileResult(name, limits);
    r.problems.add(BuiltinCode.FILE_UNREADABLE.problem(message)
        .location(Location.ofFile(name)).build());
    return r;
  }

  private FileResult readStream(InputStream stream, String name) throws IOException {
    return readEvents(new BoundedInput(stream, limits.maxFileBytes(), budget), name);
  }

  /** Reads a stream already bounded by the limits. */
  private FileResult readEvents(InputStream bounded, String name) throws IOException {
    // a YAML file is read whole into a buffer of its own; the others need marks to sniff
    InputStream in = yamlByName(name) ? bounded : new BufferedInputStream(bounded);
    Events events;
    try {
      events = isJson(name, in) ? new JsonEvents(in, limits) : yaml(in);
    } catch (JacksonException e) {
      // Jackson detects the encoding as it starts, and refuses some byte orders there; its
      // getMessage() would add the location and a dump of the input to the reason
      FileResult r = new FileResult(name, limits);
      r.problems.add(BuiltinCode.SYNTAX.problem("the file cannot be read as JSON: "
          + e.getOriginalMessage() + "; save it as UTF-8").location(Location.of(name, 1, 1))
          .build());
      return r;
    } catch (InputException e) {
      // a stream past the file size limit, or bytes that are not text, within the bytes read
      // to detect the encoding
      FileResult r = new FileResult(name, limits);
      r.problems.add(e.code.problem(e.getMessage()).location(e.line > 0
          ? Location.of(name, e.line, e.column) : Location.ofFile(name)).build());
      return r;
    }
    if (binder == null) {
      binder = new Binder(null, null, null, shared);
    }
    return DocumentReader.read(events, name, binder, budget, limits);
  }

  /**
   * Reads {@code paths} on up to {@code threads} threads and merges them as one sequential load
   * would: the same dataset and the same problems, whatever the number of threads.
   *
   * <p>Each thread takes the next file not yet taken, so that each reads its files in order. The
   * threads share the load's ids ({@link SharedIds}): a reference to a record already read, on
   * any thread, is settled on the spot, the rest once all are read. Only where records on two
   * threads claim one id for different kinds (an {@code id.duplicate} in any case), where a limit
   * of the load trips, or where a file cannot be read at all, could that differ from one
   * thread's reading: then the load is read again on one thread.
   *
   * @param done told the number of files read after each file, from the thread that read it
   */
  public static LoadResult readAll(List<Path> paths, ReadLimits limits, int threads,
      java.util.function.IntConsumer done) {
    int workers = Math.min(threads, paths.size());
    if (workers > 1) {
      LoadResult parallel = readInParallel(paths, limits, workers, done);
      if (parallel != null) {
        return parallel;
      }
    }
    Loader loader = new Loader(limits, threads);
    for (int i = 0; i < paths.size(); i++) {
      loader.read(paths.get(i));
      done.accept(i + 1);
    }
    return loader.finish();
  }

  /**
   * Reads {@code paths} on {@code workers} threads and merges them; {@code null} where one thread
   * could have read otherwise: a limit of the load tripped, threads disagree on the kind of an id,
   * or a file could not be read at all (which one a single thread meets first, and whether it
   * reaches it, is for the single thread to say). What was read is then garbage: the caller's
   * reading again on one thread does not hold both in memory.
   */
  private static LoadResult readInParallel(List<Path> paths, ReadLimits limits, int workers,
      java.util.function.IntConsumer done) {
    Loader[] loaders = new Loader[workers];
    LoadBudget budget = new LoadBudget(limits.maxRecords(), limits.maxLoadBytes());
    SharedIds ids = new SharedIds();
    for (int w = 0; w < workers; w++) {
      loaders[w] = new Loader(limits, budget, 1, new SharedValues(ids, w));
    }
    FileResult[] results = new FileResult[paths.size()];
    LoadResult result = readFiles(paths, loaders, results, ids, done) && !budget.exhausted()
        && !ids.disagreed() ? merge(Arrays.asList(results), ids, workers, limits) : null;
    for (Loader loader : loaders) { // the load is done: its tables would only keep garbage alive
      loader.shared.clear();
    }
    return result;
  }

  /**
   * Reads every path into {@code results}, each loader on a thread of its own, stopping early
   * once the threads disagree on a claim (the load is read again on one thread). Returns {@code
   * false} if a file could not be read at all; an {@link Error} on a thread is thrown here.
   */
  private static boolean readFiles(List<Path> paths, Loader[] loaders, FileResult[] results,
      SharedIds ids, java.util.function.IntConsumer done) {
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread[] threads = new Thread[loaders.length];
    for (int w = 0; w < loaders.length; w++) {
      Loader loader = loaders[w];
      threads[w] = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement();
              i < paths.size() && failure.get() == null && !ids.disagreed();
              i = next.getAndIncrement()) {
            results[i] = loader.readFile(paths.get(i));
            done.accept(read.incrementAndGet());
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      }, "liaison-reader-" + w);
      threads[w].setDaemon(true);
      threads[w].start();
    }
    boolean interrupted = false;
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable failed = failure.get();
    if (failed instanceof Error) {
      throw (Error) failed; // out of memory, say: the JVM cannot go on, whatever the file
    }
    return failed == null;
  }

  /**
   * The token stream of a file or stream named {@code name}, JSON or YAML as its name or content
   * says: the one way in for the load and for {@link PointerIndex}, so that both read the same
   * characters at the same places. {@code in} must support marks.
   *
   * @throws JacksonException if Jackson refuses the input's encoding as it starts
   */
  public static Events open(InputStream in, String name, ReadLimits limits) throws IOException {
    return isJson(name, in) ? new JsonEvents(in, limits) : yaml(in, limits);
  }

  /**
   * The token stream of a YAML file: {@link BlockYamlEvents} where it reads the whole file, else
   * {@link YamlEvents}. The file is first read into memory, up to an eighth of the heap (and the
   * file size limit); a larger one, and one that {@code BlockYamlEvents} does not read, is read by
   * {@code YamlEvents} from the bytes read so far and then the rest of the stream, with any
   * exception the stream threw (a limit) thrown where it was.
   */
  public static Events yaml(InputStream in, ReadLimits limits) throws IOException {
    return new Loader(limits, 1).yaml(in);
  }

  /** A buffer at most this large is kept for the next file a loader reads. */
  private static final int KEPT_BUFFER = 1 << 20;

  private Events yaml(InputStream in) throws IOException {
    long most = inMemory();
    int size = (int) Math.min(most + 1, Math.max(8192, in.available() + 1L));
    byte[] buffer = yamlBuffer != null && yamlBuffer.length >= size ? yamlBuffer : new byte[size];
    Prefix read = Prefix.read(in, buffer, most);
    if (read.bytes.length <= KEPT_BUFFER) {
      yamlBuffer = read.bytes; // the file is read before the next one is: the buffer is free again
    }
    if (read.ended) {
      yamlReader = yamlReader != null ? yamlReader : new BlockYamlEvents(limits);
      if (yamlReader.reset(read.bytes, read.length).readsAll()) {
        return yamlReader;
      }
    }
    return new YamlEvents(new YamlInput(read.andRest(in), limits.maxStringLength()), limits);
  }

  /**
   * The first bytes of a stream, up to a most: all of it when {@code ended}, else the start of
   * it, the rest still in the stream, or what failed reading it.
   */
  private static final class Prefix {
    final byte[] bytes;
    final int length;
    final boolean ended;
    final InputException failed;

    private Prefix(byte[] bytes, int length, boolean ended, InputException failed) {
      this.bytes = bytes;
      this.length = length;
      this.ended = ended;
      this.failed = failed;
    }

    /** Reads {@code in} into {@code buffer}, grown as needed, until it ends or passes {@code most}. */
    static Prefix read(InputStream in, byte[] buffer, long most) throws IOException {
      byte[] bytes = buffer;
      int n = 0;
      try {
        while (n <= most) {
          if (n == bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(most + 1, 2L * n));
          }
          int r = in.read(bytes, n, bytes.length - n);
          if (r < 0) {
            return new Prefix(bytes, n, true, null);
          }
          n += r;
        }
      } catch (InputException e) {
        return new Prefix(bytes, n, false, e);
      }
      return new Prefix(bytes, n, false, null);
    }

    /** The whole stream again: these bytes, then the rest of {@code in} (or its failure). */
    InputStream andRest(InputStream in) {
      InputStream rest = failed != null ? new Failing(failed)
          : ended ? InputStream.nullInputStream() : in;
      return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), rest);
    }
  }

  /** A stream that throws, at its first read, what the stream it stands for threw. */
  private static final class Failing extends InputStream {
    private final InputException failure;

    Failing(InputException failure) {
      this.failure = failure;
    }

    @Override
    public int read() {
      throw failure;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      throw failure;
    }
  }

  private static boolean yamlByName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static boolean isJson(String name, InputStream in) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return true;
    }
    if (yamlByName(name)) {
      return false;
    }
    in.mark(1024);
    try {
      for (int i = 0; i < 1024; i++) {
        int c = in.read();
        if (c == '{' || c == '[') {
          return true;
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB
            && c != 0xBF) {
          return false;
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /**
   * Merges what was read into a dataset and every problem found, sorted. Once: the load's tables
   * are emptied then (see {@link TextTable#clear()}), and this loader can read no more.
   *
   * @throws IllegalStateException if called before on this loader
   */
  public LoadResult finish() {
    requireUnfinished();
    finished = true;
    LoadResult result = merge(files, shared.ids(), threads, limits);
    shared.clear(); // the load is done: its tables would only keep garbage alive
    return result;
  }

  private void requireUnfinished() {
    if (finished) {
      throw new IllegalStateException("this load is finished and its tables emptied: start a new"
          + " Loader to read more");
    }
  }

  private static LoadResult merge(List<FileResult> files, SharedIds shared, int threads,
      ReadLimits limits) {
    Dataset.Builder dataset = Dataset.builder().threads(threads);
    Map<Id, ReadRecord> first = null; // the first record of each id, made at the first duplicate
    List<Problem> problems = new ArrayList<>();
    for (FileResult file : files) {
      problems.addAll(file.problems);
      for (ReadRecord r : file.records) {
        if (!dataset.add(r.record, r.origin)) {
          first = first != null ? first : firstOfEachId(files);
          problems.add(duplicate(r, first.get(r.record.id())));
        }
      }
    }
    References references = new References(shared);
    for (FileResult file : files) {
      references.check(file, problems);
    }
    problems.sort(Problem.ORDER);
    int records = files.stream().mapToInt(f -> f.records.size()).sum();
    List<Directive> directives = new ArrayList<>();
    Map<String, byte[]> texts = new HashMap<>();
    for (FileResult file : files) {
      directives.addAll(file.directives.kept());
      if (file.text != null) {
        texts.put(file.file, file.textLength == file.text.length ? file.text
            : Arrays.copyOf(file.text, file.textLength));
      }
    }
    LoadResult result = LoadResult.of(dataset.build(), problems,
        files.stream().map(f -> f.file).toList(), records, directives,
        SourceLocator.create(limits, texts));
    for (FileResult file : files) { // garbage now, but see TextTable.clear()
      file.records.clear();
      file.refs.clear();
    }
    return result;
  }

  private static Map<Id, ReadRecord> firstOfEachId(List<FileResult> files) {
    Map<Id, ReadRecord> first = new HashMap<>();
    for (FileResult file : files) {
      for (ReadRecord r : file.records) {
        first.putIfAbsent(r.record.id(), r);
      }
    }
    return first;
  }

  private static Problem duplicate(ReadRecord r, ReadRecord earlier) {
    Location firstAt = earlier.idLocation != null ? earlier.idLocation : earlier.origin.location();
    return BuiltinCode.ID_DUPLICATE.problem("the id " + Messages.quote(r.record.id().value())
            + " is already used by " + References.article(earlier.record.recordKind()) + " at " + firstAt
            + "; ids are unique across all records of the dataset: rename one of them")
        .recordId(r.record.id())
        .pointer(r.origin.pointer() + "/id")
        .location(r.idLocation != null ? r.idLocation : r.origin.location())
        .related(List.of(firstAt))
        .build();
  }

  /** Exposed for the public reader: how many files were read so far. */
  public int fileCount() {
    return files.size();
  }
}
