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

  private static final NameGazetteer.Rules ANY = new NameGazetteer.Rules(1, 1, 0.6);

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

  /** The type codes {@link NameGazetteer#mark} gives a sentence, as a string per token. */
  private static List<String> marks(NameGazetteer g, String sentence, int heldOutFold,
      NameGazetteer.Rules rules) {
    String[] tokens = sentence.split(" ");
    String[] folded = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      folded[i] = NameLexicon.fold(tokens[i]);
    }
    byte[] types = new byte[tokens.length];
    byte[] lengths = new byte[tokens.length];
    boolean[] begins = new boolean[tokens.length];
    g.mark(folded, tokens.length, heldOutFold, rules, types, lengths, begins);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      out.add(types[i] == 0 ? "-" : (begins[i] ? "B" : "I") + types[i] + "/" + lengths[i]);
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
    assertEquals(List.of("-", "-", "B1/2", "I1/2", "-", "B2/1"),
        marks(g, "Hier le PARIS Saint-Germain à Paris", -1, ANY));
    assertEquals(List.of("B2/1", "-"), marks(g, "Paris saint", -1, ANY));
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
    assertEquals(List.of("B1/1", "B" + NameGazetteer.AMBIGUOUS + "/1"), marks(g, "Orange Jordan", -1, ANY));
    assertEquals(List.of("B" + NameGazetteer.AMBIGUOUS + "/1"),
        marks(g, "Orange", -1, new NameGazetteer.Rules(1, 1, 0.7)));
    // at least 3 marks: only orange
    assertEquals(List.of("B1/1", "-"), marks(g, "Orange Jordan", -1, new NameGazetteer.Rules(3, 1, 0.6)));
    // at least two tokens: none
    assertEquals(List.of("-", "-"), marks(g, "Orange Jordan", -1, new NameGazetteer.Rules(1, 2, 0.6)));
    assertThrows(IllegalArgumentException.class, () -> new NameGazetteer.Rules(0, 1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new NameGazetteer.Rules(1, 1, 1.5));
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
    assertEquals(List.of("B2/1", "-", AMBIGUOUS_ONE), marks(g, "Nancy et Metz", -1, ANY));
    // document a's fold left out: nancy is known from a only, metz from b (ORG)
    assertEquals(List.of("-", "-", "B1/1"), marks(g, "Nancy et Metz", foldA, ANY));
    assertEquals(List.of("B2/1", "-", "B2/1"), marks(g, "Nancy et Metz", foldB, ANY));
  }

  private static final String AMBIGUOUS_ONE = "B" + NameGazetteer.AMBIGUOUS + "/1";

  @Test
  void aRepeatedDocumentIsCountedOnce() {
    List<NameSample> doc = List.of(sample("Lyon", new Span(0, 1, "LOC")));
    NameGazetteer g = new NameGazetteer.Builder().add("x", doc).add("x", doc).add("y", doc).build();
    assertArrayEquals(new int[] {0, 2, 0, 0}, g.counts("lyon"));
    assertEquals(1, g.size());
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
      assertTrue(n > 800 && n < 1200, "documents per fold: " + java.util.Arrays.toString(perFold));
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
