// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import io.github.balise.Token;
import io.github.balise.internal.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits French text into surface tokens after the Universal Dependencies French conventions.
 *
 * <p>A single left-to-right scan, linear in the input, that never alters the text: each token is
 * a pair of offsets. Elided words are split off ({@code l'}, {@code qu'}, with {@code '} and
 * {@code ’}), clitic pronouns too ({@code a -t-il}, {@code dis -moi}); hyphenated names stay
 * whole ({@code Saint-Étienne}), as do numbers with thousands separators and decimals ({@code 1
 * 000,50}), dates ({@code 13/11/2015}), abbreviations ({@code M.}, {@code etc.}, {@code J.-C.}),
 * URLs, e-mail addresses, hashtags and mentions, domain and file names ({@code VIDATI.fr}), codes
 * ({@code IIb/IIIa}), inclusive writing ({@code traité(e)s}), {@code n°} and {@code °C}. Units and
 * hours glued to a number are split off it ({@code 160 km}, {@code 20 h 30}), ordinals are not
 * ({@code 3e}). A lone capital with a period is an initial ({@code J. Chirac}) unless a
 * capitalised function word shows that the sentence ended ({@code Mac OS X. Une version}); an
 * abbreviation that is also a word keeps its period only before a lower-case word or a number
 * ({@code sept. 2015}, but {@code Ils sont sept.}); a company's {@code Bros.} or {@code Inc.},
 * written with a capital and then lower case, keeps it before the rest of a name too
 * ({@code Warner Bros. Records}, but {@code Apple Inc. Le groupe}). Words glued by web scraping
 * after a short preposition ({@code surTelegram}) are split so that the name stands alone.
 *
 * <p>Look-aheads are bounded (an e-mail address is tried only within 64 characters of the next
 * {@code @}, an elision only on a short prefix), so that a 1 MB "word" costs no more per
 * character than running text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FrenchTokenizer {

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
  private static final Pattern URL =
      Pattern.compile("(?:(?:https?|ftp)://|www\\.)[^\\s\\u00A0\\u202F]+", Pattern.CASE_INSENSITIVE);

  /** Clitic pronouns split off the verb before them ({@code dis-moi}, {@code a-t-il}). */
  private static final Set<String> CLITICS =
      Set.of(
          "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "le", "la", "les",
          "lui", "leur", "moi", "toi", "y", "en", "ce");

  /**
   * Demonstrative particles split off a noun ({@code ce jour -là}, {@code cette fois -ci}) but
   * not off a demonstrative pronoun, with which they make one word ({@code celui-ci}).
   */
  private static final Set<String> PARTICLES = Set.of("ci", "là");

  private static final Set<String> DEMONSTRATIVES =
      Set.of("celui", "celle", "ceux", "celles", "jusque", "ici", "là", "ci");

  /** Units written glued to a number ({@code 160km}, {@code 2m}) and split off it. */
  private static final Set<String> UNITS =
      Set.of("km", "m", "cm", "mm", "kg", "g", "mg", "ml", "cl", "dl", "ha", "min", "mn", "kw",
          "kwh", "mw", "go", "mo", "ko");

  /**
   * Domain suffixes and file extensions that join a word to what precedes the period ({@code
   * iPhoneAddict.fr}, {@code 10.JPG}).
   */
  private static final Set<String> DOT_SUFFIXES =
      Set.of("fr", "com", "org", "net", "eu", "be", "ch", "ca", "info", "io", "de", "uk", "lu",
          "jpg", "jpeg", "png", "gif", "pdf", "html", "htm", "php", "doc", "docx", "txt", "exe");

  /** Lower-case words after which a glued capitalised word is split ({@code surTelegram}). */
  private static final Set<String> GLUED_PREFIXES =
      Set.of("sur", "via", "avec", "dans", "par", "pour", "sans", "chez", "sous", "de", "du", "en", "et");

  /**
   * Capitalised words that start a sentence after a company's {@code Inc.} rather than go on
   * with its name ({@code Apple Inc. Le groupe}, {@code Apple Inc. En 2015}): articles and
   * prepositions, which {@link FrenchWords#isSentenceStarter} leaves out because names start
   * with them ({@code Le Monde}), but no company name goes on with.
   */
  private static final Set<String> AFTER_COMPANY_STARTERS =
      Set.of("le", "la", "les", "l'", "l\u2019", "en", "au", "aux", "de", "du", "des", "d'",
          "d\u2019", "à", "dans", "depuis", "pour", "par", "sur", "selon", "après", "avant");

  /** Length of the longest elided word ({@code lorsqu}, {@code puisqu}, {@code quoiqu}). */
  private static final int MAX_ELISION = 6;

  private final Set<String> abbreviations;
  private final Set<String> ambiguousAbbreviations;
  private final Set<String> companyAbbreviations;
  private final Set<String> elisions;
  /**
   * Words kept whole ({@code aujourd'hui}, {@code c.-à-d.}), by their first letter in lower
   * case, in file order: most words start with a letter no entry starts with and need no look-up.
   */
  private final Map<Character, List<String>> wholeWordsByInitial;

  /** Creates a tokenizer with the bundled French word lists. */
  public FrenchTokenizer() {
    this.abbreviations = new HashSet<>(Resources.readList(FrenchTokenizer.class, "abbreviations.txt"));
    this.ambiguousAbbreviations =
        new HashSet<>(Resources.readList(FrenchTokenizer.class, "abbreviations-ambiguous.txt"));
    this.companyAbbreviations =
        new HashSet<>(Resources.readList(FrenchTokenizer.class, "abbreviations-company.txt"));
    this.elisions = new HashSet<>(Resources.readList(FrenchTokenizer.class, "elisions.txt"));
    Map<Character, List<String>> byInitial = new HashMap<>();
    for (String w : Resources.readList(FrenchTokenizer.class, "tokens-whole.txt")) {
      byInitial.computeIfAbsent(Character.toLowerCase(w.charAt(0)), c -> new ArrayList<>()).add(w);
    }
    byInitial.replaceAll((c, words) -> List.copyOf(words));
    this.wholeWordsByInitial = Map.copyOf(byInitial);
  }

  /**
   * Tokenizes a text.
   *
   * @param text the text, not altered
   * @return the tokens in text order, non-empty, non-overlapping, never containing white space
   *     except inside a number ({@code 1 000})
   */
  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    int nextAt = -1; // where the next '@' is: e-mail addresses are looked for only before one
    while (i < n) {
      char c = text.charAt(i);
      if (isSeparator(c)) {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isSurrogate(c) && Character.charCount(cp) == 1) {
        i++; // a lone surrogate is no character: like white space, it belongs to no token
        continue;
      }
      int next;
      if ((c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W')
          && (next = matchUrl(text, i)) > i) {
        out.add(new Token(i, next));
        i = next;
      } else if (Character.isLetterOrDigit(cp)) {
        nextAt = nextAt(text, i, nextAt);
        i = readWord(text, i, nextAt, out);
      } else if ((c == '#' || c == '@') && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
        int j = i + 1;
        while (j < n && (isWordChar(text.codePointAt(j)) || text.charAt(j) == '_')) {
          j += Character.charCount(text.codePointAt(j));
        }
        out.add(new Token(i, j));
        i = j;
      } else if ((c == '-' || c == '+') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
          && precededBySpaceOrOpen(text, i)) {
        nextAt = nextAt(text, i, nextAt);
        i = readWord(text, i, nextAt, out); // a signed number: "-0,8", "+14"
      } else if (c == '+' && text.startsWith("+/-", i)) {
        out.add(new Token(i, i + 3));
        i += 3;
      } else if (c == '°' && i + 1 < n && (text.charAt(i + 1) == 'C' || text.charAt(i + 1) == 'F')
          && (i + 2 == n || !isWordChar(text.codePointAt(i + 2)))) {
        out.add(new Token(i, i + 2)); // degrees: "°C"
        i += 2;
      } else if (c == '.' || c == '-' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && text.charAt(j) == c) {
          j++;
        }
        out.add(new Token(i, j));
        i = j;
      } else {
        int j = i + Character.charCount(cp);
        out.add(new Token(i, j));
        i = j;
      }
    }
    return out;
  }

  /** White space, including no-break spaces, and invisible characters: never part of a token. */
  static boolean isSeparator(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u2007'
        || c == '\u200B'
        || c == '\uFEFF'
        || Character.isISOControl(c)
        || Character.isSpaceChar(c);
  }

  private static boolean isNumberGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    // combining accents, and fractions and superscripts that are part of a word ("t½", "m²")
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean precededBySpaceOrOpen(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return isSeparator(p) || p == '(' || p == '[';
  }

  private int matchUrl(String text, int i) {
    if (!(text.startsWith("http", i) || text.startsWith("HTTP", i) || text.startsWith("ftp", i)
        || text.regionMatches(true, i, "www.", 0, 4))) {
      return i;
    }
    Matcher m = URL.matcher(text).region(i, text.length());
    if (!m.lookingAt()) {
      return i;
    }
    int end = m.end();
    // trailing punctuation belongs to the sentence, not the address
    while (end > i && ".,;:!?)]»\"'’".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /**
   * Returns the offset of the first '@' at or after {@code from}, or the text's length, reusing
   * {@code known} while it is still ahead, so that the whole text is searched once.
   */
  private static int nextAt(String text, int from, int known) {
    if (known >= from) {
      return known;
    }
    int at = text.indexOf('@', from);
    return at < 0 ? text.length() : at;
  }

  /**
   * Reads one word-like token (or several: elision, clitics, glue) from {@code start}; {@code
   * nextAt} is the offset of the next '@'.
   */
  private int readWord(String text, int start, int nextAt, List<Token> out) {
    int n = text.length();
    int whole = matchWholeWord(text, start);
    if (whole > start) {
      out.add(new Token(start, whole));
      return whole;
    }
    // an address's local part has at most 64 characters
    int emailEnd = nextAt - start <= 64 ? matchEmail(text, start) : start;
    if (emailEnd > start) {
      out.add(new Token(start, emailEnd));
      return emailEnd;
    }
    int j = start;
    if (text.charAt(j) == '-' || text.charAt(j) == '+') {
      j++; // sign of a number
    }
    boolean hasHyphen = false;
    while (true) {
      int runStart = j;
      boolean digitsOnly = true;
      while (j < n) {
        int cp = text.codePointAt(j);
        if (!isWordChar(cp)) {
          break;
        }
        if (!Character.isDigit(cp)) {
          digitsOnly = false;
        }
        j += Character.charCount(cp);
      }
      if (j == runStart || j >= n) {
        break;
      }
      char d = text.charAt(j);
      boolean nextIsWord = j + 1 < n && isWordChar(text.codePointAt(j + 1));
      boolean nextIsDigit = j + 1 < n && Character.isDigit(text.charAt(j + 1));
      if (d == '-' && nextIsWord) {
        hasHyphen = true;
        j++;
      } else if (digitsOnly && isApostrophe(d) && continuesThousands(text, start, runStart, j)) {
        j++; // the Swiss 10'000
      } else if (isApostrophe(d)) {
        // elided words are short: looking only at short prefixes keeps a long word linear
        if (!hasHyphen && j - start <= MAX_ELISION
            && elisions.contains(text.substring(start, j).toLowerCase(Locale.ROOT))) {
          out.add(new Token(start, j + 1)); // l' | avion
          return j + 1;
        }
        if (nextIsWord && Character.isLetter(text.codePointAt(j + 1))) {
          j++; // O'Brien, aujourd'hui
        } else {
          break;
        }
      } else if (digitsOnly && (d == ',' || d == '.' || d == '/') && nextIsDigit) {
        j++; // 3,5  4.2  13/11/2015
      } else if (digitsOnly && isNumberGroupSpace(d) && continuesThousands(text, start, runStart, j)) {
        j++; // 1 000
      } else if (d == '/' && nextIsWord && isCode(text, runStart, j)
          && isCode(text, j + 1, runEnd(text, j + 1))) {
        j++; // codes: "IIb/IIIa", "H/C/562"; but words stay apart: "et/ou", "mg/kg"
      } else if (d == '.' && nextIsWord && (isDotSuffix(text, j + 1, runEnd(text, j + 1))
          || isLowerCase(text, runStart, j) && isLowerCase(text, j + 1, runEnd(text, j + 1)))) {
        j++; // a domain, a file name, dotted names: "VIDATI.fr", "10.JPG", "rec.arts.movies"
      } else if (d == '(' && !digitsOnly && (j + 3 < n && text.charAt(j + 2) == ')'
          || j + 4 < n && text.charAt(j + 3) == ')' && Character.isLetter(text.charAt(j + 2)))
          && Character.isLetter(text.charAt(j + 1))) {
        j = text.indexOf(')', j) + 1; // inclusive writing: "traité(e)", "AUTRE(S)"
      } else if (d == '°' && j - start == 1 && (text.charAt(start) == 'n' || text.charAt(start) == 'N')) {
        j++; // "n°"
        break;
      } else {
        break;
      }
    }
    int end = j;
    // a final period that belongs to the word: initials, dotted acronyms, abbreviations
    if (end < n && text.charAt(end) == '.') {
      end = abbreviationEnd(text, start, end);
    }
    if (hasHyphen) {
      splitClitics(text, start, end, out);
    } else if (!splitNumberUnit(text, start, end, out) && !splitGlued(text, start, end, out)) {
      out.add(new Token(start, end));
    }
    return end;
  }

  /** End of the run of word characters from {@code from}. */
  private static int runEnd(String text, int from) {
    int k = from;
    while (k < text.length() && isWordChar(text.codePointAt(k))) {
      k += Character.charCount(text.codePointAt(k));
    }
    return k;
  }

  /** Whether {@code text[a, b)} is a domain suffix or file extension ending the word. */
  private static boolean isDotSuffix(String text, int a, int b) {
    return b - a <= 4 && DOT_SUFFIXES.contains(text.substring(a, b).toLowerCase(Locale.ROOT))
        && !followsAsWord(text, b);
  }

  /** Whether a word character or a joining period follows {@code k} (so it is no suffix). */
  private static boolean followsAsWord(String text, int k) {
    return k < text.length() && (text.charAt(k) == '.' && k + 1 < text.length()
        && isWordChar(text.codePointAt(k + 1)) || text.charAt(k) == '-');
  }

  /**
   * Whether {@code text[a, b)} looks like a code rather than a word: digits, a single capital,
   * all capitals, or capitals after its first letter ({@code IIb}, {@code GPIIb}). A plain word
   * ({@code et}) or a name ({@code Sergei}) is not.
   */
  private static boolean isCode(String text, int a, int b) {
    if (b <= a || b - a > 12) {
      return false;
    }
    boolean innerCapital = false;
    boolean digit = false;
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (k > a && Character.isUpperCase(c)) {
        innerCapital = true;
      }
    }
    return digit || innerCapital || (b - a == 1 && Character.isUpperCase(text.charAt(a)));
  }

  /**
   * Splits a unit or an hour glued to a number: {@code 160km} into {@code 160} + {@code km},
   * {@code 20h30} into {@code 20} + {@code h} + {@code 30}; ordinals ({@code 3e}, {@code 1er})
   * and codes ({@code 4G}) stay whole. False when it does not apply.
   */
  private static boolean splitNumberUnit(String text, int start, int end, List<Token> out) {
    int k = start;
    while (k < end && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      k++;
    }
    if (k == start || k == end || k - start > 4) {
      return false;
    }
    char u = text.charAt(k);
    if (u == 'h' || u == 'H') {
      int m = k + 1;
      while (m < end && text.charAt(m) >= '0' && text.charAt(m) <= '9') {
        m++;
      }
      if (m == end && end - (k + 1) <= 2) {
        out.add(new Token(start, k));
        out.add(new Token(k, k + 1));
        if (end > k + 1) {
          out.add(new Token(k + 1, end));
        }
        return true;
      }
      return false;
    }
    if (!UNITS.contains(text.substring(k, end))) {
      return false;
    }
    out.add(new Token(start, k));
    out.add(new Token(k, end));
    return true;
  }

  /**
   * Whether the space at {@code space} separates groups of thousands: the number so far is one
   * group of 1 to 3 digits, or ends in a group of 3, and exactly 3 digits follow.
   */
  private static boolean continuesThousands(String text, int start, int runStart, int space) {
    int groupLength = space - runStart;
    boolean firstGroup = runStart == start || (runStart == start + 1 && text.charAt(start) == '-');
    if (firstGroup ? groupLength > 3 : groupLength != 3) {
      return false;
    }
    int k = space + 1;
    int digits = 0;
    while (k < text.length() && Character.isDigit(text.charAt(k))) {
      k++;
      digits++;
    }
    return digits == 3 && (k == text.length() || !Character.isLetter(text.charAt(k)));
  }

  private int matchWholeWord(String text, int start) {
    List<String> candidates = wholeWordsByInitial.get(Character.toLowerCase(text.charAt(start)));
    if (candidates == null) {
      return start;
    }
    for (String w : candidates) {
      int end = start + w.length();
      if (text.regionMatches(true, start, w, 0, w.length())
          && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
        return end;
      }
    }
    return start;
  }

  private static int matchEmail(String text, int start) {
    // look for the '@' within the longest local part an address may have (64 characters), so
    // that a long run without one costs a bounded look-ahead per word, not a scan to its end
    int limit = Math.min(text.length(), start + 65);
    int at = -1;
    for (int k = start; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '@') {
        at = k;
        break;
      }
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
        return start;
      }
    }
    if (at < 0) {
      return start;
    }
    int chunkEnd = at;
    int domainLimit = Math.min(text.length(), at + 256); // a domain has at most 253 characters
    while (chunkEnd < domainLimit && !isSeparator(text.charAt(chunkEnd))) {
      chunkEnd++;
    }
    Matcher m = EMAIL.matcher(text).region(start, chunkEnd);
    if (!m.lookingAt()) {
      return start;
    }
    int end = m.end();
    while (end > start && text.charAt(end - 1) == '.') {
      end--;
    }
    return end;
  }

  /** {@code end} is at a period after the word {@code [start, end)}: where does the token end? */
  private int abbreviationEnd(String text, int start, int end) {
    int n = text.length();
    int wordLength = end - start;
    if (wordLength == 1 && Character.isUpperCase(text.charAt(start))) {
      // initials and dotted acronyms: "J.", "J.-C.", "R.E.M.", "B.C.E.", "G.P.S"
      int k = end + 1;
      while (true) {
        int m = k;
        if (m < n && text.charAt(m) == '-') {
          m++;
        }
        if (m + 1 < n && Character.isLetter(text.charAt(m)) && text.charAt(m + 1) == '.') {
          k = m + 2;
        } else {
          break;
        }
      }
      if (k > end + 1) {
        if (k < n && Character.isUpperCase(text.charAt(k))
            && (k + 1 == n || !isWordChar(text.codePointAt(k + 1)))) {
          k++; // the last letter of an acronym written without its final period
        }
        return k;
      }
      // a lone capital is an initial ("J. Chirac") unless the sentence ends after it
      // ("sous Mac OS X. Une version..."); "M." (monsieur) always is one
      return text.charAt(start) != 'M' && sentenceEndsAfter(text, end + 1) ? end : end + 1;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (abbreviations.contains(word)) {
      return end + 1;
    }
    if (Character.isUpperCase(text.charAt(start)) && !isUpperCase(text, start, end)
        && companyAbbreviations.contains(word)) {
      // "Warner Bros. Records", "Apple Inc. a annoncé", but "chez Warner Bros. Il signe";
      // all in capitals ("CO.-CAUMARTIN" in a theatre listing), the rule below applies
      return companyNameGoesOn(text, end + 1) ? end + 1 : end;
    }
    if (ambiguousAbbreviations.contains(word)) {
      // "sept. 2015", "art. 3 du code", "Vol. XVII", "MM. Dupont et Durand": an abbreviation;
      // "Ils sont sept. Puis...": a word that ends the sentence
      if (isUpperCase(text, start, end)) {
        return end + 1;
      }
      int k = end + 1;
      while (k < n && isSeparator(text.charAt(k))) {
        k++;
      }
      return k < n && (Character.isLowerCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
          || isRomanNumeral(text, k, runEnd(text, k))) ? end + 1 : end;
    }
    return end;
  }

  /** Whether {@code text[a, b)} is at least two lower-case letters. */
  private static boolean isLowerCase(String text, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return b - a > 1;
  }

  private static boolean isUpperCase(String text, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return b - a > 1;
  }

  private static boolean isRomanNumeral(String text, int a, int b) {
    for (int k = a; k < b; k++) {
      if ("IVXLC".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return b > a;
  }

  /**
   * Whether what follows {@code from} shows that a sentence ended before it: the end of the
   * text, or a capitalised function word ({@code Une}, {@code Ils}) after white space.
   */
  private static boolean sentenceEndsAfter(String text, int from) {
    int k = skipSeparators(text, from);
    if (k == text.length()) {
      return true;
    }
    if (k == from) {
      return false;
    }
    int e = shortWordEnd(text, k);
    return e > k && FrenchWords.isSentenceStarter(text, k, e);
  }

  private static int skipSeparators(String text, int from) {
    int k = from;
    while (k < text.length() && isSeparator(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** End of the word of up to 12 letters at {@code k}, with an elision's apostrophe. */
  private static int shortWordEnd(String text, int k) {
    int n = text.length();
    int e = k;
    while (e < n && e - k < 12 && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e < n && isApostrophe(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Whether the sentence goes on after the period of a company abbreviation at {@code from - 1}:
   * a lower-case word, a digit or a comma, semicolon, colon or closing bracket follows ({@code
   * Apple Inc. a annoncé}, {@code Sony Corp., filiale}), or a capitalised word that is neither a
   * sentence starter nor an article or preposition ({@code Warner Bros. Records}). The end of
   * the text, a closing quote and other punctuation end it ({@code chez Warner Bros. » Puis}).
   */
  private static boolean companyNameGoesOn(String text, int from) {
    int k = skipSeparators(text, from);
    if (k == text.length()) {
      return false;
    }
    char c = text.charAt(k);
    if (Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == ';' || c == ':'
        || c == ')' || c == ']') {
      return true;
    }
    if (k == from || !Character.isUpperCase(c)) {
      return false;
    }
    int e = shortWordEnd(text, k);
    String next = text.substring(k, e).toLowerCase(Locale.ROOT);
    return !FrenchWords.isSentenceStarter(text, k, e) && !AFTER_COMPANY_STARTERS.contains(next);
  }

  /** Emits a hyphenated word, with clitic pronouns at its end as tokens of their own. */
  private static void splitClitics(String text, int start, int end, List<Token> out) {
    int cut = end;
    for (int clitics = 0; clitics < 2; clitics++) {
      int hyphen = text.lastIndexOf('-', cut - 1);
      if (hyphen <= start) {
        break;
      }
      String segment = text.substring(hyphen + 1, cut).toLowerCase(Locale.ROOT);
      if (clitics == 0 && PARTICLES.contains(segment)) {
        String base = text.substring(start, hyphen).toLowerCase(Locale.ROOT);
        if (DEMONSTRATIVES.contains(base) || base.indexOf('-') >= 0) {
          break;
        }
        cut = hyphen;
        break;
      }
      if (!CLITICS.contains(segment)) {
        break;
      }
      // euphonic t: "a-t-il" is "a" + "-t-il"
      if (hyphen - 2 > start && (text.charAt(hyphen - 1) == 't' || text.charAt(hyphen - 1) == 'T')
          && text.charAt(hyphen - 2) == '-') {
        hyphen -= 2;
      }
      cut = hyphen;
    }
    out.add(new Token(start, cut));
    // the clitics, in text order
    int k = cut;
    while (k < end) {
      int nextHyphen = text.indexOf('-', k + 1);
      if (text.startsWith("-t-", k) || text.startsWith("-T-", k)) {
        nextHyphen = text.indexOf('-', k + 3);
      }
      int pieceEnd = nextHyphen < 0 || nextHyphen > end ? end : nextHyphen;
      out.add(new Token(k, pieceEnd));
      k = pieceEnd;
    }
  }

  /** Splits {@code surTelegram} into {@code sur} + {@code Telegram}; false when it does not apply. */
  private static boolean splitGlued(String text, int start, int end, List<Token> out) {
    int k = start;
    while (k < end && Character.isLowerCase(text.charAt(k))) {
      k++;
    }
    if (k == start || k + 1 >= end || k - start > 4) {
      return false;
    }
    if (!Character.isUpperCase(text.charAt(k)) || !Character.isLowerCase(text.charAt(k + 1))) {
      return false;
    }
    if (!GLUED_PREFIXES.contains(text.substring(start, k))) {
      return false;
    }
    out.add(new Token(start, k));
    out.add(new Token(k, end));
    return true;
  }
}
