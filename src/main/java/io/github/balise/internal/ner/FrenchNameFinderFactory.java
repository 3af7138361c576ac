// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP name finder factory that plugs in {@link FrenchFeatureGenerator} (through {@link
 * FrenchContextGenerator}) instead of the XML feature descriptor and OpenNLP's default context
 * generator.
 *
 * <p>OpenNLP writes this class's name into the model's manifest and instantiates it by
 * reflection when the model is loaded, so it must stay public, keep its name and have a public
 * no-argument constructor. The sequence codec is OpenNLP's default (BIO).
 */
public final class FrenchNameFinderFactory extends TokenNameFinderFactory {

  /** Creates the factory (also called by OpenNLP when a model is loaded). */
  public FrenchNameFinderFactory() {}

  /** Returns a new generator: one per {@code NameFinderME}, as they are not thread-safe. */
  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return newFeatureGenerator();
  }

  /** The generator of every model of this factory, for {@link FrenchNameDecoder} too. */
  static FrenchFeatureGenerator newFeatureGenerator() {
    return new FrenchFeatureGenerator(NameLexicon.get());
  }

  /** Returns a context generator on a new {@link FrenchFeatureGenerator}. */
  @Override
  public NameContextGenerator createContextGenerator() {
    return new FrenchContextGenerator(createFeatureGenerators());
  }
}
