// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Duckling's French time corpus ({@code ../shared/data/time/duckling-fr-corpus.hs.txt}, read at
 * test time, skipped where absent), reference time 2013-02-12, a Tuesday: every expression whose
 * resolution is one {@code datetime} of grain day, week, month, quarter or year.
 *
 * <p>Each expression is annotated alone. It passes when it gives exactly one DATE, that DATE
 * covers the whole expression except a leading preposition (the project's extent rule: {@code
 * en mars} gives {@code mars}, {@code au mois de mars} gives {@code mois de mars}) and a
 * trailing period, and its TimeML value equals Duckling's resolution written at its grain: day
 * {@code 2013-03-01}, week the ISO week of the day ({@code 2013-W08}), month {@code 2013-03},
 * quarter {@code 2013-Q1}, year {@code 2013}. Each expression is one parameterized case; {@link
 * #share()} asserts that at least 90 % pass and lists every miss.
 *
 * <p>Left out, as kinds, because TimeML writes them as no single DATE value:
 * <ul>
 *   <li>{@code datetimeInterval} and {@code datetimeOpenInterval} resolutions (ranges {@code du
 *       13 au 15 juillet}, {@code fin mars}, {@code 3 prochains jours}, seasons {@code cet
 *       été}, {@code à partir du 8}): TimeML marks their ends as DATEs of their own, or a
 *       DURATION;
 *   <li>grains hour, minute and second ({@code maintenant}, {@code jeudi à 11h}, {@code dans 7
 *       jours} which Duckling resolves to the hour): TimeML TIMEs;
 *   <li>offsets from an unnamed event ({@code deux jours plus tard}, {@code un jour après}):
 *       TimeML marks a DURATION ({@code deux jours}) and a signal, and the day they point to is
 *       the event's, which Duckling takes to be the reference time.
 * </ul>
 * Everything else of day, week, month, quarter and year grain is kept, including what the
 * grammar does not handle: those are the listed misses.
 */
class DucklingCorpusTest {

  private static final String CORPUS = "time/duckling-fr-corpus.hs.txt";
  private static final LocalDate REFERENCE = LocalDate.of(2013, 2, 12);
  private static final Set<String> GRAINS = Set.of("Day", "Week", "Month", "Quarter", "Year");
  private static final Set<String> PREPOSITIONS =
      Set.of("en", "au", "à", "a", "dans", "dès", "depuis", "du", "de", "d'", "pour", "vers");

  private static final Pattern EVENT_OFFSET =
      Pattern.compile("(jours?|semaines?|mois|ans?) (plus tard|après)$");

  private static final Balise BALISE = Balise.builder().types(EntityType.DATE).build();
  private static final List<String> MISSES = new ArrayList<>();
  private static int runs;

  /** One expression and the TimeML value Duckling's resolution gives at its grain. */
  record Example(String expression, String expected) {
    @Override
    public String toString() {
      return expression + " = " + expected;
    }
  }

  static Stream<Example> examples() throws IOException {
    Path p = TestData.dir().resolve(CORPUS);
    if (!Files.isRegularFile(p)) {
      return Stream.of(); // reported as skipped by share()
    }
    return parse(Files.readString(p, StandardCharsets.UTF_8)).stream();
  }

  /**
   * Reads {@code examples (datetime (2013, 2, 12, 0, 0, 0) Day) [ "a", "b" ]} blocks: a small
   * scanner over the Haskell source, not a Haskell parser.
   */
  static List<Example> parse(String source) {
    List<Example> out = new ArrayList<>();
    String marker = "examples (datetime (";
    int at = source.indexOf(marker);
    while (at >= 0) {
      int close = source.indexOf(')', at + marker.length());
      String[] f = source.substring(at + marker.length(), close).split(",");
      int grainEnd = source.indexOf(')', close + 1);
      String grain = source.substring(close + 1, grainEnd).strip();
      int open = source.indexOf('[', grainEnd);
      int end = source.indexOf(']', open);
      int next = source.indexOf(marker, at + 1);
      if (GRAINS.contains(grain)) {
        String expected = value(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()),
            Integer.parseInt(f[2].strip()), grain);
        String list = source.substring(open + 1, end);
        int q = list.indexOf('"');
        while (q >= 0) {
          int q2 = list.indexOf('"', q + 1);
          while (list.charAt(q2 - 1) == '\\') {
            q2 = list.indexOf('"', q2 + 1);
          }
          String expression = list.substring(q + 1, q2).replace("\\\"", "\"");
          if (!EVENT_OFFSET.matcher(expression).find()) {
            out.add(new Example(expression, expected));
          }
          q = list.indexOf('"', q2 + 1);
        }
      }
      at = next;
    }
    return out;
  }

  private static String value(int y, int m, int d, String grain) {
    return switch (grain) {
      case "Day" -> TimeMl.day(LocalDate.of(y, m, d));
      case "Week" -> TimeMl.week(LocalDate.of(y, m, d));
      case "Month" -> TimeMl.month(y, m);
      case "Quarter" -> TimeMl.quarter(y, (m - 1) / 3 + 1);
      default -> TimeMl.year(y);
    };
  }

  @BeforeAll
  static void reset() {
    MISSES.clear();
    runs = 0;
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // none where the corpus is absent
  @MethodSource("examples")
  void expression(Example example) {
    runs++;
    String problem = check(example);
    if (problem != null) {
      MISSES.add(example.expression() + " -> " + problem + " (want " + example.expected() + ")");
    }
  }

  /** Returns null when the expression passes, otherwise what went wrong. */
  private static String check(Example example) {
    String text = example.expression();
    AnnotatedDocument doc = BALISE.annotate(text, REFERENCE);
    DocumentAssertions.assertWellFormed(doc);
    List<Entity> dates = doc.entities(EntityType.DATE);
    if (dates.size() != 1) {
      return dates.isEmpty() ? "no DATE" : dates.size() + " DATEs " + dates;
    }
    Entity e = dates.get(0);
    String before = text.substring(0, e.start()).strip().toLowerCase(Locale.ROOT);
    String after = text.substring(e.end()).strip();
    boolean startOk = before.isEmpty() || Stream.of(before.split("\\s+|(?<=')"))
        .map(String::strip).filter(w -> !w.isEmpty()).allMatch(PREPOSITIONS::contains);
    if (!startOk || !(after.isEmpty() || after.equals("."))) {
      return "span '" + e.text() + "'";
    }
    String v = e.value().orElse(null);
    return example.expected().equals(v) ? null : "value " + v;
  }

  @AfterAll
  static void report() {
    if (runs > 0) {
      System.out.printf(Locale.ROOT, "Duckling FR DATE-grain expressions: %d of %d right (%.1f %%)%n",
          runs - MISSES.size(), runs, 100.0 * (runs - MISSES.size()) / runs);
      MISSES.forEach(m -> System.out.println("  miss: " + m));
    }
  }

  /** At least 90 % of the expressions get one DATE over the whole of them with the right value. */
  @Test
  void share() throws IOException {
    Path p = TestData.require(CORPUS);
    List<Example> all = parse(Files.readString(p, StandardCharsets.UTF_8));
    assertTrue(all.size() > 100, "parsed only " + all.size() + " expressions from " + p);
    List<String> misses = new ArrayList<>();
    for (Example ex : all) {
      String problem = check(ex);
      if (problem != null) {
        misses.add(ex.expression() + " -> " + problem + " (want " + ex.expected() + ")");
      }
    }
    double share = 1.0 - (double) misses.size() / all.size();
    assertTrue(share >= 0.90, String.format(Locale.ROOT,
        "%.1f %% of %d right, want >= 90 %%; misses:%n  %s", 100 * share, all.size(),
        String.join("\n  ", misses)));
  }
}
