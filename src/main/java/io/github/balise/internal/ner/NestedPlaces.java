// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the places named inside organisation and place names: {@code Paris} in {@code mairie de
 * Paris}, {@code Algérie} in {@code Banque nationale d'Algérie}, {@code Belfort} in {@code
 * Territoire de Belfort}, as the Sequoia corpus annotates them. Run after the overlaps are
 * resolved, on the mentions that were kept, for taggers that ask for nested places.
 *
 * <p>A nested place is a known place that starts with a capital right after {@code de}, {@code
 * d'}, {@code du}, {@code des}, {@code de la} or {@code de l'} inside a mention of three tokens
 * or more, and ends inside it. Known places: the country names and place list of the name
 * finder's features ({@link NameLexicon}), and, for a model trained with a names gazetteer, the
 * names its training data marked LOC ({@link #GAZETTEER_RULES}). A place the name finder does not
 * know, or one without a preposition before it ({@code Chase Manhattan Bank}), is not found.
 *
 * <p>Immutable and thread-safe.
 */
public final class NestedPlaces {

  /** A fixed prior, as for the curated lexicon: the place is known, its reading as a place is not. */
  static final double CONFIDENCE = 0.85;

  /**
   * Which gazetteer names count as places: marked at least twice in the training data, LOC for
   * at least 60% of the marks, and capitalised where they occur.
   */
  static final NameGazetteer.Rules GAZETTEER_RULES = new NameGazetteer.Rules(2, 1, 0.6, true);

  private static final byte GAZETTEER_LOC = (byte) (NameGazetteer.TYPES.indexOf("LOC") + 1);
  private static final Set<String> PREPOSITIONS = Set.of("de", "d'", "du", "des");
  private static final Set<String> ARTICLES_AFTER_DE = Set.of("la", "l'");

  private final NameLexicon lexicon;
  private final NameGazetteer gazetteer;

  /**
   * Creates the finder.
   *
   * @param lexicon the known places
   * @param gazetteer the model's names gazetteer, or null for none
   */
  NestedPlaces(NameLexicon lexicon, NameGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /**
   * Returns the places nested in the ORG and LOC mentions of a document.
   *
   * @param document the text with its tokens
   * @param mentions the mentions kept for it, in text order, none overlapping
   * @return LOC mentions, each inside one of {@code mentions}, in text order
   */
  public List<Entity> find(AnnotatedDocument document, List<Entity> mentions) {
    List<Entity> out = new ArrayList<>();
    String text = document.text();
    for (Entity m : mentions) {
      if (m.type() != EntityType.ORG && m.type() != EntityType.LOC) {
        continue;
      }
      List<Token> tokens = document.tokensIn(m);
      int n = tokens.size();
      if (n < 3) {
        continue; // a place after a preposition needs two tokens before it
      }
      String[] words = new String[n];
      String[] folded = new String[n];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        words[i] = text.substring(t.start(), t.end());
        folded[i] = NameLexicon.fold(words[i]);
      }
      for (int k = 2; k < n; ) {
        int length = afterPreposition(folded, k) && Character.isUpperCase(words[k].charAt(0))
            ? placeAt(words, folded, k) : 0;
        if (length == 0) {
          k++;
          continue;
        }
        int start = tokens.get(k).start();
        int end = tokens.get(k + length - 1).end();
        out.add(Entity.of(EntityType.LOC, start, text.substring(start, end), CONFIDENCE,
            EntitySource.LEXICON));
        k += length;
      }
    }
    return out;
  }

  private static boolean afterPreposition(String[] folded, int k) {
    return PREPOSITIONS.contains(folded[k - 1])
        || (k >= 3 && ARTICLES_AFTER_DE.contains(folded[k - 1]) && "de".equals(folded[k - 2]));
  }

  /** Length in tokens of the longest known place that starts at {@code k}, or 0. */
  private int placeAt(String[] words, String[] folded, int k) {
    String[] restWords = Arrays.copyOfRange(words, k, words.length);
    String[] restFolded = Arrays.copyOfRange(folded, k, folded.length);
    int m = restWords.length;
    boolean[] begins = new boolean[m];
    byte[] marks = new byte[m];
    lexicon.markPlaces(restFolded, m, marks, begins);
    int best = marks[0] != 0 ? runLength(marks, begins) : 0;
    if (gazetteer != null) {
      byte[] types = new byte[m];
      byte[] support = new byte[m];
      gazetteer.mark(restWords, restFolded, m, -1, GAZETTEER_RULES, types, support, begins);
      if (types[0] == GAZETTEER_LOC) {
        best = Math.max(best, runLength(types, begins));
      }
    }
    return best;
  }

  /** Length of the match that starts at index 0 (the marks up to the next match's start). */
  private static int runLength(byte[] marks, boolean[] begins) {
    int length = 1;
    while (length < marks.length && marks[length] != 0 && !begins[length]) {
      length++;
    }
    return length;
  }
}
