// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder's features for French, in one pass per sentence.
 *
 * <p>For each token: the folded words in a window of two on each side, the bigrams around it
 * and the pairs of words before and after, the word before joined to the token's shape, the
 * token shape of the token and its neighbours, suffixes and a prefix, sentence start, an
 * all-caps headline flag (which prefixes the shape features, so that {@code PARIS} in a
 * headline is not read as an acronym), an elided article before ({@code l'ONU}), lexicon
 * marks (country, other place, organisation and place head words, before and on the token),
 * the token's place in a run of capitalised words, the word clusters of the token and its
 * neighbours (when the model was trained with a {@link WordClusters} lexicon), the place of the
 * token in a name of the training data, that name's type and how often it was marked (when the
 * model was trained with a {@link NameGazetteer}; in training, jackknifed: see there), the type this
 * word got earlier in the same document (adaptive data, cleared per document), and the outcomes
 * decided for the two tokens before (alone, and with the word and the shape).
 *
 * <p>Per-sentence work (folding, shapes, lexicon matches) is done once, on the first token
 * asked for, and kept while the same token array is passed. Not thread-safe: each
 * {@code NameFinderME} gets its own instance from {@link FrenchNameFinderFactory}.
 */
final class FrenchFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  private final NameLexicon lexicon;
  /** Word clusters, or null for a model trained without them. */
  private final WordClusters clusters;
  /** Type last given to a folded word in this document (adaptive data). */
  private final Map<String, String> previousType = new HashMap<>();

  private String[] sentence;
  private String[] folded = new String[0];
  private String[] shapes = new String[0];
  private byte[] placeMarks = new byte[0];
  private boolean[] placeBegins = new boolean[0];
  /** Position in a run of capitalised words: S single, B first, I inside, E last; 0 none. */
  private byte[] capRun = new byte[0];
  /** Whether each token's folded word heads organisation names, or place names. */
  private boolean[] orgWord = new boolean[0];
  private boolean[] locWord = new boolean[0];
  /** Cluster of each token as a feature value ({@code ?} for a word not in the lexicon). */
  private String[] clusterOf = new String[0];
  /** Names gazetteer, or null for a model trained without it. */
  private final NameGazetteer gazetteer;
  /** Tells which fold to leave out of the gazetteer while training, or null. */
  private final NameGazetteer.Jackknife jackknife;
  /** The known name covering each token: type code, support, whether it starts there. */
  private byte[] nameType = new byte[0];
  private byte[] nameSupport = new byte[0];
  private boolean[] nameBegins = new boolean[0];
  private boolean headline;

  /**
   * @param lexicon the word lists
   * @param clusters the word clusters the model was trained with, or null for none
   */
  FrenchFeatureGenerator(NameLexicon lexicon, WordClusters clusters) {
    this(lexicon, clusters, null, null);
  }

  /**
   * @param lexicon the word lists
   * @param clusters the word clusters the model was trained with, or null for none
   * @param gazetteer the names gazetteer the model was trained with, or null for none
   * @param jackknife while training, tells which fold each sentence leaves out of the
   *     gazetteer; null to use all its counts (decoding)
   */
  FrenchFeatureGenerator(NameLexicon lexicon, WordClusters clusters, NameGazetteer gazetteer,
      NameGazetteer.Jackknife jackknife) {
    this.lexicon = lexicon;
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.jackknife = jackknife;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
    features(FeatureSink.into(features), tokens, index, preds);
  }

  /**
   * Writes the features of one token, those of the outcomes before it last (if {@code preds} is
   * not null); {@link #createFeatures} with the features given in parts.
   */
  void features(FeatureSink features, String[] tokens, int index, String[] preds) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    int n = tokens.length;
    String w = folded[index];
    String wPrev = index > 0 ? folded[index - 1] : BOS;
    String wNext = index + 1 < n ? folded[index + 1] : EOS;
    features.add("w=", w);
    features.add("w-1=", wPrev);
    features.add("w+1=", wNext);
    String wPrev2 = index > 1 ? folded[index - 2] : BOS;
    String wNext2 = index + 2 < n ? folded[index + 2] : EOS;
    features.add("w-2=", wPrev2);
    features.add("w+2=", wNext2);
    features.add("b-=", wPrev, '_', w);
    features.add("b+=", w, '_', wNext);
    // the two words before or after, as a pair: "la firme", "le club", "a annoncé"
    features.add("b--=", wPrev2, '_', wPrev);
    features.add("b++=", wNext, '_', wNext2);

    // in a headline, the shape features start with H
    ShapePrefixes shapePrefix = headline ? ShapePrefixes.HEADLINE : ShapePrefixes.PLAIN;
    String sh = shapes[index];
    String shPrev = index > 0 ? shapes[index - 1] : BOS;
    String shNext = index + 1 < n ? shapes[index + 1] : EOS;
    features.add(shapePrefix.shape, sh);
    features.add(shapePrefix.before, shPrev);
    features.add(shapePrefix.after, shNext);
    features.add(shapePrefix.around, shPrev, '_', sh, shNext);
    features.add(shapePrefix.wordBefore, wPrev, '_', sh);
    if (index == 0) {
      features.add(shapePrefix.sentenceStart, sh);
    }

    int len = w.length();
    if (len > 3) {
      features.add("x3=", w.substring(len - 3));
      features.add("p3=", w.substring(0, 3));
    }
    if (len > 4) {
      features.add("x4=", w.substring(len - 4));
    }
    if (index > 0 && isElision(wPrev)) {
      features.add("el=", sh);
    }

    byte mark = placeMarks[index];
    if (mark != 0) {
      features.add(placeBegins[index] ? "gB=" : "gI=", Byte.toString(mark));
    }
    if (orgWord[index]) {
      features.add("ow");
    }
    if (locWord[index]) {
      features.add("lw");
    }
    for (int k = 1; k <= 3 && index - k >= 0; k++) {
      if (orgWord[index - k]) {
        features.add(ORG_WORD_BEFORE[k]);
      }
      if (locWord[index - k]) {
        features.add(LOC_WORD_BEFORE[k]);
      }
    }
    if (index + 1 < n && orgWord[index + 1]) {
      features.add("ow+1");
    }

    if (TokenShape.isAcronym(tokens[index])) {
      // "la DGSE", "du CAUE", "(CHMP)": acronyms after a determiner or in brackets name bodies
      features.add("ac-1=", wPrev);
      if ("(".equals(wPrev) && ")".equals(wNext)) {
        features.add("ac()");
      }
    }
    byte run = capRun[index];
    if (run != 0) {
      features.add(shapePrefix.capitalisedRun, String.valueOf((char) run));
    }

    if (clusters != null) {
      // the kind of word on and around the token ("a annoncé"/"a déclaré", "à Nancy"/"à Metz"
      // share clusters); pairs of clusters were measured and left out (lower on Sequoia dev)
      String c = clusterOf[index];
      String cPrev = index > 0 ? clusterOf[index - 1] : BOS;
      String cNext = index + 1 < n ? clusterOf[index + 1] : EOS;
      features.add("c=", c);
      features.add("c-1=", cPrev);
      features.add("c+1=", cNext);
    }

    if (gazetteer != null) {
      byte type = nameType[index];
      if (type != 0) {
        // a name of the training data covers the token: where in it, of which type, and how
        // often the training data marked it (a name seen once is weaker evidence)
        features.add(nameBegins[index] ? NAME_BEGIN[type] : NAME_INSIDE[type]);
        features.add(NAME_SUPPORT[type][nameSupport[index]]);
      }
    }

    String seen = previousType.get(w);
    if (seen != null) {
      features.add("pt=", seen);
    }

    if (preds != null) { // the outcomes decided so far (gold ones in training)
      String po = index > 0 ? preds[index - 1] : NO_OUTCOME;
      String ppo = index > 1 ? preds[index - 2] : NO_OUTCOME;
      outcomeFeature(features, po);
      outcomePairFeature(features, ppo, po);
      outcomeWordFeature(features, index, po);
      outcomeShapeFeature(features, index, po);
    }
  }

  /** The prefixes of the shape features, which start with H in a headline. */
  private static final class ShapePrefixes {
    static final ShapePrefixes PLAIN = new ShapePrefixes("");
    static final ShapePrefixes HEADLINE = new ShapePrefixes("H");

    final String shape;
    final String before;
    final String after;
    final String around;
    final String wordBefore;
    final String sentenceStart;
    final String capitalisedRun;

    private ShapePrefixes(String h) {
      shape = h + "s=";
      before = h + "s-1=";
      after = h + "s+1=";
      around = h + "ss=";
      wordBefore = h + "w-1s=";
      sentenceStart = h + "bos=";
      capitalisedRun = h + "cr=";
    }
  }

  /** The gazetteer's type labels by code ({@link NameGazetteer#mark}). */
  private static final String[] NAME_TYPE = {null, "ORG", "LOC", "PER", "MISC", "AMB"};
  private static final String[] NAME_BEGIN = new String[NAME_TYPE.length];
  private static final String[] NAME_INSIDE = new String[NAME_TYPE.length];
  /** By type code and support ({@link NameGazetteer#mark}: 1, 2 or 3). */
  private static final String[][] NAME_SUPPORT = new String[NAME_TYPE.length][4];

  static {
    for (int t = 1; t < NAME_TYPE.length; t++) {
      NAME_BEGIN[t] = "gzB=" + NAME_TYPE[t];
      NAME_INSIDE[t] = "gzI=" + NAME_TYPE[t];
      for (int k = 1; k <= 3; k++) {
        NAME_SUPPORT[t][k] = "gzn=" + NAME_TYPE[t] + k;
      }
    }
  }

  private static final String[] ORG_WORD_BEFORE = {null, "ow-1", "ow-2", "ow-3"};
  private static final String[] LOC_WORD_BEFORE = {null, "lw-1", "lw-2", "lw-3"};

  // The previous-outcome features: the only ones that differ between the candidates of OpenNLP's
  // beam search at one token. They come last, in this order (FrenchNameDecoder sums a token's
  // other features once, then adds these four per candidate, in the same order, so that its
  // floating-point sums are OpenNLP's). Training and both decoders build them here.

  /** The outcome the previous-outcome features name before the first token of a sentence. */
  static final String NO_OUTCOME = "other";

  /** Writes the feature of the previous token's outcome. */
  static void outcomeFeature(FeatureSink features, String previous) {
    features.add("po=", previous);
  }

  /** Writes the feature of the outcomes of the two tokens before, the nearer one last. */
  static void outcomePairFeature(FeatureSink features, String beforePrevious, String previous) {
    features.add("ppo=", beforePrevious, ',', previous);
  }

  /**
   * Writes the feature of the previous token's outcome joined to this token's folded word; the
   * sentence must have been seen by {@link #features} (it is prepared then).
   */
  void outcomeWordFeature(FeatureSink features, int index, String previous) {
    features.add("pow=", previous, ',', folded[index]);
  }

  /** As {@link #outcomeWordFeature}, with this token's shape. */
  void outcomeShapeFeature(FeatureSink features, int index, String previous) {
    features.add("pos=", previous, ',', shapes[index]);
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
      capRun = new byte[cap];
      orgWord = new boolean[cap];
      locWord = new boolean[cap];
      clusterOf = new String[cap];
      nameType = new byte[cap];
      nameSupport = new byte[cap];
      nameBegins = new boolean[cap];
    }
    int letterTokens = 0;
    int capsTokens = 0;
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      folded[i] = NameLexicon.fold(t);
      shapes[i] = TokenShape.of(t);
      orgWord[i] = lexicon.isOrgWord(folded[i]);
      locWord[i] = lexicon.isLocWord(folded[i]);
      if (clusters != null) {
        int c = clusters.clusterOf(folded[i]);
        clusterOf[i] = c < 0 ? "?" : Integer.toString(c);
      }
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
    if (gazetteer != null) {
      int heldOut = jackknife == null ? -1 : jackknife.heldOutFold(tokens);
      gazetteer.mark(tokens, folded, n, heldOut, NameGazetteer.RULES, nameType, nameSupport, nameBegins);
    }
    markCapitalisedRuns(tokens, n);
  }

  /** Marks runs of capitalised tokens ({@code Archer Daniels Midland}), the name's likely extent. */
  private void markCapitalisedRuns(String[] tokens, int n) {
    int i = 0;
    while (i < n) {
      if (!startsUpper(tokens[i])) {
        capRun[i++] = 0;
        continue;
      }
      int j = i + 1;
      while (j < n && startsUpper(tokens[j])) {
        j++;
      }
      if (j - i == 1) {
        capRun[i] = 'S';
      } else {
        capRun[i] = 'B';
        for (int k = i + 1; k < j - 1; k++) {
          capRun[k] = 'I';
        }
        capRun[j - 1] = 'E';
      }
      i = j;
    }
  }

  private static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
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
