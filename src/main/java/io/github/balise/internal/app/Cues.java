// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.app;

import io.github.balise.EntityType;
import io.github.balise.Token;
import io.github.balise.internal.Resources;
import io.github.balise.internal.text.FrenchTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word sequences read next to a name ({@code sur} X, X {@code a annoncé}), in a token trie, so
 * that the longest one that fits decides. Immutable once loaded; thread-safe.
 */
final class Cues {

  /**
   * What a sequence says.
   *
   * @param type APP or ORG
   * @param strong false for a bare preposition ({@code sur}, {@code avec}): not enough for a
   *     name that is also a first name
   */
  record Cue(EntityType type, boolean strong) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    Cue cue;
  }

  private final Node root = new Node();
  /** True when sequences are stored from the name outwards, reading leftwards. */
  private final boolean backwards;

  private Cues(boolean backwards) {
    this.backwards = backwards;
  }

  /**
   * Loads a bundled cue list: {@code TYPE<TAB>strong|weak<TAB>words}.
   *
   * @param backwards whether the words stand before the name (and are read leftwards from it)
   */
  static Cues load(String resource, boolean backwards, FrenchTokenizer tokenizer) {
    Cues cues = new Cues(backwards);
    for (String line : Resources.readList(Cues.class, resource)) {
      String[] f = line.split("\t");
      if (f.length != 3 || !(f[1].equals("strong") || f[1].equals("weak"))) {
        throw new IllegalStateException(resource + ": malformed cue line '" + line + "'");
      }
      Cue cue = new Cue(EntityType.valueOf(f[0]), f[1].equals("strong"));
      cues.add(words(f[2], tokenizer), cue);
    }
    return cues;
  }

  /**
   * Loads the bundled list of generic nouns that introduce an app's name ({@code NEW<TAB>words},
   * read leftwards from the name). Their cue is APP; it is {@link Cue#strong() strong} where a
   * capitalised name the lexicon does not know is an app too ({@code l'application Kolorz}).
   */
  static Cues loadHeads(String resource, FrenchTokenizer tokenizer) {
    Cues cues = new Cues(true);
    for (String line : Resources.readList(Cues.class, resource)) {
      String[] f = line.split("\t");
      if (f.length != 2 || !(f[0].equals("+") || f[0].equals("-"))) {
        throw new IllegalStateException(resource + ": malformed head line '" + line + "'");
      }
      cues.add(words(f[1], tokenizer), new Cue(EntityType.APP, f[0].equals("+")));
    }
    return cues;
  }

  /**
   * Splits a cue's words into token alternatives: each inner list holds the forms one token may
   * take ({@code racheté*} gives racheté, rachetée, rachetés, rachetées).
   */
  static List<List<String>> words(String phrase, FrenchTokenizer tokenizer) {
    List<List<String>> out = new ArrayList<>();
    for (String word : phrase.strip().split(" +")) {
      boolean inflected = word.endsWith("*");
      String w = inflected ? word.substring(0, word.length() - 1) : word;
      List<Token> tokens = tokenizer.tokenize(w);
      for (int i = 0; i < tokens.size(); i++) {
        String k = normalise(w.substring(tokens.get(i).start(), tokens.get(i).end()));
        if (inflected && i == tokens.size() - 1) {
          out.add(List.of(k, k + "e", k + "s", k + "es"));
        } else {
          out.add(List.of(k));
        }
      }
    }
    return out;
  }

  /** The form a token is compared in: lower case, one apostrophe, {@code d'} read as {@code de}. */
  static String normalise(String tokenText) {
    String k = AppLexicon.key(tokenText);
    return k.equals("d'") ? "de" : k;
  }

  private void add(List<List<String>> words, Cue cue) {
    List<List<String>> ordered = new ArrayList<>(words);
    if (backwards) {
      java.util.Collections.reverse(ordered);
    }
    addFrom(root, ordered, 0, cue);
  }

  private static void addFrom(Node n, List<List<String>> words, int i, Cue cue) {
    if (i == words.size()) {
      n.cue = cue;
      return;
    }
    for (String form : words.get(i)) {
      addFrom(n.next.computeIfAbsent(form, x -> new Node()), words, i + 1, cue);
    }
  }

  /**
   * Returns the cue of the longest sequence that starts at {@code from} and runs away from the
   * name (leftwards for a before-list), not crossing {@code limit}; null if none.
   *
   * @param keys the normalised token texts of the sentence
   * @param from the index of the token next to the name
   * @param limit the first index not to read (the sentence's start - 1 or end)
   */
  Cue longest(List<String> keys, int from, int limit) {
    Node n = root;
    Cue best = null;
    int step = backwards ? -1 : 1;
    for (int i = from; i != limit; i += step) {
      n = n.next.get(keys.get(i));
      if (n == null) {
        break;
      }
      if (n.cue != null) {
        best = n.cue;
      }
    }
    return best;
  }
}
