// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import io.github.balise.Sentence;
import io.github.balise.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups tokens into sentences.
 *
 * <p>Works on the tokens of {@link FrenchTokenizer}, so abbreviations and initials ({@code M.},
 * {@code J.-C.}) are already single tokens and their period ends nothing. A sentence ends:
 *
 * <ul>
 *   <li>after final punctuation ({@code . ! ? …}) and the closing quotes or brackets after it,
 *       when what follows can start a sentence (a capital, a digit, an opening quote, a dash);
 *       after a lone period, before a lower-case word too (abbreviations are tokens of their
 *       own, so such a period ends something);
 *   <li>after a semicolon before a capital (enumerations of whole sentences);
 *   <li>before a spaced dash and a capital ({@code … de Paris - Jean-Claude Méry, ancien…}):
 *       list items run together;
 *   <li>after a headline in capitals before a capitalised word or a number;
 *   <li>after a word with no punctuation before a capitalised function word that is never
 *       capitalised inside a sentence ({@code … mise sur le marché Les patients…}): a headline or
 *       list item without final punctuation, its line break lost;
 *   <li>at a blank line, and at a line break before a capitalised line (headlines, list items).
 * </ul>
 *
 * <p>Inside an unclosed « or " quotation, only final punctuation ends a sentence. A straight
 * quote closes the quotation when one is open in the sentence, and opens one otherwise.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FrenchSentenceSplitter {

  /**
   * Words after which a capitalised word is the start of a title or a name, not of a sentence
   * ({@code sur la Une}, {@code et Les Moines}, {@code parmi lesquels Les Temps nouveaux}).
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("le", "la", "les", "l'", "l’", "un", "une", "des", "de", "du", "d'", "d’", "à", "au",
          "aux", "en", "et", "ou", "ni", "par", "pour", "sur", "sous", "dans", "avec", "sans",
          "chez", "vers", "entre", "que", "qui", "dont", "où", "mais", "car", "or", "donc", "tel",
          "tels", "telle", "telles", "lequel", "laquelle", "lesquels", "lesquelles", "son", "sa",
          "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "votre", "nos", "vos",
          "mon", "ma", "mes", "comme", "selon", "contre", "parmi");

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
    int openGuillemets = 0; // « not yet closed in the current sentence
    boolean openStraight = false; // an odd number of " in the current sentence
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      char c = text.charAt(t.start());
      if (t.length() == 1) {
        if (c == '«' || c == '“') {
          openGuillemets++;
        } else if ((c == '»' || c == '”') && openGuillemets > 0) {
          openGuillemets--;
        } else if (c == '"') {
          openStraight = !openStraight;
        }
      }
      if (i + 1 == n) {
        break;
      }
      int end = i;
      boolean boundary;
      if (isTerminal(text, t) && !isElisionMark(text, tokens, i)) {
        // closing quotes and brackets stay with the sentence they close
        while (end + 1 < n && isCloser(text, tokens, end + 1, openStraight)) {
          end++;
          if (text.charAt(tokens.get(end).start()) == '"') {
            openStraight = false;
          }
        }
        if (end + 1 == n) {
          break;
        }
        Token next = tokens.get(end + 1);
        boundary = canStartSentence(text, next)
            || lineBreakBetween(text, tokens.get(end), next) > 0
            || end == i && isLonePeriod(text, t) && next.start() > t.end()
                && Character.isLowerCase(text.codePointAt(next.start()));
      } else {
        Token next = tokens.get(i + 1);
        int breaks = lineBreakBetween(text, t, next);
        boolean quoted = openGuillemets > 0 || openStraight;
        boundary = breaks >= 2
            || breaks == 1 && !continuesLine(text, t) && !isFunctionWord(text, t)
                && canStartSentence(text, next)
            || !quoted && startsUnpunctuated(text, tokens, first, i);
      }
      if (boundary) {
        out.add(sentence(tokens, first, end + 1));
        first = end + 1;
        i = end;
        openGuillemets = 0;
        openStraight = false;
      }
    }
    if (first < n) {
      out.add(sentence(tokens, first, n));
    }
    return out;
  }

  /**
   * Whether a sentence starts after token {@code i} although it has no final punctuation: a
   * semicolon before a capital, a word before a spaced dash and a capital, or a word before a
   * capitalised function word.
   */
  private static boolean startsUnpunctuated(String text, List<Token> tokens, int first, int i) {
    Token t = tokens.get(i);
    Token next = tokens.get(i + 1);
    if (next.start() == t.end()) {
      return false;
    }
    char last = text.charAt(t.end() - 1);
    int nextCp = text.codePointAt(next.start());
    boolean starter = FrenchWords.isSentenceStarter(text, next.start(), next.end());
    boolean nameFollows = i + 2 < tokens.size()
        && Character.isUpperCase(text.codePointAt(tokens.get(i + 2).start()));
    if (t.length() == 1 && last == ';') {
      // the treebanks end sentences at semicolons ("... exister ; Le poème en prose ...",
      // "... du village ; il a assuré ..."), but not inside a list of names ("1926 ; Lucien
      // Carillon (1928) ; ...")
      return starter || Character.isLetter(nextCp) && !(Character.isUpperCase(nextCp) && nameFollows);
    }
    if (t.length() == 1 && last == ')' && isCapitalised(text, next) && !nameFollows
        && i > 0 && !isTerminal(text, tokens.get(i - 1)) && !isLeadingTag(text, tokens, first, i)) {
      // a headline or a table row that ends in brackets: "... (109,5 km) Elle a le statut ..."
      return true;
    }
    if (t.length() == 1 && last == ':') {
      // "... à environ : On retrouve ...", but not a dated list item: "1995 : Après la ..."; a
      // list after the colon: "... suivants : - Hémorragie grave ..."
      return starter && i > 0 && !Character.isDigit(text.charAt(tokens.get(i - 1).end() - 1))
          || startsListItem(text, tokens, i);
    }
    boolean afterWord = Character.isLetterOrDigit(last) || last == ')';
    if (!afterWord || isFunctionWord(text, t)) {
      return false;
    }
    if (i > 0 && isAllCaps(text, t) && isAllCaps(text, tokens.get(i - 1))
        && (isCapitalised(text, next) || Character.isDigit(nextCp))) {
      // a headline in capitals, then running text: "FORME PHARMACEUTIQUE Poudre pour ..."
      return true;
    }
    if (startsListItem(text, tokens, i)) {
      return true;
    }
    return Character.isLetterOrDigit(last) && (starter || startsWithArticle(text, tokens, i + 1));
  }

  /**
   * Whether token {@code k} is a capitalised definite article before a lower-case word ({@code
   * L'incidence}, {@code Le préfet}): a sentence start, where {@code Le Monde} or {@code L'Oréal}
   * is a name.
   */
  private static boolean startsWithArticle(String text, List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (k + 1 >= tokens.size() || t.length() > 2 || text.charAt(t.start()) != 'L') {
      return false;
    }
    String article = text.substring(t.start(), t.end());
    return (article.equals("Le") || article.equals("La") || article.equals("L'") || article.equals("L’"))
        && Character.isLowerCase(text.codePointAt(tokens.get(k + 1).start()));
  }

  /**
   * Whether the bracket at {@code i} closes a one-word tag that opens the sentence or a list
   * item: {@code (fr) Une analyse}, {@code - (en) Opinion}.
   */
  private static boolean isLeadingTag(String text, List<Token> tokens, int first, int i) {
    int open = i - 2;
    if (open < first || text.charAt(tokens.get(open).start()) != '(') {
      return false;
    }
    return open == first || isDash(text, tokens.get(open - 1));
  }

  /** Two characters or more, letters among them, none in lower case ({@code SNCF}, {@code D'}). */
  private static boolean isAllCaps(String text, Token t) {
    if (t.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int k = t.start(); k < t.end(); k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** A capital followed by lower-case letters only ({@code Elle}, not {@code SNCF}). */
  private static boolean isCapitalised(String text, Token t) {
    if (t.length() < 2 || !Character.isUpperCase(text.charAt(t.start()))) {
      return false;
    }
    for (int k = t.start() + 1; k < t.end(); k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFunctionWord(String text, Token t) {
    return t.length() <= 10
        && FUNCTION_WORDS.contains(text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
  }

  /** {@code (...)} and {@code [...]} mark words left out of a quotation: they end nothing. */
  private static boolean isElisionMark(String text, List<Token> tokens, int i) {
    if (i == 0 || i + 1 == tokens.size()) {
      return false;
    }
    char before = text.charAt(tokens.get(i - 1).start());
    char after = text.charAt(tokens.get(i + 1).start());
    return tokens.get(i).length() > 1 && (before == '(' && after == ')' || before == '[' && after == ']');
  }

  /**
   * Whether a list item starts after token {@code i}: a spaced dash, then a capital, a number, an
   * opening bracket, quote or a reference mark ({@code - Le tribunal}, {@code - 4 janvier 1989},
   * {@code - (fr) Une analyse}), not a dash between two clauses ({@code - qui}) or two numbers
   * ({@code 1990 - 2000}).
   */
  private static boolean startsListItem(String text, List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !isDash(text, tokens.get(i + 1))) {
      return false;
    }
    Token dash = tokens.get(i + 1);
    Token after = tokens.get(i + 2);
    if (after.start() == dash.end()) {
      return false;
    }
    int cp = text.codePointAt(after.start());
    if (Character.isDigit(cp)) {
      return !Character.isDigit(text.charAt(tokens.get(i).end() - 1));
    }
    return Character.isUpperCase(cp) || "(\"«[^“".indexOf(cp) >= 0;
  }

  private static boolean isDash(String text, Token t) {
    if (t.length() != 1) {
      return false;
    }
    char c = text.charAt(t.start());
    return c == '-' || c == '–' || c == '—';
  }

  private static boolean isLonePeriod(String text, Token t) {
    return t.length() == 1 && text.charAt(t.start()) == '.';
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

  private static boolean isCloser(String text, List<Token> tokens, int k, boolean openStraight) {
    Token t = tokens.get(k);
    if (t.length() != 1) {
      return false;
    }
    char c = text.charAt(t.start());
    if (c == '»' || c == '”' || c == ')' || c == ']' || c == '’' || c == '!' || c == '?') {
      return true;
    }
    // a straight quote right after the punctuation closes; after a space, it closes a quotation
    // opened in this sentence unless it is glued to the next word ("L'ambiguïté), which it opens
    boolean glued = t.start() == tokens.get(k - 1).end();
    boolean opensNext = k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end();
    return c == '\'' && glued || c == '"' && (glued || openStraight && !opensNext);
  }

  private static boolean canStartSentence(String text, Token t) {
    int cp = text.codePointAt(t.start());
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)) {
      return true;
    }
    return "«“\"(-–—•*[¿¡".indexOf(cp) >= 0;
  }

  /** A line ending in these goes on on the next line (so does one ending in a function word). */
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
