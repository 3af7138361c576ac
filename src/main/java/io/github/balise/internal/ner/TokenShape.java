// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

/**
 * Short word shapes for the name finder: {@code Paris} -> {@code Xx}, {@code ONU} -> {@code
 * X2}, {@code Saint-Étienne} -> {@code Xx-Xx}, {@code l'} -> {@code x'}, {@code 2015} ->
 * {@code d4}. Runs of the same class collapse; a run-free shape (all capitals, all digits)
 * keeps its length up to 5 because acronyms and years are told apart by it.
 */
final class TokenShape {

  private static final int MAX_LENGTH = 8;

  private TokenShape() {}

  /** Returns the shape of a token. */
  static String of(String token) {
    StringBuilder sb = new StringBuilder(MAX_LENGTH);
    char last = 0;
    int n = token.length();
    for (int i = 0; i < n && sb.length() < MAX_LENGTH; i++) {
      char c = token.charAt(i);
      char k;
      if (Character.isUpperCase(c)) {
        k = 'X';
      } else if (Character.isLetter(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else {
        k = c == '\u2019' ? '\'' : c;
      }
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    if (sb.length() == 1 && (last == 'X' || last == 'd')) {
      sb.append((char) ('0' + Math.min(n, 5)));
    }
    return sb.toString();
  }

  /** Returns whether a token has a letter. */
  static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a token looks like an acronym: 2 to 6 capital letters, possibly with periods
   * ({@code ONU}, {@code B.C.E.}), nothing else.
   */
  static boolean isAcronym(String token) {
    int letters = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  /** Returns whether every letter of a token is upper case (and it has two letters or more). */
  static boolean isAllUpper(String token) {
    int letters = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
