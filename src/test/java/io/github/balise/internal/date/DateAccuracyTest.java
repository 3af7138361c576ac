// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.TestData;
import io.github.balise.cli.GoldFiles;
import io.github.balise.eval.EntityScorer;
import io.github.balise.eval.GoldDocument;
import io.github.balise.eval.Prf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * DATE accuracy floors on the shared corpora (each test skips where its file is absent). Floors,
 * not equalities: they catch regressions and leave room for improvement.
 */
class DateAccuracyTest {

  private static final Balise DATES = Balise.builder().types(EntityType.DATE).build();

  private static EntityScorer score(String corpus) throws IOException {
    List<GoldDocument> docs = GoldFiles.read(TestData.require(corpus));
    EntityScorer scorer = new EntityScorer(List.of("DATE"));
    for (GoldDocument g : docs) {
      AnnotatedDocument doc = g.dct() == null ? DATES.annotate(g.text()) : DATES.annotate(g.text(), g.dct());
      DocumentAssertions.assertWellFormed(doc);
      List<EntityScorer.Mention> gold = new ArrayList<>();
      for (GoldDocument.GoldEntity e : g.entities()) {
        gold.add(new EntityScorer.Mention(e.start(), e.end(), e.type(), e.value()));
      }
      List<EntityScorer.Mention> predicted = new ArrayList<>();
      for (Entity e : doc.entities()) {
        predicted.add(new EntityScorer.Mention(e.start(), e.end(), e.type().name(), e.value().orElse(null)));
      }
      scorer.add(gold, predicted);
    }
    return scorer;
  }

  /** French TimeBank dev: exact-span DATE F1 >= 0.92 and the value right on >= 95 % of matches. */
  @Test
  void frenchTimeBankDev() throws IOException {
    EntityScorer s = score("time/ftib.dev.jsonl");
    Prf date = s.of("DATE");
    System.out.printf(Locale.ROOT, "ftib dev DATE P %.4f R %.4f F1 %.4f, value %.4f of %d%n",
        date.precision(), date.recall(), date.f1(), s.dateValueAccuracy(), s.dateMatches());
    assertTrue(date.f1() >= 0.92, "DATE F1 " + date.f1());
    assertTrue(s.dateValueAccuracy() >= 0.95, "DATE value accuracy " + s.dateValueAccuracy());
  }

  /**
   * HIPE-2020 dev (historical newspapers, OCR): its DATE extents include the preposition ({@code
   * en 1847}) and cover absolute dates only, so exact spans score low by design. This also counts
   * a gold span as found when a predicted DATE ends with it and starts inside it ({@code en [1847]})
   * and asserts a floor on that recall.
   */
  @Test
  void hipeDev() throws IOException {
    List<GoldDocument> docs = GoldFiles.read(TestData.require("ner/hipe2020.dev.jsonl"));
    int gold = 0;
    int found = 0;
    for (GoldDocument g : docs) {
      AnnotatedDocument doc = g.dct() == null ? DATES.annotate(g.text()) : DATES.annotate(g.text(), g.dct());
      DocumentAssertions.assertWellFormed(doc);
      for (GoldDocument.GoldEntity e : g.entities()) {
        if (!e.type().equals("DATE")) {
          continue;
        }
        gold++;
        for (Entity p : doc.entities(EntityType.DATE)) {
          if (p.end() == e.end() && p.start() >= e.start()) {
            found++;
            break;
          }
        }
      }
    }
    EntityScorer s = score("ner/hipe2020.dev.jsonl");
    Prf date = s.of("DATE");
    double recall = (double) found / gold;
    System.out.printf(Locale.ROOT,
        "hipe2020 dev DATE exact P %.4f R %.4f F1 %.4f; recall with the preposition left out %.4f"
            + " (%d of %d)%n", date.precision(), date.recall(), date.f1(), recall, found, gold);
    assertTrue(recall >= 0.6, "HIPE DATE recall without prepositions " + recall);
  }
}
