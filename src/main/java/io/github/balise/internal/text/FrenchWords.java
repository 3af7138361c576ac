// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import io.github.balise.internal.Resources;
import java.util.Locale;
import java.util.Set;

/**
 * Closed classes of French words that both the tokenizer and the sentence splitter consult,
 * loaded once from the bundled lists.
 */
final class FrenchWords {

  /** Capitalised function words that start sentences (sentence-starters.txt), lower case. */
  private static final Set<String> SENTENCE_STARTERS =
      Set.copyOf(Resources.readList(FrenchWords.class, "sentence-starters.txt"));

  private FrenchWords() {}

  /**
   * Whether {@code text[start, end)} is a capitalised sentence-starting function word ({@code
   * Les}, {@code Il}, {@code Cette}, {@code J'}): first letter upper case, the rest lower case.
   */
  static boolean isSentenceStarter(String text, int start, int end) {
    if (end - start > 12 || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return SENTENCE_STARTERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
