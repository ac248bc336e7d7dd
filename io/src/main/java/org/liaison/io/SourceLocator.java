package org.liaison.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.liaison.io.locating.PointerIndex;
import org.liaison.model.Location;
import org.liaison.model.RecordOrigin;

/**
 * Finds the {@code file:line:column} of any value of a record read, by its JSON Pointer. Locations
 * beyond each record's start are not kept in memory by the reader: the text of a record is read
 * once more, the first time a value of it is asked for, and its locations are then cached for the
 * life of this locator. That text is the one kept in memory for what was read from a string, a
 * stream or a pipe (see {@link LoadResult#locator()}), and the file otherwise. Safe to use from
 * many threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SourceLocator {
  private final ReadLimits limits;
  private final Map<String, byte[]> texts;
  private final Map<String, PointerIndex> files = new ConcurrentHashMap<>();

  private SourceLocator(ReadLimits limits, Map<String, byte[]> texts) {
    this.limits = limits;
    this.texts = texts;
  }

  /** Returns a locator that reads files under the given limits. */
  public static SourceLocator create(ReadLimits limits) {
    return new SourceLocator(limits, Map.of());
  }

  /**
   * Returns a locator that places the values of each input named in {@code texts} in the bytes
   * given for it (never reading a file of that name; an empty array places nothing), and reads the
   * other files under the given limits. The arrays are not copied and must not change.
   */
  public static SourceLocator create(ReadLimits limits, Map<String, byte[]> texts) {
    return new SourceLocator(limits, Map.copyOf(texts));
  }

  /**
   * Returns the location of the value at {@code pointer} (relative to the record, {@code
   * /history/1/date}) of the record read from {@code origin}; the record's own location when the
   * value is not found, and empty only when {@code origin} is empty.
   */
  public Optional<Location> locate(Optional<RecordOrigin> origin, String pointer) {
    if (origin.isEmpty()) {
      return Optional.empty();
    }
    RecordOrigin o = origin.get();
    if (pointer.isEmpty()) {
      return Optional.of(o.location());
    }
    PointerIndex index = index(o.location().file());
    return Optional.of(
        index == null
            ? o.location()
            : index.locate(o.document(), o.pointer() + pointer).orElse(o.location()));
  }

  /** The index of {@code file}, from the text kept of it or the file; {@code null} if neither. */
  private PointerIndex index(String file) {
    byte[] text = texts.get(file);
    if (text != null) {
      return files.computeIfAbsent(file, f -> PointerIndex.of(text, f, limits));
    }
    Path path = Path.of(file);
    return Files.isRegularFile(path)
        ? files.computeIfAbsent(file, f -> PointerIndex.of(path, limits))
        : null;
  }
}
