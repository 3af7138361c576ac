// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;

/**
 * The read-only part of {@link FrenchNameDecoder}, built once per model and shared by every
 * thread: the model's parameters as OpenNLP's public API gives them ({@code getDataStructures()}),
 * the parameters of the features that depend only on the outcomes before a token (looked up
 * here once instead of at every token), and which outcome may follow which.
 *
 * <p>Only models this decoder reproduces exactly are accepted ({@link #of} returns null for the
 * others, which {@code NameFinderME} keeps decoding): built by {@link FrenchNameFinderFactory},
 * with OpenNLP's BIO codec and its {@link NameFinderSequenceValidator} (or the BILOU codec and
 * its {@link BilouNameFinderSequenceValidator}), and a {@link GISModel}, {@link PerceptronModel}
 * or {@link QNModel} (whose {@code eval} this class repeats, operation for operation, in {@link
 * #normalise}). As a last guard, {@link #of} compares its own scores with the model's
 * {@code eval} on a few contexts and refuses the model if a single bit differs.
 */
final class DecodingModel {

  /** What BeamSearch uses when the manifest names no beam size (OpenNLP's default). */
  private static final int DEFAULT_BEAM_SIZE = 3;

  final int beamSize;
  final int numOutcomes;
  final String[] outcomes;
  /** Feature name to its parameters: OpenNLP's own map, in a table for lookups by parts. */
  final FeatureTable parameters;
  /** A few of the model's feature names, for {@link #agreesWith}. */
  private final String[] someFeatures;
  /** Which of OpenNLP's models, so how sums become probabilities. */
  final Kind kind;
  /** What every outcome's sum starts from: GIS's uniform log prior, or 0 for the others. */
  final double initialScore;
  final SequenceCodec<String> codec;
  /** The model's factory, which makes the decoders' feature generators (with its clusters). */
  final FrenchNameFinderFactory factory;

  /**
   * Entries of the previous-outcome feature in {@link #parameters}, by previous outcome + 1 (0
   * stands for the start of the sentence); {@link FeatureTable#ABSENT} where the model does not
   * know the feature.
   */
  private final int[] previous;
  /** Entries of the outcome-pair feature, at {@code (beforePrevious + 1) * (n + 1) + previous + 1}. */
  private final int[] previousPair;
  /** Whether an outcome may follow another: {@code [previous + 1][outcome]}, 0 for the start. */
  private final boolean[][] allowed;

  /** The kinds of model this class reproduces, each with its own {@code eval} arithmetic. */
  enum Kind {
    /** {@link GISModel}: uniform log prior, exp of the sums, divided by their total. */
    GIS,
    /** {@link PerceptronModel}: sums scaled down by the largest if over 1, then as GIS. */
    PERCEPTRON,
    /** {@link QNModel} (L-BFGS maxent): exp of each sum minus the log of the sum of exps. */
    QN
  }

  private DecodingModel(TokenNameFinderModel model, MaxentModel maxentModel, Kind kind) {
    Object[] data = ((opennlp.tools.ml.model.AbstractModel) maxentModel).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.parameters = new FeatureTable(pmap);
    someFeatures = pmap.keySet().stream().limit(40).toArray(String[]::new);
    this.kind = kind;
    this.numOutcomes = maxentModel.getNumOutcomes();
    this.outcomes = new String[numOutcomes];
    for (int i = 0; i < numOutcomes; i++) {
      outcomes[i] = maxentModel.getOutcome(i);
    }
    // UniformPrior.setLabels: StrictMath.log(1.0 / numOutcomes)
    this.initialScore = kind == Kind.GIS ? StrictMath.log(1.0 / numOutcomes) : 0.0;
    this.beamSize = beamSize(model);
    this.codec = model.getFactory().createSequenceCodec();
    this.factory = (FrenchNameFinderFactory) model.getFactory();

    int m = numOutcomes + 1;
    previous = new int[m];
    previousPair = new int[m * m];
    FeatureTable.Lookup lookup = parameters.new Lookup();
    for (int p = -1; p < numOutcomes; p++) {
      lookup.clear();
      FrenchFeatureGenerator.outcomeFeature(lookup, nameOf(p));
      previous[p + 1] = lookup.single();
      for (int pp = -1; pp < numOutcomes; pp++) {
        lookup.clear();
        FrenchFeatureGenerator.outcomePairFeature(lookup, nameOf(pp), nameOf(p));
        previousPair[(pp + 1) * m + p + 1] = lookup.single();
      }
    }
    SequenceValidator<String> validator = codec.createSequenceValidator();
    allowed = new boolean[m][numOutcomes];
    String[] none = new String[0];
    for (int p = -1; p < numOutcomes; p++) {
      String[] history = p < 0 ? none : new String[] {outcomes[p]};
      for (int o = 0; o < numOutcomes; o++) {
        allowed[p + 1][o] = validator.validSequence(history.length, (String[]) null, history, outcomes[o]);
      }
    }
  }

  /**
   * Returns the decoding model of a name finder model, or null if the decoder cannot reproduce
   * {@code NameFinderME} on it exactly.
   */
  static DecodingModel of(TokenNameFinderModel model) {
    if (model.getFactory().getClass() != FrenchNameFinderFactory.class) {
      return null;
    }
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    if (!readsLastOutcomeOnly(codec)) {
      return null; // the allowed table assumes a validator that reads the last outcome only
    }
    Object artifact = model.getArtifact("nameFinder.model");
    if (artifact == null) {
      return null;
    }
    Kind kind;
    if (artifact.getClass() == GISModel.class) {
      kind = Kind.GIS;
    } else if (artifact.getClass() == PerceptronModel.class) {
      kind = Kind.PERCEPTRON;
    } else if (artifact.getClass() == QNModel.class) {
      kind = Kind.QN;
    } else {
      return null;
    }
    MaxentModel maxentModel = (MaxentModel) artifact;
    DecodingModel decoding = new DecodingModel(model, maxentModel, kind);
    // a beam under 1 finds nothing in BeamSearch either; leave such a model to NameFinderME
    return decoding.beamSize >= 1 && decoding.agreesWith(maxentModel) ? decoding : null;
  }

  private static int beamSize(TokenNameFinderModel model) {
    // as TokenNameFinderModel.getNameFinderSequenceModel reads it
    String size = model.getManifestProperty("BeamSize");
    return size == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(size);
  }

  /**
   * Whether the codec is OpenNLP's BIO or BILOU with its own validator, whose answer depends on
   * the last outcome only (so it fits in the allowed table).
   */
  private static boolean readsLastOutcomeOnly(SequenceCodec<String> codec) {
    Class<?> validator = codec.createSequenceValidator().getClass();
    return codec.getClass() == BioCodec.class && validator == NameFinderSequenceValidator.class
        || codec.getClass() == BilouCodec.class && validator == BilouNameFinderSequenceValidator.class;
  }

  /** The outcome name the previous-outcome features use; -1 is the start of the sentence. */
  String nameOf(int outcome) {
    return outcome < 0 ? FrenchFeatureGenerator.NO_OUTCOME : outcomes[outcome];
  }

  /** Entry of the previous-outcome feature ({@code -1}: start of sentence), or absent. */
  int previous(int previousOutcome) {
    return previous[previousOutcome + 1];
  }

  /** Entry of the outcome-pair feature, or absent. */
  int previousPair(int beforePrevious, int previousOutcome) {
    return previousPair[(beforePrevious + 1) * (numOutcomes + 1) + previousOutcome + 1];
  }

  /** Whether {@code outcome} may follow {@code previousOutcome} ({@code -1}: first token). */
  boolean allowed(int previousOutcome, int outcome) {
    return allowed[previousOutcome + 1][outcome];
  }

  /**
   * Turns outcome sums into probabilities, in place, exactly as {@code GISModel.eval} (exp and
   * divide by the total), {@code PerceptronModel.eval} (scale by the largest absolute sum if
   * over 1, then the same) or {@code QNModel.eval} (exp of each sum minus the log of the sum of
   * exps, as {@code ArrayMath.logSumOfExps} computes it) of OpenNLP 2.5 do.
   */
  void normalise(double[] sums) {
    int n = numOutcomes;
    if (kind == Kind.QN) {
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        max = Math.max(max, sums[i]);
      }
      double sumOfExps = 0.0;
      for (int i = 0; i < n; i++) {
        if (sums[i] != Double.NEGATIVE_INFINITY) {
          sumOfExps += StrictMath.exp(sums[i] - max);
        }
      }
      double logSumOfExps = max + StrictMath.log(sumOfExps);
      for (int i = 0; i < n; i++) {
        sums[i] = StrictMath.exp(sums[i] - logSumOfExps);
      }
      return;
    }
    boolean maxent = kind == Kind.GIS;
    double scale = 1.0;
    if (!maxent) {
      for (int i = 0; i < n; i++) {
        if (scale < StrictMath.abs(sums[i])) {
          scale = StrictMath.abs(sums[i]);
        }
      }
    }
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      sums[i] = maxent ? StrictMath.exp(sums[i]) : StrictMath.exp(sums[i] / scale);
      total += sums[i];
    }
    for (int i = 0; i < n; i++) {
      sums[i] /= total;
    }
  }

  /** Scores a whole context the decoder's way: the initial score, every feature in order. */
  double[] eval(String[] context) {
    double[] sums = new double[numOutcomes];
    Arrays.fill(sums, initialScore);
    for (String f : context) {
      parameters.addTo(parameters.get(f), sums);
    }
    normalise(sums);
    return sums;
  }

  /**
   * Whether this class's scores are bit for bit the model's on the empty context and on a few
   * made of the model's own features (with one it does not know): a guard against a model whose
   * prior or arithmetic is not the one this class assumes.
   */
  private boolean agreesWith(MaxentModel model) {
    String[] context = Arrays.copyOf(someFeatures, someFeatures.length + 1);
    context[context.length - 1] = "\u0000 not a feature";
    for (int size : new int[] {0, 1, context.length / 2, context.length}) {
      String[] c = Arrays.copyOfRange(context, context.length - size, context.length);
      if (!Arrays.equals(eval(c), model.eval(c))) {
        return false;
      }
    }
    return true;
  }
}
