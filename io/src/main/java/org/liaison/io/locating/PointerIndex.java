package org.liaison.io.locating;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.io.ReadLimits;
import org.liaison.io.tokens.InputException;
import org.liaison.io.tokens.TokenStream;
import org.liaison.io.tokens.TokenStreams;
import org.liaison.model.Location;
import tools.jackson.core.JacksonException;

/**
 * The location of every value of a file, by document and JSON Pointer: built by reading the file
 * once more, and only for files that have problems to place, so the load path keeps no locations
 * beyond each record's start.
 */
public final class PointerIndex {
  private final List<Map<String, Location>> documents = new ArrayList<>();

  private PointerIndex() {}

  /** Indexes {@code file}; a file that cannot be read or parsed indexes as far as it goes. */
  public static PointerIndex of(Path file, ReadLimits limits) {
    PointerIndex index = new PointerIndex();
    String name = file.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      index.scan(TokenStreams.open(in, name, limits), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputException | JacksonException e) {
      // malformed: what was indexed before stays usable
    }
    return index;
  }

  /** Indexes the bytes of an input named {@code name}, read from memory. */
  public static PointerIndex of(byte[] text, String name, ReadLimits limits) {
    PointerIndex index = new PointerIndex();
    try (InputStream in = new ByteArrayInputStream(text)) {
      index.scan(TokenStreams.open(in, name, limits), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputException | JacksonException e) {
      // malformed: what was indexed before stays usable
    }
    return index;
  }

  private void scan(TokenStream events, String file) {
    try (events) {
      while (events.nextDocument()) {
        Map<String, Location> values = new HashMap<>();
        documents.add(values);
        value(events, file, "", values);
      }
    }
  }

  // called at a value's first token; leaves the stream at the token after the value
  private static void value(
      TokenStream e, String file, String pointer, Map<String, Location> values) {
    int t = e.current();
    if (t == TokenStream.DOC_END) {
      return;
    }
    values.putIfAbsent(pointer, Location.of(file, e.line(), e.column()));
    e.next();
    if (t == TokenStream.START_MAP) {
      entries(e, file, pointer, values);
    } else if (t == TokenStream.START_LIST) {
      items(e, file, pointer, values);
    }
  }

  // the entries of a mapping, from its first key to the token after its end
  private static void entries(
      TokenStream e, String file, String pointer, Map<String, Location> values) {
    while (e.current() == TokenStream.KEY) {
      String child = JsonPointer.child(pointer, e.text());
      e.next();
      value(e, file, child, values);
    }
    e.next();
  }

  // the items of a list, from its first to the token after its end
  private static void items(
      TokenStream e, String file, String pointer, Map<String, Location> values) {
    for (int i = 0; e.current() != TokenStream.END_LIST; i++) {
      value(e, file, pointer + "/" + i, values);
    }
    e.next();
  }

  /** The location of the value at {@code pointer} in the {@code document}-th document. */
  public Optional<Location> locate(int document, String pointer) {
    if (document < 0 || document >= documents.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(documents.get(document).get(pointer));
  }
}
