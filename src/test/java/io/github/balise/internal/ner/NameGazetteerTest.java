// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameGazetteerTest {

  private static final NameGazetteer.Rules ANY = new NameGazetteer.Rules(1, 1, 0.6, false);

  private static NameSample sample(String text, Span... names) {
    return new NameSample(text.split(" "), names, true);
  }

  /** Two document ids that fall in different folds. */
  private static String[] idsInTwoFolds() {
    String a = "doc-0";
    for (int i = 1; ; i++) {
      String b = "doc-" + i;
      if (NameGazetteer.foldOf(b) != NameGazetteer.foldOf(a)) {
        return new String[] {a, b};
      }
    }
  }

  /**
   * What {@link NameGazetteer#mark} gives a sentence, a string per token: {@code -} outside a
   * name, else B or I, the type code, and {@code x2} or {@code x3} for a name marked 2 to 4, or
   * 5 or more, times.
   */
  private static List<String> marks(NameGazetteer g, String sentence, int heldOutFold,
      NameGazetteer.Rules rules) {
    String[] tokens = sentence.split(" ");
    String[] folded = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      folded[i] = NameLexicon.fold(tokens[i]);
    }
    byte[] types = new byte[tokens.length];
    byte[] support = new byte[tokens.length];
    boolean[] begins = new boolean[tokens.length];
    g.mark(tokens, folded, tokens.length, heldOutFold, rules, types, support, begins);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      out.add(types[i] == 0 ? "-" : (begins[i] ? "B" : "I") + types[i]
          + (support[i] == 1 ? "" : "x" + support[i]));
    }
    return out;
  }

  @Test
  void matchesTheLongestNameFromLeftToRightWithFoldedTokens() {
    NameGazetteer g = new NameGazetteer.Builder()
        .add("a", List.of(sample("Le Paris Saint-Germain bat Paris .",
            new Span(1, 3, "ORG"), new Span(4, 5, "LOC"))))
        .build();
    // ORG = 1, LOC = 2; "paris saint-germain" wins over "paris" at the same start
    assertEquals(List.of("-", "-", "B1", "I1", "-", "B2"),
        marks(g, "Hier le PARIS Saint-Germain à Paris", -1, ANY));
    assertEquals(List.of("B2", "-"), marks(g, "Paris saint", -1, ANY));
    // an accent-folded, lower-case form matches: names are kept folded
    assertArrayEquals(new int[] {1, 0, 0, 0}, g.counts("paris saint-germain"));
    assertNull(g.counts("saint-germain"));
  }

  @Test
  void rulesDecideMinimumCountLengthAndAmbiguity() {
    NameGazetteer g = new NameGazetteer.Builder()
        .add("a", List.of(sample("Orange Orange Jordan", new Span(0, 1, "ORG"), new Span(1, 2, "ORG"),
            new Span(2, 3, "LOC"))))
        .add("b", List.of(sample("Jordan Orange", new Span(0, 1, "PER"), new Span(1, 2, "LOC"))))
        .build();
    assertArrayEquals(new int[] {2, 1, 0, 0}, g.counts("orange"));
    // orange: 2 ORG of 3, share 0.67 >= 0.6; jordan: 1 LOC 1 PER, ambiguous
    assertEquals(List.of("B1x2", "B" + NameGazetteer.AMBIGUOUS + "x2"), marks(g, "Orange Jordan", -1, ANY));
    assertEquals(List.of("B" + NameGazetteer.AMBIGUOUS + "x2"),
        marks(g, "Orange", -1, new NameGazetteer.Rules(1, 1, 0.7, false)));
    // at least 3 marks: only orange
    assertEquals(List.of("B1x2", "-"), marks(g, "Orange Jordan", -1, new NameGazetteer.Rules(3, 1, 0.6, false)));
    // at least two tokens: none
    assertEquals(List.of("-", "-"), marks(g, "Orange Jordan", -1, new NameGazetteer.Rules(1, 2, 0.6, false)));
    // capitalised: not on a word in lower case
    NameGazetteer.Rules capitalised = new NameGazetteer.Rules(1, 1, 0.6, true);
    assertEquals(List.of("-", "B1x2"), marks(g, "orange Orange", -1, capitalised));
    assertEquals(List.of("B1x2", "B1x2"), marks(g, "orange Orange", -1, ANY));
    assertThrows(IllegalArgumentException.class, () -> new NameGazetteer.Rules(0, 1, 0.5, false));
    assertThrows(IllegalArgumentException.class, () -> new NameGazetteer.Rules(1, 1, 1.5, false));
  }

  /** The jackknife: with a document's fold held out, its own names count only through others. */
  @Test
  void holdingOutAFoldLeavesOutItsDocumentsNames() {
    String[] ids = idsInTwoFolds();
    int foldA = NameGazetteer.foldOf(ids[0]);
    int foldB = NameGazetteer.foldOf(ids[1]);
    NameGazetteer g = new NameGazetteer.Builder()
        .add(ids[0], List.of(sample("Nancy et Metz", new Span(0, 1, "LOC"), new Span(2, 3, "LOC"))))
        .add(ids[1], List.of(sample("Metz", new Span(0, 1, "ORG"))))
        .build();
    assertEquals(List.of("B2", "-", "B" + NameGazetteer.AMBIGUOUS + "x2"), marks(g, "Nancy et Metz", -1, ANY));
    // document a's fold left out: nancy is known from a only, metz from b (ORG)
    assertEquals(List.of("-", "-", "B1"), marks(g, "Nancy et Metz", foldA, ANY));
    assertEquals(List.of("B2", "-", "B2"), marks(g, "Nancy et Metz", foldB, ANY));
  }

  @Test
  void aRepeatedDocumentIsCountedOnce() {
    List<NameSample> doc = List.of(sample("Lyon", new Span(0, 1, "LOC")));
    NameGazetteer g = new NameGazetteer.Builder().add("x", doc).add("x", doc).add("y", doc).build();
    assertArrayEquals(new int[] {0, 2, 0, 0}, g.counts("lyon"));
    assertEquals(1, g.size());
    assertEquals(List.of("B2x2"), marks(g, "Lyon", -1, ANY));
    NameGazetteer.Builder five = new NameGazetteer.Builder();
    for (int i = 0; i < 5; i++) {
      five.add("d" + i, doc);
    }
    assertEquals(List.of("B2x3"), marks(five.build(), "Lyon", -1, ANY));
  }

  @Test
  void foldsAreStableAndSpread() {
    assertEquals(NameGazetteer.foldOf("sequoia-train-annodis.er_00002"),
        NameGazetteer.foldOf("sequoia-train-" + "annodis.er_00002"));
    int[] perFold = new int[NameGazetteer.FOLDS];
    for (int i = 0; i < 10_000; i++) {
      perFold[NameGazetteer.foldOf("wn-" + i)]++;
    }
    for (int n : perFold) {
      int expected = 10_000 / NameGazetteer.FOLDS;
      assertTrue(n > expected * 8 / 10 && n < expected * 12 / 10,
          "documents per fold: " + java.util.Arrays.toString(perFold));
    }
  }

  @Test
  void writesSortedAndReadsBack() throws Exception {
    NameGazetteer g = new NameGazetteer.Builder()
        .add("a", List.of(sample("Union européenne , Zurich , #hashtag , Allemagne",
            new Span(0, 2, "ORG"), new Span(3, 4, "LOC"), new Span(5, 6, "MISC"), new Span(7, 8, "LOC"))))
        .build();
    StringWriter w = new StringWriter();
    g.write(w, List.of("header"));
    assertEquals("# header\nallemagne\t0\t1\t0\t0\nunion europeenne\t1\t0\t0\t0\nzurich\t0\t1\t0\t0\n",
        w.toString());
    NameGazetteer back = NameGazetteer.read(new StringReader(w.toString()), "t");
    assertEquals(3, back.size());
    assertArrayEquals(new int[] {1, 0, 0, 0}, back.counts("union europeenne"));
    // read from a file, there are no folds: holding one out changes nothing
    assertEquals(marks(back, "Union européenne", -1, ANY), marks(back, "Union européenne", 3, ANY));
    StringWriter again = new StringWriter();
    back.write(again, List.of("header"));
    assertEquals(w.toString(), again.toString());
  }

  @Test
  void malformedLinesNameTheLine() {
    for (String bad : new String[] {"paris\t0\t1\t0\n", "paris\t0\t1\t0\tx\n", "paris\t0\t-1\t0\t0\n",
        "a  b\t1\t0\t0\t0\n", "paris\t0\t1\t0\t0\nparis\t1\t0\t0\t0\n"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> NameGazetteer.read(new StringReader("# h\n" + bad), "g.tsv"), bad);
      assertTrue(e.getMessage().startsWith("g.tsv:"), e.getMessage());
    }
  }

  /** The bundled file loads, and writing it back gives the same bytes: sorted, canonical. */
  @Test
  void theBundledGazetteerIsCanonical() throws Exception {
    byte[] bytes;
    try (var in = NameGazetteerTest.class.getResourceAsStream(NameFinderStage.MODEL_DIR + "names-gazetteer-nc.tsv")) {
      bytes = in.readAllBytes();
    }
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    NameGazetteer g = NameGazetteer.bundled("names-gazetteer-nc.tsv");
    assertTrue(g.size() > 10_000, "names: " + g.size());
    assertTrue(g.counts("france")[1] > 100, "France is a place");
    List<String> header = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# ")) {
        header.add(line.substring(2));
      }
    }
    StringWriter w = new StringWriter();
    g.write(w, header);
    assertEquals(text, w.toString());
  }

  @Test
  void aMissingBundledGazetteerFailsNamingIt() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> NameGazetteer.bundled("no-such-gazetteer.tsv"));
    assertTrue(e.getMessage().contains("no-such-gazetteer.tsv"), e.getMessage());
  }

  @Test
  void theJackknifeRefusesASentenceItWasNotTold() {
    NameGazetteer.Jackknife j = new NameGazetteer.Jackknife();
    String[] s = {"à", "Paris"};
    assertEquals(-1, j.heldOutFold(s));
    j.next(s, 4);
    assertEquals(4, j.heldOutFold(new String[] {"à", "Paris"}));
    assertThrows(IllegalStateException.class, () -> j.heldOutFold(new String[] {"à", "Lyon"}));
    j.finish();
    assertEquals(-1, j.heldOutFold(new String[] {"à", "Lyon"}));
    assertThrows(IllegalArgumentException.class, () -> j.next(s, NameGazetteer.FOLDS));
    assertNotEquals(NameGazetteer.foldOf(idsInTwoFolds()[0]), NameGazetteer.foldOf(idsInTwoFolds()[1]));
    assertFalse(j.heldOutFold(s) >= 0);
  }
}
