// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/**
 * The one invariant checker every test that builds a document runs it through (the idea of
 * Lucene's BaseTokenStreamTestCase): offsets inside the text, covered text equal to the
 * substring, tokens ascending, non-empty and inside sentences, sentences covering every token,
 * mentions on token boundaries with no overlap (or, for taggers asked for nested places, a LOC
 * nested one level in the mention before it), confidence in [0, 1], values only on DATE.
 */
public final class DocumentAssertions {

  private DocumentAssertions() {}

  /** Fails with a precise message if {@code doc} breaks an invariant; mentions must not overlap. */
  public static void assertWellFormed(AnnotatedDocument doc) {
    assertWellFormed(doc, false);
  }

  /**
   * Fails with a precise message if {@code doc} breaks an invariant.
   *
   * @param nestedPlaces whether a LOC mention may lie inside the mention before it
   */
  public static void assertWellFormed(AnnotatedDocument doc, boolean nestedPlaces) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    int previousEnd = 0;
    for (int k = 0; k < tokens.size(); k++) {
      int i = k; // messages are built lazily: a document may have millions of tokens
      Token t = tokens.get(i);
      int previous = previousEnd;
      assertTrue(t.start() >= previous, () -> "token " + i + " starts before the previous one ends");
      assertTrue(t.end() <= text.length(), () -> "token " + i + " ends outside the text");
      assertTrue(t.end() > t.start(), () -> "token " + i + " is empty");
      String covered = doc.covered(t);
      assertFalse(covered.isBlank(), () -> "token " + i + " is white space");
      assertFalse(Character.isLowSurrogate(text.charAt(t.start())),
          () -> "token " + i + " starts inside a surrogate pair");
      assertFalse(Character.isHighSurrogate(text.charAt(t.end() - 1)),
          () -> "token " + i + " ends inside a surrogate pair");
      previousEnd = t.end();
    }
    int next = 0;
    for (Sentence s : doc.sentences()) {
      assertEquals(next, s.firstToken(), "sentences must cover consecutive tokens");
      assertEquals(tokens.get(s.firstToken()).start(), s.start(), "sentence start is its first token's");
      assertEquals(tokens.get(s.endToken() - 1).end(), s.end(), "sentence end is its last token's");
      next = s.endToken();
    }
    assertEquals(tokens.size(), next, "every token is in a sentence");
    if (tokens.isEmpty()) {
      assertTrue(text.isBlank() || doc.sentences().isEmpty(), "no tokens, no sentences");
    }
    int previousEntityEnd = 0;
    Entity outer = null;
    int nestedEnd = 0;
    for (Entity e : doc.entities()) {
      boolean nested = nestedPlaces && outer != null && e.start() < previousEntityEnd
          && e.type() == EntityType.LOC && e.start() >= nestedEnd && e.end() <= outer.end()
          && e.length() < outer.length();
      assertTrue(e.start() >= previousEntityEnd || nested, "mention " + e + " overlaps the one before it");
      assertEquals(text.substring(e.start(), e.end()), e.text(), "mention text is its substring");
      assertTrue(e.confidence() >= 0 && e.confidence() <= 1, "confidence in [0, 1]: " + e);
      if (e.type() != EntityType.DATE) {
        assertTrue(e.value().isEmpty(), "only DATE has a value: " + e);
      }
      int first = AnnotatedDocument.firstTokenAtOrAfter(tokens, e.start());
      int afterLast = AnnotatedDocument.firstTokenAtOrAfter(tokens, e.end());
      boolean startsOnToken = first < tokens.size() && tokens.get(first).start() == e.start();
      boolean endsOnToken = afterLast > 0 && tokens.get(afterLast - 1).end() == e.end();
      if (!startsOnToken || !endsOnToken) {
        fail("mention " + e + " is not on token boundaries");
      }
      if (nested) {
        nestedEnd = e.end();
      } else {
        outer = e;
        previousEntityEnd = e.end();
        nestedEnd = e.start();
      }
    }
  }

  /**
   * Tags {@code sentence}, checks the document, and returns the first mention of any type that
   * overlaps the first occurrence of {@code name}.
   */
  public static java.util.Optional<Entity> mentionOver(Balise balise, String sentence,
      String name) {
    AnnotatedDocument doc = balise.annotate(sentence);
    assertWellFormed(doc);
    int at = sentence.indexOf(name);
    assertTrue(at >= 0, "test sentence must contain " + name);
    return doc.entities().stream()
        .filter(e -> e.start() < at + name.length() && at < e.end())
        .findFirst();
  }
}
