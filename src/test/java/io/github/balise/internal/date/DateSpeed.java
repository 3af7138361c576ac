// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.date;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.EntityType;
import io.github.balise.cli.GoldFiles;
import io.github.balise.eval.GoldDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rough speed check of the DATE grammar on one thread, not a test and not the project's
 * benchmark: it times {@link DateFinder} alone on pre-tokenised documents, and {@code annotate}
 * with DATE only (tokenizer, sentence splitter and grammar), each for a few seconds after a
 * warm-up round, and prints characters per second (1 char counted as 1 byte).
 *
 * <pre>{@code
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(ls ~/.m2/repository/org/apache/opennlp/opennlp-tools/2.5.6/*.jar) \
 *     io.github.balise.internal.date.DateSpeed ../shared/data/time/ftib.dev.jsonl
 * }</pre>
 */
public final class DateSpeed {

  private DateSpeed() {}

  /**
   * Runs the check.
   *
   * @param args a JSONL corpus (the texts are used, not the annotations)
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    List<GoldDocument> docs = GoldFiles.read(Path.of(args[0]));
    Balise balise = Balise.builder().types(EntityType.DATE).build();
    LocalDate ref = LocalDate.of(2000, 1, 1);
    List<AnnotatedDocument> bare = new ArrayList<>();
    long chars = 0;
    for (GoldDocument g : docs) {
      AnnotatedDocument d = balise.annotate(g.text(), ref);
      bare.add(new AnnotatedDocument(d.text(), d.sentences(), d.tokens(), List.of(), d.referenceDate()));
      chars += g.text().length();
    }
    DateFinder finder = new DateFinder();
    long sink = 0;
    for (int round = 0; round < 4; round++) {
      long t0 = System.nanoTime();
      long done = 0;
      while (System.nanoTime() - t0 < 3_000_000_000L) {
        for (AnnotatedDocument d : bare) {
          sink += finder.find(d, List.of()).size();
        }
        done += chars;
      }
      double finderRate = done / ((System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      done = 0;
      while (System.nanoTime() - t0 < 3_000_000_000L) {
        for (GoldDocument g : docs) {
          sink += balise.annotate(g.text(), ref).entities().size();
        }
        done += chars;
      }
      double annotateRate = done / ((System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "%s: DateFinder alone %.1f MB/s; annotate (DATE only) %.1f MB/s%n",
          round == 0 ? "warm-up" : "round " + round, finderRate / 1e6, annotateRate / 1e6);
    }
    System.out.println("(" + docs.size() + " documents, " + chars + " chars a pass; " + sink + ")");
  }
}
