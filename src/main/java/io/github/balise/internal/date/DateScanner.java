// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.internal.date.DateLexicon.Phrase;
import io.github.balise.internal.date.TenseCues.Tense;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The French date grammar run over one document: a left-to-right scan of its tokens that, at
 * each token, tries the rules below and keeps the first that matches, then goes on after it.
 *
 * <p>Every rule looks at a bounded number of tokens from where it starts (a date is at most a
 * dozen tokens), and tense cues are looked for in a bounded window, so the scan is linear in the
 * number of tokens. There are no regular expressions.
 *
 * <p>Extents follow the French TimeBank: determiners and modifiers are kept ({@code le 6 mai
 * dernier}, {@code la fin du XIXe siècle}), a leading preposition is not ({@code en 2014} gives
 * {@code 2014}). Values are TimeML's. One instance serves one document and is then dropped: it
 * keeps the last resolved day (for {@code le même jour}) and the last explicit year of the
 * sentence (for {@code en 97 (en janvier…)}).
 */
final class DateScanner {

  /** A found date: tokens {@code [start, end)} and its TimeML value (null if unknown). */
  record Match(int start, int end, String value, boolean dayGrain, boolean weekdayOnly) {}

  private static final Set<String> DETERMINERS =
      Set.of("le", "la", "l'", "les", "ce", "cet", "cette", "ces");
  private static final Set<String> MODIFIERS = Set.of("debut", "fin", "milieu", "courant");
  private static final Set<String> OF = Set.of("de", "du", "des", "d'");
  private static final Set<String> PREVIOUS =
      Set.of("dernier", "derniere", "passe", "passee", "precedent", "precedente");
  private static final Set<String> NEXT = Set.of("prochain", "prochaine", "suivant", "suivante");
  private static final Set<String> RANGE_LINKS = Set.of("et", "ou", "a", "au", "-", "aux");
  /** Words that may stand between a day and a part of the day ("hier dans la soirée"). */
  private static final Set<String> BEFORE_PART_OF_DAY =
      Set.of("au", "en", "dans", "vers", "des", "la", "l'", "le", "fin", "debut", "milieu", "de",
          "d'", "du", "tot", "tard", "tres", "a");
  private static final Set<String> SEASON_DETERMINERS = Set.of("l'", "le", "cet", "ce", "cette");
  private static final Set<String> HOLIDAY_NOUNS = Set.of("jour", "journee", "fete");
  private static final Set<String> UNITS =
      Set.of("semaine", "mois", "annee", "an", "trimestre", "semestre", "week-end", "weekend");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "re", "e", "eme", "ere");
  /** Words before "de" that make the number after it a count ("plus de 2000"). */
  private static final Set<String> COUNT_WORDS =
      Set.of("plus", "moins", "pres", "environ", "quelque");
  private static final Set<String> COUNT_UNITS =
      Set.of("jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees");
  /** Words that begin a rule of their own: "d'ici", "il y a", "dans deux mois", "mois de mai". */
  private static final Set<String> STARTERS = Set.of("ici", "il", "dans", "mois", "annees");
  private final DateLexicon lex;
  private final String text;
  private final List<Token> tokens;
  private final int size;
  private final String[] raw;
  private final String[] n;
  private final String[] low;
  private final int[] sentenceOf;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  private final LocalDate ref;
  private final TenseCues tense;

  private LocalDate lastDay;
  private int anchorSentence = -1;
  private int anchorYear;
  /** {@link #anchorYear} of a generic sentence, whose dates have no year. */
  private static final int GENERIC = Integer.MIN_VALUE;
  private int lastEnd = -1;
  /** The last year a kept date named, anywhere before: "l'année suivante" counts from it. */
  private int documentYear = Integer.MIN_VALUE;
  /** Set while the inside of a modifier is parsed: "fin de fin de ..." nests no further. */
  private boolean insideModifier;

  DateScanner(DateLexicon lex, AnnotatedDocument doc) {
    this.lex = lex;
    this.text = doc.text();
    this.tokens = doc.tokens();
    this.size = tokens.size();
    this.raw = new String[size];
    this.n = new String[size];
    this.low = new String[size];
    for (int i = 0; i < size; i++) {
      Token t = tokens.get(i);
      raw[i] = text.substring(t.start(), t.end());
      low[i] = DateLexicon.lower(raw[i]);
      n[i] = DateLexicon.normalize(raw[i]);
    }
    List<Sentence> sentences = doc.sentences();
    this.sentenceOf = new int[size];
    this.sentenceFirst = new int[sentences.size()];
    this.sentenceEnd = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sen = sentences.get(s);
      sentenceFirst[s] = sen.firstToken();
      sentenceEnd[s] = sen.endToken();
      for (int k = sen.firstToken(); k < sen.endToken(); k++) {
        sentenceOf[k] = s;
      }
    }
    this.ref = doc.referenceDate().orElse(null);
    this.tense = new TenseCues(lex, n, low, sentenceOf, sentenceFirst, sentenceEnd);
  }

  /** Scans the whole document. */
  List<Match> scan() {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < size) {
      if (!mayStartDate(i)) {
        i++;
        continue;
      }
      Match m;
      try {
        m = parseAt(i);
      } catch (DateTimeException | ArithmeticException e) {
        m = null; // a reference date at the end of time: "demain" has no day to be
      }
      if (m == null) {
        i++;
        continue;
      }
      if (vetoed(m)) {
        i = m.end();
        continue;
      }
      out.add(m);
      lastEnd = m.end();
      String v = m.value();
      if (v != null && (v.length() == 4 || v.length() == 7 && v.charAt(4) == '-')
          && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(3))) {
        // a year or month sets the year for what follows in the sentence ("en 97 (en janvier,
        // en octobre…)"); a day ("hier") does not, the tense decides after it
        anchorSentence = sentenceOf[m.start()];
        anchorYear = Integer.parseInt(v.substring(0, 4));
        documentYear = anchorYear;
      } else if (v != null && v.startsWith("XXXX-") && v.length() == 7
          && Character.isLetter(v.charAt(5))) {
        // a season of no year ("en été", "les mois d'été") makes the sentence generic: its other
        // dates have no year either ("entre le 15 juillet et le 15 août, le camping est plein")
        anchorSentence = sentenceOf[m.start()];
        anchorYear = GENERIC;
      }
      if (m.dayGrain() && m.value() != null && m.value().length() == 10
          && Character.isDigit(m.value().charAt(0))) {
        lastDay = LocalDate.parse(m.value());
      }
      i = m.end();
    }
    return out;
  }

  /**
   * A cheap first test: whether some rule could start at token {@code i}. Most tokens of a text
   * cannot, and skipping them keeps the scan fast; each rule below begins with one of these.
   */
  private boolean mayStartDate(int i) {
    char c = raw[i].charAt(0);
    if (Character.isDigit(c) || c == 'I' || c == 'V' || c == 'X') {
      return true; // numbers, dates in figures, centuries in Roman numerals
    }
    String t = n[i];
    return DETERMINERS.contains(t) || MODIFIERS.contains(t) || STARTERS.contains(t)
        || HOLIDAY_NOUNS.contains(t) || t.startsWith("mi-") || lex.startsAnEntry(t);
  }

  // ---------------------------------------------------------------- rules

  private Match parseAt(int i) {
    String t = n[i];
    // "d'ici le 30 juin": the French TimeBank marks "ici" as the reference date
    if (t.equals("ici") && i > 0 && n[i - 1].equals("d'") && i + 1 < size) {
      return parseAt(i + 1) == null ? null : new Match(i, i + 1, refDay(), true, false);
    }
    Match m = relativeDay(i);
    if (m == null) {
      m = vague(i);
    }
    if (m == null) {
      m = anaphora(i);
    }
    if (m == null) {
      m = agoOrIn(i);
    }
    if (m == null) {
      m = withDeterminer(i, false, false);
    }
    return m;
  }

  /** The rules that may start with a determiner ({@code le}, {@code cette}…). */
  private Match withDeterminer(int i, boolean contextOk, boolean bareUnit) {
    return withDeterminer(i, contextOk, bareUnit, null);
  }

  /**
   * @param implicit the article a contraction before {@code i} holds ({@code le} in {@code du},
   *     {@code les} in {@code des}), or null
   */
  private Match withDeterminer(int i, boolean contextOk, boolean bareUnit, String implicit) {
    String det = implicit;
    int j = i;
    if (implicit == null && DETERMINERS.contains(n[i]) && i + 1 < size) {
      det = n[i];
      j = i + 1;
    }
    Match m = modified(i, j, det);
    if (m == null) {
      m = dayMonth(i, j, det);
    }
    if (m == null) {
      m = numeric(i, j, det);
    }
    if (m == null) {
      m = spacedNumeric(i, j, det);
    }
    if (m == null) {
      m = holiday(i, j, det); // before weekdays: "lundi de Pâques"
    }
    if (m == null) {
      m = weekday(i, j, det);
    }
    if (m == null) {
      m = unit(i, j, det, bareUnit);
    }
    if (m == null) {
      m = ordinal(i, j, det);
    }
    if (m == null) {
      m = month(i, j, det, contextOk);
    }
    if (m == null) {
      m = season(i, j, det);
    }
    if (m == null) {
      m = decadeOrCentury(i, j, det);
    }
    if (m == null && det == null) {
      m = year(i, contextOk);
    }
    return m;
  }

  /** {@code début 2015}, {@code la fin du XIXe siècle}, {@code mi-septembre}: the inner value. */
  private Match modified(int start, int j, String det) {
    String t = n[j];
    if (t.startsWith("mi-") && t.length() > 3) {
      String rest = t.substring(3);
      Integer m = lex.months.get(rest);
      if (m != null) {
        int k = j + 1;
        Integer y = k < size ? year4(k) : null;
        if (y != null) {
          return new Match(start, k + 1, TimeMl.month(y, m), false, false);
        }
        return new Match(start, j + 1, resolveMonth(m, null, j), false, false);
      }
      Integer y = year4Text(raw[j].substring(3));
      if (y != null) {
        return new Match(start, j + 1, TimeMl.year(y), false, false);
      }
      return null;
    }
    if (insideModifier || !MODIFIERS.contains(t) || j + 1 >= size || (det != null && !det.equals("la")
        && !det.equals("le"))) {
      return null;
    }
    int k = j + 1;
    Match inner;
    insideModifier = true;
    try {
      if (OF.contains(n[k]) && k + 1 < size) {
        String implicit = n[k].equals("du") ? "le" : n[k].equals("des") ? "les"
            : UNITS.contains(n[k + 1]) ? "le" : null; // "en fin d'année", "en début de mois"
        if (det == null && implicit != null && !n[k].equals("du") && !n[k].equals("des")
            && start > 0 && OF.contains(n[start - 1])) {
          return null; // "une fête de fin d'année" names a kind of party, not a date
        }
        inner = withDeterminer(k + 1, true, true, implicit);
      } else if (t.equals("milieu")) {
        return null; // "milieu" alone is a noun: "le milieu 2015" is not said
      } else {
        inner = withDeterminer(k, true, false);
      }
    } finally {
      insideModifier = false;
    }
    if (inner == null) {
      return null;
    }
    return new Match(start, inner.end(), inner.value(), false, false);
  }

  /**
   * {@code le 13 novembre 2015}, {@code samedi 29 mai}, {@code le 6 mai dernier}, {@code 19} (au
   * 23 juillet).
   */
  private Match dayMonth(int start, int j, String det) {
    if (det != null && !det.equals("le") && !det.equals("ce")) {
      return null;
    }
    int k = j;
    boolean hasWeekday = lex.weekdays.containsKey(n[k]);
    Integer weekday = lex.weekdays.get(n[k]);
    if (hasWeekday) {
      k++;
    }
    int[] day = dayNumber(k);
    if (day == null) {
      return null;
    }
    k = day[1];
    if (k < size && (n[k].equals("h") || n[k].startsWith("heure"))) {
      return null; // "samedi 14 h" is a weekday and a time
    }
    Integer month = k < size ? lex.months.get(n[k]) : null;
    if (month == null) {
      Match range = rangeStart(start, k, day[0]);
      if (range != null) {
        return range;
      }
      if (weekday != null && (det == null || det.equals("le"))) {
        return new Match(start, k, weekdayAndDay(weekday, day[0], start), true, false);
      }
      // "le 16": a day of the month alone, only where nothing follows that it could count
      if (weekday == null && "le".equals(det) && Character.isDigit(raw[j].charAt(0))
          && (k == size || sentenceOf[k] != sentenceOf[j]
          || ".,;:)".indexOf(raw[k].charAt(0)) >= 0)) {
        return new Match(start, k, dayOfMonth(day[0], start), true, false);
      }
      return null;
    }
    if (!TimeMl.validDay(month, day[0])) {
      return null;
    }
    k++;
    Integer y = k < size ? year4Text(raw[k]) : null;
    if (y == null && k < size) {
      y = year2(k);
    }
    if (y != null) {
      LocalDate d = TimeMl.dateOrNull(y, month, day[0]);
      if (d == null) {
        return null;
      }
      return new Match(start, k + 1, TimeMl.day(d), true, false);
    }
    int mod = 0;
    if (k < size && PREVIOUS.contains(n[k])) {
      mod = -1;
      k++;
    } else if (k < size && NEXT.contains(n[k])) {
      mod = 1;
      k++;
    }
    return new Match(start, k, resolveDayMonth(month, day[0], mod, start), true, false);
  }

  /** The first day of {@code du 19 au 23 juillet}: it takes the month (and year) of the second. */
  private Match rangeStart(int start, int k, int day) {
    if (k >= size || !(n[k].equals("au") || n[k].equals("et") || n[k].equals("a")
        || n[k].equals("-"))) {
      return null;
    }
    int q = k + 1;
    if (q < size && n[q].equals("le")) {
      q++;
    }
    if (q < size && lex.weekdays.containsKey(n[q])) {
      q++;
    }
    int[] second = q < size ? dayNumber(q) : null;
    if (second == null || second[1] >= size) {
      return null;
    }
    Integer month = lex.months.get(n[second[1]]);
    if (month == null || !TimeMl.validDay(month, day) || second[0] <= day) {
      return null;
    }
    int yk = second[1] + 1;
    Integer y = yk < size ? year4(yk) : null;
    String value;
    if (y != null) {
      LocalDate d = TimeMl.dateOrNull(y, month, day);
      value = d == null ? null : TimeMl.day(d);
    } else {
      value = resolveDayMonth(month, day, 0, start);
    }
    return new Match(start, k, value, true, false);
  }

  /** {@code 13/11/2015}, {@code 2013-03-01}, {@code le 2/3}, {@code 17/02}. */
  private Match numeric(int start, int j, String det) {
    if (det != null && !det.equals("le")) {
      return null;
    }
    int[] parts = new int[3];
    int[] digits = new int[3];
    char sep = Numerals.splitNumeric(raw[j], parts, digits);
    if (sep == 0) {
      return null;
    }
    int count = parts[2] >= 0 ? 3 : 2;
    if (sep == '.' && (count != 3 || digits[2] != 4)) {
      return null; // "3.5" is a decimal; only "18.05.1999" is a date
    }
    int y;
    int m;
    int d;
    if (sep == '-') {
      if (count != 3 || digits[0] != 4) {
        return null; // "1982-1990" and "13-15" are not one date
      }
      y = parts[0];
      m = parts[1];
      d = parts[2];
    } else {
      d = parts[0];
      m = parts[1];
      if (count == 3) {
        y = digits[2] == 4 ? parts[2] : digits[2] == 2 ? expandYear(parts[2]) : -1;
        if (y < 0) {
          return null;
        }
      } else {
        // a bare d/m could be a fraction or a score ("1/10"): take it after "le", or written
        // on two digits each ("17/02")
        if (det == null && !(digits[0] == 2 && digits[1] == 2) || digits[0] > 2) {
          return null;
        }
        y = -1;
      }
    }
    if (!TimeMl.validDay(m, d)) {
      return null;
    }
    if (y < 0) {
      return new Match(start, j + 1, resolveDayMonth(m, d, 0, start), true, false);
    }
    LocalDate date = TimeMl.dateOrNull(y, m, d);
    return date == null ? null : new Match(start, j + 1, TimeMl.day(date), true, false);
  }

  /**
   * {@code 20 02 2014}, {@code le 17 02}, {@code le 24 12 14}: day and month numbers apart. Only
   * with a four-digit year, after {@code le}, or with a month written on two digits from a zero
   * ({@code 02}), since two numbers side by side are otherwise mostly counts.
   */
  private Match spacedNumeric(int start, int j, String det) {
    if ((det != null && !det.equals("le")) || j + 1 >= size) {
      return null;
    }
    String d = raw[j];
    String m = raw[j + 1];
    if (!Numerals.isDigits(d) || !Numerals.isDigits(m) || d.length() > 2 || m.length() > 2
        || sentenceOf[j] != sentenceOf[j + 1]) {
      return null;
    }
    int day = Integer.parseInt(d);
    int month = Integer.parseInt(m);
    if (!TimeMl.validDay(month, day)) {
      return null;
    }
    int k = j + 2;
    Integer y = null;
    if (k < size && sentenceOf[k] == sentenceOf[j] && Numerals.isDigits(raw[k])) {
      if (raw[k].length() == 4) {
        y = year4(k);
      } else if (raw[k].length() == 2 && (det != null || m.startsWith("0"))) {
        y = year2(k);
      }
      if (y == null) {
        return null; // "20 02 20000"
      }
    }
    boolean zeroMonth = m.length() == 2 && m.charAt(0) == '0';
    if (y == null && det == null && !zeroMonth) {
      return null;
    }
    if (y == null) {
      if (k < size && Character.isLetterOrDigit(raw[k].charAt(0)) && !yearFollowerOk(k)) {
        return null;
      }
      return new Match(start, k, resolveDayMonth(month, day, 0, start), true, false);
    }
    if (y == null || (det == null && raw[k].length() != 4 && !zeroMonth)) {
      return null;
    }
    LocalDate date = TimeMl.dateOrNull(y, month, day);
    return date == null ? null : new Match(start, k + 1, TimeMl.day(date), true, false);
  }


  /** {@code lundi}, {@code ce dimanche}, {@code mercredi dernier}, {@code mardi en huit}. */
  private Match weekday(int start, int j, String det) {
    Integer wd = lex.weekdays.get(n[j]);
    if (wd == null || (det != null && !det.equals("ce"))) {
      return null;
    }
    if (det == null && start > 0 && (n[start - 1].equals("le") || n[start - 1].equals("du"))) {
      return null; // "uniquement le mercredi", "le marché du dimanche": a TimeML SET
    }
    int k = j + 1;
    if (k < size && n[k].equals("saint")) {
      return null; // "l'accord du Vendredi saint"
    }
    Phrase mod = k < size ? lex.weekdayModifiers.match(n, k, sentenceEndOf(j)) : null;
    int end = mod == null ? k : k + mod.tokens().length;
    if (ref == null) {
      return new Match(start, end, null, true, mod == null);
    }
    LocalDate d;
    String code = mod == null ? "" : mod.value();
    switch (code) {
      case "PREV" -> d = TimeMl.previousWeekday(ref, wd);
      case "NEXT" -> d = TimeMl.nextWeekday(ref, wd);
      case "WEEK+1" -> d = TimeMl.inWeek(ref.plusDays(7), wd);
      case "WEEK0" -> d = TimeMl.inWeek(ref, wd);
      case "WEEK-1" -> d = TimeMl.inWeek(ref.minusDays(7), wd);
      case "IN8" -> d = TimeMl.nextWeekday(ref.plusDays(6), wd);
      case "IN15" -> d = TimeMl.nextWeekday(ref.plusDays(13), wd);
      default -> {
        if ("ce".equals(det) && ref.getDayOfWeek().getValue() == wd) {
          d = ref;
        } else if (tense.at(start) == Tense.PAST) {
          d = TimeMl.previousWeekday(ref, wd);
        } else {
          d = TimeMl.nextWeekday(ref, wd);
        }
      }
    }
    return new Match(start, end, TimeMl.day(d), true, mod == null);
  }

  /**
   * {@code cette année}, {@code la semaine dernière}, {@code l'année 2001}, {@code le mois de
   * septembre 2015}.
   */
  private Match unit(int start, int j, String det, boolean bareUnit) {
    String u = n[j];
    int k = j + 1;
    if (u.equals("mois") && k + 1 < size && (n[k].equals("de") || n[k].equals("d'"))
        && (det == null || det.equals("le") || det.equals("ce"))) {
      Integer m = lex.months.get(n[k + 1]);
      if (m == null) {
        return null;
      }
      int e = k + 2;
      Integer y = e < size ? year4Text(raw[e]) : null;
      if (y != null) {
        return new Match(start, e + 1, TimeMl.month(y, m), false, false);
      }
      return new Match(start, e, resolveMonth(m, null, start), false, false);
    }
    if (det == null) {
      return null;
    }
    if ((u.equals("annee") || u.equals("an")) && det.equals("l'") && k < size) {
      Integer y = year4Text(raw[k]);
      if (y != null) {
        return new Match(start, k + 1, TimeMl.year(y), false, false);
      }
    }
    if (u.equals("semaine") && det.equals("la") && k + 1 < size && n[k].equals("du")) {
      Match day = dayMonth(k + 1, k + 1, null);
      if (day != null) {
        String v = day.value() == null || !Character.isDigit(day.value().charAt(0)) ? null
            : TimeMl.week(LocalDate.parse(day.value()));
        return new Match(start, day.end(), v, false, false);
      }
    }
    boolean demonstrative = det.equals("ce") || det.equals("cet") || det.equals("cette");
    if (u.equals("mois-ci")) {
      u = "mois";
    }
    if (u.equals("siecle")) {
      int offsetC = demonstrative ? 0 : k < size && PREVIOUS.contains(n[k]) ? -1
          : k < size && NEXT.contains(n[k]) ? 1 : Integer.MIN_VALUE;
      if (offsetC == Integer.MIN_VALUE) {
        return null;
      }
      int endC = demonstrative ? k : k + 1;
      return new Match(start, endC, ref == null ? null : String.format(Locale.ROOT,
          "%02dXX", (ref.getYear() - 1) / 100 + offsetC), false, false);
    }
    if (!UNITS.contains(u)) {
      return null;
    }
    int offset;
    int end = k;
    if (demonstrative) {
      offset = 0;
    } else if (k < size && PREVIOUS.contains(n[k])) {
      offset = -1;
      end = k + 1;
    } else if (k < size && NEXT.contains(n[k])) {
      offset = 1;
      end = k + 1;
    } else if (k + 1 < size && n[k].equals("qui") && (n[k + 1].equals("suit")
        || n[k + 1].equals("vient"))) {
      offset = 1;
      end = k + 2;
    } else if (k + 1 < size && n[k].equals("en") && n[k + 1].equals("cours")) {
      offset = 0;
      end = k + 2;
    } else if (bareUnit && !det.equals("les") && !det.equals("ces")) {
      offset = 0;
    } else {
      return null;
    }
    boolean anaphoric = end > k && (n[k].startsWith("suivant") || n[k].startsWith("precedent"));
    if (anaphoric && (u.equals("annee") || u.equals("an")) && documentYear != Integer.MIN_VALUE) {
      // "en 1995 … l'année suivante": the year after the one last named, not after today
      return new Match(start, end, TimeMl.year(documentYear + offset), false, false);
    }
    if (ref == null) {
      return new Match(start, end, null, false, false);
    }
    String v = switch (u) {
      case "semaine" -> TimeMl.week(ref.plusWeeks(offset));
      case "mois" -> {
        LocalDate d = ref.plusMonths(offset);
        yield TimeMl.month(d.getYear(), d.getMonthValue());
      }
      case "trimestre" -> {
        LocalDate d = ref.plusMonths(3L * offset);
        yield TimeMl.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
      }
      case "semestre" -> {
        LocalDate d = ref.plusMonths(6L * offset);
        yield TimeMl.half(d.getYear(), (d.getMonthValue() - 1) / 6 + 1);
      }
      case "week-end", "weekend" -> {
        LocalDate base = ref.plusWeeks(offset);
        if (offset == 0 && ref.getDayOfWeek().getValue() <= 5 && tense.at(start) == Tense.PAST) {
          base = ref.minusWeeks(1); // "se sont rendus ce week-end", written on a Tuesday
        }
        yield TimeMl.week(base) + "-WE";
      }
      default -> TimeMl.year(ref.getYear() + offset);
    };
    return new Match(start, end, v, false, false);
  }

  /**
   * {@code 1er trimestre 2016}, {@code le dernier jour d'octobre 2015}, {@code la première
   * semaine d'octobre}.
   */
  private Match ordinal(int start, int j, String det) {
    if (det != null && !det.equals("le") && !det.equals("la") && !det.equals("l'")) {
      return null;
    }
    int[] ord = ordinalNumber(j);
    if (ord == null || ord[1] >= size) {
      return null;
    }
    int k = ord[1];
    String u = n[k];
    Integer wd = lex.weekdays.get(u);
    if (wd != null) {
      return nthWeekday(start, k + 1, ord[0], wd);
    }
    if (u.equals("trimestre") || u.equals("semestre")) {
      int max = u.equals("trimestre") ? 4 : 2;
      int q = ord[0] == -1 ? max : ord[0];
      if (q < 1 || q > max) {
        return null;
      }
      int e = k + 1;
      if (e + 1 < size && n[e].equals("de") && year4(e + 1) != null) {
        e++;
      }
      Integer y = e < size ? year4(e) : null;
      int end = y != null ? e + 1 : k + 1;
      if (y == null && ref == null) {
        return new Match(start, end, null, false, false);
      }
      int year = y != null ? y : ref.getYear();
      return new Match(start, end, max == 4 ? TimeMl.quarter(year, q) : TimeMl.half(year, q),
          false, false);
    }
    if (!(u.equals("jour") || u.equals("semaine")) || k + 1 >= size) {
      return null;
    }
    int e = k + 1;
    if (!OF.contains(n[e])) {
      return null;
    }
    e++;
    if (e + 1 < size && n[e].equals("mois") && OF.contains(n[e + 1])) {
      e += 2;
    }
    Integer m = e < size ? lex.months.get(n[e]) : null;
    if (m == null) {
      return null;
    }
    e++;
    Integer y = e < size ? year4(e) : null;
    int end = y != null ? e + 1 : e;
    int year;
    if (y != null) {
      year = y;
    } else if (ref != null) {
      String resolved = resolveMonth(m, null, start);
      year = Integer.parseInt(resolved.substring(0, 4));
    } else {
      return new Match(start, end, null, u.equals("jour"), false);
    }
    LocalDate first = LocalDate.of(year, m, 1);
    LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
    if (u.equals("jour")) {
      LocalDate d = ord[0] == -1 ? last : TimeMl.dateOrNull(year, m, ord[0]);
      return d == null ? null : new Match(start, end, TimeMl.day(d), true, false);
    }
    // weeks of a month begin on its Mondays; the last is the last that ends in the month
    LocalDate monday = first.getDayOfWeek().getValue() == 1 ? first : TimeMl.nextWeekday(first, 1);
    LocalDate d;
    if (ord[0] == -1) {
      d = TimeMl.previousWeekday(last.plusDays(1), 1);
      if (d.plusDays(6).isAfter(last)) {
        d = d.minusWeeks(1);
      }
    } else {
      d = monday.plusWeeks(ord[0] - 1L);
    }
    return new Match(start, end, TimeMl.week(d), false, false);
  }

  /** {@code le premier mercredi du mois prochain}, {@code le dernier lundi de mai 2015}. */
  private Match nthWeekday(int start, int k, int nth, int wd) {
    if (k + 1 >= size || !OF.contains(n[k])) {
      return null;
    }
    int e = k + 1;
    String month;
    int end;
    if (n[e].equals("mois") && e + 1 < size && (NEXT.contains(n[e + 1])
        || PREVIOUS.contains(n[e + 1]))) {
      if (ref == null) {
        return new Match(start, e + 2, null, true, false);
      }
      LocalDate d = ref.plusMonths(NEXT.contains(n[e + 1]) ? 1 : -1);
      month = TimeMl.month(d.getYear(), d.getMonthValue());
      end = e + 2;
    } else {
      Match inner = withDeterminer(e, true, false);
      if (inner == null || inner.value() == null || inner.value().length() != 7
          || !Character.isDigit(inner.value().charAt(0))) {
        return null;
      }
      month = inner.value();
      end = inner.end();
    }
    LocalDate first = LocalDate.parse(month + "-01");
    LocalDate d;
    if (nth == -1) {
      d = TimeMl.previousWeekday(first.plusMonths(1), wd);
    } else {
      d = TimeMl.nextWeekday(first.minusDays(1), wd).plusWeeks(nth - 1L);
      if (d.getMonthValue() != first.getMonthValue()) {
        return null;
      }
    }
    return new Match(start, end, TimeMl.day(d), true, false);
  }

  /** {@code novembre 2015}, {@code octobre 98}, {@code septembre dernier}, (en) {@code juillet}. */
  private Match month(int start, int j, String det, boolean contextOk) {
    Integer m = lex.months.get(n[j]);
    if (m == null || det != null) {
      return null;
    }
    int k = j + 1;
    Integer y = k < size ? year4Text(raw[k]) : null;
    if (y == null && k < size) {
      y = year2(k);
    }
    if (y != null) {
      return new Match(start, k + 1, TimeMl.month(y, m), false, false);
    }
    if (k + 2 < size && RANGE_LINKS.contains(n[k]) && lex.months.containsKey(n[k + 1])) {
      Integer y2 = year4Text(raw[k + 2]);
      if (y2 != null && (contextOk || inDateContext(start))) {
        // "entre août et septembre 1917": the first month takes the year of the second
        return new Match(start, k, TimeMl.month(y2, m), false, false);
      }
    }
    if (k < size && PREVIOUS.contains(n[k])) {
      return new Match(start, k + 1, resolveMonth(m, -1, start), false, false);
    }
    if (k < size && NEXT.contains(n[k])) {
      return new Match(start, k + 1, resolveMonth(m, 1, start), false, false);
    }
    // a bare month name: a full name ("sept" is also seven), in lower case (not "Mars" the
    // planet), in a date context
    boolean fullName = lex.fullMonthNames.contains(n[j]);
    boolean lowerCase = raw[j].equals(low[j]) || raw[j].equals(raw[j].toUpperCase(Locale.ROOT));
    if (!fullName || !lowerCase || !(contextOk || inDateContext(start))) {
      return null;
    }
    return new Match(start, k, resolveMonth(m, null, start), false, false);
  }

  /** {@code l'été 2015}, {@code l'automne}, (en) {@code été}, {@code les mois d'été}. */
  private Match season(int start, int j, String det) {
    if ("les".equals(det) && n[j].equals("mois") && j + 2 < size && OF.contains(n[j + 1])) {
      String s = lex.seasons.get(n[j + 2]);
      return s == null ? null : new Match(start, j + 3, "XXXX-" + s, false, false);
    }
    String s = lex.seasons.get(n[j]);
    if (s == null || (det != null && !SEASON_DETERMINERS.contains(det))) {
      return null;
    }
    int k = j + 1;
    Integer y = k < size ? year4Text(raw[k]) : null;
    if (y != null) {
      return new Match(start, k + 1, y + "-" + s, false, false);
    }
    int offset = 0;
    int end = k;
    if (k < size && PREVIOUS.contains(n[k])) {
      offset = -1;
      end++;
    } else if (k < size && NEXT.contains(n[k])) {
      offset = 1;
      end++;
    } else if (det == null) {
      // "été" is also the participle of "être": a bare season only after "en" or with "comme"
      boolean en = start > 0 && n[start - 1].equals("en");
      boolean comme = (k < size && n[k].equals("comme"))
          || (start > 0 && n[start - 1].equals("comme"));
      if (en || comme) {
        return new Match(start, end, "XXXX-" + s, false, false);
      }
      if (start == 0 || !n[start - 1].equals("au")) {
        return null;
      }
      // "au printemps": the article is in "au", and the season that of the reference year
    }
    return new Match(start, end, ref == null ? null : (ref.getYear() + offset) + "-" + s, false,
        false);
  }

  /** {@code les années 60} ({@code 196X}), {@code le XIXe siècle} ({@code 18XX}). */
  private Match decadeOrCentury(int start, int j, String det) {
    if (n[j].equals("annees") && j + 1 < size && (det == null || det.equals("les"))) {
      String d = raw[j + 1];
      if (Numerals.isDigits(d) && (d.length() == 2 || d.length() == 4) && d.endsWith("0")) {
        String decade = d.length() == 4 ? d.substring(0, 3) : "19" + d.charAt(0);
        return new Match(start, j + 2, decade + "X", false, false);
      }
      Integer words = lex.decades.get(n[j + 1]);
      return words == null ? null : new Match(start, j + 2, words + "X", false, false);
    }
    if (j + 1 < size && n[j + 1].equals("siecle") && (det == null || det.equals("le"))) {
      int c = Numerals.centuryNumber(raw[j]);
      if (c >= 1 && c <= 21) {
        return new Match(start, j + 2, String.format(Locale.ROOT, "%02dXX", c - 1),
            false, false);
      }
    }
    return null;
  }

  /** {@code Noël}, {@code le jour de la Toussaint}, {@code cette fête de Pentecôte}. */
  private Match holiday(int start, int j, String det) {
    int k = j;
    if (HOLIDAY_NOUNS.contains(n[k]) && k + 1 < size) {
      int q = k + 1;
      if (OF.contains(n[q])) {
        q++;
        if (q < size && (n[q].equals("la") || n[q].equals("l'"))) {
          q++;
        }
      }
      if (q < size && lex.holidays.match(n, q, size) != null) {
        k = q;
      }
    }
    Phrase h = lex.holidays.match(n, k, size);
    if (h == null || (start > 0 && n[start - 1].equals("pere"))
        || lex.capitalHolidays.contains(n[k]) && !Character.isUpperCase(raw[k].charAt(0))) {
      return null; // "le père Noël", "l'ascension du mont Blanc"
    }
    int end = k + h.tokens().length;
    if (end < size && Character.isUpperCase(raw[end].charAt(0)) && Character.isLetter(raw[end].charAt(0))
        && sentenceOf[end] == sentenceOf[k]) {
      return null; // "Toussaint Louverture"
    }
    Integer y = end < size ? year4Text(raw[end]) : null;
    if (y != null) {
      return new Match(start, end + 1, TimeMl.day(holidayIn(h.value(), y)), true, false);
    }
    if (ref == null) {
      String v = h.value().startsWith("E") ? null : "XXXX-" + h.value();
      return new Match(start, end, v, true, false);
    }
    LocalDate thisYear = holidayIn(h.value(), ref.getYear());
    LocalDate d;
    if (tense.at(start) == Tense.PAST) {
      d = thisYear.isAfter(ref) ? holidayIn(h.value(), ref.getYear() - 1) : thisYear;
    } else {
      d = thisYear.isBefore(ref) ? holidayIn(h.value(), ref.getYear() + 1) : thisYear;
    }
    return new Match(start, end, TimeMl.day(d), true, false);
  }

  private static LocalDate holidayIn(String spec, int year) {
    if (spec.startsWith("E")) {
      return TimeMl.easter(year).plusDays(Integer.parseInt(spec.substring(2)));
    }
    return LocalDate.of(year, Integer.parseInt(spec.substring(0, 2)),
        Integer.parseInt(spec.substring(3)));
  }

  /** (en) {@code 2014}, (depuis) {@code 1998}, (entre 1990 et) {@code 1999}, (en) {@code 97}. */
  private Match year(int i, boolean contextOk) {
    Integer y = year4(i);
    if (y == null) {
      if (i > 0 && n[i - 1].equals("en") && raw[i].length() == 2 && Numerals.isDigits(raw[i])
          && (i + 1 == size || ",.;:()".indexOf(raw[i + 1].charAt(0)) >= 0)) {
        int yy = expandYear(Integer.parseInt(raw[i]));
        return new Match(i, i + 1, TimeMl.year(yy), false, false);
      }
      return null;
    }
    boolean context = contextOk || inDateContext(i)
        || (i > 0 && i + 1 < size && n[i - 1].equals("(") && n[i + 1].equals(")"));
    if (!context) {
      return null;
    }
    if (!contextOk && i > 1 && COUNT_WORDS
        .contains(n[i - 2])) {
      return null; // "plus de 2000"
    }
    return new Match(i, i + 1, TimeMl.year(y), false, false);
  }

  /** {@code hier}, {@code aujourd'hui}, {@code demain}, {@code le lendemain}. */
  private Match relativeDay(int i) {
    Phrase p = lex.relativeDays.match(n, i, size);
    if (p == null) {
      return null;
    }
    int end = i + p.tokens().length;
    // "Aujourd'hui, ..." opening a sentence means "nowadays" (a TimeML TIME, PRESENT_REF)
    if (n[i].equals("aujourd'hui") && i == sentenceFirst[sentenceOf[i]] && end < size
        && n[end].equals(",")) {
      return null;
    }
    int offset = Integer.parseInt(p.value());
    // "le lendemain du 13 février", "la veille de Noël": counted from that day
    if (offset != 0 && end + 1 < size && (n[end].equals("du") || n[end].equals("de"))) {
      Match anchor = withDeterminer(end + 1, true, false);
      if (anchor != null && anchor.dayGrain()) {
        String v = isDay(anchor.value())
            ? TimeMl.day(LocalDate.parse(anchor.value()).plusDays(offset)) : null;
        return new Match(i, anchor.end(), v, true, false);
      }
    }
    String v = ref == null ? null : TimeMl.day(ref.plusDays(offset));
    return new Match(i, end, v, true, false);
  }

  private static boolean isDay(String v) {
    return v != null && v.length() == 10 && Character.isDigit(v.charAt(0));
  }

  /** {@code désormais}, {@code récemment}: the reference date or a TimeML *_REF token. */
  private Match vague(int i) {
    Phrase p = lex.vague.match(n, i, size);
    if (p == null) {
      return null;
    }
    String v = p.value().equals("DCT") ? refDay() : p.value();
    return new Match(i, i + p.tokens().length, v, false, false);
  }

  /** {@code le même jour}, {@code ce jour-là}: the day last mentioned. */
  private Match anaphora(int i) {
    int end;
    if (i + 2 < size && n[i].equals("le") && (n[i + 1].equals("meme") && n[i + 2].equals("jour")
        || n[i + 1].equals("jour") && n[i + 2].equals("meme"))) {
      end = i + 3;
    } else if (i + 1 < size && n[i].equals("ce") && n[i + 1].equals("jour-la")) {
      end = i + 2;
    } else {
      return null;
    }
    return new Match(i, end, lastDay == null ? null : TimeMl.day(lastDay), false, false);
  }

  /** {@code il y a trois jours}, {@code dans deux mois}. */
  private Match agoOrIn(int i) {
    int k;
    int sign;
    if (i + 3 < size && n[i].equals("il") && n[i + 1].equals("y") && n[i + 2].equals("a")) {
      k = i + 3;
      sign = -1;
    } else if (i + 1 < size && n[i].equals("dans")) {
      k = i + 1;
      sign = 1;
    } else {
      return null;
    }
    int count;
    int e;
    if (Numerals.isDigits(raw[k]) && raw[k].length() <= 3) {
      count = Integer.parseInt(raw[k]);
      e = k + 1;
    } else {
      Phrase p = lex.numbers.match(n, k, size);
      if (p == null || p.value().startsWith("-") || n[k].startsWith("premi")
          || n[k].startsWith("second")) {
        return null;
      }
      count = Integer.parseInt(p.value());
      e = k + p.tokens().length;
    }
    if (e >= size) {
      return null;
    }
    String u = n[e];
    if (e + 1 < size && OF.contains(n[e + 1])) {
      return null; // "dans un jour de grande forme"
    }
    if (ref == null) {
      return COUNT_UNITS
          .contains(u) ? new Match(i, e + 1, null, false, false) : null;
    }
    long c = (long) sign * count;
    String v;
    switch (u) {
      case "jour", "jours" -> v = TimeMl.day(ref.plusDays(c));
      case "semaine", "semaines" -> v = TimeMl.day(ref.plusWeeks(c));
      case "mois" -> v = TimeMl.day(ref.plusMonths(c));
      case "an", "ans", "annee", "annees" -> {
        LocalDate d = ref.plusYears(c);
        v = TimeMl.month(d.getYear(), d.getMonthValue());
      }
      default -> {
        return null;
      }
    }
    return new Match(i, e + 1, v, false, false);
  }

  // ---------------------------------------------------------------- vetoes

  /** Times of day, sets and clock-anchored weekdays are no DATEs. */
  private boolean vetoed(Match m) {
    int s = m.start();
    int sentence = sentenceOf[s];
    int first = sentenceFirst[sentence];
    if (s > first && n[s - 1].equals("chaque")) {
      return true;
    }
    if (s > first + 1 && n[s - 1].equals("les") && (n[s - 2].equals("tous")
        || n[s - 2].equals("toutes"))) {
      return true;
    }
    if (m.dayGrain() && s > first + 1 && OF.contains(n[s - 1]) && lex.partsOfDay.contains(n[s - 2])) {
      return true; // "le soir de Noël", "la nuit du 4 août"
    }
    if (m.dayGrain()) {
      int end = sentenceEnd[sentence];
      for (int k = m.end(); k < end && k < m.end() + 4; k++) {
        if (lex.partsOfDay.contains(n[k])) {
          return true;
        }
        if (!BEFORE_PART_OF_DAY.contains(n[k])) {
          break;
        }
      }
    }
    if (m.weekdayOnly()) {
      if (s > first && (n[s - 1].equals("h") || n[s - 1].equals("heures")
          || n[s - 1].equals("midi") || n[s - 1].equals("minuit") || Numerals.isClock(raw[s - 1]))) {
        return true; // "entre 0 h 30 et 4 h mardi" is one TIME
      }
      for (int k = Math.max(first, s - 4); k < s; k++) {
        if (n[k].equals("nuit")) {
          return true; // "la nuit de lundi à mardi"
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- values

  private String refDay() {
    return ref == null ? null : TimeMl.day(ref);
  }

  /** A month without a year: the year of the sentence's last explicit year, else by tense. */
  private String resolveMonth(int month, Integer mod, int at) {
    if (mod == null && anchorSentence == sentenceOf[at]) {
      return anchorYear == GENERIC ? String.format(Locale.ROOT, "XXXX-%02d", month)
          : TimeMl.month(anchorYear, month);
    }
    if (ref == null) {
      // "septembre dernier" is relative: no value; "en septembre" is only underspecified
      return mod != null ? null : String.format(Locale.ROOT, "XXXX-%02d", month);
    }
    int y = ref.getYear();
    int current = ref.getMonthValue();
    if (mod != null && mod < 0) {
      y = month < current ? y : y - 1;
    } else if (mod != null && mod > 0) {
      y = month > current ? y : y + 1;
    } else if (anchorSentence == sentenceOf[at]) {
      y = anchorYear;
    } else {
      Tense t = tense.at(at);
      if (t == Tense.PAST && month > current) {
        y--;
      } else if (t == Tense.FUTURE && month < current) {
        y++;
      }
    }
    return TimeMl.month(y, month);
  }

  /** A day and month without a year, resolved like {@link #resolveMonth}. */
  private String resolveDayMonth(int month, int day, int mod, int at) {
    if (mod == 0 && anchorSentence == sentenceOf[at]) {
      if (anchorYear == GENERIC) {
        return TimeMl.dayNoYear(month, day);
      }
      LocalDate d = TimeMl.dateOrNull(anchorYear, month, day);
      return d == null ? TimeMl.dayNoYear(month, day) : TimeMl.day(d);
    }
    if (ref == null) {
      return mod != 0 ? null : TimeMl.dayNoYear(month, day);
    }
    int y = ref.getYear();
    if (anchorSentence == sentenceOf[at] && mod == 0) {
      y = anchorYear;
    } else {
      LocalDate same = TimeMl.dateOrNull(y, month, day);
      boolean after = same == null || same.isAfter(ref);
      boolean before = same != null && same.isBefore(ref);
      Tense t = mod < 0 ? Tense.PAST : mod > 0 ? Tense.FUTURE : tense.at(at);
      if (mod < 0 && !before || mod == 0 && t == Tense.PAST && after) {
        y--;
      } else if (mod > 0 && !after || mod == 0 && t == Tense.FUTURE && before) {
        y++;
      }
    }
    LocalDate d = TimeMl.dateOrNull(y, month, day);
    return d == null ? TimeMl.dayNoYear(month, day) : TimeMl.day(d);
  }

  /** {@code mercredi 13}: the nearest such day, after the reference date unless in the past. */
  private String weekdayAndDay(int weekday, int day, int at) {
    return nearestDay(day, weekday, 28, at);
  }

  /** {@code le 16}: the next 16th, or the last one in the past tense. */
  private String dayOfMonth(int day, int at) {
    return nearestDay(day, 0, 3, at);
  }

  /**
   * The first day of the month numbered {@code day} (on {@code weekday}, 1 to 7, unless 0),
   * looking month by month up to {@code months} from the reference date: forward, or backward
   * in the past tense.
   */
  private String nearestDay(int day, int weekday, int months, int at) {
    if (ref == null) {
      return null;
    }
    boolean past = tense.at(at) == Tense.PAST;
    LocalDate month = ref.withDayOfMonth(1);
    for (int k = 0; k < months; k++) {
      LocalDate m = past ? month.minusMonths(k) : month.plusMonths(k);
      LocalDate d = TimeMl.dateOrNull(m.getYear(), m.getMonthValue(), day);
      if (d != null && (weekday == 0 || d.getDayOfWeek().getValue() == weekday)
          && (past ? !d.isAfter(ref) : !d.isBefore(ref))) {
        return TimeMl.day(d);
      }
    }
    return null;
  }

  private int expandYear(int yy) {
    if (ref == null) {
      return yy <= 30 ? 2000 + yy : 1900 + yy;
    }
    int y = ref.getYear() / 100 * 100 + yy;
    return y > ref.getYear() + 10 ? y - 100 : y;
  }

  // ---------------------------------------------------------------- token tests

  private int sentenceEndOf(int k) {
    return sentenceEnd[sentenceOf[k]];
  }

  /** Whether the token before {@code i} makes a number or month name there a date. */
  private boolean inDateContext(int i) {
    if (i == 0) {
      return false;
    }
    String p = n[i - 1];
    if ((p.equals("...") || p.equals("…")) && i > 1) {
      p = n[i - 2]; // "veuve depuis... 1950"
    }
    if (lex.dateContext.contains(p)) {
      return true;
    }
    // "jusqu'en 2014", "à partir de 2014": the context word may be two tokens back
    if (p.equals("jusqu'") || (i > 1 && p.equals("en") && n[i - 2].equals("jusqu'"))) {
      return true;
    }
    // the second date of "entre 1990 et 1999", "de 2014 à 2016", "en juillet et en août"
    return RANGE_LINKS.contains(p) && lastEnd == i - 1;
  }

  /** A year: four digits from 1000 to 2199, not followed by what it would count. */
  private Integer year4(int k) {
    Integer y = year4Text(raw[k]);
    if (y == null || !yearFollowerOk(k + 1)) {
      return null;
    }
    return y;
  }

  private static Integer year4Text(String s) {
    if (s.length() != 4 || !Numerals.isDigits(s)) {
      return null;
    }
    int y = Integer.parseInt(s);
    return y >= 1000 && y <= 2199 ? y : null;
  }

  /** A two-digit year after a month ({@code octobre 98}). */
  private Integer year2(int k) {
    if (raw[k].length() != 2 || !Numerals.isDigits(raw[k]) || !yearFollowerOk(k + 1)) {
      return null;
    }
    return expandYear(Integer.parseInt(raw[k]));
  }

  private boolean yearFollowerOk(int k) {
    if (k >= size) {
      return true;
    }
    String w = raw[k];
    char c = w.charAt(0);
    if (!Character.isLetterOrDigit(c)) {
      // "de 2000 à 3000 personnes", "2014-2015": a range of counts is not a year
      return true;
    }
    if (Character.isDigit(c)) {
      return false;
    }
    if (Character.isUpperCase(c)) {
      // a unit in capitals ("2000 F", "1500 MF", "2000 km") counts; a name does not
      return w.length() > 2 && !w.equals(w.toUpperCase(Locale.ROOT));
    }
    if (!lex.yearFollowers.contains(n[k]) && !(n[k].endsWith("ait") || n[k].endsWith("aient"))) {
      return false; // a verb in the imperfect may follow: "le traité de 1945 prévoyait"
    }
    // "de 2000 à 3000 personnes"
    if (RANGE_LINKS.contains(n[k]) && k + 2 < size && Numerals.isDigits(raw[k + 1])
        && raw[k + 1].length() == 4
        && Character.isLowerCase(raw[k + 2].charAt(0))
        && !lex.yearFollowers.contains(n[k + 2])) {
      return false;
    }
    return true;
  }

  /** A day of the month: {@code 13}, {@code 1er}, {@code 15e}, {@code premier}, {@code trente et un}. */
  private int[] dayNumber(int k) {
    if (k >= size) {
      return null;
    }
    String r = n[k];
    int digits = 0;
    while (digits < r.length() && Character.isDigit(r.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits <= 2) {
      String suffix = r.substring(digits);
      if (suffix.isEmpty() || ORDINAL_SUFFIXES.contains(suffix)) {
        int v = Integer.parseInt(r.substring(0, digits));
        int end = k + 1;
        if (suffix.isEmpty() && end < size && n[end].equals("er") && v == 1) {
          end++; // "1 er mai" in old print
        }
        return v >= 1 && v <= 31 ? new int[] {v, end} : null;
      }
      return null;
    }
    Phrase p = lex.numbers.match(n, k, size);
    if (p == null || r.equals("un") || r.equals("une") || r.equals("second")
        || r.equals("seconde")) {
      return null;
    }
    int v = Integer.parseInt(p.value());
    return v >= 1 && v <= 31 ? new int[] {v, k + p.tokens().length} : null;
  }

  /** An ordinal: {@code 1er}, {@code 3eme}, {@code premier}, {@code deuxième}, {@code dernier} (-1). */
  private int[] ordinalNumber(int k) {
    String r = n[k];
    int digits = 0;
    while (digits < r.length() && Character.isDigit(r.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits <= 2) {
      String suffix = r.substring(digits);
      if (ORDINAL_SUFFIXES.contains(suffix)) {
        return new int[] {Integer.parseInt(r.substring(0, digits)), k + 1};
      }
      return null;
    }
    if (!(r.startsWith("premi") || r.endsWith("ieme") || r.startsWith("dernier")
        || r.equals("derniere") || r.startsWith("second"))) {
      return null;
    }
    Phrase p = lex.numbers.match(n, k, size);
    return p == null ? null : new int[] {Integer.parseInt(p.value()), k + p.tokens().length};
  }


  private boolean isPunctuation(int k) {
    return !Character.isLetterOrDigit(raw[k].charAt(0));
  }


}
