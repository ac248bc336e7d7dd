package org.liaison.io.tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.liaison.io.ReadLimits;
import tools.jackson.core.JacksonException;

/**
 * Opens the token stream of a file or stream, JSON or YAML as its name or content says: the one way
 * in for the load and for locating a pointer, so that both read the same characters at the same
 * places. One instance serves one thread and keeps its YAML reader and buffer from file to file.
 */
public final class TokenStreams {
  /** A buffer at most this large is kept for the next file read. */
  private static final int KEPT_BUFFER = 1 << 20;

  private final ReadLimits limits;
  private BlockYamlTokens yamlReader;
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
  public static TokenStream open(InputStream in, String name, ReadLimits limits)
      throws IOException {
    return new TokenStreams(limits).open(in, name);
  }

  /**
   * The token stream of {@code in}, named {@code name}. {@code in} must support marks unless the
   * name says YAML ({@link #yamlByName}).
   *
   * @throws JacksonException if Jackson refuses the input's encoding as it starts
   */
  public TokenStream open(InputStream in, String name) throws IOException {
    return isJson(name, in) ? new JsonTokens(in, limits) : yaml(in);
  }

  /**
   * The token stream of a YAML file: {@link BlockYamlTokens} where it reads the whole file, else
   * {@link YamlTokens}. The file is first read into memory, up to an eighth of the heap (and the
   * file size limit); a larger one, and one that {@code BlockYamlTokens} does not read, is read by
   * {@code YamlTokens} from the bytes read so far and then the rest of the stream, with any
   * exception the stream threw (a limit) thrown where it was.
   */
  public TokenStream yaml(InputStream in) throws IOException {
    long most = inMemory(limits);
    int size = StreamPrefix.firstBuffer(in, most);
    byte[] buffer = yamlBuffer != null && yamlBuffer.length >= size ? yamlBuffer : new byte[size];
    StreamPrefix read = StreamPrefix.read(in, buffer, most);
    if (read.bytes.length <= KEPT_BUFFER) {
      yamlBuffer = read.bytes; // the file is read before the next one is: the buffer is free again
    }
    if (read.ended) {
      return yaml(read.bytes, read.length);
    }
    return new YamlTokens(new YamlInput(read.andRest(in), limits.maxStringLength()), limits);
  }

  /**
   * The token stream of a YAML file held whole in the bytes {@code [0, length)} of {@code bytes},
   * which must not change while it is read: {@link BlockYamlTokens} where it reads the whole file,
   * else {@link YamlTokens}.
   */
  public TokenStream yaml(byte[] bytes, int length) throws IOException {
    if (blockReader().reset(bytes, length).readsAll()) {
      return yamlReader;
    }
    return new YamlTokens(
        new YamlInput(new ByteArrayInputStream(bytes, 0, length), limits.maxStringLength()),
        limits);
  }

  private BlockYamlTokens blockReader() {
    if (yamlReader == null) {
      yamlReader = new BlockYamlTokens(limits);
    }
    return yamlReader;
  }

  /** The most bytes of a file read into memory: the file size limit, and an eighth of the heap. */
  public static long inMemory(ReadLimits limits) {
    return Math.min(
        Math.min(limits.maxFileBytes(), Runtime.getRuntime().maxMemory() / 8),
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

  private static boolean spaceOrByteOrderMark(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF;
  }

  private static boolean startsLikeJson(InputStream in) throws IOException {
    in.mark(1024);
    try {
      int c = in.read();
      for (int i = 1; i < 1024 && spaceOrByteOrderMark(c); i++) {
        c = in.read();
      }
      return c == '{' || c == '[';
    } finally {
      in.reset();
    }
  }
}
