// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.Token;
import io.github.balise.internal.pipeline.Candidate;
import io.github.balise.internal.pipeline.MentionFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds French DATE expressions with a rule grammar and gives each its TimeML value, as the
 * French TimeBank writes them ({@code le 13 novembre 2015} = {@code 2015-11-13}, {@code les
 * années 60} = {@code 196X}, {@code hier} = the day before the reference date).
 *
 * <p>The words it knows are in the word lists next to this class (month and weekday names,
 * numbers in words, holidays, tense cues…): extend those to extend the grammar. Relative dates
 * are resolved against the document's reference date; without one they keep their span and
 * have no value. Times of day ({@code hier soir}), durations ({@code depuis trois ans}) and sets
 * ({@code chaque lundi}) are not DATEs and are not reported.
 *
 * <p>Candidates have priority {@link Candidate#RULE}, source {@link EntitySource#RULE} and the
 * fixed confidence {@link #CONFIDENCE}. Time is linear in the length of the text. Instances are
 * immutable and thread-safe: each document is scanned by its own {@link DateScanner}.
 */
public final class DateFinder implements MentionFinder {

  /** Confidence of every DATE this grammar reports: a fixed prior, not a probability. */
  public static final double CONFIDENCE = 0.9;

  private final DateLexicon lexicon;

  /** Creates a finder with the bundled French word lists. */
  public DateFinder() {
    this.lexicon = new DateLexicon();
  }

  @Override
  public List<Candidate> find(AnnotatedDocument document, List<Candidate> found) {
    List<Token> tokens = document.tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (DateScanner.Match m : new DateScanner(lexicon, document).scan()) {
      int start = tokens.get(m.start()).start();
      int end = tokens.get(m.end() - 1).end();
      Entity e = new Entity(EntityType.DATE, start, end, document.text().substring(start, end),
          CONFIDENCE, EntitySource.RULE, m.value(), null);
      out.add(new Candidate(e, Candidate.RULE));
    }
    return out;
  }
}
