// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.balise.AnnotatedDocument;
import io.github.balise.DocumentAssertions;
import io.github.balise.Sentence;
import io.github.balise.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence splitting cases: each text with its expected sentences, separated by {@code |}. */
class FrenchSentenceSplitterTest {

  private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();
  private static final FrenchSentenceSplitter SPLITTER = new FrenchSentenceSplitter();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Il pleut. Nous restons.", "Il pleut.|Nous restons."),
        Arguments.of("Vraiment ? Oui ! Bien.", "Vraiment ?|Oui !|Bien."),
        // abbreviations and initials end nothing
        Arguments.of("M. Dupont est arrivé. Il a parlé.", "M. Dupont est arrivé.|Il a parlé."),
        Arguments.of("J. Chirac a parlé. Puis il est parti.", "J. Chirac a parlé.|Puis il est parti."),
        Arguments.of("Né en 52 av. J.-C. à Rome, il régna.", "Né en 52 av. J.-C. à Rome, il régna."),
        Arguments.of("Mme Durand et le Dr Martin arrivent.", "Mme Durand et le Dr Martin arrivent."),
        Arguments.of("Des pommes, des poires, etc. Le marché ferme.",
            "Des pommes, des poires, etc.|Le marché ferme."),
        Arguments.of("Le groupe R.E.M. joue ce soir.", "Le groupe R.E.M. joue ce soir."),
        Arguments.of("Il tourne sous Mac OS X. Une version existe.",
            "Il tourne sous Mac OS X.|Une version existe."),
        Arguments.of("Il signe chez Warner Bros. Records en 1990.",
            "Il signe chez Warner Bros. Records en 1990."),
        Arguments.of("Il signe chez Warner Bros. Il y reste.",
            "Il signe chez Warner Bros.|Il y reste."),
        Arguments.of("Il est racheté par Apple Inc. Le groupe grandit.",
            "Il est racheté par Apple Inc.|Le groupe grandit."),
        Arguments.of("Il signe chez « Warner Bros. » Puis il part.",
            "Il signe chez « Warner Bros. »|Puis il part."),
        // quotations
        Arguments.of("«Oui.» a-t-il dit. Puis il est parti.", "«Oui.» a-t-il dit.|Puis il est parti."),
        Arguments.of("« Non ! » Il est parti.", "« Non ! »|Il est parti."),
        Arguments.of("Il a dit : « Je viens. Attendez-moi. » Elle attend.",
            "Il a dit : « Je viens.|Attendez-moi. »|Elle attend."),
        Arguments.of("Il a crié \"Stop !\" Puis il a couru.", "Il a crié \"Stop !\"|Puis il a couru."),
        // ellipsis
        Arguments.of("Il hésita… Puis il partit.", "Il hésita…|Puis il partit."),
        Arguments.of("Il hésita... puis il partit.", "Il hésita... puis il partit."),
        Arguments.of("J'ai vu (...) les soldats.", "J'ai vu (...) les soldats."),
        // headlines and list items without final punctuation
        Arguments.of("Grève à la SNCF\nLes trains sont annulés.", "Grève à la SNCF|Les trains sont annulés."),
        Arguments.of("Ingrédients :\n- farine\n- sucre", "Ingrédients :|- farine|- sucre"),
        Arguments.of("Effets indésirables Les patients ont signalé des nausées.",
            "Effets indésirables|Les patients ont signalé des nausées."),
        Arguments.of("Grossesse et allaitement L'utilisation est déconseillée.",
            "Grossesse et allaitement|L'utilisation est déconseillée."),
        Arguments.of("Il a lu Le Monde hier, puis L'Équipe.", "Il a lu Le Monde hier, puis L'Équipe."),
        Arguments.of("FORME PHARMACEUTIQUE Poudre pour solution.", "FORME PHARMACEUTIQUE|Poudre pour solution."),
        Arguments.of("Le rapport de la SNCF Réseau est paru.", "Le rapport de la SNCF Réseau est paru."),
        Arguments.of("Il pleut ; Les routes sont fermées.", "Il pleut ;|Les routes sont fermées."),
        Arguments.of("Lauréats : Paulette Bertrand (1926) ; Lucien Carillon (1928).",
            "Lauréats : Paulette Bertrand (1926) ; Lucien Carillon (1928)."),
        Arguments.of("Les effets suivants : - Hémorragie grave - (fr) Une analyse",
            "Les effets suivants :|- Hémorragie grave|- (fr) Une analyse"),
        Arguments.of("Ouvert de 1990 - 2000 à Marnaval - qui a fermé.", "Ouvert de 1990 - 2000 à Marnaval - qui a fermé."),
        Arguments.of("Jugement en première instance - Le tribunal a condamné X.",
            "Jugement en première instance|- Le tribunal a condamné X."),
        // line breaks inside running text do not split; blank lines do
        Arguments.of("Le président a annoncé\nune réforme des retraites.",
            "Le président a annoncé\nune réforme des retraites."),
        Arguments.of("Il est parti à\nParis hier.", "Il est parti à\nParis hier."),
        Arguments.of("Premier paragraphe sans point\n\nsecond paragraphe", "Premier paragraphe sans point|second paragraphe"),
        Arguments.of("Titre\r\n\r\nTexte.", "Titre|Texte."),
        // capitalised words inside a sentence: names and titles after a function word
        Arguments.of("Il lit Le Monde et Les Echos.", "Il lit Le Monde et Les Echos."),
        Arguments.of("Elle vit à Paris depuis Noël.", "Elle vit à Paris depuis Noël."),
        // texts that start or end on a rule's context
        Arguments.of(") Les", ") Les"),
        Arguments.of("; Il", ";|Il"),
        Arguments.of("- Le", "- Le"),
        Arguments.of(".", "."),
        Arguments.of("fin.", "fin."),
        Arguments.of("dans le groupe rec.arts.movies. Il", "dans le groupe rec.arts.movies.|Il"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splits(String text, String expected) {
    List<Token> tokens = TOKENIZER.tokenize(text);
    List<Sentence> sentences = SPLITTER.split(text, tokens);
    DocumentAssertions.assertWellFormed(
        new AnnotatedDocument(text, sentences, tokens, List.of(), Optional.empty()));
    List<String> covered = new ArrayList<>();
    for (Sentence s : sentences) {
      covered.add(text.substring(s.start(), s.end()));
    }
    assertEquals(List.of(expected.split("\\|")), covered);
  }
}
