// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import io.github.balise.internal.date.DateLexicon.Phrase;
import java.util.Set;

/**
 * The tense around a token, to resolve a weekday or a date without a year the way the French
 * TimeBank does: {@code mardi} in a sentence in the past is the last Tuesday, otherwise the
 * next one. The cue nearest to the token in its sentence decides: a past auxiliary ({@code a},
 * {@code ont}, {@code s'est}, {@code est arrivé}), an imperfect ({@code -ait}), {@code hier} or
 * {@code dernier} for the past; a future ({@code -ra}, {@code -ront}), {@code prochain}, a modal
 * before an infinitive ({@code peuvent rêver}) or a deadline just before ({@code jusqu'au},
 * {@code d'ici}) for what is to come. Cue words are in {@code tense.txt}.
 *
 * <p>One instance serves one document; each token's cue is computed once. Looks at most {@value
 * #WINDOW} tokens either side, so a question costs a bounded time.
 */
final class TenseCues {

  /** What the cues say. */
  enum Tense { PAST, FUTURE, NONE }

  /** Nouns in -ait that are no imperfect verbs. */
  private static final Set<String> AIT_NOUNS =
      Set.of("souhait", "portrait", "extrait", "attrait", "trait", "lait", "retrait", "fait",
          "parfait", "bienfait", "forfait", "méfait", "abstrait", "distrait");
  /** Words in -ra, -ront, -rai, -ras that are no future verbs. */
  private static final Set<String> RA_NOUNS =
      Set.of("contra", "extra", "opéra", "caméra", "ultra", "cobra", "tiara", "mantra", "sierra",
          "front", "affront", "hydra", "vrai", "bras", "gras", "choléra", "zébra", "tantra",
          "mascara", "véra");
  private static final int WINDOW = 60;
  /**
   * Words before an infinitive that make it a coming event ("pour signer", "peuvent rêver"); so
   * do "avant de" and "afin de".
   */
  private static final Set<String> BEFORE_INFINITIVE =
      Set.of("pour", "va", "vont", "doit", "doivent", "peut", "peuvent",
          "devrait", "devraient", "pourrait", "pourraient", "veut", "veulent", "compte",
          "comptent");


  private final DateLexicon lex;
  private final String[] n;
  private final String[] low;
  private final int[] sentenceOf;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  private final byte[] cueCache;

  /**
   * @param n the normalised tokens
   * @param low the lower-cased tokens, accents kept ("a" has, "à" to)
   * @param sentenceOf each token's sentence; {@code sentenceFirst}, {@code sentenceEnd} each
   *     sentence's token range
   */
  TenseCues(DateLexicon lex, String[] n, String[] low, int[] sentenceOf, int[] sentenceFirst,
      int[] sentenceEnd) {
    this.lex = lex;
    this.n = n;
    this.low = low;
    this.sentenceOf = sentenceOf;
    this.sentenceFirst = sentenceFirst;
    this.sentenceEnd = sentenceEnd;
    this.cueCache = new byte[n.length];
  }

  /** The tense of the nearest cue in the sentence around token {@code at}. */
  Tense at(int at) {
    // a deadline is ahead: "jusqu'au 30 juin", "d'ici le 30 juin"
    for (int k = Math.max(0, at - 2); k < at; k++) {
      if (low[k].equals("jusqu'") || low[k].equals("ici")) {
        return Tense.FUTURE;
      }
    }
    int s = sentenceOf[at];
    int first = sentenceFirst[s];
    int end = sentenceEnd[s];
    for (int d = 1; d <= WINDOW; d++) {
      int before = at - d;
      int after = at + d;
      if (before < first && after >= end) {
        break;
      }
      if (before >= first) {
        Tense t = cue(before);
        if (t != Tense.NONE) {
          return t;
        }
      }
      if (after < end) {
        Tense t = cue(after);
        if (t != Tense.NONE) {
          return t;
        }
      }
    }
    return Tense.NONE;
  }

  private Tense cue(int k) {
    if (cueCache[k] == 0) {
      Tense t = computeCue(k);
      cueCache[k] = (byte) (t.ordinal() + 1);
    }
    return Tense.values()[cueCache[k] - 1];
  }

  private Tense computeCue(int k) {
    Phrase p = lex.tenseCues.match(low, k, sentenceEnd[sentenceOf[k]]);
    if (p != null) {
      return p.value().equals("past") ? Tense.PAST : Tense.FUTURE;
    }
    String w = low[k];
    if (w.equals("est") || w.equals("sont")) {
      int end = sentenceEnd[sentenceOf[k]];
      for (int q = k + 1; q < end && q <= k + 3; q++) {
        String part = n[q];
        String stem = part.endsWith("es") ? part.substring(0, part.length() - 2)
            : part.endsWith("s") || part.endsWith("e") ? part.substring(0, part.length() - 1)
            : part;
        if (lex.etreParticiples.contains(part) || lex.etreParticiples.contains(stem)) {
          return Tense.PAST;
        }
      }
      return Tense.NONE;
    }
    if (!letters(w) || w.length() < 4) {
      return Tense.NONE;
    }
    if ((w.endsWith("aient") || w.endsWith("ait")) && w.length() >= 5 && !AIT_NOUNS.contains(w)) {
      int stemEnd = w.length() - (w.endsWith("aient") ? 5 : 3);
      // -rait/-raient is the conditional, which says nothing of the past
      return w.charAt(stemEnd - 1) == 'r' ? Tense.NONE : Tense.PAST;
    }
    if (k > 0 && w.length() >= 5 && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"))
        && (BEFORE_INFINITIVE.contains(low[k - 1]) || k > 1 && (low[k - 1].equals("de")
            || low[k - 1].equals("d'")) && (low[k - 2].equals("avant") || low[k - 2].equals("afin")))) {
      return Tense.FUTURE;
    }
    if ((w.endsWith("ra") || w.endsWith("ront") || w.endsWith("rai") || w.endsWith("ras"))
        && !RA_NOUNS.contains(w)) {
      return Tense.FUTURE;
    }
    return Tense.NONE;
  }

  private static boolean letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
