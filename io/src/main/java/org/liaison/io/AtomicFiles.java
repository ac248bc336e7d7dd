package org.liaison.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/**
 * Writes files so that nothing is lost: the content goes to a temporary file beside the target,
 * which is moved over the target only once it is complete. A failure at any point leaves an
 * existing target whole and no temporary file behind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes content to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /** Writes to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target}, atomically where the file system allows.
   *
   * @throws IOException if the content or the file system fails; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
