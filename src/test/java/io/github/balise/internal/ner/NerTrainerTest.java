// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.internal.ner.NerTrainer.Algorithm;
import io.github.balise.internal.ner.NerTrainer.Codec;
import io.github.balise.internal.ner.NerTrainer.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

  @Test
  void badPenaltiesAndMissingPartsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Settings(Algorithm.MAXENT_QN, 10, 0, 3, false, Codec.BIO, -0.1, 0.1));
    assertThrows(IllegalArgumentException.class,
        () -> new Settings(Algorithm.MAXENT_QN, 10, 0, 3, false, Codec.BIO, 0.1, Double.NaN));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new Settings(Algorithm.MAXENT_QN, 10, 0, 3, false, null));
    assertTrue(e.getMessage().contains("codec"), e.getMessage());
  }

  @Test
  void thePenaltiesReachTheLbfgsTrainer() throws Exception {
    String[] context = {"w=paris", "w-1=a"};
    double light = bestProbability(0.0, 0.1, context);
    double heavyL2 = bestProbability(0.0, 1e4, context);
    // two outcomes here (LOC-start, other): a heavy penalty keeps the weights near zero, so the
    // best outcome is barely more likely than the other (a heavy L1 penalty is not tried: on
    // this tiny data OpenNLP's OWL-QN line search then does not end)
    assertTrue(light > heavyL2 + 0.1, "the light penalty learns more: " + light + " against " + heavyL2);
    assertTrue(heavyL2 < 0.6, "L2: " + heavyL2);
  }

  private static double bestProbability(double l1, double l2, String[] context) throws Exception {
    TokenNameFinderModel model = NerTrainer.train(NameFinderStageTest.placeSamples(),
        new Settings(Algorithm.MAXENT_QN, 30, 0, 3, false, Codec.BIO, l1, l2));
    double best = 0;
    for (double p : ((MaxentModel) model.getArtifact("nameFinder.model")).eval(context)) {
      best = Math.max(best, p);
    }
    return best;
  }

  @Test
  void zeroWeightsAreDroppedWithoutChangingAProbability() throws Exception {
    String[] outcomes = {"LOC-start", "LOC-cont", "other"};
    Context[] params = {
      new Context(new int[] {0, 1, 2}, new double[] {1.25, 0.0, -0.5}),
      new Context(new int[] {0, 1, 2}, new double[] {0.0, 0.0, 0.0}),
      new Context(new int[] {0, 1, 2}, new double[] {0.0, 0.75, 0.0}),
    };
    String[] labels = {"w=paris", "w=de", "w-1=a"};
    // a model trained with lexicons names them in its manifest: the rebuilt model must too
    Map<String, String> manifest = new HashMap<>();
    manifest.put(FrenchNameFinderFactory.CLUSTERS_PROPERTY, "word-clusters-nc.tsv");
    manifest.put(FrenchNameFinderFactory.GAZETTEER_PROPERTY, "names-gazetteer-nc.tsv");
    TokenNameFinderModel dense = new TokenNameFinderModel("fr", new QNModel(params, labels, outcomes), 4,
        null, new HashMap<>(), manifest, new BioCodec(), new FrenchNameFinderFactory());
    TokenNameFinderModel sparse = NerTrainer.withoutZeroWeights(dense);

    QNModel kept = (QNModel) sparse.getArtifact("nameFinder.model");
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) kept.getDataStructures()[1];
    assertEquals(java.util.Set.of("w=paris", "w-1=a"), pmap.keySet(), "a feature of zeros only is dropped");
    for (Context c : pmap.values()) {
      for (double p : c.getParameters()) {
        assertTrue(p != 0.0, "no zero weight is kept");
      }
    }
    assertEquals("4", sparse.getManifestProperty("BeamSize"));
    assertEquals("word-clusters-nc.tsv", sparse.getManifestProperty(FrenchNameFinderFactory.CLUSTERS_PROPERTY));
    assertEquals("names-gazetteer-nc.tsv", sparse.getManifestProperty(FrenchNameFinderFactory.GAZETTEER_PROPERTY));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    sparse.serialize(bytes);
    TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    MaxentModel before = (MaxentModel) dense.getArtifact("nameFinder.model");
    for (String[] context : new String[][] {{}, {"w=paris"}, {"w=de"}, {"w=paris", "w=de", "w-1=a"},
        {"w-1=a", "unknown"}}) {
      double[] expected = before.eval(context);
      assertArrayEquals(expected, kept.eval(context), String.join(" ", context));
      assertArrayEquals(expected, ((MaxentModel) reloaded.getArtifact("nameFinder.model")).eval(context),
          "after a round trip: " + String.join(" ", context));
    }
  }
}
