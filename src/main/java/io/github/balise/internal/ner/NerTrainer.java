// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a name finder model, deterministically: one training thread, samples in the order
 * given, OpenNLP's GIS maxent, perceptron or L-BFGS maxent (none draws random numbers).
 */
public final class NerTrainer {

  /** The learning algorithm. */
  public enum Algorithm {
    /** OpenNLP's GIS maximum entropy trainer. */
    MAXENT(GISTrainer.MAXENT_VALUE),
    /** OpenNLP's averaged perceptron. */
    PERCEPTRON(PerceptronTrainer.PERCEPTRON_VALUE),
    /** OpenNLP's maximum entropy trained by L-BFGS, with L1 and L2 penalties. */
    MAXENT_QN(QNTrainer.MAXENT_QN_VALUE);

    private final String openNlpName;

    Algorithm(String openNlpName) {
      this.openNlpName = openNlpName;
    }
  }

  /** How names are written as one outcome per token. */
  public enum Codec {
    /** OpenNLP's default: {@code start}, {@code cont}, {@code other}. */
    BIO,
    /**
     * {@code start}, {@code cont}, {@code last}, {@code unit} (a one-token name), {@code
     * other}: the model also learns where names end and which names are one word.
     */
    BILOU;

    SequenceCodec<String> openNlpCodec() {
      return this == BIO ? new BioCodec() : new BilouCodec();
    }
  }

  /**
   * Training settings.
   *
   * @param algorithm maxent, perceptron or L-BFGS maxent
   * @param iterations training iterations
   * @param cutoff features seen fewer times are dropped (keeps the model small)
   * @param beamSize beam width the model decodes with
   * @param stock true to use OpenNLP's default factory and features (the baseline) instead of
   *     {@link FrenchNameFinderFactory}
   * @param codec how names are written as outcomes
   * @param l1Cost L1 penalty of {@link Algorithm#MAXENT_QN} (ignored by the others)
   * @param l2Cost L2 penalty of {@link Algorithm#MAXENT_QN} (ignored by the others)
   */
  public record Settings(Algorithm algorithm, int iterations, int cutoff, int beamSize, boolean stock,
      Codec codec, double l1Cost, double l2Cost) {
    /** OpenNLP's default penalties for L-BFGS maxent. */
    public static final double DEFAULT_COST = 0.1;

    /** Checks the numbers. */
    public Settings {
      if (iterations < 1 || cutoff < 0 || beamSize < 1) {
        throw new IllegalArgumentException("iterations and beam size must be >= 1, cutoff >= 0");
      }
      java.util.Objects.requireNonNull(algorithm, "algorithm");
      java.util.Objects.requireNonNull(codec, "codec");
      if (!(l1Cost >= 0) || !(l2Cost >= 0)) {
        throw new IllegalArgumentException("penalties must be >= 0: " + l1Cost + ", " + l2Cost);
      }
    }

    /** Settings with OpenNLP's default penalties. */
    public Settings(Algorithm algorithm, int iterations, int cutoff, int beamSize, boolean stock, Codec codec) {
      this(algorithm, iterations, cutoff, beamSize, stock, codec, DEFAULT_COST, DEFAULT_COST);
    }

    /** Settings with the BIO codec and OpenNLP's default penalties. */
    public Settings(Algorithm algorithm, int iterations, int cutoff, int beamSize, boolean stock) {
      this(algorithm, iterations, cutoff, beamSize, stock, Codec.BIO);
    }
  }

  /**
   * The names gazetteer to train with: the names of the training documents (each document
   * once), and the jackknife fold of each training sample (see {@link NameGazetteer}).
   */
  public static final class Gazetteer {
    private final String fileName;
    private final NameGazetteer names;
    private final int[] sampleFolds;

    Gazetteer(String fileName, NameGazetteer names, int[] sampleFolds) {
      this.fileName = Objects.requireNonNull(fileName, "fileName");
      this.names = Objects.requireNonNull(names, "names");
      this.sampleFolds = sampleFolds.clone();
    }

    /**
     * Builds the gazetteer of converted training documents.
     *
     * @param fileName the file name the gazetteer gets in {@code models/}, recorded in the model
     * @param documents the training documents, in training order (a repeated document, same
     *     id, adds its names once)
     */
    public static Gazetteer of(String fileName, List<TrainingSamples.DocumentSamples> documents) {
      NameGazetteer.Builder builder = new NameGazetteer.Builder();
      int count = 0;
      for (TrainingSamples.DocumentSamples d : documents) {
        builder.add(d.documentId(), d.samples());
        count += d.samples().size();
      }
      int[] folds = new int[count];
      int i = 0;
      for (TrainingSamples.DocumentSamples d : documents) {
        int fold = NameGazetteer.foldOf(d.documentId());
        for (int k = 0; k < d.samples().size(); k++) {
          folds[i++] = fold;
        }
      }
      return new Gazetteer(fileName, builder.build(), folds);
    }

    /** Returns the gazetteer itself. */
    NameGazetteer names() {
      return names;
    }

    /** Returns how many distinct names it has. */
    public int size() {
      return names.size();
    }

    /**
     * Writes the gazetteer file (all counts, sorted by name).
     *
     * @param file where to write it (replaced)
     * @param header comment lines for its top (source, licence, command)
     */
    public void write(Path file, List<String> header) throws IOException {
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        names.write(w, header);
      }
    }
  }

  private NerTrainer() {}

  /**
   * Trains a model.
   *
   * @param samples the training sentences, in a fixed order
   * @param settings the parameters
   * @return the model, with types ORG, LOC, PER and MISC as found in the samples
   */
  public static TokenNameFinderModel train(List<NameSample> samples, Settings settings)
      throws IOException {
    return train(samples, settings, null);
  }

  /**
   * Trains a model with word-cluster features.
   *
   * @param samples the training sentences, in a fixed order
   * @param settings the parameters
   * @param clusters a word-cluster lexicon (from {@link ClusterInduction}), or null for none.
   *     The model records its file name and reads the lexicon of that name from the bundled
   *     models folder when it is loaded, so the file must be put in {@code models/} with it.
   * @return the model, with types ORG, LOC, PER and MISC as found in the samples
   * @throws IllegalArgumentException for clusters with the stock features, or a malformed lexicon
   */
  public static TokenNameFinderModel train(List<NameSample> samples, Settings settings, Path clusters)
      throws IOException {
    return train(samples, settings, clusters, null);
  }

  /**
   * Trains a model with word-cluster features, gazetteer features, both or neither.
   *
   * @param samples the training sentences, in a fixed order
   * @param settings the parameters
   * @param clusters a word-cluster lexicon, or null (see {@link #train(List, Settings, Path)})
   * @param gazetteer the names gazetteer and the samples' folds, or null for none. Each sample's
   *     gazetteer features leave its own fold out (jackknife, see {@link NameGazetteer}); the
   *     model records the file name and reads the gazetteer of that name from the bundled models
   *     folder when it is loaded.
   * @return the model, with types ORG, LOC, PER and MISC as found in the samples
   * @throws IllegalArgumentException for a lexicon with the stock features, folds that do not
   *     match the samples, or a malformed cluster lexicon
   */
  public static TokenNameFinderModel train(List<NameSample> samples, Settings settings, Path clusters,
      Gazetteer gazetteer) throws IOException {
    if (gazetteer != null && settings.stock()) {
      throw new IllegalArgumentException("the gazetteer is a feature of Balise's factory, not the stock one");
    }
    if (gazetteer != null && gazetteer.sampleFolds.length != samples.size()) {
      throw new IllegalArgumentException("one fold per sample: " + gazetteer.sampleFolds.length
          + " folds for " + samples.size() + " samples");
    }
    if (clusters != null && settings.stock()) {
      throw new IllegalArgumentException("word clusters are a feature of Balise's factory, not the stock one");
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm().openNlpName);
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    // index the events in memory: the two-pass default writes them to a temporary file
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, settings.beamSize());
    if (settings.algorithm() == Algorithm.MAXENT_QN) {
      params.put(QNTrainer.L1COST_PARAM, settings.l1Cost());
      params.put(QNTrainer.L2COST_PARAM, settings.l2Cost());
    }
    SequenceCodec<String> codec = settings.codec().openNlpCodec();
    if (settings.stock()) {
      return withoutZeroWeights(NameFinderME.train("fr", null, new CollectionObjectStream<>(samples),
          params, new TokenNameFinderFactory(null, Map.of(), codec)));
    }
    WordClusters lexicon = null;
    if (clusters != null) {
      try (Reader r = Files.newBufferedReader(clusters, StandardCharsets.UTF_8)) {
        lexicon = WordClusters.read(r, clusters.toString());
      }
    }
    String clustersName = clusters == null ? null : clusters.getFileName().toString();
    if (gazetteer == null) {
      FrenchNameFinderFactory factory = new FrenchNameFinderFactory(clustersName, lexicon, null, null, null, codec);
      return withoutZeroWeights(
          NameFinderME.train("fr", null, new CollectionObjectStream<>(samples), params, factory));
    }
    NameGazetteer.Jackknife jackknife = new NameGazetteer.Jackknife();
    FrenchNameFinderFactory factory = new FrenchNameFinderFactory(clustersName, lexicon,
        gazetteer.fileName, gazetteer.names, jackknife, codec);
    try {
      return withoutZeroWeights(NameFinderME.train("fr", null,
          new FoldAnnouncingStream(samples, gazetteer.sampleFolds, jackknife),
          params, factory));
    } finally {
      jackknife.finish(); // the trained model's own generators see all the counts
    }
  }

  /**
   * Manifest entries of a trained model that the model rebuilt without zero weights keeps: the
   * trainer's, and the lexicons the features read (the factory OpenNLP gives the trained model
   * is a fresh one, which does not know them).
   */
  private static final String[] KEPT_ENTRIES = {"TrainerType", "Training-Eventhash",
      FrenchNameFinderFactory.CLUSTERS_PROPERTY, FrenchNameFinderFactory.GAZETTEER_PROPERTY};

  /**
   * Returns an L-BFGS model without its weights of exactly zero (the others as they are).
   * OpenNLP's QN trainer stores every outcome of every feature; with the L1 penalty most are
   * zero (4.2 of the 4.4 million of {@code fr-ner-nc.bin}, and 411,299 of its 490,778 features
   * have no other), which made the model slow to load and 1.8 GB of heap. Leaving them out
   * changes no probability: {@code QNModel.eval} adds each weight to its outcome's sum, and
   * adding 0.0 leaves a sum as it was.
   */
  static TokenNameFinderModel withoutZeroWeights(TokenNameFinderModel model) {
    if (!(model.getArtifact("nameFinder.model") instanceof QNModel qn)) {
      return model;
    }
    Object[] data = qn.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    List<String> labels = new java.util.ArrayList<>();
    List<Context> contexts = new java.util.ArrayList<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      Context sparse = FeatureTable.withoutZeros(e.getValue());
      if (sparse != null) {
        labels.add(e.getKey());
        contexts.add(sparse);
      }
    }
    String[] outcomeNames = new String[qn.getNumOutcomes()];
    for (int i = 0; i < outcomeNames.length; i++) {
      outcomeNames[i] = qn.getOutcome(i);
    }
    QNModel sparse = new QNModel(contexts.toArray(new Context[0]), labels.toArray(new String[0]), outcomeNames);
    Map<String, String> manifest = new java.util.HashMap<>();
    for (String key : KEPT_ENTRIES) {
      if (model.getManifestProperty(key) != null) {
        manifest.put(key, model.getManifestProperty(key));
      }
    }
    TokenNameFinderFactory factory = model.getFactory();
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return new TokenNameFinderModel(model.getLanguage(), sparse,
        beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), null,
        new java.util.HashMap<>(), manifest, factory.createSequenceCodec(), factory);
  }

  /** Hands out the samples in order, announcing each one's fold to the jackknife first. */
  private static final class FoldAnnouncingStream implements ObjectStream<NameSample> {
    private final List<NameSample> samples;
    private final int[] folds;
    private final NameGazetteer.Jackknife jackknife;
    private int next;

    FoldAnnouncingStream(List<NameSample> samples, int[] folds, NameGazetteer.Jackknife jackknife) {
      this.samples = samples;
      this.folds = folds;
      this.jackknife = jackknife;
    }

    @Override
    public NameSample read() {
      if (next == samples.size()) {
        return null;
      }
      NameSample sample = samples.get(next);
      jackknife.next(sample.getSentence(), folds[next]);
      next++;
      return sample;
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
