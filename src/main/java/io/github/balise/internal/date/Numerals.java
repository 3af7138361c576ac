// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

/** Numbers as dates write them: {@code 13/11/2015}, {@code XIXe}, {@code 14h}. Static helpers. */
final class Numerals {

  private Numerals() {}

  /**
   * Splits {@code 13/11/2015} or {@code 2013-03-01} into numbers; returns the separator, or 0
   * when the token is not two or three groups of digits joined by one separator.
   */
  static char splitNumeric(String s, int[] parts, int[] digits) {
    char sep = 0;
    int group = 0;
    int value = 0;
    int len = 0;
    parts[2] = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++len > 4) {
          return 0;
        }
        value = value * 10 + (c - '0');
      } else if ((c == '/' || c == '-' || c == '.') && (sep == 0 || sep == c) && len > 0
          && group < 2) {
        sep = c;
        parts[group] = value;
        digits[group] = len;
        group++;
        value = 0;
        len = 0;
      } else {
        return 0;
      }
    }
    if (sep == 0 || len == 0) {
      return 0;
    }
    parts[group] = value;
    digits[group] = len;
    return sep;
  }

  /** {@code XIXe} -> 19, {@code 21e} -> 21, {@code Ier} -> 1; -1 if it is no century. */
  static int centuryNumber(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    int cut = lower.length();
    for (String suffix : new String[] {"ème", "eme", "e", "er", "è"}) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        cut = lower.length() - suffix.length();
        break;
      }
    }
    if (cut == lower.length()) {
      return -1;
    }
    String body = s.substring(0, cut);
    if (isDigits(body)) {
      return body.length() <= 2 ? Integer.parseInt(body) : -1;
    }
    int total = 0;
    int previous = 0;
    for (int i = body.length() - 1; i >= 0; i--) {
      int v = switch (body.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        default -> -1;
      };
      if (v < 0) {
        return -1;
      }
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  static boolean isClock(String s) {
    int h = s.indexOf('h');
    if (h <= 0 || h > 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (i != h && !Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
