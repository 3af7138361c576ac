// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import io.github.balise.Token;
import io.github.balise.internal.Resources;
import io.github.balise.internal.text.FrenchTokenizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The French words the date grammar knows, read from the word lists next to this class: month
 * and weekday names, numbers in words, seasons, holidays, relative days, vague references, the
 * words that make a number a year, tense cues and parts of the day.
 *
 * <p>Every entry is compared in {@link #normalize(String) normal form} (lower case, no accents,
 * {@code ’} as {@code '}); phrases of several words are cut into tokens by the project's
 * tokenizer, so that they match the document's tokens one for one. Immutable and thread-safe.
 */
final class DateLexicon {

  /** A phrase of one or more normalised tokens and the value the list gives it. */
  record Phrase(String[] tokens, String value) {}

  final Map<String, Integer> months;
  /** The longest name of each month ({@code septembre}, not {@code sept}): what may stand alone. */
  final Set<String> fullMonthNames;
  final Map<String, Integer> weekdays;
  final PhraseTable numbers;
  final Map<String, String> seasons;
  final Map<String, Integer> decades;
  final PhraseTable holidays;
  /** Normalised first words of holidays that are only holidays with a capital ("Ascension"). */
  final Set<String> capitalHolidays;
  final PhraseTable relativeDays;
  final PhraseTable vague;
  final Set<String> dateContext;
  final Set<String> yearFollowers;
  final Set<String> partsOfDay;
  final PhraseTable tenseCues;
  final Set<String> etreParticiples;
  final PhraseTable weekdayModifiers;
  private final Set<String> firstWords;

  DateLexicon() {
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    months = intMap(read("months.txt"));
    Map<Integer, String> longest = new HashMap<>();
    months.forEach((name, number) -> longest.merge(number, name,
        (a, b) -> a.length() >= b.length() ? a : b));
    fullMonthNames = Set.copyOf(longest.values());
    weekdays = intMap(read("weekdays.txt"));
    numbers = new PhraseTable(tokenizer, read("numbers.txt"), false);
    seasons = stringMap(read("seasons.txt"));
    decades = intMap(read("decades.txt"));
    List<String> holidayLines = read("holidays.txt");
    holidays = new PhraseTable(tokenizer, holidayLines, false);
    Set<String> capital = new HashSet<>();
    for (String line : holidayLines) {
      if (Character.isUpperCase(line.charAt(0))) {
        capital.add(normalize(split(line)[0].split(" ")[0]));
      }
    }
    capitalHolidays = Set.copyOf(capital);
    relativeDays = new PhraseTable(tokenizer, read("relative-days.txt"), false);
    vague = new PhraseTable(tokenizer, read("vague.txt"), false);
    dateContext = set(read("date-context.txt"));
    yearFollowers = set(read("year-followers.txt"));
    partsOfDay = set(read("parts-of-day.txt"));
    tenseCues = new PhraseTable(tokenizer, read("tense.txt"), true, false);
    etreParticiples = set(read("etre-participles.txt"));
    weekdayModifiers = new PhraseTable(tokenizer, read("weekday-modifiers.txt"), false);
    Set<String> first = new HashSet<>();
    first.addAll(months.keySet());
    first.addAll(weekdays.keySet());
    first.addAll(seasons.keySet());
    for (PhraseTable t : List.of(numbers, holidays, relativeDays, vague)) {
      first.addAll(t.firstTokens());
    }
    firstWords = Set.copyOf(first);
  }

  /**
   * Whether a normalised token is a word some list entry begins with (a month, a weekday, a
   * number, a season, a holiday, a relative day or a vague reference).
   */
  boolean startsAnEntry(String normalized) {
    return firstWords.contains(normalized);
  }

  private static List<String> read(String name) {
    return Resources.readList(DateLexicon.class, name);
  }

  /** Lower case (root locale), typographic apostrophe made straight; accents kept. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Lower case (root locale), accents removed, typographic apostrophe made straight. */
  static String normalize(String s) {
    String lower = lower(s);
    StringBuilder b = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 128) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (c >= BASE_LETTERS.length) {
        return slowStrip(lower); // beyond Latin Extended-A: let the normaliser decide
      }
      if (b == null) {
        b = new StringBuilder(lower.length()).append(lower, 0, i);
      }
      char base = BASE_LETTERS[c];
      if (base != 0) {
        b.append(base);
      }
    }
    return b == null ? lower : b.toString();
  }

  /** For each Latin-1 and Latin Extended-A character, itself without accents (0: drop it). */
  private static final char[] BASE_LETTERS = new char[0x180];

  static {
    for (char c = 0; c < BASE_LETTERS.length; c++) {
      String stripped = slowStrip(String.valueOf(c));
      BASE_LETTERS[c] = stripped.length() == 1 ? stripped.charAt(0) : stripped.isEmpty() ? 0 : c;
    }
  }

  private static String slowStrip(String lower) {
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** "word value" lines: the value is the last field, the word everything before it. */
  private static String[] split(String line) {
    int sp = line.lastIndexOf(' ');
    if (sp <= 0) {
      throw new IllegalStateException("date word list line without a value: '" + line + "'");
    }
    return new String[] {line.substring(0, sp).strip(), line.substring(sp + 1)};
  }

  private static Map<String, Integer> intMap(List<String> lines) {
    Map<String, Integer> m = new HashMap<>();
    for (String l : lines) {
      String[] kv = split(l);
      m.put(normalize(kv[0]), Integer.parseInt(kv[1]));
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> stringMap(List<String> lines) {
    Map<String, String> m = new HashMap<>();
    for (String l : lines) {
      String[] kv = split(l);
      m.put(normalize(kv[0]), kv[1]);
    }
    return Map.copyOf(m);
  }

  private static Set<String> set(List<String> lines) {
    Set<String> s = new HashSet<>();
    for (String l : lines) {
      s.add(normalize(l));
    }
    return Set.copyOf(s);
  }

  /** Phrases indexed by their first token; finds the longest one starting at a token. */
  static final class PhraseTable {
    private final Map<String, List<Phrase>> byFirst = new HashMap<>();

    /** A table of normalised phrases; see the other constructor. */
    PhraseTable(FrenchTokenizer tokenizer, List<String> lines, boolean valueFirst) {
      this(tokenizer, lines, valueFirst, true);
    }

    /**
     * @param valueFirst whether the value is the first field of a line ("past a") rather than
     *     the last ("noël 12-25")
     * @param stripAccents whether entries are {@link #normalize normalised} or only {@link
     *     #lower lower-cased} (then they must be matched against lower-cased tokens)
     */
    PhraseTable(FrenchTokenizer tokenizer, List<String> lines, boolean valueFirst,
        boolean stripAccents) {
      for (String line : lines) {
        String phrase;
        String value;
        if (valueFirst) {
          int sp = line.indexOf(' ');
          value = line.substring(0, sp);
          phrase = line.substring(sp + 1).strip();
        } else {
          String[] kv = split(line);
          phrase = kv[0];
          value = kv[1];
        }
        List<Token> toks = tokenizer.tokenize(phrase);
        String[] norm = new String[toks.size()];
        for (int i = 0; i < norm.length; i++) {
          String word = phrase.substring(toks.get(i).start(), toks.get(i).end());
          norm[i] = stripAccents ? normalize(word) : lower(word);
        }
        byFirst.computeIfAbsent(norm[0], k -> new ArrayList<>()).add(new Phrase(norm, value));
      }
      for (List<Phrase> l : byFirst.values()) {
        l.sort((a, b) -> b.tokens().length - a.tokens().length); // longest first
      }
    }

    /** Returns the first tokens of the phrases. */
    Set<String> firstTokens() {
      return byFirst.keySet();
    }

    /** Returns the longest phrase whose tokens are {@code norm[i..]}, or null. */
    Phrase match(String[] norm, int i, int limit) {
      List<Phrase> candidates = byFirst.get(norm[i]);
      if (candidates == null) {
        return null;
      }
      for (Phrase p : candidates) {
        String[] t = p.tokens();
        if (i + t.length > limit) {
          continue;
        }
        boolean ok = true;
        for (int k = 1; k < t.length && ok; k++) {
          ok = t[k].equals(norm[i + k]);
        }
        if (ok) {
          return p;
        }
      }
      return null;
    }
  }
}
