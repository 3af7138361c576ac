// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.Set;

/**
 * The leading articles a mention never starts with (ANNOTATION.md): lower-case {@code le},
 * {@code la}, {@code les} and the elided {@code l'}, {@code d'}. A capitalised article is part
 * of a name ({@code Le Monde}) and stays.
 */
final class LeadingArticles {

  private static final Set<String> ARTICLES =
      Set.of("le", "la", "les", "l'", "l\u2019", "d'", "d\u2019");

  private LeadingArticles() {}

  /**
   * Returns how many tokens to drop at the start of a mention so it begins on its name.
   *
   * @param tokens the sentence's tokens
   * @param start the mention's first token
   * @param end the mention's end token (exclusive)
   * @return a count that always leaves at least one token
   */
  static int count(String[] tokens, int start, int end) {
    int k = start;
    while (k < end - 1 && ARTICLES.contains(tokens[k])) {
      k++;
    }
    return k - start;
  }
}
