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
 * token ranges, mentions on token boundaries, matching their covered text, and never crossing.
 *
 * <p>Mentions do not overlap, with one exception: a tagger built with {@link
 * Balise.Builder#nestedPlaces(boolean)} also reports a place named inside another mention
 * ({@code Paris} inside {@code mairie de Paris}). A nested mention lies wholly inside the one
 * before it in the list, is shorter, and does not overlap the other mentions nested in the same
 * one; nesting goes one level deep. Code that wants one label per word can skip the mentions
 * that start before the previous one ends.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param text the original text
 * @param sentences the sentences, in text order
 * @param tokens the tokens, in text order
 * @param entities the entity mentions, in text order (a nested mention right after the one it
 *     lies in)
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

  /**
   * Returns the tokens that start inside a span, in text order: for a mention or a sentence,
   * exactly its tokens.
   *
   * @param span any span of this document's text
   * @return a view of {@link #tokens()}
   */
  public List<Token> tokensIn(TextSpan span) {
    Objects.requireNonNull(span, "span");
    return tokens.subList(firstTokenAtOrAfter(tokens, span.start()), firstTokenAtOrAfter(tokens, span.end()));
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
    int outerEnd = 0; // end of the last mention that is not nested
    int nestedEnd = 0; // end of the last mention nested in it
    Entity outer = null;
    for (Entity e : entities) {
      if (e.start() >= outerEnd) {
        outer = e;
        outerEnd = e.end();
        nestedEnd = e.start();
      } else if (e.end() <= outerEnd && e.start() >= nestedEnd && e.length() < outer.length()) {
        nestedEnd = e.end();
      } else {
        throw new IllegalArgumentException("mention " + e + " overlaps or precedes the one before it"
            + " without lying inside it");
      }
      if (e.end() > text.length() || !text.regionMatches(e.start(), e.text(), 0, e.text().length())) {
        throw new IllegalArgumentException("mention " + e + " does not match the text");
      }
      if (!onTokenBoundaries(tokens, e)) {
        throw new IllegalArgumentException("mention " + e + " does not start and end on token boundaries");
      }
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
