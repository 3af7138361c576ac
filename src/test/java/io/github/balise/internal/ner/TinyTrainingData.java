// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** A few training sentences with one place each, for tests that train a tiny model. */
final class TinyTrainingData {

  /** "X lives in PLACE .", the place at token 3. */
  static final String[][] PLACE_SENTENCES = {
    {"Il", "habite", "à", "Paris", "."},
    {"Elle", "travaille", "à", "Lyon", "."},
    {"Ils", "vivent", "à", "Rennes", "."},
  };

  private TinyTrainingData() {}

  /** The sentences of {@link #PLACE_SENTENCES} repeated, each a document of its own. */
  static List<NameSample> placeSamples(int rounds) {
    List<NameSample> samples = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String[] s : PLACE_SENTENCES) {
        samples.add(new NameSample(s, new Span[] {new Span(3, 4, "LOC")}, true));
      }
    }
    return samples;
  }
}
