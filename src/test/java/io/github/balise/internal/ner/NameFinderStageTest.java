// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.ModelLoadException;
import io.github.balise.NerModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NameFinderStageTest {

  @ParameterizedTest
  @EnumSource(NerModel.class)
  void bundledModelsFindPlacesAndOrganisations(NerModel model) {
    Balise balise = Balise.builder().nerModel(model)
        .types(EntityType.ORG, EntityType.LOC, EntityType.PER).build();
    AnnotatedDocument doc = balise.annotate(
        "Le ministre s'est rendu à Paris puis en Allemagne. M. Jean Dupont a parlé au nom de"
            + " l'Organisation des Nations unies.");
    DocumentAssertions.assertWellFormed(doc);
    List<String> found = new ArrayList<>();
    for (Entity e : doc.entities()) {
      found.add(e.type() + ":" + e.text());
      assertTrue(e.confidence() > 0.0 && e.confidence() <= 1.0, e.toString());
    }
    assertTrue(found.contains("LOC:Paris"), found.toString());
    assertTrue(found.contains("LOC:Allemagne"), found.toString());
    for (String f : found) {
      assertTrue(!f.contains("l'") && !f.startsWith("LOC:la ") && !f.contains(":le "), f);
    }
  }

  @Test
  void missingModelFileIsNamed() {
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> NameFinderStage.bundled("no-such-model.bin"));
    assertTrue(e.getMessage().contains("io/github/balise/models/no-such-model.bin"), e.getMessage());
    Path missing = Path.of("target", "no-such-model.bin");
    ModelLoadException f = assertThrows(ModelLoadException.class,
        () -> Balise.builder().nerModel(missing).build());
    assertTrue(f.getMessage().contains(missing.toString()), f.getMessage());
  }

  @Test
  void sharedBetweenThreadsGivesTheSameResults() throws Exception {
    Balise balise = Balise.builder().types(EntityType.ORG, EntityType.LOC, EntityType.PER).build();
    List<String> texts = List.of(
        "La Russie a entamé des frappes en Syrie, a annoncé l'Otan.",
        "Le maire de Belfort rencontrera lundi les dirigeants de Peugeot.",
        "Air France et la SNCF desservent Lyon, Marseille et Genève.",
        "");
    List<AnnotatedDocument> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(balise.annotate(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (int round = 0; round < 50; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> balise.annotate(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        AnnotatedDocument doc = futures.get(i).get();
        DocumentAssertions.assertWellFormed(doc);
        assertEquals(expected.get(i % texts.size()), doc);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Twenty training sentences, each with one place: enough for a tiny model. */
  static List<NameSample> placeSamples() {
    List<NameSample> samples = new ArrayList<>();
    String[][] sentences = {
      {"Il", "habite", "à", "Paris", "."},
      {"Elle", "travaille", "à", "Lyon", "."},
      {"Nous", "allons", "à", "Nantes", "demain", "."},
      {"Ils", "vivent", "à", "Rennes", "."},
    };
    for (int round = 0; round < 5; round++) {
      for (String[] s : sentences) {
        samples.add(new NameSample(s, new Span[] {new Span(3, 4, "LOC")}, true));
      }
    }
    return samples;
  }

  /** A model trained with the French factory loads again from its bytes, with that factory. */
  @Test
  void trainedModelRoundTripsWithItsFactory() throws Exception {
    TokenNameFinderModel model = NerTrainer.train(placeSamples(),
        new NerTrainer.Settings(NerTrainer.Algorithm.MAXENT, 30, 0, 3, false));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertInstanceOf(FrenchNameFinderFactory.class, loaded.getFactory());
    Span[] found = new NameFinderME(loaded).find(new String[] {"Il", "va", "à", "Brest", "."});
    assertEquals(1, found.length);
    assertEquals(new Span(3, 4, "LOC"), found[0]);
  }
}
