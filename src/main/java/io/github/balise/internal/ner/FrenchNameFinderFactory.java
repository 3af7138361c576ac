// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP name finder factory that plugs in {@link FrenchFeatureGenerator} (through {@link
 * FrenchContextGenerator}) instead of the XML feature descriptor and OpenNLP's default context
 * generator.
 *
 * <p>OpenNLP writes this class's name into the model's manifest and instantiates it by
 * reflection when the model is loaded, so it must stay public, keep its name and have a public
 * no-argument constructor. The sequence codec is given for training (BIO or BILOU) and read back
 * from the manifest by OpenNLP when the model loads.
 *
 * <p>A model trained with word clusters records the name of their lexicon in its manifest
 * ({@value #CLUSTERS_PROPERTY}); when it is loaded, that lexicon is read from the bundled models
 * folder ({@link WordClusters#bundled}), so the model and the lexicon ship together. A model
 * without the entry (older models) gets no cluster features.
 */
public final class FrenchNameFinderFactory extends TokenNameFinderFactory {

  /** Manifest entry naming the word-cluster lexicon the model was trained with. */
  static final String CLUSTERS_PROPERTY = "balise.wordClusters";

  private final String clustersName;
  private final WordClusters trainingClusters;

  /** Creates the factory (also called by OpenNLP when a model is loaded). */
  public FrenchNameFinderFactory() {
    this.clustersName = null;
    this.trainingClusters = null;
  }

  /**
   * Creates the factory for training.
   *
   * @param clustersName the word-cluster lexicon's file name in {@code models/}, recorded in the
   *     model, or null for a model without cluster features
   * @param clusters the lexicon itself, null exactly when {@code clustersName} is
   * @param codec how names are written as outcomes (recorded in the model by OpenNLP)
   */
  FrenchNameFinderFactory(String clustersName, WordClusters clusters, SequenceCodec<String> codec) {
    super(null, Map.of(), Objects.requireNonNull(codec, "codec"));
    if ((clustersName == null) != (clusters == null)) {
      throw new IllegalArgumentException("clustersName and clusters go together");
    }
    this.clustersName = clustersName;
    this.trainingClusters = clusters;
  }

  @Override
  public Map<String, String> createManifestEntries() {
    Map<String, String> entries = new HashMap<>(super.createManifestEntries());
    if (clustersName != null) {
      entries.put(CLUSTERS_PROPERTY, clustersName);
    }
    return entries;
  }

  /** The clusters given for training, or those the loaded model names, or null. */
  private WordClusters clusters() {
    if (trainingClusters != null) {
      return trainingClusters;
    }
    String name = artifactProvider == null ? null : artifactProvider.getManifestProperty(CLUSTERS_PROPERTY);
    return name == null ? null : WordClusters.bundled(name);
  }

  /** Returns a new generator: one per {@code NameFinderME}, as they are not thread-safe. */
  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return newFeatureGenerator();
  }

  /**
   * Returns a new generator with the word clusters of this factory's model (if any): for each
   * {@code NameFinderME} and each {@link FrenchNameDecoder}.
   */
  FrenchFeatureGenerator newFeatureGenerator() {
    return new FrenchFeatureGenerator(NameLexicon.get(), clusters());
  }

  /** Returns a context generator on a new {@link FrenchFeatureGenerator}. */
  @Override
  public NameContextGenerator createContextGenerator() {
    return new FrenchContextGenerator(createFeatureGenerators());
  }
}
