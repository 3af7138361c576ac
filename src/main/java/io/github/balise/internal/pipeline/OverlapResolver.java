// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.pipeline;

import io.github.balise.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Keeps a non-overlapping subset of candidates, deterministically.
 *
 * <p>Candidates are taken greedily in this order: higher priority first, then the longer span,
 * then the higher confidence, then the type's declaration order, then the earlier start. Each is
 * kept unless it overlaps one already kept. The result is in text order.
 */
public final class OverlapResolver {

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::priority)
          .reversed()
          .thenComparing(c -> -c.entity().length())
          .thenComparing(c -> -c.entity().confidence())
          .thenComparing(c -> c.entity().type())
          .thenComparingInt(c -> c.entity().start());

  /** Creates a resolver. */
  public OverlapResolver() {}

  /**
   * Resolves overlaps.
   *
   * @param candidates the proposals, in any order
   * @return the kept mentions, in text order
   */
  public List<Entity> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(ORDER);
    TreeMap<Integer, Entity> kept = new TreeMap<>(); // by start
    for (Candidate c : sorted) {
      Entity e = c.entity();
      var before = kept.floorEntry(e.start());
      if (before != null && before.getValue().end() > e.start()) {
        continue;
      }
      var after = kept.ceilingEntry(e.start());
      if (after != null && after.getKey() < e.end()) {
        continue;
      }
      kept.put(e.start(), e);
    }
    return new ArrayList<>(kept.values());
  }
}
