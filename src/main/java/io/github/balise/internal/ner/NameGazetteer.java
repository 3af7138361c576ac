// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.internal.TabSeparatedLines;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The names annotated in a model's training data, as sequences of {@linkplain NameLexicon#fold
 * folded} tokens, each with how many times it was marked ORG, LOC, PER and MISC: the name
 * finder's gazetteer features ({@code Paris Saint-Germain} was seen 40 times as an ORG) let it
 * recognise at run time a name it was trained on even where the words around it say little.
 *
 * <p><b>Jackknife.</b> Trained naively, every training mention would find itself in the
 * gazetteer, and the model would learn to trust the feature far more than it deserves on new
 * text. So the training documents are split into {@value #FOLDS} folds by a hash of their id
 * ({@link #foldOf}; copies of a document share its fold), the counts of each fold are kept
 * apart, and while the training sentences of fold {@code f} are turned into features the
 * gazetteer answers with the counts of the other folds only ({@link #mark} with {@code
 * heldOutFold = f}): each training name is matched only when another document names it too,
 * as a name in new text is. At run time the counts of all documents are used ({@code
 * heldOutFold = -1}). A gazetteer read from a file has no fold counts.
 *
 * <p>File format: UTF-8, {@code #} comment lines, then {@code name<TAB>ORG<TAB>LOC<TAB>PER<TAB>MISC}
 * lines, the name being its folded tokens joined by single spaces (tokens never contain white
 * space), the counts non-negative numbers; written sorted by name. Names whose first character is
 * {@code #} are never added (the line would read as a comment).
 *
 * <p>Immutable and thread-safe once built.
 */
final class NameGazetteer {

  /** The types counted, in the order of the file's columns and of the counts arrays. */
  static final List<String> TYPES = List.of("ORG", "LOC", "PER", "MISC");

  /**
   * How many folds the training documents are split into for the jackknife: the more folds, the
   * closer the share of training names found in the held-out counts comes to the share of new
   * names found in the whole gazetteer. 20 scored best of 10, 20 and 40 on the pooled dev sets
   * (models/README.md).
   */
  static final int FOLDS = 20;

  /** Longest name kept and matched, in tokens. */
  static final int MAX_TOKENS = 8;

  /** {@link #mark}'s code for a match whose types are too mixed to name one. */
  static final byte AMBIGUOUS = (byte) (TYPES.size() + 1);

  /** Loaded bundled gazetteers, by file name. */
  private static final Map<String, NameGazetteer> BUNDLED = new ConcurrentHashMap<>();

  /** A node of the trie of names, one token per level. */
  private static final class Node {
    Map<String, Node> next;
    /** Counts per type, or null if no name ends here. */
    int[] counts;
    /** Counts per fold and type ({@code fold * 4 + type}), or null (read from a file). */
    int[] foldCounts;

    Node child(String token) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      return next.computeIfAbsent(token, k -> new Node());
    }
  }

  /** Which matches count: see {@link #mark}. */
  record Rules(int minCount, int minTokens, double minShare, boolean capitalised) {
    /** Checks the numbers. */
    Rules {
      if (minCount < 1 || minTokens < 1 || minTokens > MAX_TOKENS || minShare < 0 || minShare > 1) {
        throw new IllegalArgumentException("minCount >= 1, 1 <= minTokens <= " + MAX_TOKENS
            + ", 0 <= minShare <= 1");
      }
    }
  }

  /**
   * The rules the name finder's features use: every name counts, from one mark and one token
   * up; a type needs 60% of the marks; only where the token does not start in lower case. (Of
   * the variants measured on the dev sets, at least two marks, and names of one token left
   * out, scored lower; see models/README.md.)
   */
  static final Rules RULES = new Rules(1, 1, 0.6, true);

  private final Node root;
  private final int names;

  private NameGazetteer(Node root, int names) {
    this.root = root;
    this.names = names;
  }

  /** Returns how many names it has. */
  int size() {
    return names;
  }

  /**
   * Returns the jackknife fold of a document: a hash of its id ({@link String#hashCode}, whose
   * formula Java specifies, through the SplitMix64 finaliser) modulo {@value #FOLDS}.
   */
  static int foldOf(String documentId) {
    long z = documentId.hashCode() * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (int) Long.remainderUnsigned(z, FOLDS);
  }

  /** Collects the names of training documents. Not thread-safe. */
  static final class Builder {
    private final Node root = new Node();
    private final Set<String> documents = new HashSet<>();
    private int names;

    /**
     * Adds the names of one document, once: a document id seen before is skipped, so that a
     * corpus repeated in the training data (Sequoia) is counted once.
     *
     * @param documentId the document's id, which also gives its fold
     * @param samples its sentences, with the mentions as trained (types ORG, LOC, PER, MISC)
     * @return this builder
     */
    Builder add(String documentId, List<NameSample> samples) {
      Objects.requireNonNull(documentId, "documentId");
      if (!documents.add(documentId)) {
        return this;
      }
      int fold = foldOf(documentId);
      for (NameSample sample : samples) {
        String[] tokens = sample.getSentence();
        for (Span name : sample.getNames()) {
          int type = TYPES.indexOf(name.getType());
          if (type < 0 || name.length() > MAX_TOKENS || name.length() < 1) {
            continue;
          }
          Node node = root;
          for (int i = name.getStart(); i < name.getEnd(); i++) {
            String folded = NameLexicon.fold(tokens[i]);
            if (i == name.getStart() && folded.startsWith("#")) {
              node = null;
              break;
            }
            node = node.child(folded);
          }
          if (node == null) {
            continue;
          }
          if (node.counts == null) {
            node.counts = new int[TYPES.size()];
            node.foldCounts = new int[FOLDS * TYPES.size()];
            names++;
          }
          node.counts[type]++;
          node.foldCounts[fold * TYPES.size() + type]++;
        }
      }
      return this;
    }

    /** Returns the gazetteer (the builder must not be used again). */
    NameGazetteer build() {
      return new NameGazetteer(root, names);
    }
  }

  /**
   * The fold of the training sentence being turned into features, for the jackknife: {@link
   * NerTrainer}'s sample stream sets it before it hands each sample to OpenNLP, whose event
   * stream computes all the features of a sample when it reads it (OpenNLP 2.5.6, {@code
   * NameFinderEventStream.createEvents}), before it reads the next. The generator checks that
   * the sentence it is asked about is the one announced, so a change in that order fails
   * training loudly rather than leaking a document's own names into its features. Not
   * thread-safe (training is single-threaded).
   */
  static final class Jackknife {
    private String[] sentence;
    private int fold = -1;

    /** Announces the next training sentence and its document's fold. */
    void next(String[] sentence, int fold) {
      if (fold < 0 || fold >= FOLDS) {
        throw new IllegalArgumentException("fold out of range: " + fold);
      }
      this.sentence = sentence.clone();
      this.fold = fold;
    }

    /** Ends training: from now on every sentence sees all the counts. */
    void finish() {
      sentence = null;
      fold = -1;
    }

    /**
     * Returns the fold to leave out for a sentence: the announced one, or -1 after {@link
     * #finish} (or before the first announcement).
     *
     * @throws IllegalStateException if another sentence than the announced one is asked about
     */
    int heldOutFold(String[] tokens) {
      if (sentence == null) {
        return -1;
      }
      if (!Arrays.equals(tokens, sentence)) {
        throw new IllegalStateException("the name finder's features were asked for a sentence"
            + " other than the training sample announced: the jackknife cannot tell its fold");
      }
      return fold;
    }
  }

  /**
   * Marks the tokens of a sentence covered by a known name: from left to right, the longest name
   * (up to {@value #MAX_TOKENS} tokens) starting at the token that passes the rules, and the
   * tokens after it.
   *
   * <p>A name passes when it has at least {@code minTokens} tokens and was marked at least
   * {@code minCount} times (all types together); its type is the most frequent one if that has
   * at least {@code minShare} of the marks, otherwise {@link #AMBIGUOUS}. With {@code
   * capitalised}, a name is looked for only where the token does not start with a lower-case
   * letter ({@code Est} but not the verb {@code est}).
   *
   * @param tokens the sentence's tokens as written (the array may be longer)
   * @param folded the sentence's folded tokens (the array may be longer)
   * @param n how many tokens the sentence has
   * @param heldOutFold the fold whose counts are left out (training), or -1 for all counts
   * @param rules which names count
   * @param types filled with 0 (no name) or the name's type index + 1, or {@link #AMBIGUOUS}
   * @param support filled with how often the name was marked (the counts used): 1 once, 2 two
   *     to four times, 3 five times or more (0 for none)
   * @param begins set on the first token of each name
   */
  void mark(String[] tokens, String[] folded, int n, int heldOutFold, Rules rules, byte[] types,
      byte[] support, boolean[] begins) {
    int[] counts = new int[TYPES.size()];
    int i = 0;
    while (i < n) {
      int bestLength = 0;
      byte bestType = 0;
      byte bestSupport = 0;
      Node node = root;
      boolean skip = rules.capitalised() && !tokens[i].isEmpty() && Character.isLowerCase(tokens[i].charAt(0));
      for (int k = 0; !skip && k < MAX_TOKENS && i + k < n; k++) {
        node = node.next == null ? null : node.next.get(folded[i + k]);
        if (node == null) {
          break;
        }
        if (node.counts == null || k + 1 < rules.minTokens()) {
          continue;
        }
        byte type = typeOf(node, heldOutFold, rules, counts);
        if (type != 0) {
          bestLength = k + 1;
          bestType = type;
          int total = 0;
          for (int c : counts) {
            total += c;
          }
          bestSupport = (byte) (total >= 5 ? 3 : total >= 2 ? 2 : 1);
        }
      }
      if (bestLength == 0) {
        types[i] = 0;
        support[i] = 0;
        begins[i] = false;
        i++;
        continue;
      }
      for (int k = 0; k < bestLength; k++) {
        types[i + k] = bestType;
        support[i + k] = bestSupport;
        begins[i + k] = k == 0;
      }
      i += bestLength;
    }
  }

  /** The type code of a name under the rules, or 0 if it does not pass. */
  private static byte typeOf(Node node, int heldOutFold, Rules rules, int[] counts) {
    int total = 0;
    int top = -1;
    for (int t = 0; t < counts.length; t++) {
      int c = node.counts[t];
      if (heldOutFold >= 0 && node.foldCounts != null) {
        c -= node.foldCounts[heldOutFold * counts.length + t];
      }
      counts[t] = c;
      total += c;
      if (c > 0 && (top < 0 || c > counts[top])) {
        top = t;
      }
    }
    if (total < rules.minCount() || top < 0) {
      return 0;
    }
    return counts[top] >= rules.minShare() * total ? (byte) (top + 1) : AMBIGUOUS;
  }

  /** Returns the counts per type of a name given as folded tokens joined by spaces, or null. */
  int[] counts(String name) {
    Node node = root;
    for (String token : name.split(" ")) {
      node = node == null || node.next == null ? null : node.next.get(token);
    }
    return node == null || node.counts == null ? null : node.counts.clone();
  }

  /**
   * Writes the gazetteer (all counts), sorted by name.
   *
   * @param out receives the text (not closed)
   * @param header comment lines, written first with {@code # } before each
   */
  void write(Writer out, List<String> header) throws IOException {
    for (String line : header) {
      out.write("# " + line + "\n");
    }
    TreeMap<String, int[]> sorted = new TreeMap<>();
    collect(root, new ArrayList<>(), sorted);
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, int[]> e : sorted.entrySet()) {
      line.setLength(0);
      line.append(e.getKey());
      for (int c : e.getValue()) {
        line.append('\t').append(c);
      }
      out.write(line.append('\n').toString());
    }
  }

  private static void collect(Node node, List<String> path, Map<String, int[]> out) {
    if (node.counts != null) {
      out.put(String.join(" ", path), node.counts);
    }
    if (node.next != null) {
      for (Map.Entry<String, Node> e : node.next.entrySet()) {
        path.add(e.getKey());
        collect(e.getValue(), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  /**
   * Reads a gazetteer file.
   *
   * @param in the text, read to its end (not closed)
   * @param source what error messages call it
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static NameGazetteer read(Reader in, String source) throws IOException {
    Node root = new Node();
    int[] names = {0};
    TabSeparatedLines.read(in, source, "name, ORG, LOC, PER, MISC", 1 + TYPES.size(), (f, where) -> {
      String[] tokens = f[0].split(" ", -1);
      if (tokens.length > MAX_TOKENS || Arrays.asList(tokens).contains("")) {
        throw new IllegalArgumentException(where + ": empty token or more than " + MAX_TOKENS
            + " tokens: " + f[0]);
      }
      Node node = root;
      for (String t : tokens) {
        node = node.child(t);
      }
      if (node.counts != null) {
        throw new IllegalArgumentException(where + ": name listed twice: " + f[0]);
      }
      int[] counts = new int[TYPES.size()];
      for (int t = 0; t < counts.length; t++) {
        try {
          counts[t] = Integer.parseInt(f[1 + t]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + ": count is not a number: " + f[1 + t]);
        }
        if (counts[t] < 0) {
          throw new IllegalArgumentException(where + ": negative count");
        }
      }
      node.counts = counts;
      names[0]++;
    });
    return new NameGazetteer(root, names[0]);
  }

  /**
   * Returns a bundled gazetteer under {@code io/github/balise/models/}, loaded once.
   *
   * @throws UncheckedIOException naming the path if it is not on the classpath
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  static NameGazetteer bundled(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return BUNDLED.computeIfAbsent(fileName,
        name -> BundledLexicon.load(name, "names gazetteer", NameGazetteer::read));
  }
}
