// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.Token;
import io.github.balise.internal.Resources;
import io.github.balise.internal.text.FrenchTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The word lists behind the name finder's lexicon features: country names (the JDK's French
 * locale data), other place names, words that head organisation and place names.
 *
 * <p>Every entry and every looked-up token is compared in its {@linkplain #fold folded} form, so
 * {@code Etat}/{@code État} and {@code etats-unis}/{@code États-Unis} match. Only lookups are
 * folded: the document's text is never touched.
 *
 * <p>Immutable and thread-safe; one shared instance.
 */
final class NameLexicon {

  /** Marks a token inside a country name. */
  static final byte COUNTRY = 1;
  /** Marks a token inside another known place name. */
  static final byte PLACE = 2;

  private static final NameLexicon INSTANCE = new NameLexicon();

  /** A known name: its folded tokens and its kind. */
  private record Name(String[] tokens, byte kind) {}

  /** Known names by folded first token. */
  private final Map<String, List<Name>> namesByFirst = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Set<String> orgWords;
  private final Set<String> locWords;

  private NameLexicon() {
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    for (String cc : Locale.getISOCountries()) {
      @SuppressWarnings("deprecation") // Locale.of is Java 19+; the project targets 17
      String name = new Locale("", cc).getDisplayCountry(Locale.FRENCH);
      if (!name.isEmpty() && !name.equals(cc)) {
        add(tokenizer, name, COUNTRY);
      }
    }
    for (String place : Resources.readList(NameLexicon.class, "places.txt")) {
      add(tokenizer, place, PLACE);
    }
    orgWords = foldAll(Resources.readList(NameLexicon.class, "org-words.txt"));
    locWords = foldAll(Resources.readList(NameLexicon.class, "loc-words.txt"));
  }

  /** Returns the shared lexicon, loaded on first use. */
  static NameLexicon get() {
    return INSTANCE;
  }

  private void add(FrenchTokenizer tokenizer, String name, byte kind) {
    List<Token> tokens = tokenizer.tokenize(name);
    String[] folded = new String[tokens.size()];
    for (int i = 0; i < folded.length; i++) {
      Token t = tokens.get(i);
      folded[i] = fold(name.substring(t.start(), t.end()));
    }
    if (folded.length > 0 && seen.add(String.join(" ", folded))) {
      namesByFirst.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(new Name(folded, kind));
    }
  }

  private static Set<String> foldAll(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(fold(w));
    }
    return Set.copyOf(out);
  }

  /**
   * Returns the lookup form of a token: lower case (French rules), accents and ligatures folded
   * to ASCII by Lucene's {@link ASCIIFoldingFilter}, typographic apostrophe as {@code '}.
   */
  static String fold(String token) {
    String lower = token.toLowerCase(Locale.FRENCH);
    int n = lower.length();
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      if (lower.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lower;
    }
    char[] in = lower.toCharArray();
    char[] out = new char[n * 4];
    int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, n);
    for (int i = 0; i < len; i++) {
      if (out[i] == '\u2019') {
        out[i] = '\'';
      }
    }
    return new String(out, 0, len);
  }

  /**
   * Marks the tokens of a sentence that lie inside a known place name (longest match, left to
   * right).
   *
   * @param folded the sentence's tokens in folded form (the array may be longer)
   * @param n how many tokens the sentence has
   * @param marks filled with {@link #COUNTRY}, {@link #PLACE} or 0, one per token
   * @param begins set where a match starts
   */
  void markPlaces(String[] folded, int n, byte[] marks, boolean[] begins) {
    int i = 0;
    while (i < n) {
      List<Name> candidates = namesByFirst.get(folded[i]);
      int best = 0;
      Name bestName = null;
      if (candidates != null) {
        for (Name name : candidates) {
          if (name.tokens().length > best && matches(folded, n, i, name.tokens())) {
            best = name.tokens().length;
            bestName = name;
          }
        }
      }
      if (bestName == null) {
        marks[i] = 0;
        begins[i] = false;
        i++;
        continue;
      }
      byte kind = bestName.kind();
      for (int k = 0; k < best; k++) {
        marks[i + k] = kind;
        begins[i + k] = k == 0;
      }
      i += best;
    }
  }

  private static boolean matches(String[] folded, int n, int at, String[] name) {
    if (at + name.length > n) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (!folded[at + k].equals(name[k])) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a folded token heads or marks organisation names ({@code ministère}). */
  boolean isOrgWord(String folded) {
    return orgWords.contains(folded);
  }

  /** Returns whether a folded token heads place names ({@code rue}, {@code mont}). */
  boolean isLocWord(String folded) {
    return locWords.contains(folded);
  }
}
