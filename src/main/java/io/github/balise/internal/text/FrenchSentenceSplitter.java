// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import io.github.balise.Sentence;
import io.github.balise.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences.
 *
 * <p>Works on the tokens of {@link FrenchTokenizer}, so abbreviations and initials ({@code M.},
 * {@code J.-C.}) are already single tokens and their period ends nothing. A sentence ends after
 * final punctuation ({@code . ! ? …}) and any closing quotes or brackets, when what follows can
 * start a sentence (a capital, a digit, an opening quote or a dialogue dash); at a blank line;
 * and at a line break before a capitalised line (headlines, list items without a final period).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FrenchSentenceSplitter {

  /** Creates a splitter. */
  public FrenchSentenceSplitter() {}

  /**
   * Splits tokens into sentences.
   *
   * @param text the text the tokens are in
   * @param tokens its tokens, in order
   * @return sentences that cover every token exactly once, in order
   */
  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      int end = i;
      if (isTerminal(text, tokens.get(i))) {
        // closing quotes and brackets stay with the sentence they close
        while (end + 1 < n && isCloser(text, tokens.get(end + 1), tokens.get(end))) {
          end++;
        }
        if (end + 1 == n || canStartSentence(text, tokens.get(end + 1))
            || lineBreakBetween(text, tokens.get(end), tokens.get(end + 1)) > 0) {
          out.add(sentence(tokens, first, end + 1));
          first = end + 1;
          i = end;
        }
        continue;
      }
      if (i + 1 < n) {
        int breaks = lineBreakBetween(text, tokens.get(i), tokens.get(i + 1));
        if (breaks >= 2
            || (breaks == 1 && !continuesLine(text, tokens.get(i))
                && canStartSentence(text, tokens.get(i + 1)))) {
          out.add(sentence(tokens, first, i + 1));
          first = i + 1;
        }
      }
    }
    if (first < n) {
      out.add(sentence(tokens, first, n));
    }
    return out;
  }

  private static Sentence sentence(List<Token> tokens, int first, int end) {
    return new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end);
  }

  private static boolean isTerminal(String text, Token t) {
    char last = text.charAt(t.end() - 1);
    if (t.length() == 1 || allSame(text, t)) {
      return last == '.' || last == '!' || last == '?' || last == '…';
    }
    // "etc." ends a sentence when a capital follows; other abbreviations do not
    return last == '.' && t.length() == 4 && text.regionMatches(true, t.start(), "etc.", 0, 4);
  }

  private static boolean allSame(String text, Token t) {
    char c = text.charAt(t.start());
    for (int k = t.start() + 1; k < t.end(); k++) {
      if (text.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCloser(String text, Token t, Token previous) {
    if (t.length() != 1) {
      return false;
    }
    char c = text.charAt(t.start());
    if (c == '»' || c == '”' || c == ')' || c == ']' || c == '’' || c == '!' || c == '?') {
      return true;
    }
    // a straight quote right after the punctuation closes; after a space it opens the next one
    return (c == '"' || c == '\'') && t.start() == previous.end();
  }

  private static boolean canStartSentence(String text, Token t) {
    int cp = text.codePointAt(t.start());
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)) {
      return true;
    }
    return "«“\"(-–—•*[¿¡".indexOf(cp) >= 0;
  }

  /** A line ending in these goes on on the next line. */
  private static boolean continuesLine(String text, Token t) {
    char c = text.charAt(t.end() - 1);
    return c == ',' || c == '-' || c == '«' || c == '(' || c == '\'' || c == '’';
  }

  /** Number of line breaks in the white space between two tokens. */
  private static int lineBreakBetween(String text, Token a, Token b) {
    int breaks = 0;
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\u2029' || c == '\u2028') {
        breaks++;
      } else if (c == '\r' && (k + 1 >= b.start() || text.charAt(k + 1) != '\n')) {
        breaks++;
      }
    }
    return breaks;
  }
}
