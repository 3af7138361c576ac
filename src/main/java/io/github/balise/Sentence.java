// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

/**
 * One sentence, as character offsets and as a range of token indices.
 *
 * <p>The character span runs from the sentence's first token to the end of its last one, so it
 * never starts or ends with white space. Character offsets and token indices are kept apart:
 * {@code start}/{@code end} are characters, {@code firstToken}/{@code endToken} are indices
 * into {@link AnnotatedDocument#tokens()}, end exclusive.
 *
 * @param start offset of the first character (UTF-16, inclusive)
 * @param end offset past the last character (UTF-16, exclusive)
 * @param firstToken index of the sentence's first token
 * @param endToken index past the sentence's last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) implements TextSpan {

  /**
   * Validates the offsets and the token range.
   *
   * @throws IllegalArgumentException if a bound is negative or a range is empty or reversed
   */
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence offsets [" + start + ", " + end + ")");
    }
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException(
          "bad sentence token range [" + firstToken + ", " + endToken + ")");
    }
  }

  /** Returns the number of tokens in this sentence. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
