// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads share one {@link Balise}; each result equals the single-threaded one. */
class ConcurrencyTest {

  private static final int THREADS = 8;

  @Test
  void sharedInstanceGivesTheSingleThreadedResults() throws Exception {
    Balise balise = Balise.french();
    List<String> texts = texts();
    LocalDate date = LocalDate.of(2016, 5, 2);
    List<AnnotatedDocument> expected = new ArrayList<>();
    for (String t : texts) {
      AnnotatedDocument doc = balise.annotate(t, date);
      DocumentAssertions.assertWellFormed(doc);
      expected.add(doc);
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<AnnotatedDocument>>> futures = new ArrayList<>();
      for (int th = 0; th < THREADS; th++) {
        int offset = th;
        Callable<List<AnnotatedDocument>> job = () -> {
          // each thread walks the texts from a different place, so that they interleave
          List<AnnotatedDocument> out = new ArrayList<>(texts.size());
          for (int k = 0; k < texts.size(); k++) {
            out.add(null);
          }
          for (int k = 0; k < texts.size(); k++) {
            int i = (k + offset * 37) % texts.size();
            out.set(i, balise.annotate(texts.get(i), date));
          }
          return out;
        };
        futures.add(pool.submit(job));
      }
      for (Future<List<AnnotatedDocument>> f : futures) {
        List<AnnotatedDocument> got = f.get(5, TimeUnit.MINUTES); // rethrows a thread's exception
        for (int i = 0; i < texts.size(); i++) {
          DocumentAssertions.assertWellFormed(got.get(i));
          assertEquals(expected.get(i), got.get(i), "document " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> texts() {
    String[] sentences = {
      "Daesh demande à ses partisans d'arrêter d'utiliser WhatsApp.",
      "Le 13/11/2015, M. Dupont a payé 1 000,50 € à l'ONU.",
      "Qu'a-t-il dit hier à Saint-Étienne ? « Rien… »",
      "Apple a présenté l'iPhone lundi à Cupertino ; Samsung répond sur Telegram.",
      "La SNCF annonce une grève du 3 au 5 mai.\n\nLes trains sont annulés.",
      "Voir https://www.lemonde.fr ou écrire à contact@balise.fr #JO2024 @Balise",
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k <= i % 7; k++) {
        b.append(sentences[(i + k) % sentences.length]).append(' ');
      }
      out.add(b.toString());
    }
    return out;
  }
}
