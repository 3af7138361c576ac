// SPDX-License-Identifier: Apache-2.0
package io.github.balise.eval;

/**
 * Counts of one comparison, with precision, recall and F1 derived from them.
 *
 * @param truePositives predictions that match a gold item exactly
 * @param predicted number of predictions
 * @param gold number of gold items
 */
public record Prf(int truePositives, int predicted, int gold) {

  /** Returns precision, 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** Returns recall, 0 when there is no gold item. */
  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  /** Returns the harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Returns the sum of two counts. */
  public Prf plus(Prf other) {
    return new Prf(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
  }
}
