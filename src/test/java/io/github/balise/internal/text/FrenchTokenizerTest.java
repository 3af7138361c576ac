// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.balise.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * French tokenization cases after the Universal Dependencies conventions: each input with its
 * expected tokens, separated by {@code |}.
 */
class FrenchTokenizerTest {

  private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();
  private static final String NBSP = "\u00A0";
  private static final String NNBSP = "\u202F";

  static Stream<Arguments> cases() {
    return Stream.of(
        // elision, with both apostrophes
        Arguments.of("l'avion", "l'|avion"),
        Arguments.of("l’avion", "l’|avion"),
        Arguments.of("qu'il vienne", "qu'|il|vienne"),
        Arguments.of("jusqu'à Paris", "jusqu'|à|Paris"),
        Arguments.of("lorsqu’il pleut", "lorsqu’|il|pleut"),
        Arguments.of("L'ONU d'abord", "L'|ONU|d'|abord"),
        Arguments.of("J'aime", "J'|aime"),
        Arguments.of("aujourd'hui", "aujourd'hui"),
        Arguments.of("aujourd’hui même", "aujourd’hui|même"),
        Arguments.of("que l'on dit", "que|l'on|dit"),
        // clitic pronouns
        Arguments.of("a-t-il dit", "a|-t-il|dit"),
        Arguments.of("dis-moi", "dis|-moi"),
        Arguments.of("est-ce vrai", "est|-ce|vrai"),
        Arguments.of("Qu'est-ce que", "Qu'|est|-ce|que"),
        Arguments.of("EST-IL", "EST|-IL"),
        Arguments.of("donne-le-moi", "donne|-le|-moi"),
        Arguments.of("ce jour-là", "ce|jour|-là"),
        Arguments.of("celui-ci", "celui-ci"),
        // hyphenated names stay whole
        Arguments.of("Saint-Étienne", "Saint-Étienne"),
        Arguments.of("les États-Unis", "les|États-Unis"),
        Arguments.of("Châteauneuf-la-Forêt", "Châteauneuf-la-Forêt"),
        Arguments.of("Jean-Pierre", "Jean-Pierre"),
        // numbers, with every kind of group space
        Arguments.of("1 000 euros", "1 000|euros"),
        Arguments.of("1" + NBSP + "000 euros", "1" + NBSP + "000|euros"),
        Arguments.of("1" + NNBSP + "000" + NNBSP + "000 habitants", "1" + NNBSP + "000" + NNBSP + "000|habitants"),
        Arguments.of("3,5 %", "3,5|%"),
        Arguments.of("3,5" + NNBSP + "%", "3,5|%"),
        Arguments.of("1 000,50 €", "1 000,50|€"),
        Arguments.of("en 2015 2 000 personnes", "en|2015|2 000|personnes"),
        Arguments.of("-0,8 point", "-0,8|point"),
        Arguments.of("UTC +14", "UTC|+14"),
        Arguments.of("le 13/11/2015.", "le|13/11/2015|."),
        Arguments.of("à 14h30", "à|14|h|30"),
        Arguments.of("à 23h.", "à|23|h|."),
        Arguments.of("160km", "160|km"),
        Arguments.of("le 3e et le 1er", "le|3e|et|le|1er"),
        Arguments.of("n°5", "n°|5"),
        Arguments.of("25 °C.", "25|°C|."),
        // abbreviations and initials
        Arguments.of("M. Dupont", "M.|Dupont"),
        Arguments.of("Mme Durand", "Mme|Durand"),
        Arguments.of("des pommes, etc.", "des|pommes|,|etc."),
        Arguments.of("52 av. J.-C.", "52|av.|J.-C."),
        Arguments.of("c.-à-d. ceci", "c.-à-d.|ceci"),
        Arguments.of("c'est-à-dire", "c'est-à-dire"),
        Arguments.of("J. Chirac", "J.|Chirac"),
        Arguments.of("R.E.M. joue", "R.E.M.|joue"),
        Arguments.of("en sept. 2015", "en|sept.|2015"),
        Arguments.of("Ils sont sept.", "Ils|sont|sept|."),
        Arguments.of("sous Mac OS X. Une version", "sous|Mac|OS|X|.|Une|version"),
        Arguments.of("le label Warner Bros. Records", "le|label|Warner|Bros.|Records"),
        Arguments.of("Apple Inc. a annoncé", "Apple|Inc.|a|annoncé"),
        Arguments.of("chez Warner Bros. Il signe", "chez|Warner|Bros|.|Il|signe"),
        Arguments.of("filiale de Sony Corp.", "filiale|de|Sony|Corp|."),
        Arguments.of("Sony Corp., filiale", "Sony|Corp.|,|filiale"),
        Arguments.of("racheté par Apple Inc. Le groupe", "racheté|par|Apple|Inc|.|Le|groupe"),
        Arguments.of("par Apple Inc. L'usine", "par|Apple|Inc|.|L'|usine"),
        Arguments.of("par Apple Inc. En 2015", "par|Apple|Inc|.|En|2015"),
        Arguments.of("chez Warner Bros. » Puis", "chez|Warner|Bros|.|»|Puis"),
        Arguments.of("CO.-CAUMARTIN. Relâche", "CO.|-|CAUMARTIN|.|Relâche"),
        Arguments.of("les bros. Il", "les|bros|.|Il"),
        // addresses, tags
        Arguments.of("voir https://www.lemonde.fr/a?b=1.", "voir|https://www.lemonde.fr/a?b=1|."),
        Arguments.of("(www.balise.fr)", "(|www.balise.fr|)"),
        Arguments.of("écrire à contact@balise.fr.", "écrire|à|contact@balise.fr|."),
        Arguments.of("sur iPhoneAddict.fr", "sur|iPhoneAddict.fr"),
        Arguments.of("#JO2024 avec @Balise_fr", "#JO2024|avec|@Balise_fr"),
        // quotes, ellipsis
        Arguments.of("«" + NBSP + "Bonjour" + NBSP + "»", "«|Bonjour|»"),
        Arguments.of("«Oui»", "«|Oui|»"),
        Arguments.of("Attendez… non...", "Attendez|…|non|..."),
        Arguments.of("(...)", "(|...|)"),
        // emoji: a surrogate pair is one code point and never cut
        Arguments.of("J'aime 👍 !", "J'|aime|👍|!"),
        Arguments.of("top😀😀", "top|😀|😀"),
        // words glued by scraping are split after a short preposition, names are not
        Arguments.of("surTelegram", "sur|Telegram"),
        Arguments.of("viaWhatsApp", "via|WhatsApp"),
        Arguments.of("iPhone WhatsApp McDonald eBay", "iPhone|WhatsApp|McDonald|eBay"),
        // codes and inclusive writing
        Arguments.of("GP IIb/IIIa", "GP|IIb/IIIa"),
        Arguments.of("et/ou", "et|/|ou"),
        Arguments.of("mg/kg", "mg|/|kg"),
        Arguments.of("traité(e)s", "traité(e)s"),
        // punctuation
        Arguments.of("Quoi ?!", "Quoi|?|!"),
        Arguments.of("Oui!!!", "Oui|!!!"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void tokenizes(String text, String expected) {
    assertEquals(List.of(expected.split("\\|")), covered(text));
  }

  private static List<String> covered(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : TOKENIZER.tokenize(text)) {
      out.add(text.substring(t.start(), t.end()));
    }
    return out;
  }
}
