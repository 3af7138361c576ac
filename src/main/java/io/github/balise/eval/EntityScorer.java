// SPDX-License-Identifier: Apache-2.0
package io.github.balise.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Exact-span scoring of entity mentions, type by type and micro-averaged, the way the project's
 * reference scorer ({@code shared/tools/score.py}) counts: a prediction is right when its type,
 * start and end equal a gold mention's. For DATE it also counts matched spans whose value equals
 * the gold value. It also counts the gold mentions that lie inside another gold mention of a
 * scored type ({@code Algérie} in the ORG {@code Banque nationale d'Algérie}, as Sequoia
 * annotates): output without nested mentions, Balise's by default, finds at most one of the two,
 * which bounds its recall. A mention inside one of a type that is not scored ({@code Koweït} in
 * the event {@code Guerre du Koweït}) is within reach and not counted. Not thread-safe: one
 * scorer per evaluation.
 */
public final class EntityScorer {

  /** One predicted mention: offsets, label and optional value. */
  public record Mention(int start, int end, String type, String value) {}

  private final List<String> types;
  private final Map<String, int[]> counts = new LinkedHashMap<>(); // tp, predicted, gold, nested gold
  private int matchedWithValue;
  private int valueRight;

  /**
   * Creates a scorer for some types.
   *
   * @param types the labels to score, in report order
   */
  public EntityScorer(List<String> types) {
    this.types = List.copyOf(types);
    for (String t : this.types) {
      counts.put(t, new int[4]);
    }
  }

  /** Adds one document's gold and predicted mentions (of any types; others are ignored). */
  public void add(List<Mention> gold, List<Mention> predicted) {
    Map<String, Mention> goldByKey = new HashMap<>();
    for (Mention g : gold) {
      if (counts.containsKey(g.type())) {
        if (goldByKey.putIfAbsent(key(g), g) == null) { // duplicates count once, as score.py does
          counts.get(g.type())[2]++;
          if (insideAnotherScored(g, gold)) {
            counts.get(g.type())[3]++;
          }
        }
      }
    }
    Set<String> seen = new java.util.HashSet<>();
    for (Mention p : predicted) {
      if (!counts.containsKey(p.type()) || !seen.add(key(p))) {
        continue;
      }
      counts.get(p.type())[1]++;
      Mention g = goldByKey.get(key(p));
      if (g != null) {
        counts.get(p.type())[0]++;
        if ("DATE".equals(p.type())) {
          matchedWithValue++;
          if (Objects.equals(g.value(), p.value())) {
            valueRight++;
          }
        }
      }
    }
  }

  /** Whether another gold mention of a scored type covers {@code m} and more. */
  private boolean insideAnotherScored(Mention m, List<Mention> gold) {
    for (Mention o : gold) {
      boolean covers = o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start();
      if (covers && counts.containsKey(o.type())) {
        return true;
      }
    }
    return false;
  }

  private static String key(Mention m) {
    return m.type() + ":" + m.start() + ":" + m.end();
  }

  /** Returns the counts of one type. */
  public Prf of(String type) {
    int[] c = counts.get(type);
    return c == null ? new Prf(0, 0, 0) : new Prf(c[0], c[1], c[2]);
  }

  /**
   * Returns how many gold mentions of a type lie inside a longer gold mention of a scored type:
   * output without nested mentions finds at most one of each such pair.
   */
  public int nestedGold(String type) {
    int[] c = counts.get(type);
    return c == null ? 0 : c[3];
  }

  /** Returns the micro-averaged counts over all scored types. */
  public Prf micro() {
    Prf sum = new Prf(0, 0, 0);
    for (String t : types) {
      sum = sum.plus(of(t));
    }
    return sum;
  }

  /** Returns the scored types, in report order. */
  public List<String> types() {
    return types;
  }

  /** Returns the number of DATE spans that matched gold. */
  public int dateMatches() {
    return matchedWithValue;
  }

  /** Returns the share of matched DATE spans whose value is right, or NaN when none matched. */
  public double dateValueAccuracy() {
    return matchedWithValue == 0 ? Double.NaN : (double) valueRight / matchedWithValue;
  }
}
