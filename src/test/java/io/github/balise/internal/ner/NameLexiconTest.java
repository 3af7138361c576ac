// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLexiconTest {

  @ParameterizedTest
  @CsvSource({"État,etat", "Etat,etat", "États-Unis,etats-unis", "l’,l'", "Œuvre,oeuvre", "ONU,onu"})
  void foldsCaseAccentsAndApostrophes(String token, String folded) {
    assertEquals(folded, NameLexicon.fold(token));
  }

  @Test
  void marksCountriesFromTheJdkAndListedPlacesLongestFirst() {
    String[] folded = {"de", "etats-unis", "en", "amerique", "du", "sud", "et", "coree", "du", "sud"};
    byte[] marks = new byte[folded.length];
    boolean[] begins = new boolean[folded.length];
    NameLexicon.get().markPlaces(folded, folded.length, marks, begins);
    byte c = NameLexicon.COUNTRY;
    byte p = NameLexicon.PLACE;
    assertArrayEquals(new byte[] {0, c, 0, p, p, p, 0, c, c, c}, marks);
    assertTrue(begins[3]);
    assertFalse(begins[4]);
  }

  @Test
  void knowsOrganisationAndPlaceHeadWords() {
    assertTrue(NameLexicon.get().isOrgWord(NameLexicon.fold("Ministère")));
    assertTrue(NameLexicon.get().isLocWord("rue"));
    assertFalse(NameLexicon.get().isOrgWord("rue"));
  }
}
