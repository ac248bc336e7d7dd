package org.liaison.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import org.apiguardian.api.API;

/**
 * Writes files so that nothing is lost: the content goes to a temporary file beside the target,
 * which is moved over the target only once it is complete. A failure at any point leaves an
 * existing target whole and no temporary file behind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Writes content to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /** Writes to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target}, atomically where the file system allows. The
   * target's directory must exist.
   *
   * @throws IOException if the content or the file system fails; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = dir.resolve(".liaison-" + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    try {
      // CREATE_NEW lets the umask set the mode, as for any new file; an existing target's
      // mode is copied below, so replacing a file does not change who may read it
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.exists(target)
        && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }
}
