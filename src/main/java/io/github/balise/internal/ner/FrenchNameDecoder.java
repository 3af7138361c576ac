// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.Arrays;
import java.util.Objects;
import java.util.PriorityQueue;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * A name finder for models built by {@link FrenchNameFinderFactory} that gives what OpenNLP's
 * {@code NameFinderME} gives (the same spans, the same probabilities, bit for bit) at a fraction
 * of its cost.
 *
 * <p>{@code NameFinderME}'s beam search asks for the features of a token once per candidate in
 * the beam and scores them all: every feature string built and looked up again. But of the
 * features of {@link FrenchFeatureGenerator}, only the last four depend on the candidate (the
 * outcomes of the tokens before). This decoder builds and sums the others once per token, in the
 * same order (so its floating-point sums are OpenNLP's), then adds the four per candidate: two
 * of them from parameters {@link DecodingModel} looked up when the model was loaded, two looked
 * up once per token and previous outcome. It also keeps the search's history as a linked chain
 * rather than copying lists of outcomes at every token.
 *
 * <p>The search is OpenNLP 2.5's {@code BeamSearch.bestSequences} step for step: the same
 * {@link PriorityQueue}s fed in the same order (so ties break alike), the same threshold (an
 * outcome is tried if its probability is at least the beam size-th largest), the same rule when
 * no tried outcome is valid (try every valid one), the same minimum score and log sums. Then,
 * as {@code NameFinderME.find}: spans from the model's codec, each with the mean probability of
 * its tokens' outcomes, and the best outcomes given to the adaptive features.
 *
 * <p>Not thread-safe (it owns a feature generator with per-document adaptive data); the {@link
 * DecodingModel} is shared.
 */
final class FrenchNameDecoder implements TokenNameFinder {

  /** {@code BeamSearch}'s minimum sequence score (its {@code zeroLog}). */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  /** A candidate: an outcome and the chain of those before it. Ordered best first. */
  private static final class Node implements Comparable<Node> {
    final Node parent;
    /** Index of the outcome; -1 for the root, the start of the sentence. */
    final int outcome;
    final double prob;
    final double score;

    Node() {
      parent = null;
      outcome = -1;
      prob = 0.0;
      score = 0.0;
    }

    Node(Node parent, int outcome, double prob) {
      this.parent = parent;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent.score + StrictMath.log(prob); // as opennlp.tools.util.Sequence
    }

    /** The outcome of the token before this node's: -1 at the start. */
    int previous() {
      return parent == null ? -1 : parent.outcome;
    }

    @Override
    public int compareTo(Node other) {
      return Double.compare(other.score, score); // Sequence.compareTo: higher scores first
    }
  }

  private final DecodingModel model;
  private final FrenchFeatureGenerator features;
  private final FeatureTable.Lookup lookup;
  /** The sums of the token's own features (not the previous-outcome ones), per outcome. */
  private final double[] tokenSums;
  private final double[] probs;
  /** The largest probabilities, for {@link #kthLargest}. */
  private final double[] largest;
  /** The word and shape features of the current token by previous outcome + 1, when looked up. */
  private final int[] outcomeWord;
  private final int[] outcomeShape;
  private final boolean[] lookedUp;
  private PriorityQueue<Node> prev;
  private PriorityQueue<Node> next;

  FrenchNameDecoder(DecodingModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = model.factory.newFeatureGenerator();
    this.lookup = model.parameters.new Lookup();
    int n = model.numOutcomes;
    tokenSums = new double[n];
    probs = new double[n];
    largest = new double[Math.min(model.beamSize, n)];
    outcomeWord = new int[n + 1];
    outcomeShape = new int[n + 1];
    lookedUp = new boolean[n + 1];
    prev = new PriorityQueue<>(model.beamSize);
    next = new PriorityQueue<>(model.beamSize);
  }

  @Override
  public Span[] find(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Node best = bestSequence(tokens);
    if (best == null) {
      // every candidate fell under the minimum score (NameFinderME would throw here)
      return new Span[0];
    }
    int n = tokens.length;
    String[] outcomes = new String[n];
    double[] tokenProbs = new double[n];
    Node node = best;
    for (int i = n - 1; i >= 0; i--) {
      outcomes[i] = model.outcomes[node.outcome];
      tokenProbs[i] = node.prob;
      node = node.parent;
    }
    features.updateAdaptiveData(tokens, outcomes);
    Span[] spans = model.codec.decode(Arrays.asList(outcomes));
    for (int k = 0; k < spans.length; k++) {
      // NameFinderME.probs(Span[]): the mean of the span's outcome probabilities
      double sum = 0;
      for (int i = spans[k].getStart(); i < spans[k].getEnd(); i++) {
        sum += tokenProbs[i];
      }
      spans[k] = new Span(spans[k], sum / spans[k].length());
    }
    return spans;
  }

  @Override
  public void clearAdaptiveData() {
    features.clearAdaptiveData();
  }

  /** The best candidate after the last token, or null if none is left. */
  private Node bestSequence(String[] tokens) {
    prev.clear();
    next.clear();
    prev.add(new Node());
    int beam = model.beamSize;
    int n = model.numOutcomes;
    for (int i = 0; i < tokens.length; i++) {
      sumTokenFeatures(tokens, i);
      Arrays.fill(lookedUp, false);
      int sz = Math.min(beam, prev.size());
      for (int sc = 0; prev.size() > 0 && sc < sz; sc++) {
        Node top = prev.remove();
        score(i, top);
        double min = kthLargest(probs, Math.min(beam, n));
        for (int p = 0; p < n; p++) {
          if (probs[p] >= min && model.allowed(top.outcome, p)) {
            offer(top, p);
          }
        }
        if (next.isEmpty()) { // no tried outcome is valid: try every valid one
          for (int p = 0; p < n; p++) {
            if (model.allowed(top.outcome, p)) {
              offer(top, p);
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Node> swap = prev;
      prev = next;
      next = swap;
    }
    return prev.isEmpty() ? null : prev.remove();
  }

  /**
   * The {@code k}-th largest of the values, duplicates counted, in the order {@link Arrays#sort}
   * puts doubles in ({@link Double#compare}): what {@code BeamSearch} reads from a sorted copy of
   * the probabilities, {@code sorted[max(0, n - beamSize)]}, without sorting.
   */
  private double kthLargest(double[] values, int k) {
    int filled = 0;
    for (double x : values) {
      if (filled == k && Double.compare(x, largest[k - 1]) <= 0) {
        continue;
      }
      int j = filled < k ? filled++ : k - 1;
      while (j > 0 && Double.compare(x, largest[j - 1]) > 0) {
        largest[j] = largest[j - 1];
        j--;
      }
      largest[j] = x;
    }
    return largest[k - 1];
  }

  private void offer(Node parent, int outcome) {
    Node candidate = new Node(parent, outcome, probs[outcome]);
    if (candidate.score > MIN_SEQUENCE_SCORE) {
      next.add(candidate);
    }
  }

  /** Sums the features of token {@code i} that every candidate shares into {@link #tokenSums}. */
  private void sumTokenFeatures(String[] tokens, int i) {
    lookup.clear();
    features.features(lookup, tokens, i, null);
    Arrays.fill(tokenSums, model.initialScore);
    lookup.addTo(tokenSums);
  }

  /**
   * Fills {@link #probs} with the outcome probabilities of token {@code i} after the candidate
   * {@code top}: the token's sums plus its four previous-outcome features, in the order {@link
   * FrenchFeatureGenerator} emits them.
   */
  private void score(int i, Node top) {
    int po = top.outcome;
    System.arraycopy(tokenSums, 0, probs, 0, probs.length);
    FeatureTable table = model.parameters;
    table.addTo(model.previous(po), probs);
    table.addTo(model.previousPair(top.previous(), po), probs);
    if (!lookedUp[po + 1]) {
      String name = model.nameOf(po);
      lookup.clear();
      features.outcomeWordFeature(lookup, i, name);
      outcomeWord[po + 1] = lookup.single();
      lookup.clear();
      features.outcomeShapeFeature(lookup, i, name);
      outcomeShape[po + 1] = lookup.single();
      lookedUp[po + 1] = true;
    }
    table.addTo(outcomeWord[po + 1], probs);
    table.addTo(outcomeShape[po + 1], probs);
    model.normalise(probs);
  }
}
