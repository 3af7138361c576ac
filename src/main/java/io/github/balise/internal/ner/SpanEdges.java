// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.Set;

/**
 * The edges a mention never has (ANNOTATION.md): a leading lower-case article ({@code le},
 * {@code la}, {@code les}, elided {@code l'}, {@code d'}), and, at the end, a lower-case
 * function word or a punctuation token, which the model sometimes leaves on a span it closed
 * too early ({@code Thomson des}, {@code Conseil de}). Capitalised words are part of a name
 * ({@code Le Monde}) and stay.
 */
final class SpanEdges {

  private static final Set<String> ARTICLES =
      Set.of("le", "la", "les", "l'", "l\u2019", "d'", "d\u2019");

  private static final Set<String> TRAILING =
      Set.of("le", "la", "les", "l'", "l\u2019", "d'", "d\u2019", "de", "des", "du", "et", "à", "au",
          "aux", "en", "ou", "sur", "par", "pour");

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
    while (k > start + 1 && (TRAILING.contains(tokens[k - 1]) || isPunctuation(tokens[k - 1]))) {
      k--;
    }
    return end - k;
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
