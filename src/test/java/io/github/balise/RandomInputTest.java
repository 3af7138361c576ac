// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random text mixing French words, punctuation, every kind of space, emoji and control
 * characters: every document is well formed and loses no visible character.
 */
class RandomInputTest {

  private static final Balise BALISE = Balise.french();
  private static final long SEED = 20151113L;

  private static final String[] PIECES = {
    "l'", "L’", "qu'", "aujourd'hui", "a-t-il", "dis-moi", "Saint-Étienne", "États-Unis", "M.",
    "Mme", "J.-C.", "etc.", "1 000", "3,5", "%", "€", "13/11/2015", "14h30", "n°", "°C",
    "https://www.exemple.fr/a?b=1", "contact@exemple.fr", "#JO2024", "@Balise", "«", "»", "\"",
    "…", "...", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "-", "–", "—", "/", "'", "’",
    "surTelegram", "iPhone", "WhatsApp", "eBay", "Paris", "le", "la", "les", "Il", "Les", "de",
    "Une", "maison", "est", "été", "ÉTÉ", "R.E.M.", "IIb/IIIa", "traité(e)", "😀", "👍🏽", "🇫🇷",
    "𝔘", "\u0301", "\u200D", "x", "A", "7"
  };
  private static final String[] SPACES = {
    " ", " ", " ", "", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u202F", "\u2009", "\u200B",
    "\u3000", "\uFEFF"
  };

  @Test
  void randomTextsAreWellFormedAndKeepEveryVisibleCharacter() {
    Random random = new Random(SEED);
    for (int d = 0; d < 400; d++) {
      String text = randomText(random);
      AnnotatedDocument doc = BALISE.annotate(text);
      DocumentAssertions.assertWellFormed(doc);
      assertEquals(text, rebuild(doc), "tokens and the space between them rebuild the text");
      assertOnlyInvisibleBetweenTokens(doc);
    }
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(80);
    for (int k = 0; k < pieces; k++) {
      int kind = random.nextInt(20);
      if (kind == 0) {
        b.append((char) random.nextInt(0x20)); // a control character
      } else if (kind == 1) {
        b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1)); // any code point
      } else if (kind == 2) {
        b.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      b.append(SPACES[random.nextInt(SPACES.length)]);
    }
    return b.toString();
  }

  private static String rebuild(AnnotatedDocument doc) {
    StringBuilder b = new StringBuilder();
    int previous = 0;
    for (Token t : doc.tokens()) {
      b.append(doc.text(), previous, t.start()).append(doc.covered(t));
      previous = t.end();
    }
    return b.append(doc.text().substring(previous)).toString();
  }

  /** Between tokens there is only white space, invisible characters and lone surrogates. */
  private static void assertOnlyInvisibleBetweenTokens(AnnotatedDocument doc) {
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    int previous = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      int end = i < tokens.size() ? tokens.get(i).start() : text.length();
      for (int k = previous; k < end; k++) {
        char c = text.charAt(k);
        assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\uFEFF' || Character.isSurrogate(c),
            () -> "visible character U+" + Integer.toHexString(c) + " outside every token in: " + text);
      }
      if (i < tokens.size()) {
        previous = tokens.get(i).end();
      }
    }
  }
}
