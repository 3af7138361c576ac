// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input never crashes: null throws naming the parameter, anything else is well formed. */
class BadInputTest {

  private static final Balise BALISE = Balise.french();
  private static final int MB = 1 << 20;

  @Test
  void nullTextNamesText() {
    assertEquals("text", assertThrows(NullPointerException.class, () -> BALISE.annotate(null)).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> BALISE.annotate(null, LocalDate.of(2020, 1, 1))).getMessage());
  }

  @Test
  void nullReferenceDateNamesReferenceDate() {
    assertEquals("referenceDate", assertThrows(NullPointerException.class,
        () -> BALISE.annotate("Il pleut.", null)).getMessage());
  }

  @Test
  void emptyTextHasNoTokenAndNoSentence() {
    AnnotatedDocument doc = BALISE.annotate("");
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.tokens().isEmpty());
    assertTrue(doc.sentences().isEmpty());
  }

  @Test
  void whiteSpaceOnlyHasNoToken() {
    AnnotatedDocument doc = BALISE.annotate(" \t\n\r\u00A0\u202F\u2007\u2009\u200B\uFEFF\u3000 ");
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.tokens().isEmpty());
    assertTrue(doc.sentences().isEmpty());
  }

  static Stream<Arguments> oddTexts() {
    return Stream.of(
        Arguments.of("control characters", "\u0000Il\u0001 pleut\u0007.\u001B[0m Fin\u007F."),
        Arguments.of("emoji and supplementary characters", "Super 😀👍🏽 ! 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀 et 🇫🇷."),
        Arguments.of("lone surrogates", "\uD83D début \uDE00 fin \uD83D"),
        Arguments.of("only punctuation", ".!?…«»()[]-–—;:,"),
        Arguments.of("combining accents", "Ame\u0301lie est ne\u0301e."),
        Arguments.of("a single 1 MB word", "a".repeat(MB)),
        Arguments.of("1 MB of a.a.a.", "a.".repeat(MB / 2)),
        Arguments.of("1 MB of A.A.A.", "A.".repeat(MB / 2)),
        Arguments.of("1 MB of digits and slashes", "12/".repeat(MB / 3)),
        Arguments.of("1 MB of digits and spaces", "100 ".repeat(MB / 4)),
        Arguments.of("1 MB of apostrophes", "l'".repeat(MB / 2)),
        Arguments.of("1 MB of hyphens in a word", "a-t-il-".repeat(MB / 7)),
        Arguments.of("1 MB URL", "https://" + "a".repeat(MB)),
        Arguments.of("1 MB of @", "@".repeat(MB)),
        Arguments.of("1 MB of periods", ".".repeat(MB)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddTexts")
  void oddTextIsWellFormed(String name, String text) {
    DocumentAssertions.assertWellFormed(BALISE.annotate(text));
    DocumentAssertions.assertWellFormed(BALISE.annotate(text, LocalDate.of(2015, 11, 13)));
  }

  @Test
  void tenMegabyteDocumentIsWellFormed() {
    String paragraph = "Le 13/11/2015, M. Dupont a payé 1 000,50 € à l'ONU via WhatsApp ; "
        + "qu'a-t-il dit ? « Rien… » Voir https://www.lemonde.fr.\n\n";
    String text = paragraph.repeat(10 * MB / paragraph.length() + 1);
    AnnotatedDocument doc = BALISE.annotate(text);
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.sentences().size() > 10 * MB / paragraph.length());
  }
}
