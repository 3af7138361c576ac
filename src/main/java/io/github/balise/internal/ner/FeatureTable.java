// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A model's feature parameters, found from a feature's parts without building its name: what
 * {@code pmap.get(prefix + a + ...)} gives, for the decoder's hot loop (about 30 lookups per
 * token, which dominated its profile: building, hashing, and above all cache misses on the
 * {@code HashMap}'s nodes, key strings and {@code Context} objects).
 *
 * <p>The hash of a name is computed from its parts' hashes (which the part strings cache) by
 * {@link String#hashCode}'s own formula, {@code h(x + y) = h(x) * 31^|y| + h(y)}. The table is
 * open-addressed with the hashes inline, so a feature the model does not know (most bigrams)
 * usually costs one read; a hit is confirmed by comparing the parts with the name's characters.
 * Each feature's name, outcome indexes and parameters (in OpenNLP's order, the parameters'
 * exact bits) are packed side by side in one {@code long[]}, so that a hit reads one or two
 * cache lines there rather than a node, a string, its bytes, a {@code Context} and its two arrays
 * scattered on the heap.
 *
 * <p>Immutable once built; shared by every decoder of a model.
 */
final class FeatureTable {

  /** The context without its zero parameters (order kept), itself if it has none, or null if all are. */
  static Context withoutZeros(Context c) {
    double[] params = c.getParameters();
    int nonZero = 0;
    for (double p : params) {
      if (p != 0.0) {
        nonZero++;
      }
    }
    if (nonZero == params.length) {
      return c;
    }
    if (nonZero == 0) {
      return null;
    }
    int[] outs = new int[nonZero];
    double[] kept = new double[nonZero];
    for (int j = 0, k = 0; j < params.length; j++) {
      if (params[j] != 0.0) {
        outs[k] = c.getOutcomes()[j];
        kept[k++] = params[j];
      }
    }
    return new Context(outs, kept);
  }

  /** Returned by the lookups for a feature the model does not know. */
  static final int ABSENT = -1;

  /** Powers of 31 for the hash of a concatenation; longer parts compute theirs. */
  private static final int[] POW31 = new int[64];

  static {
    POW31[0] = 1;
    for (int i = 1; i < POW31.length; i++) {
      POW31[i] = POW31[i - 1] * 31;
    }
  }

  /** Two ints a slot: the name's hash, and where its entry starts in {@link #data} + 1 (0: empty). */
  private final int[] slots;
  private final int mask;
  private final int shift;
  /**
   * The entries, one after another: a header (name length, and parameter count in the high
   * half), the name's characters four to a long, the outcome indexes two to a long, then the
   * parameters' bits.
   */
  private final long[] data;

  FeatureTable(Map<String, Context> model) {
    // Parameters of exactly zero are left out, and features with no other: adding 0.0 leaves
    // every sum as it was (to the bit; at most a -0.0 becomes 0.0, which exp cannot tell
    // apart), and an L1-penalised L-BFGS model stores a zero for most of its outcomes.
    Map<String, Context> kept = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Context> e : model.entrySet()) {
      Context sparse = withoutZeros(e.getValue());
      if (sparse != null) {
        kept.put(e.getKey(), sparse);
      }
    }
    int bits = 4;
    while ((1 << bits) < 3 * kept.size() / 2) {
      bits++;
    }
    shift = 32 - bits;
    mask = (1 << bits) - 1;
    slots = new int[2 << bits];
    long size = 0;
    for (Map.Entry<String, Context> e : kept.entrySet()) {
      size += entrySize(e.getKey().length(), e.getValue().getOutcomes().length);
    }
    data = new long[Math.toIntExact(size)];
    int at = 0;
    for (Map.Entry<String, Context> e : kept.entrySet()) {
      String name = e.getKey();
      int[] outs = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      int n = name.length();
      data[at] = n | ((long) outs.length << 32);
      for (int i = 0; i < n; i++) {
        data[at + 1 + (i >> 2)] |= (long) name.charAt(i) << ((i & 3) << 4);
      }
      int o = at + 1 + ((n + 3) >> 2);
      for (int j = 0; j < outs.length; j++) {
        data[o + (j >> 1)] |= (outs[j] & 0xFFFFFFFFL) << ((j & 1) << 5);
      }
      int p = o + ((outs.length + 1) >> 1);
      for (int j = 0; j < outs.length; j++) {
        data[p + j] = Double.doubleToRawLongBits(params[j]);
      }
      int h = name.hashCode();
      int slot = slot(h);
      while (slots[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = h;
      slots[2 * slot + 1] = at + 1;
      at += entrySize(n, outs.length);
    }
  }

  private static long entrySize(int nameLength, int params) {
    return 1L + ((nameLength + 3) >> 2) + ((params + 1) >> 1) + params;
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static int pow31(int n) {
    if (n < POW31.length) {
      return POW31[n];
    }
    int p = POW31[POW31.length - 1];
    for (int i = POW31.length - 1; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  /** The hash of {@code x + y} given the hash of {@code x}. */
  private static int append(int hash, String y) {
    return hash * pow31(y.length()) + y.hashCode();
  }

  /**
   * Adds an entry's parameters to the outcome sums, as OpenNLP's {@code ArrayMath.sumFeatures}
   * does for a feature of value 1 (its {@code parameter * 1.0} is the parameter itself); nothing
   * for {@link #ABSENT}, which OpenNLP skips too.
   */
  void addTo(int entry, double[] sums) {
    if (entry == ABSENT) {
      return;
    }
    long header = data[entry];
    int n = (int) header;
    int count = (int) (header >>> 32);
    int o = entry + 1 + ((n + 3) >> 2);
    int p = o + ((count + 1) >> 1);
    for (int j = 0; j < count; j++) {
      int outcome = (int) (data[o + (j >> 1)] >>> ((j & 1) << 5));
      sums[outcome] += Double.longBitsToDouble(data[p + j]);
    }
  }

  /** Whether the name of the entry at {@code entry} has {@code part} at character {@code at}. */
  private boolean has(int entry, int at, String part) {
    int base = entry + 1;
    for (int i = 0, n = part.length(); i < n; i++) {
      int k = at + i;
      if ((char) (data[base + (k >> 2)] >>> ((k & 3) << 4)) != part.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private char charAt(int entry, int at) {
    return (char) (data[entry + 1 + (at >> 2)] >>> ((at & 3) << 4));
  }

  private int length(int entry) {
    return (int) data[entry];
  }

  /** The entry of a feature, or {@link #ABSENT}: {@code pmap.get(name)}. */
  int get(String name) {
    int h = name.hashCode();
    for (int slot = slot(h); slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
      int e = slots[2 * slot + 1] - 1;
      if (slots[2 * slot] == h && length(e) == name.length() && has(e, 0, name)) {
        return e;
      }
    }
    return ABSENT;
  }

  /** {@code get(prefix + value)}. */
  int get(String prefix, String value) {
    int h = append(prefix.hashCode(), value);
    int length = prefix.length() + value.length();
    for (int slot = slot(h); slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
      int e = slots[2 * slot + 1] - 1;
      if (slots[2 * slot] == h && length(e) == length && has(e, 0, prefix)
          && has(e, prefix.length(), value)) {
        return e;
      }
    }
    return ABSENT;
  }

  /** {@code get(prefix + a + separator + b)}. */
  int get(String prefix, String a, char separator, String b) {
    int h = append(append(prefix.hashCode(), a) * 31 + separator, b);
    int sep = prefix.length() + a.length();
    int length = sep + 1 + b.length();
    for (int slot = slot(h); slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
      int e = slots[2 * slot + 1] - 1;
      if (slots[2 * slot] == h && length(e) == length && has(e, 0, prefix)
          && has(e, prefix.length(), a) && charAt(e, sep) == separator && has(e, sep + 1, b)) {
        return e;
      }
    }
    return ABSENT;
  }

  /** {@code get(prefix + a + separator + b + separator + c)}. */
  int get(String prefix, String a, char separator, String b, String c) {
    int h = append(append(append(prefix.hashCode(), a) * 31 + separator, b) * 31 + separator, c);
    int sep = prefix.length() + a.length();
    int sep2 = sep + 1 + b.length();
    int length = sep2 + 1 + c.length();
    for (int slot = slot(h); slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
      int e = slots[2 * slot + 1] - 1;
      if (slots[2 * slot] == h && length(e) == length && has(e, 0, prefix)
          && has(e, prefix.length(), a) && charAt(e, sep) == separator && has(e, sep + 1, b)
          && charAt(e, sep2) == separator && has(e, sep2 + 1, c)) {
        return e;
      }
    }
    return ABSENT;
  }

  /**
   * A sink that looks each feature up and keeps, in order, the entries of those the model
   * knows. Not thread-safe: one per decoder.
   */
  final class Lookup implements FeatureSink {
    private int[] found = new int[64];
    private int count;

    /** Forgets the features looked up so far. */
    void clear() {
      count = 0;
    }

    /** Adds the parameters of the known features since {@link #clear}, in order, to the sums. */
    void addTo(double[] sums) {
      for (int i = 0; i < count; i++) {
        FeatureTable.this.addTo(found[i], sums);
      }
    }

    /** The entry of the only feature since {@link #clear}, or {@link #ABSENT}. */
    int single() {
      return count == 0 ? ABSENT : found[0];
    }

    private void keep(int entry) {
      if (entry == ABSENT) {
        return;
      }
      if (count == found.length) {
        found = Arrays.copyOf(found, 2 * count);
      }
      found[count++] = entry;
    }

    @Override
    public void add(String feature) {
      keep(FeatureTable.this.get(feature));
    }

    @Override
    public void add(String prefix, String value) {
      keep(FeatureTable.this.get(prefix, value));
    }

    @Override
    public void add(String prefix, String a, char separator, String b) {
      keep(FeatureTable.this.get(prefix, a, separator, b));
    }

    @Override
    public void add(String prefix, String a, char separator, String b, String c) {
      keep(FeatureTable.this.get(prefix, a, separator, b, c));
    }
  }
}
