// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.names;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.ModelLoadException;
import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.internal.Resources;
import io.github.balise.internal.pipeline.Candidate;
import io.github.balise.internal.pipeline.MentionFinder;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The known-names stage: well-known organisations and places from a curated lexicon ({@code
 * Daesh}, {@code Etat islamique}, {@code ONU}, {@code Reuters}, {@code Al-Naba}), whose matches
 * outrank the model's guess on the same or overlapping words.
 *
 * <p>Matches are whole tokens, the longest name first. A name flagged {@code case} matches only
 * as listed ({@code RT}, not {@code rt}); any other matches ignoring case and accents, but a
 * word listed with a capital must be written with one ({@code Etat islamique} or {@code ÉTAT
 * ISLAMIQUE}, not {@code état islamique}). The elided article is its own token, so {@code
 * l'Etat islamique} gives {@code Etat islamique}. A match is not reported inside a longer name
 * the model found around it ({@code mairie de Paris}), nor when it is glued to a capitalised
 * word the lexicon does not cover ({@code Sénat Lambert}), which makes it part of another name.
 *
 * <p>The stage also rejects the model's ORG or LOC guesses on a capitalised headline word from
 * {@code not-names.txt} ({@code (VIDEO)}, {@code PHOTO}): they label an article, not a place.
 *
 * <p>Candidates have {@link Candidate#LEXICON} priority and confidence {@value #CONFIDENCE}.
 * Immutable and thread-safe.
 */
public final class NamesFinder implements MentionFinder {

  /** Absolute classpath path of the bundled lexicon (the pom copies {@code models/} there). */
  static final String BUNDLED = "/io/github/balise/models/names-fr.tsv";

  /** A fixed prior: the lexicon is curated, but a name can still be used otherwise. */
  static final double CONFIDENCE = 0.85;

  private final NamesLexicon lexicon;
  private final Set<String> notNames;

  private NamesFinder(NamesLexicon lexicon, Set<String> notNames) {
    this.lexicon = lexicon;
    this.notNames = notNames;
  }

  /**
   * Creates the stage with the bundled lexicon.
   *
   * @throws ModelLoadException naming the file and line if the lexicon is malformed or unreadable
   */
  public static NamesFinder bundled() {
    try (Reader r = Resources.strictUtf8(Resources.open(NamesFinder.class, BUNDLED))) {
      return fromLexicon(r, BUNDLED.substring(1));
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException(
          "cannot load bundled lexicon " + BUNDLED.substring(1) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the stage from one lexicon's text.
   *
   * @param source what error messages call the lexicon
   * @throws IllegalArgumentException naming {@code source} and the line of a malformed entry
   */
  static NamesFinder fromLexicon(Reader lexicon, String source) throws IOException {
    NamesLexicon names = new NamesLexicon.Builder(new FrenchTokenizer()).read(lexicon, source)
        .build();
    return new NamesFinder(names, Set.copyOf(Resources.readList(NamesFinder.class,
        "not-names.txt")));
  }

  /** Returns how many entries the lexicon holds. */
  public int lexiconSize() {
    return lexicon.entryCount();
  }

  @Override
  public Set<EntityType> produces() {
    return EnumSet.of(EntityType.ORG, EntityType.LOC);
  }

  @Override
  public List<Candidate> rejected(AnnotatedDocument doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : found) {
      Entity e = c.entity();
      if (c.priority() == Candidate.MODEL
          && (e.type() == EntityType.ORG || e.type() == EntityType.LOC)
          && notNames.contains(e.text())) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public List<Candidate> find(AnnotatedDocument doc, List<Candidate> found) {
    List<Token> tokens = doc.tokens();
    List<String> written = new ArrayList<>(tokens.size());
    List<String> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String w = doc.covered(t);
      written.add(w);
      keys.add(NamesLexicon.key(w));
    }
    LongerNames longer = new LongerNames(found);
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int i = s.firstToken();
      while (i < s.endToken()) {
        Match m = match(written, keys, i, s.endToken());
        if (m == null) {
          i++;
          continue;
        }
        int from = tokens.get(i).start();
        int to = tokens.get(m.end - 1).end();
        if (!glued(doc, written, s, i, m.end) && !longer.holds(from, to)) {
          out.add(new Candidate(new Entity(m.entry.type(), from, to,
              doc.text().substring(from, to), CONFIDENCE, EntitySource.LEXICON, null,
              m.entry.canonical()), Candidate.LEXICON));
        }
        i = m.end;
      }
    }
    return out;
  }

  private record Match(int end, NamesLexicon.Entry entry) {}

  /** The longest name starting at token {@code i} whose case fits, or null. */
  private Match match(List<String> written, List<String> keys, int i, int limit) {
    NamesLexicon.Node n = lexicon.root();
    Match best = null;
    for (int j = i; j < limit; j++) {
      n = n.next.get(keys.get(j));
      if (n == null) {
        break;
      }
      for (NamesLexicon.Form form : n.forms) {
        if (caseFits(form, written.subList(i, j + 1))) {
          best = new Match(j + 1, form.entry());
          break;
        }
      }
    }
    return best;
  }

  /**
   * Whether tokens written so match a form: exactly as listed for an exact-case entry; for
   * another, every word listed with a capital first letter has one.
   */
  static boolean caseFits(NamesLexicon.Form form, List<String> words) {
    String text = String.join(" ", words);
    if (form.entry().exactCase() || text.equals(form.written())) {
      return text.equals(form.written());
    }
    String[] listed = form.written().split(" ");
    for (int k = 0; k < listed.length; k++) {
      if (Character.isUpperCase(listed[k].codePointAt(0))
          && !Character.isUpperCase(words.get(k).codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names earlier stages found (not dates), indexed so that "is [from, to) inside a longer
   * one?" ({@code Paris} in {@code mairie de Paris}: that name stands) costs a binary search,
   * not a scan of every candidate: a long document has many of both.
   */
  private static final class LongerNames {
    private final int[] starts;
    /** {@code maxEnd[k]}: the largest end among the first k + 1 names by start. */
    private final int[] maxEnd;

    LongerNames(List<Candidate> found) {
      List<Entity> names = new ArrayList<>();
      for (Candidate c : found) {
        if (c.entity().type() != EntityType.DATE) {
          names.add(c.entity());
        }
      }
      names.sort(java.util.Comparator.comparingInt(Entity::start));
      starts = new int[names.size()];
      maxEnd = new int[names.size()];
      int max = Integer.MIN_VALUE;
      for (int k = 0; k < names.size(); k++) {
        starts[k] = names.get(k).start();
        max = Math.max(max, names.get(k).end());
        maxEnd[k] = max;
      }
    }

    /** Whether a name that starts at or before {@code from}, ends at or after {@code to}, and is longer, exists. */
    boolean holds(int from, int to) {
      // a name starting at or before from and ending after to; or starting before from, ending at or after to
      return maxEndOfStartsBelow(from + 1) > to || maxEndOfStartsBelow(from) >= to;
    }

    /** The largest end among names that start before {@code bound}, or MIN_VALUE. */
    private int maxEndOfStartsBelow(int bound) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < bound) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? Integer.MIN_VALUE : maxEnd[lo - 1];
    }
  }

  /**
   * Whether the match over tokens [start, end) touches, on the same line, a capitalised word
   * that is not the first of its sentence: then it is part of a longer name ({@code Europe
   * Ecologie}, {@code Hamas Ahmed}). Words in capitals beside a name in capitals are a headline.
   */
  private static boolean glued(AnnotatedDocument doc, List<String> written, Sentence s,
      int start, int end) {
    List<Token> tokens = doc.tokens();
    boolean shouted = isAllCaps(String.join("", written.subList(start, end)));
    int before = start - 1;
    if (before > s.firstToken() && sameLine(doc, tokens, before)
        && isNameWord(written.get(before)) && !(shouted && isAllCaps(written.get(before)))) {
      return true;
    }
    return end < s.endToken() && sameLine(doc, tokens, end - 1) && isNameWord(written.get(end))
        && !(shouted && isAllCaps(written.get(end)));
  }

  private static boolean sameLine(AnnotatedDocument doc, List<Token> tokens, int a) {
    return doc.text().substring(tokens.get(a).end(), tokens.get(a + 1).start()).indexOf('\n') < 0;
  }

  private static boolean isNameWord(String w) {
    return Character.isUpperCase(w.codePointAt(0)) && !w.endsWith("'") && !w.endsWith("’");
  }

  private static boolean isAllCaps(String w) {
    return w.codePoints().noneMatch(Character::isLowerCase);
  }
}
