// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder's features for French, in one pass per sentence.
 *
 * <p>For each token: the folded words in a window of two on each side and the two bigrams
 * around it, the token shape of the token and its neighbours, suffixes and a prefix, sentence
 * start, an all-caps headline flag (which prefixes the shape features, so that {@code PARIS}
 * in a headline is not read as an acronym), an elided article before ({@code l'ONU}), lexicon
 * marks (country, other place, organisation and place head words, before and on the token),
 * and the type this word got earlier in the same document (adaptive data, cleared per
 * document).
 *
 * <p>Per-sentence work (folding, shapes, lexicon matches) is done once, on the first token
 * asked for, and kept while the same token array is passed. Not thread-safe: each
 * {@code NameFinderME} gets its own instance from {@link FrenchNameFinderFactory}.
 */
final class FrenchFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  private final NameLexicon lexicon;
  /** Type last given to a folded word in this document (adaptive data). */
  private final Map<String, String> previousType = new HashMap<>();

  private String[] sentence;
  private String[] folded = new String[0];
  private String[] shapes = new String[0];
  private byte[] placeMarks = new byte[0];
  private boolean[] placeBegins = new boolean[0];
  private boolean headline;

  FrenchFeatureGenerator(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    int n = tokens.length;
    String w = folded[index];
    String wPrev = index > 0 ? folded[index - 1] : BOS;
    String wNext = index + 1 < n ? folded[index + 1] : EOS;
    features.add("w=" + w);
    features.add("w-1=" + wPrev);
    features.add("w+1=" + wNext);
    features.add("w-2=" + (index > 1 ? folded[index - 2] : BOS));
    features.add("w+2=" + (index + 2 < n ? folded[index + 2] : EOS));
    features.add("b-=" + wPrev + '_' + w);
    features.add("b+=" + w + '_' + wNext);

    String h = headline ? "H" : "";
    String sh = shapes[index];
    String shPrev = index > 0 ? shapes[index - 1] : BOS;
    String shNext = index + 1 < n ? shapes[index + 1] : EOS;
    features.add(h + "s=" + sh);
    features.add(h + "s-1=" + shPrev);
    features.add(h + "s+1=" + shNext);
    features.add(h + "ss=" + shPrev + '_' + sh + '_' + shNext);
    if (index == 0) {
      features.add(h + "bos=" + sh);
    }

    int len = w.length();
    if (len > 3) {
      features.add("x3=" + w.substring(len - 3));
      features.add("p3=" + w.substring(0, 3));
    }
    if (len > 4) {
      features.add("x4=" + w.substring(len - 4));
    }
    if (index > 0 && isElision(wPrev)) {
      features.add("el=" + sh);
    }

    byte mark = placeMarks[index];
    if (mark != 0) {
      features.add((placeBegins[index] ? "gB=" : "gI=") + mark);
    }
    if (lexicon.isOrgWord(w)) {
      features.add("ow");
    }
    if (lexicon.isLocWord(w)) {
      features.add("lw");
    }
    for (int k = 1; k <= 3 && index - k >= 0; k++) {
      String before = folded[index - k];
      if (lexicon.isOrgWord(before)) {
        features.add("ow-" + k);
      }
      if (lexicon.isLocWord(before)) {
        features.add("lw-" + k);
      }
    }
    if (index + 1 < n && lexicon.isOrgWord(wNext)) {
      features.add("ow+1");
    }

    String seen = previousType.get(w);
    if (seen != null) {
      features.add("pt=" + seen);
    }
  }

  private static boolean isElision(String foldedWord) {
    int n = foldedWord.length();
    return n >= 2 && n <= 3 && foldedWord.charAt(n - 1) == '\'';
  }

  private void prepare(String[] tokens) {
    sentence = tokens;
    int n = tokens.length;
    if (folded.length < n) {
      int cap = Math.max(n, 2 * folded.length);
      folded = new String[cap];
      shapes = new String[cap];
      placeMarks = new byte[cap];
      placeBegins = new boolean[cap];
    }
    int letterTokens = 0;
    int capsTokens = 0;
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      folded[i] = NameLexicon.fold(t);
      shapes[i] = TokenShape.of(t);
      if (TokenShape.hasLetter(t)) {
        letterTokens++;
        if (TokenShape.isAllUpper(t)) {
          capsTokens++;
        }
      }
    }
    // a headline or a title in capitals: most of its words are all upper case
    headline = letterTokens >= 3 && capsTokens * 10 >= letterTokens * 7;
    lexicon.markPlaces(folded, n, placeMarks, placeBegins);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
      String o = outcomes[i];
      int dash = o.lastIndexOf('-');
      if (dash > 0) { // "ORG-start", "ORG-cont"; "other" has no type
        previousType.put(NameLexicon.fold(tokens[i]), o.substring(0, dash));
      }
    }
  }

  @Override
  public void clearAdaptiveData() {
    previousType.clear();
  }
}
