// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The APP stage through the public API: context, case, canonical names, the seed article. */
class AppFinderTest {

  private static final Balise BALISE = Balise.french();

  /** The mention covering {@code name} in {@code sentence}, of any type, if any. */
  private static Optional<Entity> mentionOf(String sentence, String name) {
    return DocumentAssertions.mentionOver(BALISE, sentence, name);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = ';', textBlock = """
      Les images ont circulé sur Facebook toute la nuit.;         Facebook; APP
      Facebook a annoncé des licenciements massifs.;              Facebook; ORG
      La start-up a été rachetée par Google en 2014.;              Google;   ORG
      Il m'a envoyé la photo via WhatsApp.;                        WhatsApp; APP
      Il faut télécharger Telegram pour rejoindre la chaîne.;      Telegram; APP
      Elle a supprimé son compte Twitter hier.;                    Twitter;  APP
      Les militants utilisent la messagerie cryptée Signal.;       Signal;   APP
      Le signal est passé au vert.;                                signal;   NONE
      Il a envoyé un Signal de détresse.;                          Signal;   NONE
      La société Uber a fait appel de la décision.;                Uber;     ORG
      Uber est présent dans 70 pays.;                              Uber;     ORG
      Elle est rentrée en Uber.;                                   Uber;     APP
      Cherche sur Google, tu trouveras.;                           Google;   APP
      On fait une réunion sur Zoom à 10 heures.;                   Zoom;     APP
      Un Zoom arrière montre toute la vallée.;                     Zoom;     NONE
      Elle est active sur X depuis 2010.;                          X;        APP
      Une plainte contre X a été déposée.;                         X;        NONE
      Le rayon X traverse la matière.;                             X;        NONE
      Lydia a pris le train de 8 heures.;                          Lydia;    NONE
      Il a payé avec Lydia, c'est plus simple.;                    Lydia;    APP
      Je l'ai vu sur l'application Kolorz hier soir.;              Kolorz;   APP
      Le réseau social Bluesky gagne des inscrits.;                Bluesky;  APP
      La messagerie chiffrée Olvid est recommandée.;               Olvid;    APP
      L'appli Pitchoun aide à trouver une crèche.;                 Pitchoun; APP
      La plateforme Kiwix fonctionne hors ligne.;                  Kiwix;    APP
      L'application de l'Assurance maladie est en panne.;          Assurance; NOT_APP
      Son iPhone est tombé dans l'eau.;                            iPhone;   NONE
      Il joue à la PlayStation tous les soirs.;                    PlayStation; NONE
      Le Google Pixel est sorti en octobre.;                       Google;   NONE
      Bing Crosby a chanté cette chanson en 1942.;                 Bing;     NONE
      Ouvrez Google Maps et cherchez la gare.;                     Google Maps; APP
      Les utilisateurs de Facebook ont reçu un message.;           Facebook; APP
      Le patron de Facebook a été entendu par les sénateurs.;      Facebook; ORG
      Les messages circulaient sur Telegram et WhatsApp.;          WhatsApp; APP
      Les Messageries Maritimes ont affrété un navire.;            Maritimes; NONE
      """)
  void contextDecidesTheType(String sentence, String name, String expected) {
    Optional<Entity> e = mentionOf(sentence, name);
    if (expected.equals("NOT_APP")) {
      // "l'application de X": X owns the app, it is not one (the Assurance maladie is a body:
      // ORG, or nothing, are both acceptable here)
      assertTrue(e.isEmpty() || e.get().type() != EntityType.APP, () -> "expected no APP, got " + e);
    } else if (expected.equals("NONE")) {
      assertTrue(e.isEmpty() || !(e.get().type() == EntityType.APP
          || e.get().type() == EntityType.ORG), () -> "expected no APP/ORG, got " + e);
    } else {
      assertTrue(e.isPresent(), "expected " + expected + " on " + name);
      assertEquals(EntityType.valueOf(expected), e.get().type(), sentence);
      assertEquals(name, e.get().text(), "the mention covers exactly the name");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Envoie-le sur whatsapp ce soir.;      whatsapp;   WhatsApp
      Envoie-le sur Whatsapp ce soir.;      Whatsapp;   WhatsApp
      ENVOIE-LE SUR WHATSAPP CE SOIR.;      WHATSAPP;   WhatsApp
      Ma fille passe sa vie sur Tik Tok.;   Tik Tok;    TikTok
      Je l'ai vu sur facebook hier.;        facebook;   Facebook
      On a réservé sur leboncoin.fr.;       leboncoin.fr; Leboncoin
      Il cherche tout sur Wikipedia.;       Wikipedia;  Wikipédia
      Il utilise chatgpt pour ses devoirs.; chatgpt;    ChatGPT
      """)
  void aliasesAreMatchedIgnoringCaseAndGiveTheCanonicalName(
      String sentence, String name, String canonical) {
    Optional<Entity> e = mentionOf(sentence, name);
    assertTrue(e.isPresent(), "expected a mention on " + name);
    assertEquals(EntityType.APP, e.get().type());
    assertEquals(name, e.get().text(), "the text is never altered");
    assertEquals(Optional.of(canonical), e.get().canonical());
  }

  @Test
  void aMultiWordNameInLowerCaseIsNotTakenForAnApp() {
    // "bon coin" is an alias of Leboncoin written so, but in lower case it is ordinary French
    assertTrue(mentionOf("On a trouvé un bon coin pour pêcher.", "bon coin").isEmpty());
  }

  @Test
  void gluedScrapedTextGivesTheAppOnly() {
    String text = "Suivez RT en français surTelegram";
    AnnotatedDocument doc = BALISE.annotate(text);
    DocumentAssertions.assertWellFormed(doc);
    List<Entity> apps = doc.entities(EntityType.APP);
    assertEquals(1, apps.size(), apps::toString);
    assertEquals(text.indexOf("Telegram"), apps.get(0).start());
    assertEquals(text.length(), apps.get(0).end());
  }

  @ParameterizedTest
  @CsvSource({"J'ai un iPhone neuf., iPhone", "Il est sur WhatsApp depuis hier., WhatsApp",
      "Un menu McDonald coûte cher., McDonald"})
  void camelCaseNamesStayWhole(String sentence, String word) {
    AnnotatedDocument doc = BALISE.annotate(sentence);
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.tokens().stream().anyMatch(t -> doc.covered(t).equals(word)),
        () -> word + " is one token");
  }

  @Test
  void seedArticleHasWhatsAppAndThreeTelegramAndNoOtherApp() throws IOException {
    String text;
    try (InputStream in = AppFinderTest.class.getResourceAsStream(
        "/io/github/balise/app/seed-article.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    AnnotatedDocument doc = BALISE.annotate(text);
    DocumentAssertions.assertWellFormed(doc);
    List<String> apps = doc.entities(EntityType.APP).stream()
        .map(e -> e.start() + "-" + e.end() + " " + e.text() + " ~" + e.canonical().orElse(""))
        .toList();
    assertEquals(List.of(
        "219-227 Telegram ~Telegram", // "surTelegram", glued
        "506-514 WhatsApp ~WhatsApp",
        "516-524 Telegram ~Telegram",
        "2241-2249 Telegram ~Telegram"), apps);
    assertEquals("surTelegram", text.substring(216, 227));
    assertEquals("surTelegram", text.substring(2238, 2249));
  }

  @Test
  void randomTextAroundAppNamesGivesWellFormedDocuments() {
    String[] pieces = {"sur", "Facebook", "l'application", "«", "»", "WhatsApp", "a annoncé",
        "X", "\n", " ", ".", ",", "Google Maps", "é", "\uD83D\uDE00", "\u00A0", "la messagerie",
        "cryptée", "Zz", "de", "surTelegram", "iPhone", "'", "(", "ex-Twitter", "\u0000", "Kolorz"};
    java.util.Random random = new java.util.Random(42);
    for (int doc = 0; doc < 300; doc++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      DocumentAssertions.assertWellFormed(BALISE.annotate(text.toString()));
    }
  }

  @Test
  void theStageIsSilentWhenAppAndOrgAreNotAsked() {
    Balise locOnly = Balise.builder().types(EntityType.LOC).build();
    AnnotatedDocument doc = locOnly.annotate("Facebook a annoncé une panne sur WhatsApp.");
    DocumentAssertions.assertWellFormed(doc);
    assertTrue(doc.entities().isEmpty(), doc.entities()::toString);
  }
}
