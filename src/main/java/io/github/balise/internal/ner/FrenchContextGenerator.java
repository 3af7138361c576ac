// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Collects the features of one token for OpenNLP's beam search: those of {@link
 * FrenchFeatureGenerator}, which also writes the previous-outcome features. It replaces
 * OpenNLP's {@code DefaultNameContextGenerator}, whose previous-outcome features classify each
 * token with regular expressions on every call of the beam search.
 */
final class FrenchContextGenerator implements NameContextGenerator {

  private final List<AdaptiveFeatureGenerator> generators = new ArrayList<>(2);

  FrenchContextGenerator(AdaptiveFeatureGenerator generator) {
    generators.add(generator);
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    List<String> features = new ArrayList<>(48);
    for (AdaptiveFeatureGenerator g : generators) {
      g.createFeatures(features, tokens, index, preds);
    }
    return features.toArray(new String[0]);
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    generators.add(generator);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    for (AdaptiveFeatureGenerator g : generators) {
      g.updateAdaptiveData(tokens, outcomes);
    }
  }

  @Override
  public void clearAdaptiveData() {
    for (AdaptiveFeatureGenerator g : generators) {
      g.clearAdaptiveData();
    }
  }
}
