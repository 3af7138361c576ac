// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.eval.GoldDocument;
import io.github.balise.eval.GoldDocument.GoldEntity;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TrainingSamplesTest {

  private static GoldDocument doc(String text, GoldEntity... entities) {
    return new GoldDocument("d", text, null, List.of(entities));
  }

  @Test
  void keepsOuterMentionsAndMapsTypes() {
    String text = "Il joue salle Jean-Mathieu avec le Tour de France.";
    // LOC "salle Jean-Mathieu" contains PER "Jean-Mathieu"; EVENT becomes MISC
    GoldDocument d = doc(text, new GoldEntity(8, 26, "LOC", null), new GoldEntity(14, 26, "PER", null),
        new GoldEntity(35, 49, "EVENT", null));
    TrainingSamples.Report report = new TrainingSamples.Report();
    List<NameSample> samples = new TrainingSamples().convert(List.of(d), report);
    assertEquals(1, samples.size());
    NameSample s = samples.get(0);
    assertTrue(s.isClearAdaptiveDataSet());
    assertArrayEquals(new Span[] {new Span(2, 4, "LOC"), new Span(6, 9, "MISC")}, s.getNames());
    assertTrue(report.toString().contains("1 nested"), report.toString());
  }

  @Test
  void aNamedPlaceInsideAnEventIsKeptOverTheEvent() {
    String text = "La guerre du Koweït a duré.";
    GoldDocument d = doc(text, new GoldEntity(3, 19, "EVENT", null), new GoldEntity(13, 19, "LOC", null));
    NameSample s = new TrainingSamples().convert(List.of(d), new TrainingSamples.Report()).get(0);
    assertArrayEquals(new Span[] {new Span(3, 4, "LOC")}, s.getNames());
  }

  @Test
  void cutsLeadingArticle() {
    String text = "Les troupes de l'Etat islamique ont quitté Mossoul.";
    // "l'Etat islamique" includes the elided article; DATE is not trained
    GoldDocument d = doc(text, new GoldEntity(15, 31, "ORG", null), new GoldEntity(0, 3, "DATE", null));
    TrainingSamples.Report report = new TrainingSamples.Report();
    NameSample s = new TrainingSamples().convert(List.of(d), report).get(0);
    assertEquals("Etat", s.getSentence()[4]);
    assertArrayEquals(new Span[] {new Span(4, 6, "ORG")}, s.getNames());
    assertTrue(report.toString().contains("1 leading articles cut"), report.toString());
  }

  @Test
  void leavesOutASentenceWithAMentionInsideAToken() {
    // OCR glued "laFrance": the gold LOC starts inside the token; the next sentence is kept
    GoldDocument d = doc("La gratitude de laFrance. Paris aussi.", new GoldEntity(18, 24, "LOC", null),
        new GoldEntity(26, 31, "LOC", null));
    TrainingSamples.Report report = new TrainingSamples.Report();
    List<NameSample> samples = new TrainingSamples().convert(List.of(d), report);
    assertEquals(1, samples.size());
    assertEquals("Paris", samples.get(0).getSentence()[0]);
    assertTrue(samples.get(0).isClearAdaptiveDataSet());
    assertEquals(1, report.misaligned());
  }

  @Test
  void onlyTheFirstSentenceOfADocumentClearsAdaptiveData() {
    GoldDocument d = doc("Paris est grand. Lyon aussi.", new GoldEntity(17, 21, "LOC", null));
    List<NameSample> samples = new TrainingSamples().convert(List.of(d), new TrainingSamples.Report());
    assertEquals(2, samples.size());
    assertTrue(samples.get(0).isClearAdaptiveDataSet());
    assertEquals(false, samples.get(1).isClearAdaptiveDataSet());
    assertArrayEquals(new Span[] {new Span(0, 1, "LOC")}, samples.get(1).getNames());
  }
}
