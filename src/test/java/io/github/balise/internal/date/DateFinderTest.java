// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French DATE expressions through the public API: extents, values, what is not a DATE. */
class DateFinderTest {

  private static final Balise DATES = Balise.builder().types(EntityType.DATE).build();

  private static List<Entity> dates(String text, LocalDate reference) {
    AnnotatedDocument doc =
        reference == null ? DATES.annotate(text) : DATES.annotate(text, reference);
    DocumentAssertions.assertWellFormed(doc);
    return doc.entities(EntityType.DATE);
  }

  private static Entity only(String text, LocalDate reference) {
    List<Entity> found = dates(text, reference);
    assertEquals(1, found.size(), () -> "want one DATE in '" + text + "', got " + found);
    return found.get(0);
  }

  /** Absolute dates: their value needs no reference date. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les attentats du 13 novembre 2015 ont fait 130 morts.  | 13 novembre 2015          | 2015-11-13
      Il est arrivé le 13 novembre 2015 à Paris.              | le 13 novembre 2015       | 2015-11-13
      Rendez-vous le 13/11/2015 devant la mairie.             | le 13/11/2015             | 2015-11-13
      Le contrat expire le 2013-03-01.                        | le 2013-03-01             | 2013-03-01
      La loi date de novembre 2015.                           | novembre 2015             | 2015-11
      Il est né en 2014 à Lyon.                               | 2014                      | 2014
      Depuis le mois de septembre 2015, rien n'a changé.      | le mois de septembre 2015 | 2015-09
      Ils sont partis à l'été 2015.                           | l'été 2015                | 2015-SU
      La musique des années 60 revient.                       | années 60                 | 196X
      Elle a grandi dans les années 1980.                     | les années 1980           | 198X
      Au XXe siècle, la ville a doublé.                       | XXe siècle                | 19XX
      Le réseau date de la fin du XIXe siècle.                | la fin du XIXe siècle     | 18XX
      Les travaux commenceront début 2015.                    | début 2015                | 2015
      Les résultats du 1er trimestre 2016 sont bons.          | 1er trimestre 2016        | 2016-Q1
      Il a signé le 5 janv. 2016 à Rome.                      | le 5 janv. 2016           | 2016-01-05
      Le vote aura lieu le 14 sept. 2014.                     | le 14 sept. 2014          | 2014-09-14
      Le traité fut signé le premier mars 1815.               | le premier mars 1815      | 1815-03-01
      Les inondations d'octobre 98 ont marqué la région.      | octobre 98                | 1998-10
      Il a été élu le 10 novembre 93.                         | le 10 novembre 93         | 1993-11-10
      Entre 1990 et 1999, la ville a grandi.                  | 1990                      | 1990
      Ce manuscrit date de 1789.                              | 1789                      | 1789
      Les années trente furent dures.                         | Les années trente         | 193X
      Le 18.05.1999, il pleuvait.                             | Le 18.05.1999             | 1999-05-18
      Il combat à l'automne 1944 en Italie.                   | l'automne 1944            | 1944-FA
      """)
  void absolute(String text, String span, String value) {
    Entity e = dates(text, null).get(0);
    assertEquals(span, e.text());
    assertEquals(value, e.value().orElse(null));
    assertEquals(EntitySource.RULE, e.source());
  }

  /** Relative dates, resolved against a reference date. */
  @ParameterizedTest(name = "{0} @ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Il est venu hier.                               | 1999-05-21 | hier                  | 1999-05-20
      Il est parti aujourd'hui pour Rome.             | 2003-01-24 | aujourd'hui           | 2003-01-24
      Ils joueront demain contre Lyon.                | 1999-09-13 | demain                | 1999-09-14
      Il viendra lundi prochain.                      | 2002-09-12 | lundi prochain        | 2002-09-16
      Il a été élu le 6 mai dernier.                  | 1999-05-27 | le 6 mai dernier      | 1999-05-06
      Le prix a baissé la semaine dernière.           | 2015-11-18 | la semaine dernière   | 2015-W46
      Le chômage a baissé cette année.                | 1999-07-29 | cette année           | 1999
      Le salon reviendra l'an prochain.               | 1999-09-13 | l'an prochain         | 2000
      Il l'a vu il y a trois jours.                   | 2013-02-12 | il y a trois jours    | 2013-02-09
      Il a été blessé mardi vers 21 h.                | 1999-05-20 | mardi                 | 1999-05-18
      Le village fera la fête dimanche.               | 1999-05-18 | dimanche              | 1999-05-23
      Il a démissionné mercredi dernier.              | 1999-07-28 | mercredi dernier      | 1999-07-21
      Ce dimanche, le bal est ouvert.                 | 1999-07-18 | Ce dimanche           | 1999-07-18
      Le 21 décembre, elles ont été mises en examen.  | 2002-01-03 | Le 21 décembre        | 2001-12-21
      Il sera à Marseille jeudi 2 mai.                | 2002-04-30 | jeudi 2 mai           | 2002-05-02
      Ce sera signé en juin prochain.                 | 1999-05-23 | juin prochain         | 1999-06
      Il a quitté le club en septembre dernier.       | 2002-02-09 | septembre dernier     | 2001-09
      La ligue commence mi-septembre.                 | 2002-09-01 | mi-septembre          | 2002-09
      Le mandat s'achèvera début octobre.             | 2002-09-14 | début octobre         | 2002-10
      Les accords seront révisés d'ici la fin de l'année. | 1999-07-07 | la fin de l'année | 1999
      La fête de Pentecôte aura lieu dimanche.        | 1999-05-18 | dimanche              | 1999-05-23
      Nous sommes désormais prêts.                    | 1999-09-13 | désormais             | 1999-09-13
      Ils se sont vus récemment.                      | 1999-09-13 | récemment             | PAST_REF
      Le lundi de Pâques sera férié.                  | 2015-03-01 | Le lundi de Pâques    | 2015-04-06
      Le pont de l'Ascension sera long.               | 2015-03-01 | l'Ascension           | 2015-05-14
      En fin d'année, les prix montent.               | 2015-06-15 | fin d'année           | 2015
      Au printemps, les fleurs poussent.              | 2015-06-15 | printemps             | 2015-SP
      Le siècle dernier fut violent.                  | 2015-06-15 | Le siècle dernier     | 19XX
      Il partira à la fin du mois.                    | 2015-06-15 | la fin du mois        | 2015-06
      """)
  void relative(String text, LocalDate reference, String span, String value) {
    Entity e = dates(text, reference).stream().filter(d -> d.text().equals(span)).findFirst()
        .orElseThrow(() -> new AssertionError("no DATE '" + span + "' in " + dates(text, reference)));
    assertEquals(value, e.value().orElse(null));
  }

  /** The two dates of "en 97 (en janvier…)": a month takes the year written before it. */
  @Test
  void monthTakesTheYearBeforeIt() {
    List<Entity> found = dates("Deux ruptures en 97 (en janvier rue Saint-Dizier).",
        LocalDate.of(1999, 7, 29));
    assertEquals(List.of("97", "janvier"), found.stream().map(Entity::text).toList());
    assertEquals(List.of("1997", "1997-01"), found.stream().map(e -> e.value().orElse("")).toList());
  }

  /** Without a reference date, a month still takes an explicit year of its sentence. */
  @Test
  void anchorYearWithoutReferenceDate() {
    List<Entity> found = dates("Les enlèvements suivent en 1986 : en mars, c'est un diplomate.", null);
    assertEquals(List.of("1986", "1986-03"), found.stream().map(e -> e.value().orElse("")).toList());
  }

  /** "l'année suivante" counts from the year last named, not from the reference date. */
  @Test
  void followingYearCountsFromTheLastNamedYear() {
    List<Entity> found = dates("Il arrive à Lyon en 1995. L'année suivante, il part.",
        LocalDate.of(2015, 6, 1));
    assertEquals(List.of("1995", "1996"), found.stream().map(e -> e.value().orElse("")).toList());
  }

  /** "entre août et septembre 1917": the first month takes the year of the second. */
  @Test
  void rangeOfMonths() {
    List<Entity> found = dates("Il combat entre août et septembre 1917.", null);
    assertEquals(List.of("août", "septembre 1917"), found.stream().map(Entity::text).toList());
    assertEquals(List.of("1917-08", "1917-09"), found.stream().map(e -> e.value().orElse("")).toList());
  }

  /** A sentence about a season of no year is generic: its other dates have no year either. */
  @Test
  void genericSentence() {
    List<Entity> found = dates("Pendant les mois d'été, et surtout entre le 15 juillet et le 15 août,"
        + " le camping est complet.", LocalDate.of(1999, 8, 6));
    assertEquals(List.of("XXXX-SU", "XXXX-07-15", "XXXX-08-15"),
        found.stream().map(e -> e.value().orElse("")).toList());
  }

  /** "du 19 au 23 juillet": two DATEs, the first takes the month of the second. */
  @Test
  void rangeOfDays() {
    List<Entity> found = dates("Un centre aéré du 19 au 23 juillet.", LocalDate.of(1999, 7, 16));
    assertEquals(List.of("19", "23 juillet"), found.stream().map(Entity::text).toList());
    assertEquals(List.of("1999-07-19", "1999-07-23"),
        found.stream().map(e -> e.value().orElse("")).toList());
  }

  /** Without a reference date a relative date keeps its span and has no value. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Il est venu hier.                 | hier
      Il viendra lundi prochain.        | lundi prochain
      Le prix a baissé la semaine dernière. | la semaine dernière
      Le chômage a baissé cette année.  | cette année
      Il l'a vu il y a trois jours.     | il y a trois jours
      """)
  void noReferenceDate(String text, String span) {
    Entity e = only(text, null);
    assertEquals(span, e.text());
    assertTrue(e.value().isEmpty(), () -> "no reference date, yet a value: " + e);
  }

  /** Times of day, durations, sets, counts: no DATE at all. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Il est arrivé hier soir.
      Il est arrivé hier matin à Paris.
      Rendez-vous à 15 h devant la gare.
      Il a travaillé pendant trois ans.
      Il vit ici depuis trois ans.
      Le marché a lieu chaque lundi.
      La bibliothèque ouvre uniquement le mercredi.
      On a compté 2014 personnes.
      Plus de 2000 manifestants ont défilé.
      Ils ont été condamnés à 10 ans de prison.
      Il a été vu mardi soir.
      Les faits ont eu lieu dans la nuit de lundi à mardi.
      La sonde se pose sur Mars.
      Il a été élu avec 1500 voix.
      De 2000 à 3000 personnes étaient là.
      Il a été reçu.
      Effet indésirable très fréquent (1/10).
      Le premier, il a franchi la ligne.
      Ils ont réveillonné le soir de Noël.
      Ils préparent une fête de fin d'année.
      Il a 3.5 ans de retard.
      Il a perdu son niveau de jeu.
      La première ascension du mont Blanc fut un exploit.
      Les courses du dimanche sont annulées.
      Le format passe en 16/9 et en couleur.
      """)
  void notDates(String text) {
    List<Entity> found = dates(text, LocalDate.of(2015, 6, 15));
    assertTrue(found.isEmpty(), () -> "want no DATE in '" + text + "', got " + found);
  }

  /** Inside a time of day, the day word is not reported either. */
  @Test
  void dayInsideTimeOfDayIsNotReported() {
    List<Entity> found =
        dates("Il a été hospitalisé hier soir, et opéré hier.", LocalDate.of(1999, 5, 21));
    assertEquals(1, found.size(), found::toString);
    assertEquals(41, found.get(0).start()); // the second "hier"
  }

  /** Long runs of digits, slashes and spaces finish: a hang guard, not a speed assertion. */
  @Test
  void longRunsFinish() {
    Random random = new Random(42);
    StringBuilder b = new StringBuilder();
    String pieces = "0123456789/ -.";
    while (b.length() < 200_000) {
      b.append(pieces.charAt(random.nextInt(pieces.length())));
    }
    String mixed = b.toString();
    String digits = "1".repeat(200_000);
    String slashes = "12/".repeat(70_000);
    String spaces = "12 ".repeat(70_000);
    String words = "fin de ".repeat(30_000) + "2015";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String s : List.of(mixed, digits, slashes, spaces, words)) {
        AnnotatedDocument doc = DATES.annotate(s, LocalDate.of(2015, 1, 1));
        DocumentAssertions.assertWellFormed(doc);
      }
    });
  }

  /** One instance shared by threads gives each the same result as alone. */
  @Test
  void threadSafe() throws Exception {
    List<String> texts = List.of("Il est venu hier, le 13 novembre 2015.",
        "Le village fera la fête dimanche.", "En 1995, il a créé la société.",
        "La semaine dernière, les prix ont baissé.");
    LocalDate ref = LocalDate.of(2015, 11, 14);
    List<AnnotatedDocument> alone = new ArrayList<>();
    for (String t : texts) {
      alone.add(DATES.annotate(t, ref));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (int k = 0; k < 200; k++) {
        String t = texts.get(k % texts.size());
        futures.add(pool.submit(() -> DATES.annotate(t, ref)));
      }
      for (int k = 0; k < futures.size(); k++) {
        assertEquals(alone.get(k % texts.size()), futures.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Empty and odd input gives a valid document. */
  @Test
  void oddInput() {
    for (String s : List.of("", " ", "\u0000\u0001", "le", "le 31", "31/02/2015", "le 99 mars",
        "l'année", "mi-", "XIXe siècle", "il y a", "dans")) {
      AnnotatedDocument doc = DATES.annotate(s, LocalDate.of(2015, 1, 1));
      DocumentAssertions.assertWellFormed(doc);
    }
    assertFalse(dates("31/02/2015", null).stream().anyMatch(e -> e.text().equals("31/02/2015")));
    for (LocalDate extreme : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(1, 1, 1))) {
      dates("Hier, demain, lundi prochain, l'an prochain, dans 3 ans, le 12 mai, Noël.", extreme);
    }
  }
}
