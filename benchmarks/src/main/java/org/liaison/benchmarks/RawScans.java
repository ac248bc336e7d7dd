package org.liaison.benchmarks;

import java.io.InputStream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.reader.UnicodeReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.UTF8Reader;

/**
 * The raw scans that {@link LoadBenchmark} measures Liaison's reader against: each reads a stream
 * through a parser alone and counts what it saw, so that the parser's work cannot be left out.
 */
final class RawScans {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final LoadSettings ENGINE_SETTINGS =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

  private RawScans() {}

  /** Jackson 3's JSON tokens, counting the characters of every name and string. */
  static long json(InputStream in) {
    long n = 0;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          n += p.getString().length();
        } else if (t == JsonToken.PROPERTY_NAME) {
          n += p.currentName().length();
        } else {
          n++;
        }
      }
    }
    return n;
  }

  /** Jackson 3's JSON tokens with every string of up to 64 characters shared in one table. */
  static SharedStrings jsonShared(InputStream in) {
    SharedStrings shared = new SharedStrings();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          int length = p.getStringLength();
          shared.chars +=
              length <= SharedStrings.LENGTH
                  ? shared.get(p.getStringCharacters(), p.getStringOffset(), length).length()
                  : p.getString().length();
        } else if (t == JsonToken.PROPERTY_NAME) {
          shared.names += p.currentName().length();
        }
      }
    }
    shared.clear();
    return shared;
  }

  /** snakeyaml-engine's events, fed as Jackson 3's YAML module feeds it. */
  static long engineYaml(InputStream in) {
    var parser =
        new ParserImpl(
            ENGINE_SETTINGS, new StreamReader(ENGINE_SETTINGS, new UTF8Reader(in, true)));
    long n = 0;
    while (parser.hasNext()) {
      Event e = parser.next();
      if (e instanceof ScalarEvent) {
        n += ((ScalarEvent) e).getValue().length();
      } else {
        n++;
      }
    }
    return n;
  }

  /** SnakeYAML 2.x's events, fed by its own {@code UnicodeReader}. */
  static long snakeYaml(InputStream in) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    var parser =
        new org.yaml.snakeyaml.parser.ParserImpl(
            new org.yaml.snakeyaml.reader.StreamReader(new UnicodeReader(in)), options);
    long n = 0;
    for (var e = parser.getEvent();
        !e.is(org.yaml.snakeyaml.events.Event.ID.StreamEnd);
        e = parser.getEvent()) {
      if (e instanceof org.yaml.snakeyaml.events.ScalarEvent) {
        n += ((org.yaml.snakeyaml.events.ScalarEvent) e).getValue().length();
      } else {
        n++;
      }
    }
    return n;
  }
}
