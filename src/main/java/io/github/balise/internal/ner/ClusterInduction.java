// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.eval.GoldDocument;
import io.github.balise.internal.text.FrenchSentenceSplitter;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Induces word clusters from plain token sequences with the exchange algorithm (Kneser and Ney
 * 1993; Martin, Liermann and Ney 1998): words are moved, one at a time, to the cluster that most
 * increases the likelihood of the text under a class bigram model, {@code P(w_i | w_i-1) =
 * P(c(w_i) | c(w_i-1)) P(w_i | c(w_i))}. Up to constants, that log likelihood is
 * <pre>  sum over cluster pairs (g, h) of N(g, h) log N(g, h)  -  2 sum over clusters g of N(g) log N(g)</pre>
 * where {@code N(g, h)} counts the bigrams whose words are in {@code g} then {@code h} and {@code
 * N(g)} the tokens in {@code g}. Each sentence is padded with a boundary word that has a cluster
 * of its own and never moves, so every token has a left and a right neighbour.
 *
 * <p>Deterministic, with no random numbers: words are visited by decreasing frequency (ties by
 * the word), the initial clusters are the frequency ranks modulo the cluster count, and a word
 * moves only to a strictly better cluster, the lowest-numbered among equals. Words seen fewer
 * than {@code minCount} times are pooled as one word, which is clustered but not listed.
 */
public final class ClusterInduction {

  /** One listed word: its cluster and how often it occurs. */
  record Entry(String word, int cluster, int count) {}

  private static final String RARE = "\u0000rare";

  private final int k;
  private final String[] words;
  private final int[] counts;
  private final int[] cluster;
  /** Right and left neighbours of each word (ids and bigram counts), self excluded. */
  private final int[][] rightIds;
  private final int[][] rightCounts;
  private final int[][] leftIds;
  private final int[][] leftCounts;
  private final int[] selfCount;
  /** Cluster bigram counts, (k + 1) x (k + 1) row-major; cluster k is the boundary. */
  private final long[] pair;
  private final long[] size;

  private ClusterInduction(List<String[]> sentences, int k, int minCount) {
    this.k = k;
    Map<String, Integer> freq = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        freq.merge(w, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> vocab = new ArrayList<>();
    int rare = 0;
    for (Map.Entry<String, Integer> e : freq.entrySet()) {
      if (e.getValue() >= minCount) {
        vocab.add(e);
      } else {
        rare += e.getValue();
      }
    }
    if (rare > 0) {
      vocab.add(Map.entry(RARE, rare));
    }
    vocab.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    int v = vocab.size();
    int boundary = v; // word id of the padding; its cluster is k
    words = new String[v];
    counts = new int[v];
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < v; i++) {
      words[i] = vocab.get(i).getKey();
      counts[i] = vocab.get(i).getValue();
      id.put(words[i], i);
    }
    Integer rareId = id.get(RARE);

    // bigram counts, key = left * (v + 1) + right
    Map<Long, Integer> bigrams = new HashMap<>();
    long stride = v + 1L;
    for (String[] s : sentences) {
      int prev = boundary;
      for (String w : s) {
        Integer cur = id.get(w);
        int c = cur != null ? cur : rareId;
        bigrams.merge(prev * stride + c, 1, Integer::sum);
        prev = c;
      }
      bigrams.merge(prev * stride + boundary, 1, Integer::sum);
    }
    int[] nRight = new int[v + 1];
    int[] nLeft = new int[v + 1];
    selfCount = new int[v];
    for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
      int a = (int) (e.getKey() / stride);
      int b = (int) (e.getKey() % stride);
      if (a == b && a < v) {
        selfCount[a] = e.getValue();
      } else {
        nRight[a]++;
        nLeft[b]++;
      }
    }
    rightIds = new int[v + 1][];
    rightCounts = new int[v + 1][];
    leftIds = new int[v + 1][];
    leftCounts = new int[v + 1][];
    for (int i = 0; i <= v; i++) {
      rightIds[i] = new int[nRight[i]];
      rightCounts[i] = new int[nRight[i]];
      leftIds[i] = new int[nLeft[i]];
      leftCounts[i] = new int[nLeft[i]];
    }
    Arrays.fill(nRight, 0);
    Arrays.fill(nLeft, 0);
    for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
      int a = (int) (e.getKey() / stride);
      int b = (int) (e.getKey() % stride);
      if (a == b && a < v) {
        continue;
      }
      rightIds[a][nRight[a]] = b;
      rightCounts[a][nRight[a]++] = e.getValue();
      leftIds[b][nLeft[b]] = a;
      leftCounts[b][nLeft[b]++] = e.getValue();
    }

    cluster = new int[v + 1];
    for (int i = 0; i < v; i++) {
      cluster[i] = i % k;
    }
    cluster[boundary] = k;
    pair = new long[(k + 1) * (k + 1)];
    size = new long[k + 1];
    for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
      int a = (int) (e.getKey() / stride);
      int b = (int) (e.getKey() % stride);
      pair[cluster[a] * (k + 1) + cluster[b]] += e.getValue();
    }
    for (int i = 0; i < v; i++) {
      size[cluster[i]] += counts[i];
    }
  }

  /**
   * Clusters the words of some text.
   *
   * @param sentences token sequences (in {@link WordClusters#key} form), in a fixed order
   * @param k how many clusters
   * @param minCount words seen fewer times are not listed
   * @param maxPasses passes over the vocabulary at most (fewer if no word moves)
   * @param log receives one line per pass (moves, objective)
   * @return the listed words, by decreasing frequency, with their clusters
   */
  static List<Entry> induce(List<String[]> sentences, int k, int minCount, int maxPasses,
      PrintStream log) {
    Objects.requireNonNull(sentences, "sentences");
    if (k < 2 || minCount < 1 || maxPasses < 0) {
      throw new IllegalArgumentException("k >= 2, minCount >= 1, maxPasses >= 0");
    }
    ClusterInduction c = new ClusterInduction(sentences, k, minCount);
    for (int pass = 1; pass <= maxPasses; pass++) {
      int moved = c.pass();
      if (log != null) {
        log.printf(Locale.ROOT, "clusters: pass %d, %d of %d words moved, objective %.1f%n",
            pass, moved, c.words.length, c.objective());
      }
      if (moved == 0) {
        break;
      }
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < c.words.length; i++) {
      if (!RARE.equals(c.words[i])) {
        out.add(new Entry(c.words[i], c.cluster[i], c.counts[i]));
      }
    }
    return out;
  }

  /**
   * Clusters the words of gold documents' texts (their annotations are not used), tokenized and
   * split as the pipeline does at run time, and writes the lexicon.
   *
   * @param docs the documents, in a fixed order
   * @param k how many clusters
   * @param minCount words seen fewer times are not listed
   * @param maxPasses passes over the vocabulary at most
   * @param header comment lines for the top of the file (data, licence, command)
   * @param out the lexicon file to write
   * @param log receives progress lines
   * @return how many words the lexicon lists
   */
  public static int build(List<GoldDocument> docs, int k, int minCount, int maxPasses,
      List<String> header, Path out, PrintStream log) throws IOException {
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    FrenchSentenceSplitter splitter = new FrenchSentenceSplitter();
    List<String[]> sentences = new ArrayList<>();
    long tokens = 0;
    for (GoldDocument doc : docs) {
      String text = doc.text();
      List<Token> t = tokenizer.tokenize(text);
      for (Sentence s : splitter.split(text, t)) {
        String[] keys = new String[s.tokenCount()];
        for (int i = 0; i < keys.length; i++) {
          Token tok = t.get(s.firstToken() + i);
          keys[i] = WordClusters.key(NameLexicon.fold(text.substring(tok.start(), tok.end())));
        }
        sentences.add(keys);
        tokens += keys.length;
      }
    }
    log.printf(Locale.ROOT, "clusters: %d sentences, %d tokens%n", sentences.size(), tokens);
    List<Entry> entries = induce(sentences, k, minCount, maxPasses, log);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(entries, header, w);
    }
    return entries.size();
  }

  private static double f(long x) {
    return x <= 0 ? 0.0 : x * Math.log(x);
  }

  /** The class bigram log likelihood, up to constants. */
  double objective() {
    double sum = 0;
    for (long p : pair) {
      sum += f(p);
    }
    for (int g = 0; g < k; g++) {
      sum -= 2 * f(size[g]);
    }
    return sum;
  }

  /** One pass over the vocabulary; returns how many words changed cluster. */
  private int pass() {
    int stride = k + 1;
    long[] r = new long[stride];
    long[] l = new long[stride];
    int[] touchedR = new int[stride];
    int[] touchedL = new int[stride];
    int moved = 0;
    for (int w = 0; w < words.length; w++) {
      // counts of w's bigrams by the neighbour's cluster
      int nr = 0;
      int nl = 0;
      for (int j = 0; j < rightIds[w].length; j++) {
        int c = cluster[rightIds[w][j]];
        if (r[c] == 0) {
          touchedR[nr++] = c;
        }
        r[c] += rightCounts[w][j];
      }
      for (int j = 0; j < leftIds[w].length; j++) {
        int c = cluster[leftIds[w][j]];
        if (l[c] == 0) {
          touchedL[nl++] = c;
        }
        l[c] += leftCounts[w][j];
      }
      long self = selfCount[w];
      long n = counts[w];
      int from = cluster[w];
      // take w out of its cluster
      for (int j = 0; j < nr; j++) {
        pair[from * stride + touchedR[j]] -= r[touchedR[j]];
      }
      for (int j = 0; j < nl; j++) {
        pair[touchedL[j] * stride + from] -= l[touchedL[j]];
      }
      pair[from * stride + from] -= self;
      size[from] -= n;
      // the gain of putting it in each cluster; stay unless another is strictly better
      int best = from;
      double bestGain = gain(from, r, l, touchedR, nr, touchedL, nl, self, n);
      for (int b = 0; b < k; b++) {
        if (b == from) {
          continue;
        }
        double g = gain(b, r, l, touchedR, nr, touchedL, nl, self, n);
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      for (int j = 0; j < nr; j++) {
        pair[best * stride + touchedR[j]] += r[touchedR[j]];
      }
      for (int j = 0; j < nl; j++) {
        pair[touchedL[j] * stride + best] += l[touchedL[j]];
      }
      pair[best * stride + best] += self;
      size[best] += n;
      cluster[w] = best;
      if (best != from) {
        moved++;
      }
      for (int j = 0; j < nr; j++) {
        r[touchedR[j]] = 0;
      }
      for (int j = 0; j < nl; j++) {
        l[touchedL[j]] = 0;
      }
    }
    return moved;
  }

  /** Change of the objective if w (currently in no cluster) joins cluster b. */
  private double gain(int b, long[] r, long[] l, int[] touchedR, int nr, int[] touchedL, int nl,
      long self, long n) {
    int stride = k + 1;
    double g = 0;
    for (int j = 0; j < nr; j++) {
      int c = touchedR[j];
      if (c != b) {
        long old = pair[b * stride + c];
        g += f(old + r[c]) - f(old);
      }
    }
    for (int j = 0; j < nl; j++) {
      int c = touchedL[j];
      if (c != b) {
        long old = pair[c * stride + b];
        g += f(old + l[c]) - f(old);
      }
    }
    long diag = pair[b * stride + b];
    g += f(diag + r[b] + l[b] + self) - f(diag);
    g -= 2 * (f(size[b] + n) - f(size[b]));
    return g;
  }

  /**
   * Writes a lexicon in the format {@link WordClusters#read} reads.
   *
   * @param header comment lines (without the {@code #})
   */
  static void write(List<Entry> entries, List<String> header, Writer out) throws IOException {
    BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
    for (String h : header) {
      w.write("# " + h + "\n");
    }
    for (Entry e : entries) {
      w.write(e.word() + "\t" + e.cluster() + "\n");
    }
    w.flush();
  }
}
