// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BaliseSmokeTest {

  private static final Balise BALISE = Balise.french();

  @Test
  void annotatesASentence() {
    AnnotatedDocument doc = BALISE.annotate("L'Etat islamique a-t-il quitté Mossoul ? Oui.");
    DocumentAssertions.assertWellFormed(doc);
    assertEquals(2, doc.sentences().size());
    assertEquals("L'", doc.covered(doc.tokens().get(0)));
  }

  @Test
  void nullTextThrowsWithItsName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> BALISE.annotate(null));
    assertEquals("text", e.getMessage());
  }
}
