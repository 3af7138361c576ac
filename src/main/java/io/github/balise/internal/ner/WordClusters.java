// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.internal.Resources;
import io.github.balise.internal.TabSeparatedLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A word-cluster lexicon: each known word (in {@linkplain #key key} form) belongs to one cluster,
 * a number. Words that occur in the same contexts share a cluster ({@code lundi}/{@code mardi},
 * {@code ville}/{@code commune}), so the name finder's cluster features generalise from the words
 * it saw in training to others of the same kind. Built by {@link ClusterInduction}.
 *
 * <p>File format: UTF-8, {@code #} comment lines, then {@code word<TAB>cluster} lines, or
 * {@code word<TAB>cluster<TAB>cluster...} with one column per clustering (level) when several
 * were induced with different numbers of clusters; every line has the same number of columns.
 *
 * <p>Immutable and thread-safe.
 */
final class WordClusters {

  /** Loaded bundled lexicons, by file name. */
  private static final Map<String, WordClusters> BUNDLED = new ConcurrentHashMap<>();

  /** Each word's cluster at each level (coarse to fine, or as induced). */
  private final Map<String, int[]> clusters;
  private final int levels;

  WordClusters(Map<String, int[]> clusters, int levels) {
    this.clusters = Map.copyOf(clusters);
    this.levels = levels;
  }

  /**
   * Returns a bundled lexicon under {@code io/github/balise/models/}, loaded once.
   *
   * @throws UncheckedIOException naming the path if it is not on the classpath
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static WordClusters bundled(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return BUNDLED.computeIfAbsent(fileName, WordClusters::loadBundled);
  }

  private static WordClusters loadBundled(String fileName) {
    String path = NameFinderStage.MODEL_DIR + fileName;
    InputStream in = WordClusters.class.getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new IOException(
          "word clusters not found on the classpath: " + path.substring(1)));
    }
    try (Reader r = Resources.strictUtf8(in)) {
      return read(r, path.substring(1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word clusters " + path.substring(1), e);
    }
  }

  /**
   * Reads a lexicon.
   *
   * @param in the text, read to its end (not closed)
   * @param source what error messages call it
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static WordClusters read(Reader in, String source) throws IOException {
    String text = new BufferedReader(in).lines().collect(Collectors.joining("\n"));
    // as many levels as the first entry has clusters; every entry must have as many
    int fields = text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
        .findFirst().map(l -> l.split("\t", -1).length).orElse(2);
    int levels = Math.max(1, fields - 1);
    Map<String, int[]> out = new HashMap<>();
    TabSeparatedLines.read(new StringReader(text), source, "word, then one cluster per level",
        levels + 1, (f, where) -> {
          int[] c = new int[levels];
          for (int j = 0; j < levels; j++) {
            try {
              c[j] = Integer.parseInt(f[j + 1]);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException(where + ": cluster is not a number: " + f[j + 1]);
            }
            if (c[j] < 0) {
              throw new IllegalArgumentException(where + ": negative cluster");
            }
          }
          if (f[0].isEmpty()) {
            throw new IllegalArgumentException(where + ": empty word");
          }
          if (out.put(f[0], c) != null) {
            throw new IllegalArgumentException(where + ": word listed twice: " + f[0]);
          }
        });
    return new WordClusters(out, levels);
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

  /** Returns the first-level cluster of a folded word, or -1 if it is not in the lexicon. */
  int clusterOf(String folded) {
    int[] c = clusters.get(key(folded));
    return c == null ? -1 : c[0];
  }

  /**
   * Returns the clusters of a folded word, one per {@linkplain #levels level}, or null if it is
   * not in the lexicon (a rare word). The array must not be changed.
   */
  int[] clustersOf(String folded) {
    return clusters.get(key(folded));
  }

  /** Returns how many clusterings the lexicon holds (one column each). */
  int levels() {
    return levels;
  }

  /** Returns how many words the lexicon knows. */
  int size() {
    return clusters.size();
  }
}
