package org.liaison.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.liaison.io.ReadLimits;
import tools.jackson.core.JacksonException;

/**
 * Opens the token stream of a file or stream, JSON or YAML as its name or content says: the one
 * way in for the load and for locating a pointer, so that both read the same characters at the
 * same places. One instance serves one thread and keeps its YAML reader and buffer from file to
 * file.
 */
public final class TokenStreams {
  /** A buffer at most this large is kept for the next file read. */
  private static final int KEPT_BUFFER = 1 << 20;

  private final ReadLimits limits;
  private BlockYamlEvents yamlReader;
  private byte[] yamlBuffer;

  /** Opens token streams under {@code limits}. */
  public TokenStreams(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * The token stream of {@code in}, named {@code name}, opened on its own.
   *
   * @throws JacksonException if Jackson refuses the input's encoding as it starts
   */
  public static Events open(InputStream in, String name, ReadLimits limits) throws IOException {
    return new TokenStreams(limits).open(in, name);
  }

  /**
   * The token stream of {@code in}, named {@code name}. {@code in} must support marks unless the
   * name says YAML ({@link #yamlByName}).
   *
   * @throws JacksonException if Jackson refuses the input's encoding as it starts
   */
  public Events open(InputStream in, String name) throws IOException {
    return isJson(name, in) ? new JsonEvents(in, limits) : yaml(in);
  }

  /**
   * The token stream of a YAML file: {@link BlockYamlEvents} where it reads the whole file, else
   * {@link YamlEvents}. The file is first read into memory, up to an eighth of the heap (and the
   * file size limit); a larger one, and one that {@code BlockYamlEvents} does not read, is read by
   * {@code YamlEvents} from the bytes read so far and then the rest of the stream, with any
   * exception the stream threw (a limit) thrown where it was.
   */
  public Events yaml(InputStream in) throws IOException {
    long most = inMemory(limits);
    int size = (int) Math.min(most + 1, Math.max(8192, in.available() + 1L));
    byte[] buffer = yamlBuffer != null && yamlBuffer.length >= size ? yamlBuffer : new byte[size];
    StreamPrefix read = StreamPrefix.read(in, buffer, most);
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

  /** The most bytes of a file read into memory: the file size limit, and an eighth of the heap. */
  public static long inMemory(ReadLimits limits) {
    return Math.min(Math.min(limits.maxFileBytes(), Runtime.getRuntime().maxMemory() / 8),
        Integer.MAX_VALUE - 16);
  }

  /** Whether the name's extension says YAML. */
  public static boolean yamlByName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /**
   * Whether the input is JSON: by the name's extension, else by its first character that is not
   * white space or a byte order mark.
   */
  private static boolean isJson(String name, InputStream in) throws IOException {
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return true;
    }
    return !yamlByName(name) && startsLikeJson(in);
  }

  private static boolean startsLikeJson(InputStream in) throws IOException {
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
}
