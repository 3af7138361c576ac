// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

/**
 * One surface token: a word, an elided article ({@code l'}), a clitic ({@code -t-il}), a
 * number ({@code 1 000,50}), a punctuation mark, a URL…, following the Universal Dependencies
 * French conventions for surface tokens (contractions such as {@code du} stay whole).
 *
 * <p>A token holds offsets only; its text is {@link AnnotatedDocument#covered(TextSpan)}.
 *
 * @param start offset of the first character (UTF-16, inclusive)
 * @param end offset past the last character (UTF-16, exclusive)
 */
public record Token(int start, int end) implements TextSpan {

  /**
   * Validates the offsets.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
   */
  public Token {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ")");
    }
  }
}
