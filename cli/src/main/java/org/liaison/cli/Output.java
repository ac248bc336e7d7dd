package org.liaison.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.liaison.io.AtomicFiles;

/**
 * Writing to the file or folder named by {@code --output}: missing parent folders are created, and
 * a failure is a {@link UsageException} that names the target and, when it is another one, the file
 * or folder that failed.
 */
final class Output {
  private Output() {}

  /** Writes {@code content} to the file {@code target}; {@code what} names it in messages. */
  static void write(Path target, String what, AtomicFiles.Content content) {
    try {
      AtomicFiles.write(target, content);
    } catch (IOException e) {
      throw failure(target, what, e);
    }
  }

  /** Writes files into the folder {@code target}; {@code what} names them in messages. */
  static void writeFolder(Path target, String what, AtomicFiles.FolderContent content) {
    try {
      AtomicFiles.writeFolder(target, content);
    } catch (IOException e) {
      throw failure(target, what, e);
    }
  }

  static UsageException failure(Path target, String what, IOException e) {
    return new UsageException("cannot write " + what + " to " + target + ": " + reason(target, e));
  }

  /** What went wrong, in words, naming the file only when it is not {@code target}. */
  static String reason(Path target, IOException e) {
    if (!(e instanceof FileSystemException)) {
      return String.valueOf(e.getMessage());
    }
    FileSystemException f = (FileSystemException) e;
    String why = f.getReason() != null ? f.getReason() : words(f);
    if (f.getFile() == null
        || Path.of(f.getFile()).toAbsolutePath().equals(target.toAbsolutePath())) {
      return why;
    }
    return display(Path.of(f.getFile())) + ": " + why;
  }

  private static String words(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty";
    }
    return e.getClass().getSimpleName();
  }

  /** A path relative to the working directory when it lies below it. */
  static String display(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(here) && !abs.equals(here)
        ? here.relativize(abs).toString()
        : p.toString();
  }
}
