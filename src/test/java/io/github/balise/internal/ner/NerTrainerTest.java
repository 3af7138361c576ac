// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.internal.ner.NerTrainer.Algorithm;
import io.github.balise.internal.ner.NerTrainer.Codec;
import io.github.balise.internal.ner.NerTrainer.Settings;
import opennlp.tools.ml.model.MaxentModel;
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
    double heavyL1 = bestProbability(1e3, 0.0, context);
    // two outcomes here (LOC-start, other): heavy penalties keep the weights near zero, so the
    // best outcome is barely more likely than the other
    assertTrue(light > 0.9, "the light penalty learns: " + light);
    assertTrue(heavyL2 < 0.6, "L2: " + heavyL2);
    assertTrue(heavyL1 < 0.6, "L1: " + heavyL1);
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
}
