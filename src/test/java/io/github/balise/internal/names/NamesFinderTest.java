// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.NerModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The known-names stage through the public API: the seed article, case, articles, length. */
class NamesFinderTest {

  private static final Balise BALISE = Balise.french();

  private static String seedArticle() throws IOException {
    try (InputStream in = NamesFinderTest.class.getResourceAsStream(
        "/io/github/balise/app/seed-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every offset at which {@code name} occurs in {@code text}. */
  private static List<Integer> occurrences(String text, String name) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      at.add(i);
    }
    return at;
  }

  private static void assertAllOrg(AnnotatedDocument doc, String name, int expected) {
    List<Integer> at = occurrences(doc.text(), name);
    assertEquals(expected, at.size(), "occurrences of " + name + " in the seed article");
    for (int start : at) {
      assertTrue(doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORG
          && e.start() == start && e.end() == start + name.length()),
          () -> "ORG " + name + " at " + start + "-" + (start + name.length()) + " in "
              + doc.entities());
    }
  }

  @Test
  void seedArticleHasItsOrganisationsAndNoVideoPlace() throws IOException {
    String text = seedArticle();
    for (NerModel model : NerModel.values()) {
      AnnotatedDocument doc = Balise.builder().nerModel(model).build().annotate(text);
      DocumentAssertions.assertWellFormed(doc);
      // the title is repeated above the article, hence four Daesh; one Etat islamique is in [..]
      assertAllOrg(doc, "Daesh", 4);
      assertAllOrg(doc, "Etat islamique", 5);
      assertAllOrg(doc, "Reuters", 1);
      assertAllOrg(doc, "Al-Naba", 1);
      assertAllOrg(doc, "RT", 3); // "Suivez RT en français" twice, "RT en français utilise"
      assertEquals(186, text.indexOf("Reuters"));
      assertEquals(814, text.indexOf("Al-Naba"));
      assertEquals(List.of(231, 746, 852, 1510, 1836), occurrences(text, "Etat islamique"));
      assertFalse(doc.entities().stream().anyMatch(e -> e.text().equals("VIDEO")),
          () -> model + ": " + doc.entities());
      assertFalse(doc.entities().stream().anyMatch(e -> e.text().contains("'")),
          "no mention keeps an elided article");
    }
  }

  /** The mention covering {@code name} in {@code sentence}, of any type, if any. */
  private static Optional<Entity> mentionOf(String sentence, String name) {
    return DocumentAssertions.mentionOver(BALISE, sentence, name);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = ';', nullValues = "none", textBlock = """
      Des combattants de l'EI ont été arrêtés hier.;             EI;              ORG; EI
      Le mot ei n'a pas de sens ici, rt non plus.;               ei;              none; none
      Le mot ei n'a pas de sens ici, rt non plus.;               rt;              none; none
      Le reportage a été diffusé par RT vendredi.;                RT;              ORG; RT
      Les combattants de l'Etat islamique ont reculé.;           Etat islamique;  ORG; Etat islamique
      Les combattants de l'État islamique ont reculé.;           État islamique;  ORG; État islamique
      Ils ont rejoint Daech il y a deux ans.;                     Daech;           ORG; Daech
      Un état islamique serait proclamé selon lui.;              état islamique;  none; none
      Le Conseil de sécurité de l'ONU se réunit.;               Conseil;         ORG; Conseil de sécurité de l'ONU
      Le siège de l'ONU est à New York.;                         ONU;             ORG; ONU
      Le texte passe devant l'Assemblée nationale mardi.;        Assemblée;       ORG; Assemblée nationale
      Selon l'agence Reuters, les frappes ont repris.;           Reuters;         ORG; Reuters
      Il l'a dit au journal Le Monde la semaine dernière.;       Monde;           ORG; Le Monde
      Le PS et la CGT appellent à manifester.;                   CGT;             ORG; CGT
      """)
  void caseArticlesAndLongestMatch(String sentence, String name, EntityType type, String span) {
    Optional<Entity> e = mentionOf(sentence, name);
    if (type == null) {
      assertTrue(e.isEmpty() || e.get().source() != io.github.balise.EntitySource.LEXICON,
          () -> "no lexicon match for " + name + ": " + e);
      return;
    }
    assertTrue(e.isPresent(), () -> "a mention over " + name);
    assertEquals(type, e.get().type());
    assertEquals(span, e.get().text());
  }

  @Test
  void aLongerModelNameAroundAKnownNameStands() {
    // the model's longer name is kept: the lexicon does not cut "Paris" out of it
    String text = "La mairie de Paris a annoncé la fermeture des parcs.";
    AnnotatedDocument doc = BALISE.annotate(text);
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.entities().stream().noneMatch(
        e -> e.text().equals("Paris") && e.source() == io.github.balise.EntitySource.LEXICON),
        () -> doc.entities().toString());
  }

  @Test
  void appStageStillWinsForApps() {
    String text = "Il a posté la vidéo sur Telegram et RT l'a reprise.";
    AnnotatedDocument doc = BALISE.annotate(text);
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.entities().stream().anyMatch(
        e -> e.type() == EntityType.APP && e.text().equals("Telegram")), doc.entities()::toString);
    assertTrue(doc.entities().stream().anyMatch(
        e -> e.type() == EntityType.ORG && e.text().equals("RT")), doc.entities()::toString);
  }

  @Test
  void theStageIsLeftOutWithoutOrgAndLoc() {
    AnnotatedDocument doc = Balise.builder().types(EntityType.DATE).build()
        .annotate("Daesh a revendiqué l'attaque le 13 novembre 2015.");
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.entities().stream().allMatch(e -> e.type() == EntityType.DATE));
  }

  @Test
  void bundledLexiconLoads() {
    assertTrue(NamesFinder.bundled().lexiconSize() >= 300);
  }
}
