// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

/**
 * The development split carved out of {@code wikineural-fr.train.jsonl}, which has no dev file:
 * the document at 0-based line index {@code i} (blank lines not counted) is held out when the
 * SplitMix64 finaliser of {@code SEED + i * 0x9E3779B97F4A7C15}, taken as an unsigned number, is
 * divisible by 10: about one document in ten. It depends on nothing but the index, so the split is the same on every
 * machine and run.
 */
public final class WikiNeuralSplit {

  /** The seed of the split. */
  public static final long SEED = 20261201L;

  private WikiNeuralSplit() {}

  /** Returns whether the document at this line index belongs to the dev split. */
  public static boolean isDev(int lineIndex) {
    long z = SEED + lineIndex * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return Long.remainderUnsigned(z, 10) == 0;
  }
}
