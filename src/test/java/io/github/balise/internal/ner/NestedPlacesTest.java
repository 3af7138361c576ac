// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.internal.text.FrenchSentenceSplitter;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Places found inside given ORG and LOC mentions, with and without a names gazetteer. */
class NestedPlacesTest {

  private static final NestedPlaces LEXICON_ONLY = new NestedPlaces(NameLexicon.get(), null);

  /** The texts of the places nested in {@code name}, tagged {@code type} as a whole. */
  private static List<String> nested(NestedPlaces finder, EntityType type, String name) {
    String text = "Selon la " + name + ", rien.";
    List<Token> tokens = new FrenchTokenizer().tokenize(text);
    List<Sentence> sentences = new FrenchSentenceSplitter().split(text, tokens);
    AnnotatedDocument doc = new AnnotatedDocument(text, sentences, tokens, List.of(), Optional.empty());
    Entity outer = Entity.of(type, text.indexOf(name), name, 0.9, EntitySource.MODEL);
    List<String> out = new ArrayList<>();
    for (Entity e : finder.find(doc, List.of(outer))) {
      assertEquals(EntityType.LOC, e.type());
      assertEquals(text.substring(e.start(), e.end()), e.text());
      out.add(e.text());
    }
    return out;
  }

  @Test
  void findsKnownPlacesAfterAPreposition() {
    assertEquals(List.of("Paris"), nested(LEXICON_ONLY, EntityType.ORG, "mairie de Paris"));
    assertEquals(List.of("Algérie"), nested(LEXICON_ONLY, EntityType.ORG, "Banque nationale d’Algérie"));
    assertEquals(List.of("Algérie"), nested(LEXICON_ONLY, EntityType.ORG, "Banque nationale d'Algérie"));
    assertEquals(List.of("France"), nested(LEXICON_ONLY, EntityType.ORG, "Grand Orient de France"));
    assertEquals(List.of("Belfort"), nested(LEXICON_ONLY, EntityType.LOC, "Territoire de Belfort"));
    assertEquals(List.of("États-Unis"), nested(LEXICON_ONLY, EntityType.ORG, "ambassade des États-Unis"));
  }

  @Test
  void findsEveryPlaceOfAName() {
    assertEquals(List.of("Paris", "France"),
        nested(LEXICON_ONLY, EntityType.ORG, "Chambre de commerce de Paris et de France"));
  }

  @Test
  void needsAPrepositionACapitalAndAnOuterOrgOrLoc() {
    assertEquals(List.of(), nested(LEXICON_ONLY, EntityType.ORG, "Paris Saint-Germain"));
    assertEquals(List.of(), nested(LEXICON_ONLY, EntityType.ORG, "Air France"));
    assertEquals(List.of(), nested(LEXICON_ONLY, EntityType.ORG, "mairie de paris"));
    assertEquals(List.of(), nested(LEXICON_ONLY, EntityType.PER, "Philippe de France"));
    assertEquals(List.of(), nested(LEXICON_ONLY, EntityType.ORG, "de France"), "two tokens: nothing before");
    assertEquals(List.of(), nested(LEXICON_ONLY, EntityType.ORG, "mairie de Trifouillis"), "unknown place");
  }

  @Test
  void aGazetteerAddsThePlacesItsTrainingDataMarkedLoc() throws Exception {
    NameGazetteer gazetteer = NameGazetteer.read(new StringReader(
        "trifouillis\t0\t3\t0\t0\n"    // a place
        + "pontarlier\t0\t1\t0\t0\n"   // marked once: not enough
        + "dupont\t0\t1\t4\t0\n"),     // a person
        "test gazetteer");
    NestedPlaces finder = new NestedPlaces(NameLexicon.get(), gazetteer);
    assertEquals(List.of("Trifouillis"), nested(finder, EntityType.ORG, "mairie de Trifouillis"));
    assertEquals(List.of(), nested(finder, EntityType.ORG, "mairie de Pontarlier"));
    assertEquals(List.of(), nested(finder, EntityType.ORG, "éditions de Dupont"));
    assertEquals(List.of("Paris"), nested(finder, EntityType.ORG, "mairie de Paris"), "lexicon still used");
  }
}
