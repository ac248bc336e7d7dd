package org.liaison.io.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.liaison.io.ReadLimits;
import org.liaison.io.binding.Binder;
import org.liaison.io.binding.DocumentReader;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.InputException;
import org.liaison.io.tokens.StreamPrefix;
import org.liaison.io.tokens.TokenStream;
import org.liaison.io.tokens.TokenStreams;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import tools.jackson.core.JacksonException;

/**
 * Reads one file or stream into a {@link FileResult}, within the file's limits and the load's
 * budget: a file too large, or past the load size, or that cannot be read, is a problem of that
 * file. One instance serves one thread and keeps its token streams and binder from file to file.
 */
final class FileLoader {
  /** The path that stands for standard input, as on the command line. */
  static final String STANDARD_INPUT = "-";

  /** Standard input, named in locations. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  private final ReadLimits limits;
  private final LoadBudget budget;
  private final SharedValues shared;
  private final TokenStreams tokens;
  private Binder binder;

  FileLoader(ReadLimits limits, LoadBudget budget, SharedValues shared) {
    this.limits = limits;
    this.budget = budget;
    this.shared = shared;
    this.tokens = new TokenStreams(limits);
  }

  /** The load's shared values, as this thread keeps them. */
  SharedValues shared() {
    return shared;
  }

  /** Reads one file; {@code null} once the records or load size limit has tripped. */
  FileResult read(Path path) {
    String name = path.toString();
    if (budget.exhausted()) {
      return null; // a limit of the load has tripped and said so: the rest is not read
    }
    if (name.equals(STANDARD_INPUT)) {
      return readStandardInput();
    }
    return Files.isRegularFile(path) ? readRegular(path) : readSpecial(path);
  }

  private FileResult readRegular(Path path) {
    String name = path.toString();
    try {
      FileResult tooLarge = tooLarge(name, Files.size(path));
      if (tooLarge != null) {
        return tooLarge;
      }
      return readBounded(path, name);
    } catch (IOException e) {
      return unreadable(name, "cannot read this file: " + reason(e));
    }
  }

  private FileResult readBounded(Path path, String name) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return readTokens(new BoundedInput(in, limits.maxFileBytes(), budget), null, 0, name);
    }
  }

  private FileResult readStandardInput() {
    try {
      return readKept(System.in, STANDARD_INPUT_NAME);
    } catch (IOException e) {
      return unreadable(STANDARD_INPUT_NAME, "standard input cannot be read: " + reason(e));
    }
  }

  /** A problem for a file past the file size limit or the load's, or {@code null} if it fits. */
  private FileResult tooLarge(String name, long size) {
    if (size > limits.maxFileBytes()) {
      return problem(
          name,
          BuiltinCode.LIMIT,
          "the file has "
              + size
              + " bytes, more than the"
              + " limit of "
              + limits.maxFileBytes()
              + ": split it into smaller files, or raise the"
              + " file size limit");
    }
    return budget.fits(size) ? null : loadTooLarge(name);
  }

  private FileResult loadTooLarge(String name) {
    return problem(
        name,
        BuiltinCode.LIMIT,
        "the files of this load hold more than "
            + budget.maxBytes()
            + " bytes with this one, the load size limit: it and the files"
            + " after it are not read; read fewer files at once, or raise the load size limit"
            + " (and the heap with it)");
  }

  /**
   * Reads a stream that cannot be read again, keeping its bytes, up to the file size limit and an
   * eighth of the heap, to place the problems found later.
   */
  FileResult readKept(InputStream stream, String name) throws IOException {
    InputStream bounded = new BoundedInput(stream, limits.maxFileBytes(), budget);
    long most = TokenStreams.inMemory(limits);
    StreamPrefix read =
        StreamPrefix.read(bounded, new byte[StreamPrefix.firstBuffer(bounded, most)], most);
    FileResult r =
        readTokens(read.andRest(bounded), read.ended ? read.bytes : null, read.length, name);
    boolean whole = read.ended || read.failed != null;
    r.text = whole ? read.bytes : new byte[0];
    r.textLength = whole ? read.length : 0;
    return r;
  }

  /**
   * A path that is no regular file: a pipe, a process substitution, {@code /dev/stdin} (read as a
   * stream, within the limits), a link that leads nowhere or in a loop, a folder that cannot be
   * listed (a problem that says why).
   */
  private FileResult readSpecial(Path path) {
    String name = path.toString();
    if (Files.isSymbolicLink(path) && !Files.exists(path)) { // /dev/fd/63 exists: a pipe
      FileResult broken = brokenLink(path);
      if (broken != null) {
        return broken;
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

  /** The problem of a link that cannot be followed, or {@code null} if it can after all. */
  private FileResult brokenLink(Path path) {
    String name = path.toString();
    try {
      path.toRealPath();
      return null;
    } catch (NoSuchFileException e) {
      return unreadable(
          name,
          "this link leads to "
              + target(path)
              + ", which does not exist:"
              + " remove the link, or restore what it leads to");
    } catch (IOException e) {
      return unfollowable(name, e);
    }
  }

  private FileResult unfollowable(String name, IOException e) {
    return unreadable(
        name,
        "this link cannot be followed ("
            + reason(e)
            + "; links that"
            + " lead to each other in a loop do this): remove it, or make it lead to a file");
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
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private FileResult unreadable(String name, String message) {
    return problem(name, BuiltinCode.FILE_UNREADABLE, message);
  }

  private FileResult problem(String name, BuiltinCode code, String message) {
    FileResult r = new FileResult(name, limits);
    r.problems.add(code.problem(message).location(Location.ofFile(name)).build());
    return r;
  }

  /**
   * Reads a stream already bounded by the limits; a YAML file whose bytes are all in {@code whole}
   * (its first {@code length}), or {@code null}, is read from them without copying them again.
   */
  private FileResult readTokens(InputStream bounded, byte[] whole, int length, String name)
      throws IOException {
    // a YAML file is read whole into a buffer of its own; the others need marks to sniff
    boolean yaml = TokenStreams.yamlByName(name);
    TokenStream events;
    try {
      events =
          yaml && whole != null
              ? tokens.yaml(whole, length)
              : tokens.open(yaml ? bounded : new BufferedInputStream(bounded), name);
    } catch (JacksonException e) {
      return notJson(name, e);
    } catch (InputException e) {
      // a stream past the file size limit, or bytes that are not text, within the bytes read
      // to detect the encoding
      return inputProblem(name, e);
    }
    return bind(events, name);
  }

  private FileResult inputProblem(String name, InputException e) {
    return ended(
        name,
        e.code
            .problem(e.getMessage())
            .location(e.line > 0 ? Location.of(name, e.line, e.column) : Location.ofFile(name)));
  }

  /**
   * Jackson detects the encoding as it starts, and refuses some byte orders there; its {@code
   * getMessage()} would add the location and a dump of the input to the reason.
   */
  private FileResult notJson(String name, JacksonException e) {
    return ended(
        name,
        BuiltinCode.SYNTAX
            .problem(
                "the file cannot be read as JSON: " + e.getOriginalMessage() + "; save it as UTF-8")
            .location(Location.of(name, 1, 1)));
  }

  /** The result of a file that ended, before its first token, with {@code problem}. */
  private FileResult ended(String name, Problem.Builder problem) {
    FileResult r = new FileResult(name, limits);
    r.problems.add(problem.build());
    return r;
  }

  private FileResult bind(TokenStream events, String name) {
    if (binder == null) {
      binder = new Binder(null, null, null, shared);
    }
    return DocumentReader.read(events, name, binder, budget, limits);
  }
}
