// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.EntityType;
import io.github.balise.internal.Resources;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The edges a mention never has (ANNOTATION.md): a leading lower-case article ({@code le},
 * {@code la}, {@code les}, elided {@code l'}, {@code d'}), and, at the end, a lower-case
 * function word, a pronoun after one, or a punctuation token, which the model sometimes leaves
 * on a span it closed too early ({@code Thomson des}, {@code Conseil de}) or too late
 * ({@code Comité international olympique de lui}). Capitalised words are part of a name
 * ({@code Le Monde}) and stay.
 *
 * <p>Also the type a name's last word gives away: a person or place the model found that ends
 * in a company word ({@code Kia Motors}, {@code Loews Corporation}, {@code Warner Bros.}) is an
 * organisation.
 */
final class SpanEdges {

  private static final Set<String> ARTICLES =
      Set.of("le", "la", "les", "l'", "l\u2019", "d'", "d\u2019");

  private static final Set<String> TRAILING =
      Set.of("le", "la", "les", "l'", "l\u2019", "d'", "d\u2019", "de", "des", "du", "et", "à", "au",
          "aux", "en", "ou", "sur", "par", "pour");

  /**
   * Pronouns cut off a mention's end after one of {@link #TRAILING}: "du Comité international
   * olympique de lui retirer". Only there: alone, "elle" may be the end of a word an OCR line
   * break cut ("Gabri¬elle").
   */
  private static final Set<String> PRONOUNS =
      Set.of("lui", "elle", "elles", "eux", "moi", "toi", "nous", "vous", "leur", "soi");

  /** Last words of company names (company-words.txt), lower case. */
  private static final Set<String> COMPANY_WORDS = companyWords();

  private SpanEdges() {}

  /**
   * Returns how many tokens to drop at the start of a mention so it begins on its name.
   *
   * @param tokens the sentence's tokens
   * @param start the mention's first token
   * @param end the mention's end token (exclusive)
   * @return a count that always leaves at least one token
   */
  static int leading(String[] tokens, int start, int end) {
    int k = start;
    while (k < end - 1 && ARTICLES.contains(tokens[k])) {
      k++;
    }
    return k - start;
  }

  /**
   * Returns how many tokens to drop at the end of a mention so it ends on its name.
   *
   * @param tokens the sentence's tokens
   * @param start the mention's first token
   * @param end the mention's end token (exclusive)
   * @return a count that always leaves at least one token
   */
  static int trailing(String[] tokens, int start, int end) {
    int k = end;
    if (k > start + 2 && PRONOUNS.contains(tokens[k - 1]) && TRAILING.contains(tokens[k - 2])) {
      k--;
    }
    while (k > start + 1 && (TRAILING.contains(tokens[k - 1]) || isPunctuation(tokens[k - 1]))) {
      k--;
    }
    return end - k;
  }

  /**
   * Returns the type of a mention the model found: ORG for a person or place of two or more
   * tokens whose last word, capitalised, is a company word ({@code Safran Landing Systems}),
   * the model's type otherwise. The model knows some of these words only from a few training
   * names and takes an unknown {@code Kia Motors} for a person; no person or place is named so.
   *
   * @param tokens the sentence's tokens
   * @param start the mention's first token
   * @param end the mention's end token (exclusive)
   * @param type the model's type
   * @return ORG or {@code type}
   */
  static EntityType type(String[] tokens, int start, int end, EntityType type) {
    if ((type != EntityType.PER && type != EntityType.LOC) || end - start < 2) {
      return type;
    }
    String last = tokens[end - 1];
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0))
        && COMPANY_WORDS.contains(last.toLowerCase(Locale.ROOT)) ? EntityType.ORG : type;
  }

  private static Set<String> companyWords() {
    Set<String> words = new HashSet<>();
    for (String w : Resources.readList(SpanEdges.class, "company-words.txt")) {
      words.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  private static boolean isPunctuation(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
