// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

/**
 * A stretch of a document's text, as character offsets into the original {@code String}.
 *
 * <p>Offsets are in UTF-16 code units of {@link AnnotatedDocument#text()}, {@code start}
 * inclusive and {@code end} exclusive, exactly as {@link String#substring(int, int)} takes
 * them. Python tools that count code points (spaCy, for instance) disagree with these offsets
 * after a supplementary character such as an emoji.
 */
public interface TextSpan {

  /** Returns the offset of the first character, inclusive. */
  int start();

  /** Returns the offset just past the last character, exclusive. */
  int end();

  /** Returns {@code end() - start()}. */
  default int length() {
    return end() - start();
  }

  /** Returns whether this span and {@code other} share at least one character. */
  default boolean overlaps(TextSpan other) {
    return start() < other.end() && other.start() < end();
  }

  /** Returns whether {@code other} lies entirely inside this span. */
  default boolean contains(TextSpan other) {
    return start() <= other.start() && other.end() <= end();
  }
}
