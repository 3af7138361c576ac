// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the document's constructor accepts of overlapping mentions: one level of nesting only. */
class AnnotatedDocumentTest {

  // tokens: mairie(0,6) de(7,9) Paris(10,15) et(16,18) de(19,21) Lyon(22,26)
  private static final String TEXT = "mairie de Paris et de Lyon";
  private static final List<Token> TOKENS = List.of(new Token(0, 6), new Token(7, 9), new Token(10, 15),
      new Token(16, 18), new Token(19, 21), new Token(22, 26));

  private static Entity mention(EntityType type, int start, int end) {
    return Entity.of(type, start, TEXT.substring(start, end), 0.5, EntitySource.MODEL);
  }

  private static AnnotatedDocument doc(Entity... entities) {
    return new AnnotatedDocument(TEXT, List.of(new Sentence(0, 26, 0, 6)), TOKENS, List.of(entities),
        Optional.empty());
  }

  @Test
  void acceptsPlacesNestedInTheMentionBefore() {
    AnnotatedDocument d = doc(mention(EntityType.ORG, 0, 26), mention(EntityType.LOC, 10, 15),
        mention(EntityType.LOC, 22, 26));
    assertEquals(3, d.entities().size());
    DocumentAssertions.assertWellFormed(d, true);
    assertThrows(org.opentest4j.AssertionFailedError.class, () -> DocumentAssertions.assertWellFormed(d),
        "the flat check still refuses nesting");
  }

  @Test
  void tokensInAMentionAreItsTokens() {
    AnnotatedDocument d = doc(mention(EntityType.ORG, 0, 15));
    assertEquals(TOKENS.subList(0, 3), d.tokensIn(d.entities().get(0)));
    assertEquals(TOKENS.subList(2, 6), d.tokensIn(mention(EntityType.LOC, 10, 26)));
    assertEquals(List.of(), d.tokensIn(new Token(9, 10)), "the space between two tokens");
  }

  @Test
  void refusesCrossingMentions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> doc(mention(EntityType.ORG, 0, 15), mention(EntityType.LOC, 10, 26)));
    assertTrue(e.getMessage().contains("without lying inside it"), e.getMessage());
  }

  @Test
  void refusesNestedMentionsThatOverlapEachOther() {
    assertThrows(IllegalArgumentException.class, () -> doc(mention(EntityType.ORG, 0, 26),
        mention(EntityType.LOC, 7, 15), mention(EntityType.LOC, 10, 26)));
  }

  @Test
  void refusesTheSameSpanTwiceAndTheInnerMentionFirst() {
    assertThrows(IllegalArgumentException.class,
        () -> doc(mention(EntityType.ORG, 10, 15), mention(EntityType.LOC, 10, 15)));
    assertThrows(IllegalArgumentException.class,
        () -> doc(mention(EntityType.LOC, 10, 15), mention(EntityType.ORG, 0, 15)));
  }
}
