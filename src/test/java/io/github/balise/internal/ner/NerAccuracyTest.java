// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.NerModel;
import io.github.balise.TestData;
import io.github.balise.cli.GoldFiles;
import io.github.balise.eval.EntityScorer;
import io.github.balise.eval.GoldDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * F1 floors of the bundled models on the dev sets, a little under what {@code balise eval}
 * printed when the models were trained (models/README.md). Skipped without the shared data.
 */
class NerAccuracyTest {

  private static final Balise NC = Balise.builder().nerModel(NerModel.NON_COMMERCIAL)
      .types(EntityType.ORG, EntityType.LOC).build();
  private static final Balise COMMERCIAL = Balise.builder().nerModel(NerModel.COMMERCIAL)
      .types(EntityType.ORG, EntityType.LOC).build();

  private static Balise nested(NerModel model) {
    return Balise.builder().nerModel(model).types(EntityType.ORG, EntityType.LOC).nestedPlaces(true)
        .build();
  }

  private static EntityScorer score(Balise balise, List<GoldDocument> docs) {
    return score(balise, docs, false);
  }

  private static EntityScorer score(Balise balise, List<GoldDocument> docs, boolean nestedPlaces) {
    EntityScorer scorer = new EntityScorer(List.of("ORG", "LOC"));
    for (GoldDocument g : docs) {
      AnnotatedDocument doc = balise.annotate(g.text());
      DocumentAssertions.assertWellFormed(doc, nestedPlaces);
      List<EntityScorer.Mention> gold = new ArrayList<>();
      for (GoldDocument.GoldEntity e : g.entities()) {
        gold.add(new EntityScorer.Mention(e.start(), e.end(), e.type(), null));
      }
      List<EntityScorer.Mention> predicted = new ArrayList<>();
      for (Entity e : doc.entities()) {
        predicted.add(new EntityScorer.Mention(e.start(), e.end(), e.type().name(), null));
      }
      scorer.add(gold, predicted);
    }
    return scorer;
  }

  private static void assertFloor(EntityScorer s, String type, double floor, String what) {
    double f1 = s.of(type).f1();
    assertTrue(f1 >= floor, what + " " + type + " F1 " + f1 + " < floor " + floor);
  }

  private static List<GoldDocument> read(String relative) throws Exception {
    return GoldFiles.read(TestData.require(relative));
  }

  /** The carved WikiNEuRal dev split ({@link WikiNeuralSplit}), never trained on. */
  private static List<GoldDocument> wikiNeuralDev() throws Exception {
    Path train = TestData.require("ner/wikineural-fr.train.jsonl");
    List<GoldDocument> all = GoldFiles.read(train);
    List<GoldDocument> dev = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (WikiNeuralSplit.isDev(i)) {
        dev.add(all.get(i));
      }
    }
    return dev;
  }

  @Test
  void sequoiaDev() throws Exception {
    List<GoldDocument> docs = read("ner/sequoia.dev.jsonl");
    EntityScorer nc = score(NC, docs);
    assertFloor(nc, "ORG", FLOORS_NC_SEQUOIA[0], "non-commercial, Sequoia dev");
    assertFloor(nc, "LOC", FLOORS_NC_SEQUOIA[1], "non-commercial, Sequoia dev");
    EntityScorer com = score(COMMERCIAL, docs);
    assertFloor(com, "ORG", FLOORS_COM_SEQUOIA[0], "commercial, Sequoia dev");
    assertFloor(com, "LOC", FLOORS_COM_SEQUOIA[1], "commercial, Sequoia dev");
  }

  /** Sequoia annotates the places inside names ({@code Paris} in {@code mairie de Paris}). */
  @Test
  void sequoiaDevWithNestedPlaces() throws Exception {
    List<GoldDocument> docs = read("ner/sequoia.dev.jsonl");
    assertFloor(score(nested(NerModel.NON_COMMERCIAL), docs, true), "LOC", FLOOR_NC_SEQUOIA_NESTED_LOC,
        "non-commercial with nested places, Sequoia dev");
    assertFloor(score(nested(NerModel.COMMERCIAL), docs, true), "LOC", FLOOR_COM_SEQUOIA_NESTED_LOC,
        "commercial with nested places, Sequoia dev");
  }

  @Test
  void wikiNeuralCarvedDev() throws Exception {
    EntityScorer nc = score(NC, wikiNeuralDev());
    assertFloor(nc, "ORG", FLOORS_NC_WIKI[0], "non-commercial, WikiNEuRal dev");
    assertFloor(nc, "LOC", FLOORS_NC_WIKI[1], "non-commercial, WikiNEuRal dev");
  }

  @Test
  void hipeDev() throws Exception {
    List<GoldDocument> docs = read("ner/hipe2020.dev.jsonl");
    assertFloor(score(NC, docs), "LOC", FLOORS_NC_HIPE_LOC, "non-commercial, HIPE-2020 dev");
    assertFloor(score(COMMERCIAL, docs), "LOC", FLOORS_COM_HIPE_LOC, "commercial, HIPE-2020 dev");
  }

  /** NewsEye dev is training data of the commercial model: only the other one is measured. */
  @Test
  void newsEyeDev() throws Exception {
    EntityScorer nc = score(NC, read("ner/newseye.dev.jsonl"));
    assertFloor(nc, "LOC", FLOORS_NC_NEWSEYE_LOC, "non-commercial, NewsEye dev");
  }

  // floors: set 0.02 to 0.03 under the dev F1 of the earlier models, raised with the word-cluster
  // model and the beam of 5, then with the L-BFGS models (the non-commercial one with the names
  // gazetteer), WikiNEuRal's to the goals of issue 3 (0.85, 0.92: 4 ORG and 12 LOC mentions
  // under the measured figures, but the bundled model is fixed, so they move only with the
  // pipeline); never lowered. "measured" is what balise eval prints for the bundled models with
  // the whole pipeline (models/README.md); {ORG, LOC}
  private static final double[] FLOORS_NC_SEQUOIA = {0.77, 0.80}; // measured 0.7953, 0.8242
  private static final double[] FLOORS_COM_SEQUOIA = {0.71, 0.76}; // measured 0.7399, 0.7727
  private static final double[] FLOORS_NC_WIKI = {0.85, 0.92}; // measured 0.8563, 0.9268 (goals)
  private static final double FLOORS_NC_HIPE_LOC = 0.75; // measured 0.7728
  private static final double FLOORS_COM_HIPE_LOC = 0.66; // measured 0.6791
  private static final double FLOORS_NC_NEWSEYE_LOC = 0.46; // measured 0.4888
  // with nestedPlaces(true) (ORG unchanged)
  private static final double FLOOR_NC_SEQUOIA_NESTED_LOC = 0.84; // measured 0.8511
  private static final double FLOOR_COM_SEQUOIA_NESTED_LOC = 0.79; // measured 0.8000
}
