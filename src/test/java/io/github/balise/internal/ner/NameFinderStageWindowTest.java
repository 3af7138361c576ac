// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.EntityType;
import io.github.balise.Token;
import io.github.balise.internal.text.FrenchTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long sentences reach the name finder in windows, so that its cost stays linear. */
class NameFinderStageWindowTest {

  @Test
  void windowsAreBoundedAndCutAtPunctuationWhenTheyCan() {
    String text = "Paris , Lyon et Marseille ".repeat(200);
    List<Token> tokens = new FrenchTokenizer().tokenize(text);
    int first = 0;
    int windows = 0;
    while (first < tokens.size()) {
      int end = NameFinderStage.windowEnd(text, tokens, first, tokens.size());
      assertTrue(end > first && end - first <= NameFinderStage.MAX_WINDOW);
      if (end < tokens.size()) {
        assertEquals(",", text.substring(tokens.get(end - 1).start(), tokens.get(end - 1).end()),
            "a window ends on a comma when one is near its limit");
      }
      first = end;
      windows++;
    }
    assertTrue(windows >= tokens.size() / NameFinderStage.MAX_WINDOW);
  }

  @Test
  void aSentenceOfFiftyThousandTokensIsTaggedAcrossWindows() {
    // one "sentence" (no final punctuation) far longer than a window: names are still found
    String text = "à Paris et à Lyon puis à Marseille ".repeat(7000);
    AnnotatedDocument doc = Balise.builder().types(EntityType.LOC).build().annotate(text);
    DocumentAssertions.assertWellFormed(doc);
    assertEquals(1, doc.sentences().size());
    assertFalse(doc.entities().isEmpty());
    assertTrue(doc.entities(EntityType.LOC).size() > 10_000, "LOC found in every window");
  }
}
