// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A French text with its sentences, tokens and entity mentions.
 *
 * <p>The text is the exact {@code String} that was annotated, never altered; every offset is in
 * UTF-16 code units of it (see {@link TextSpan}). The constructor checks that the parts fit the
 * text and each other: tokens ascending and inside the text, sentences covering consecutive
 * token ranges, mentions on token boundaries, matching their covered text, not overlapping.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param text the original text
 * @param sentences the sentences, in text order
 * @param tokens the tokens, in text order
 * @param entities the entity mentions, in text order
 * @param referenceDate the date relative dates were resolved against, if any
 */
public record AnnotatedDocument(
    String text,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Entity> entities,
    Optional<LocalDate> referenceDate) {

  /**
   * Copies the lists and validates the whole document.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the parts do not fit the text or each other
   */
  public AnnotatedDocument {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    Objects.requireNonNull(referenceDate, "referenceDate");
    validate(text, sentences, tokens, entities);
  }

  /** Returns the text a span covers. */
  public String covered(TextSpan span) {
    return text.substring(span.start(), span.end());
  }

  /** Returns the mentions of one type, in text order. */
  public List<Entity> entities(EntityType type) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == type) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /** Returns the tokens of one sentence. */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  private static void validate(
      String text, List<Sentence> sentences, List<Token> tokens, List<Entity> entities) {
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() < previousEnd || t.end() > text.length()) {
        throw new IllegalArgumentException("token " + i + " " + t + " out of order or outside the text");
      }
      previousEnd = t.end();
    }
    int nextToken = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.firstToken() != nextToken || s.endToken() > tokens.size()) {
        throw new IllegalArgumentException("sentence " + i + " " + s + " does not continue the token sequence");
      }
      if (s.start() != tokens.get(s.firstToken()).start()
          || s.end() != tokens.get(s.endToken() - 1).end()) {
        throw new IllegalArgumentException("sentence " + i + " " + s + " does not match its tokens");
      }
      nextToken = s.endToken();
    }
    if (nextToken != tokens.size()) {
      throw new IllegalArgumentException("sentences cover " + nextToken + " of " + tokens.size() + " tokens");
    }
    int previousEntityEnd = 0;
    for (Entity e : entities) {
      if (e.start() < previousEntityEnd) {
        throw new IllegalArgumentException("mention " + e + " overlaps or precedes the one before it");
      }
      if (e.end() > text.length() || !text.regionMatches(e.start(), e.text(), 0, e.text().length())) {
        throw new IllegalArgumentException("mention " + e + " does not match the text");
      }
      if (!onTokenBoundaries(tokens, e)) {
        throw new IllegalArgumentException("mention " + e + " does not start and end on token boundaries");
      }
      previousEntityEnd = e.end();
    }
  }

  private static boolean onTokenBoundaries(List<Token> tokens, Entity e) {
    int first = firstTokenAtOrAfter(tokens, e.start());
    if (first >= tokens.size() || tokens.get(first).start() != e.start()) {
      return false;
    }
    int last = firstTokenAtOrAfter(tokens, e.end()) - 1;
    return last >= first && tokens.get(last).end() == e.end();
  }

  /** Binary search: index of the first token whose start is at or after {@code offset}. */
  static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
