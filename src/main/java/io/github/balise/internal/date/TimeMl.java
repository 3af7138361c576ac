// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** TimeML value strings and the calendar arithmetic behind them. */
final class TimeMl {

  private TimeMl() {}

  static String year(int y) {
    return pad(new StringBuilder(10), y, 4).toString();
  }

  static String month(int y, int m) {
    return pad(pad(new StringBuilder(10), y, 4).append('-'), m, 2).toString();
  }

  static String day(LocalDate d) {
    StringBuilder b = pad(new StringBuilder(10), d.getYear(), 4).append('-');
    return pad(pad(b, d.getMonthValue(), 2).append('-'), d.getDayOfMonth(), 2).toString();
  }

  /** The day with an unknown year, {@code XXXX-07-15}. */
  static String dayNoYear(int m, int d) {
    return pad(pad(new StringBuilder("XXXX-"), m, 2).append('-'), d, 2).toString();
  }

  /** Appends a non-negative number with leading zeros to {@code width} digits. */
  private static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }

  /** The ISO week holding a day, {@code 2015-W46}. */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(int y, int q) {
    return String.format(Locale.ROOT, "%04d-Q%d", y, q);
  }

  static String half(int y, int h) {
    return String.format(Locale.ROOT, "%04d-H%d", y, h);
  }

  /** Whether a day-month pair exists in some year (29 February does, in leap years). */
  static boolean validDay(int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= java.time.Month.of(m).maxLength();
  }

  /** The day, or null when it does not exist that year (30 February). */
  static LocalDate dateOrNull(int y, int m, int d) {
    if (!validDay(m, d) || (m == 2 && d == 29 && !java.time.Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }

  /** The Monday of the week holding {@code d}. */
  static LocalDate monday(LocalDate d) {
    return d.minusDays(d.getDayOfWeek().getValue() - 1L);
  }

  /** The {@code isoDay} (1 = Monday) of the week holding {@code d}. */
  static LocalDate inWeek(LocalDate d, int isoDay) {
    return monday(d).plusDays(isoDay - 1L);
  }

  /** The first day after {@code d} (exclusive) that is an {@code isoDay}. */
  static LocalDate nextWeekday(LocalDate d, int isoDay) {
    int delta = (isoDay - d.getDayOfWeek().getValue() + 7) % 7;
    return d.plusDays(delta == 0 ? 7 : delta);
  }

  /** The last day before {@code d} (exclusive) that is an {@code isoDay}. */
  static LocalDate previousWeekday(LocalDate d, int isoDay) {
    int delta = (d.getDayOfWeek().getValue() - isoDay + 7) % 7;
    return d.minusDays(delta == 0 ? 7 : delta);
  }

  static DayOfWeek dayOfWeek(int isoDay) {
    return DayOfWeek.of(isoDay);
  }
}
