// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.internal.TabSeparatedLines;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word-cluster lexicon: each known word (in {@linkplain #key key} form) belongs to one cluster,
 * a number. Words that occur in the same contexts share a cluster ({@code lundi}/{@code mardi},
 * {@code ville}/{@code commune}), so the name finder's cluster features generalise from the words
 * it saw in training to others of the same kind. Built by {@link ClusterInduction}.
 *
 * <p>File format: UTF-8, {@code #} comment lines, then {@code word<TAB>cluster} lines.
 *
 * <p>Immutable and thread-safe.
 */
final class WordClusters {

  /** Loaded bundled lexicons, by file name. */
  private static final Map<String, WordClusters> BUNDLED = new ConcurrentHashMap<>();

  private final Map<String, Integer> clusters;

  WordClusters(Map<String, Integer> clusters) {
    this.clusters = Map.copyOf(clusters);
  }

  /**
   * Returns a bundled lexicon under {@code io/github/balise/models/}, loaded once.
   *
   * @throws UncheckedIOException naming the path if it is not on the classpath
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static WordClusters bundled(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return BUNDLED.computeIfAbsent(fileName,
        name -> BundledLexicon.load(name, "word clusters", WordClusters::read));
  }

  /**
   * Reads a lexicon.
   *
   * @param in the text, read to its end (not closed)
   * @param source what error messages call it
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static WordClusters read(Reader in, String source) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    TabSeparatedLines.read(in, source, "word, cluster", 2, (f, where) -> {
      int cluster;
      try {
        cluster = Integer.parseInt(f[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": cluster is not a number: " + f[1]);
      }
      if (f[0].isEmpty() || cluster < 0) {
        throw new IllegalArgumentException(where + ": empty word or negative cluster");
      }
      if (out.put(f[0], cluster) != null) {
        throw new IllegalArgumentException(where + ": word listed twice: " + f[0]);
      }
    });
    return new WordClusters(out);
  }

  /**
   * Returns the form a folded word is clustered under: digits become {@code 0}, so that years
   * and numbers of the same length share their statistics ({@code 1998} and {@code 2003}).
   */
  static String key(String folded) {
    int n = folded.length();
    int i = 0;
    while (i < n && (folded.charAt(i) < '1' || folded.charAt(i) > '9')) {
      i++;
    }
    if (i == n) {
      return folded;
    }
    char[] c = folded.toCharArray();
    for (; i < n; i++) {
      if (c[i] >= '1' && c[i] <= '9') {
        c[i] = '0';
      }
    }
    return new String(c);
  }

  /** Returns the cluster of a folded word, or -1 if it is not in the lexicon (a rare word). */
  int clusterOf(String folded) {
    Integer c = clusters.get(key(folded));
    return c == null ? -1 : c;
  }

  /** Returns how many words the lexicon knows. */
  int size() {
    return clusters.size();
  }
}
