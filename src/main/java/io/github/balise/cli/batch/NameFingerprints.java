// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

/**
 * The names given so far in a run, kept as 64-bit fingerprints in an open-addressing table:
 * about 16 bytes a name instead of the hundred or so a {@code HashSet<String>} entry costs, so
 * that a brat run over millions of documents stays within a small heap.
 *
 * <p>Two different names may share a fingerprint (for ten million names, with a probability
 * of about one in a million); the later one then counts as taken and gets a suffix it did not
 * need, which is harmless: a name that was given is always found, so no file is ever written
 * twice. Not thread-safe.
 */
final class NameFingerprints {

  private static final long EMPTY = 0L;

  private long[] slots = new long[1024];
  private int size;

  /**
   * Records a name.
   *
   * @return true if it was not recorded before (or, rarely, if another name had its fingerprint)
   */
  boolean add(String name) {
    long f = fingerprint(name);
    if (size * 2 >= slots.length) {
      grow();
    }
    if (!insert(slots, f)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size;
  }

  /** Inserts into the table; false if the fingerprint is there already. */
  private static boolean insert(long[] table, long f) {
    int mask = table.length - 1;
    for (int i = mix(f) & mask; ; i = (i + 1) & mask) {
      long s = table[i];
      if (s == EMPTY) {
        table[i] = f;
        return true;
      }
      if (s == f) {
        return false;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long s : slots) {
      if (s != EMPTY) {
        insert(bigger, s);
      }
    }
    slots = bigger;
  }

  private static int mix(long f) {
    return (int) (f ^ (f >>> 32));
  }

  /** FNV-1a over the UTF-16 units, then a final avalanche; never {@link #EMPTY}. */
  static long fingerprint(String name) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == EMPTY ? 1L : h;
  }
}
