// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.BioCodec;
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
 * without the entry (older models) gets no cluster features. A model trained with the names
 * gazetteer records its file name the same way ({@value #GAZETTEER_PROPERTY}, {@link
 * NameGazetteer#bundled}).
 */
public final class FrenchNameFinderFactory extends TokenNameFinderFactory {

  /** Manifest entry naming the word-cluster lexicon the model was trained with. */
  static final String CLUSTERS_PROPERTY = "balise.wordClusters";

  /** Manifest entry naming the names gazetteer the model was trained with. */
  static final String GAZETTEER_PROPERTY = "balise.gazetteer";

  private final String clustersName;
  private final WordClusters trainingClusters;
  private final String gazetteerName;
  private final NameGazetteer trainingGazetteer;
  private final NameGazetteer.Jackknife jackknife;

  /** Creates the factory (also called by OpenNLP when a model is loaded). */
  public FrenchNameFinderFactory() {
    // OpenNLP's own no-argument set-up (BIO until the model's manifest names its codec)
    this.clustersName = null;
    this.trainingClusters = null;
    this.gazetteerName = null;
    this.trainingGazetteer = null;
    this.jackknife = null;
  }

  /**
   * Creates the factory for training with word clusters only, BIO outcomes.
   *
   * @param clustersName the lexicon's file name in {@code models/}, recorded in the model
   * @param clusters the lexicon itself
   */
  FrenchNameFinderFactory(String clustersName, WordClusters clusters) {
    this(Objects.requireNonNull(clustersName, "clustersName"),
        Objects.requireNonNull(clusters, "clusters"), null, null, null, new BioCodec());
  }

  /**
   * Creates the factory for training with any of word clusters and the names gazetteer (each
   * name with its lexicon, or neither).
   *
   * @param clustersName the cluster lexicon's file name in {@code models/}, or null
   * @param clusters that lexicon, or null
   * @param gazetteerName the gazetteer's file name in {@code models/}, or null
   * @param gazetteer the gazetteer built from the training documents (with their folds), or null
   * @param jackknife tells the generators which fold the sentence being trained on leaves out;
   *     null with no gazetteer
   * @param codec how names are written as outcomes (recorded in the model by OpenNLP)
   */
  FrenchNameFinderFactory(String clustersName, WordClusters clusters, String gazetteerName,
      NameGazetteer gazetteer, NameGazetteer.Jackknife jackknife, SequenceCodec<String> codec) {
    super(null, Map.of(), Objects.requireNonNull(codec, "codec"));
    if ((clustersName == null) != (clusters == null)
        || (gazetteerName == null) != (gazetteer == null)
        || (gazetteer == null && jackknife != null)) {
      throw new IllegalArgumentException("give each lexicon with its name, and a jackknife only"
          + " with a gazetteer");
    }
    this.clustersName = clustersName;
    this.trainingClusters = clusters;
    this.gazetteerName = gazetteerName;
    this.trainingGazetteer = gazetteer;
    this.jackknife = jackknife;
  }

  @Override
  public Map<String, String> createManifestEntries() {
    Map<String, String> entries = new HashMap<>(super.createManifestEntries());
    if (clustersName != null) {
      entries.put(CLUSTERS_PROPERTY, clustersName);
    }
    if (gazetteerName != null) {
      entries.put(GAZETTEER_PROPERTY, gazetteerName);
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

  /** The gazetteer given for training, or the one the loaded model names, or null. */
  private NameGazetteer gazetteer() {
    if (trainingGazetteer != null) {
      return trainingGazetteer;
    }
    String name = artifactProvider == null ? null : artifactProvider.getManifestProperty(GAZETTEER_PROPERTY);
    return name == null ? null : NameGazetteer.bundled(name);
  }

  /** Returns a new generator: one per {@code NameFinderME}, as they are not thread-safe. */
  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return newFeatureGenerator();
  }

  /**
   * Returns a new generator with the word clusters and gazetteer of this factory's model (if
   * any; while training, with the jackknife): for each
   * {@code NameFinderME} and each {@link FrenchNameDecoder}.
   */
  FrenchFeatureGenerator newFeatureGenerator() {
    return new FrenchFeatureGenerator(NameLexicon.get(), clusters(), gazetteer(), jackknife);
  }

  /** Returns a context generator on a new {@link FrenchFeatureGenerator}. */
  @Override
  public NameContextGenerator createContextGenerator() {
    return new FrenchContextGenerator(createFeatureGenerators());
  }
}
