package org.liaison.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Writes files so that nothing is lost: the content goes to a temporary file beside the target,
 * which is moved over the target only once it is complete. A failure at any point leaves an
 * existing target whole and no temporary file behind. Missing parent folders are created.
 *
 * <p>A temporary file is named {@code .liaison-<pid>-<random>.tmp} after the process writing it. A
 * write that was killed leaves its temporary behind; the next write into the same folder removes it
 * once its process is gone (or the file is a day old). An {@link IOException} thrown here names the
 * target or a folder on its way, never a temporary file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TEMPORARY = Pattern.compile("\\.liaison-(\\d+)-[0-9a-f]+\\.tmp");
  private static final Duration STALE_AGE = Duration.ofDays(1);

  private AtomicFiles() {}

  /** Writes content to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /** Writes to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes files into a folder; may throw {@link IOException}. */
  @FunctionalInterface
  public interface FolderContent {
    /** Writes files (and folders) into {@code dir}, which exists and is empty. */
    void writeInto(Path dir) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target}, atomically where the file system allows. Missing
   * parent folders are created.
   *
   * @throws IOException if the content or the file system fails; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = folder(target.toAbsolutePath().getParent());
    Path temp = dir.resolve(temporaryName());
    try {
      writeNew(temp, content);
      keepPermissions(target, temp);
      move(temp, target);
    } catch (IOException e) {
      delete(temp, e);
      throw naming(e, temp, target);
    } catch (RuntimeException | Error e) {
      delete(temp, e);
      throw e;
    }
  }

  /**
   * Writes {@code content} to the new file {@code temp}. CREATE_NEW lets the umask set the mode, as
   * for any new file; an existing target's mode is copied afterwards, so replacing a file does not
   * change who may read it.
   */
  private static void writeNew(Path temp, Content content) throws IOException {
    try (OutputStream out =
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    }
  }

  /** Moves every file below the folder {@code temp} to the same place below {@code dir}. */
  private static void moveAll(Path temp, Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(temp)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      Path into = dir.resolve(temp.relativize(f).toString());
      Files.createDirectories(into.getParent());
      move(f, into);
    }
  }

  /**
   * Writes several files into the folder {@code target}, creating it and its parents when missing:
   * they are written into a temporary folder inside it, and moved into place each atomically only
   * once all of them are complete. Files already in {@code target} that are not written are left
   * alone.
   *
   * @throws IOException if the content or the file system fails; no file of {@code target} is then
   *     changed
   */
  public static void writeFolder(Path target, FolderContent content) throws IOException {
    Path dir = folder(target.toAbsolutePath());
    Path temp = dir.resolve(temporaryName());
    try {
      Files.createDirectory(temp);
      content.writeInto(temp);
      moveAll(temp, dir);
    } catch (IOException e) {
      delete(temp, e);
      throw naming(e, temp, target);
    } catch (RuntimeException | Error e) {
      delete(temp, e);
      throw e;
    }
    delete(temp, null);
  }

  /** Creates {@code dir} when missing, then removes the stale temporaries in it. */
  private static Path folder(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new NotDirectoryException(e.getFile());
    }
    removeStale(dir);
    return dir;
  }

  private static String temporaryName() {
    return ".liaison-"
        + ProcessHandle.current().pid()
        + "-"
        + Long.toHexString(RANDOM.nextLong() >>> 1)
        + ".tmp";
  }

  /**
   * Removes the temporary files and folders in {@code dir} left by writes that did not finish:
   * those of a process that is gone, of a process started after they were last written (its id was
   * reused), or older than a day. Removal is best effort.
   */
  static void removeStale(Path dir) {
    long self = ProcessHandle.current().pid();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".liaison-*.tmp")) {
      for (Path entry : entries) {
        Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
        if (m.matches() && isStale(entry, Long.parseLong(m.group(1)), self)) {
          delete(entry, null);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a folder that cannot be listed fails the write itself, with its own reason
    }
  }

  private static boolean isStale(Path temp, long pid, long self) throws IOException {
    if (pid == self) {
      return false;
    }
    Instant written = Files.getLastModifiedTime(temp).toInstant();
    if (written.isBefore(Instant.now().minus(STALE_AGE))) {
      return true;
    }
    Optional<ProcessHandle> writer = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    return writer.isEmpty()
        || writer.get().info().startInstant().map(s -> s.isAfter(written)).orElse(false);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file, or a folder with what it holds; a failure is added to {@code cause}. */
  private static void delete(Path path, Throwable cause) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException cleanup) {
      if (cause != null) {
        cause.addSuppressed(cleanup);
      }
    }
  }

  /**
   * The same failure with the temporary (or a file inside a temporary folder) replaced by the
   * target, so that no message names a file the user never asked for.
   */
  private static IOException naming(IOException e, Path temp, Path target) {
    if (!(e instanceof FileSystemException)) {
      return e;
    }
    FileSystemException f = (FileSystemException) e;
    String file = replace(f.getFile(), temp, target);
    String other = replace(f.getOtherFile(), temp, target);
    if (same(file, f.getFile()) && same(other, f.getOtherFile())) {
      return e;
    }
    FileSystemException renamed = sameKind(f, file, same(other, file) ? null : other);
    renamed.initCause(e);
    return renamed;
  }

  /** An exception of the kind of {@code f}, naming {@code file} and {@code other} instead. */
  private static FileSystemException sameKind(FileSystemException f, String file, String other) {
    if (f instanceof NoSuchFileException) {
      return new NoSuchFileException(file, other, f.getReason());
    } else if (f instanceof AccessDeniedException) {
      return new AccessDeniedException(file, other, f.getReason());
    } else if (f instanceof NotDirectoryException) {
      return new NotDirectoryException(file);
    }
    return new FileSystemException(file, other, f.getReason());
  }

  private static String replace(String file, Path temp, Path target) {
    if (file == null) {
      return null;
    }
    Path p = Path.of(file).toAbsolutePath();
    return p.startsWith(temp.toAbsolutePath()) ? target.toString() : file;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.exists(target)
        && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }
}
