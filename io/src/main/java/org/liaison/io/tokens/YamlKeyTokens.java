package org.liaison.io.tokens;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.Scanner;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.DocumentStartToken;
import org.snakeyaml.engine.v2.tokens.KeyToken;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * snakeyaml-engine 3.0.1's tokens with the keys YAML 1.2 reads and the engine does not: an empty
 * key (a {@code :} where a key is due, in a block mapping or in brackets), a key in braces whose
 * {@code :} stands on a later line, and a {@code :} in brackets that starts a plain scalar ({@code
 * [:x]}, {@code {"a"::b}}) rather than being a value indicator; a {@code ...} with no document
 * open, and a document after {@code ...} without {@code ---}. The engine's parser reads these
 * tokens in place of its scanner's.
 */
final class YamlKeyTokens implements Scanner {
  private final Scanner in;
  private final ArrayDeque<Token> ready = new ArrayDeque<>();
  // open collections, innermost last: 'M' block mapping, 'S' block list, '{' and '[' in brackets
  private byte[] kinds = new byte[16];
  // per collection: a ':' here is an empty key's (a flow entry's start, or a block key's place)
  private boolean[] keyDue = new boolean[16];
  private int depth;
  private Token last;
  private boolean inDocument;
  private int endLine = -1; // of the last ... that ended a document

  YamlKeyTokens(Scanner in) {
    this.in = in;
  }

  /** snakeyaml-engine's parser over these tokens of {@code in}, with marks, without comments. */
  static Parser parser(Reader in) {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(Integer.MAX_VALUE)
            .setParseComments(false)
            .setUseMarks(true)
            .build();
    return new ParserImpl(
        settings, new YamlKeyTokens(new ScannerImpl(settings, new StreamReader(settings, in))));
  }

  @Override
  public boolean checkToken(Token.ID... choices) {
    fill();
    if (ready.isEmpty()) {
      return false;
    }
    if (choices.length == 0) {
      return true;
    }
    Token.ID id = ready.peek().getTokenId();
    for (Token.ID c : choices) {
      if (c == id) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Token peekToken() {
    fill();
    return ready.peek();
  }

  @Override
  public boolean hasNext() {
    return checkToken();
  }

  @Override
  public Token next() {
    fill();
    return ready.poll();
  }

  @Override
  public void resetDocumentIndex() {
    in.resetDocumentIndex();
  }

  private void fill() {
    Token t = null;
    while (ready.isEmpty() && t == null && in.checkToken()) {
      t = document(in.next());
    }
    if (t == null) {
      return;
    }
    byte top = depth == 0 ? 0 : kinds[depth - 1];
    boolean due = depth > 0 && keyDue[depth - 1];
    if (t.getTokenId() == Token.ID.Value
        && (top == '{' || top == '[')
        && !afterJsonNode()
        && in.checkToken(Token.ID.Value, Token.ID.Scalar)
        && adjacent(t, in.peekToken())) {
      colons(t);
      return;
    }
    if (t.getTokenId() == Token.ID.Value && due) {
      add(new KeyToken(t.getStartMark(), t.getStartMark()));
      add(t);
      return;
    }
    if (top == '{' && due && startsNode(t)) {
      List<Token> node = new ArrayList<>();
      node.add(t);
      while (isProperty(t) && in.checkToken()) {
        t = in.next();
        node.add(t);
      }
      if (in.checkToken(Token.ID.Value)) {
        add(new KeyToken(node.get(0).getStartMark(), node.get(0).getStartMark()));
      }
      node.forEach(this::add);
      return;
    }
    add(t);
  }

  /**
   * {@code t}, or null for a {@code ...} with no document open (YAML 1.2 allows any number); a
   * document after {@code ...} without {@code ---} gets one, as the engine's parser wants.
   */
  private Token document(Token t) {
    switch (t.getTokenId()) {
      case StreamStart:
      case StreamEnd:
      case Directive:
        return t;
      case DocumentStart:
        inDocument = true;
        return t;
      case DocumentEnd:
        if (!inDocument) {
          return null;
        }
        inDocument = false;
        endLine = t.getEndMark().map(Mark::getLine).orElse(-1);
        return t;
      default:
        if (!inDocument
            && endLine >= 0
            && !t.getStartMark().map(Mark::getLine).equals(Optional.of(endLine))) {
          add(new DocumentStartToken(t.getStartMark(), t.getStartMark()));
        }
        inDocument = true;
        return t;
    }
  }

  /**
   * Hands out {@code value} (a {@code :} in brackets) and the colons and plain text right after it
   * as one plain scalar, as YAML 1.2 reads them; as they are if no plain text follows.
   */
  private void colons(Token value) {
    List<Token> colons = new ArrayList<>();
    colons.add(value);
    Token t = value;
    while (in.checkToken(Token.ID.Value, Token.ID.Scalar) && adjacent(t, in.peekToken())) {
      t = in.next();
      if (t.getTokenId() == Token.ID.Scalar && ((ScalarToken) t).isPlain()) {
        String text = ":".repeat(colons.size()) + ((ScalarToken) t).getValue();
        add(new ScalarToken(text, true, ScalarStyle.PLAIN, value.getStartMark(), t.getEndMark()));
        return;
      }
      colons.add(t);
      if (t.getTokenId() == Token.ID.Scalar) {
        break;
      }
    }
    colons.forEach(this::add);
  }

  /** Whether the last token ends a quoted scalar or a collection in brackets. */
  private boolean afterJsonNode() {
    if (last == null) {
      return false;
    }
    Token.ID id = last.getTokenId();
    return id == Token.ID.FlowMappingEnd
        || id == Token.ID.FlowSequenceEnd
        || (id == Token.ID.Scalar && !((ScalarToken) last).isPlain());
  }

  private static boolean adjacent(Token a, Token b) {
    Optional<Mark> end = a.getEndMark();
    Optional<Mark> start = b.getStartMark();
    return end.isPresent() && start.isPresent() && end.get().getIndex() == start.get().getIndex();
  }

  private static boolean startsNode(Token t) {
    return t.getTokenId() == Token.ID.Scalar || t.getTokenId() == Token.ID.Alias || isProperty(t);
  }

  private static boolean isProperty(Token t) {
    return t.getTokenId() == Token.ID.Anchor || t.getTokenId() == Token.ID.Tag;
  }

  /** Hands out {@code t} after the tokens ready, following the collections it opens and closes. */
  private void add(Token t) {
    ready.add(t);
    last = t;
    switch (t.getTokenId()) {
      case BlockMappingStart:
        push('M', true);
        break;
      case BlockSequenceStart:
        push('S', false);
        break;
      case FlowMappingStart:
        push('{', true);
        break;
      case FlowSequenceStart:
        push('[', true);
        break;
      case BlockEnd:
      case FlowMappingEnd:
      case FlowSequenceEnd:
        if (depth > 0) {
          depth--;
        }
        flowEntryTaken();
        break;
      case FlowEntry:
        if (depth > 0 && kinds[depth - 1] != 'M') {
          keyDue[depth - 1] = true;
        }
        break;
      case Key:
        if (depth > 0) {
          keyDue[depth - 1] = false;
        }
        break;
      case Value:
        if (depth > 0) {
          keyDue[depth - 1] = kinds[depth - 1] == 'M';
        }
        break;
      default:
        flowEntryTaken();
        break;
    }
  }

  /** A token at the level of brackets: a key is no longer due there. */
  private void flowEntryTaken() {
    if (depth > 0 && kinds[depth - 1] != 'M') {
      keyDue[depth - 1] = false;
    }
  }

  private void push(char kind, boolean due) {
    if (depth > 0) {
      flowEntryTaken();
    }
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      keyDue = Arrays.copyOf(keyDue, depth * 2);
    }
    kinds[depth] = (byte) kind;
    keyDue[depth++] = due;
  }
}
