// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterInductionTest {

  /** Determiners, nouns and verbs in every combination: three kinds of word by context. */
  private static List<String[]> corpus() {
    String[] det = {"le", "un", "ce"};
    String[] noun = {"chat", "chien", "loup", "cheval"};
    String[] verb = {"dort", "mange", "court"};
    List<String[]> out = new ArrayList<>();
    for (String d : det) {
      for (String n : noun) {
        for (String v : verb) {
          out.add(new String[] {d, n, v});
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> byWord(List<ClusterInduction.Entry> entries) {
    Map<String, Integer> out = new HashMap<>();
    for (ClusterInduction.Entry e : entries) {
      out.put(e.word(), e.cluster());
    }
    return out;
  }

  @Test
  void wordsInTheSameContextsShareACluster() {
    Map<String, Integer> c = byWord(ClusterInduction.induce(corpus(), 3, 1, 10, null));
    assertEquals(10, c.size());
    for (String n : new String[] {"chien", "loup", "cheval"}) {
      assertEquals(c.get("chat"), c.get(n), n);
    }
    assertEquals(c.get("le"), c.get("un"));
    assertEquals(c.get("le"), c.get("ce"));
    assertEquals(c.get("dort"), c.get("mange"));
    assertEquals(c.get("dort"), c.get("court"));
    assertNotEquals(c.get("le"), c.get("chat"));
    assertNotEquals(c.get("chat"), c.get("dort"));
    assertNotEquals(c.get("le"), c.get("dort"));
  }

  @Test
  void isDeterministic() {
    assertEquals(ClusterInduction.induce(corpus(), 4, 1, 10, null),
        ClusterInduction.induce(corpus(), 4, 1, 10, null));
  }

  @Test
  void rareWordsAreClusteredTogetherButNotListed() {
    List<String[]> text = new ArrayList<>(corpus());
    text.add(new String[] {"le", "tatou", "dort"});
    Map<String, Integer> c = byWord(ClusterInduction.induce(text, 3, 2, 10, null));
    assertFalse(c.containsKey("tatou"));
    assertEquals(c.get("chat"), c.get("loup"));
  }

  @Test
  void writesWhatWordClustersReads() throws Exception {
    List<ClusterInduction.Entry> entries = ClusterInduction.induce(corpus(), 3, 1, 10, null);
    StringWriter out = new StringWriter();
    ClusterInduction.write(entries, List.of("test corpus"), out);
    assertEquals("# test corpus", out.toString().lines().findFirst().orElseThrow());
    WordClusters read = WordClusters.read(new StringReader(out.toString()), "test");
    assertEquals(entries.size(), read.size());
    for (ClusterInduction.Entry e : entries) {
      assertEquals(e.cluster(), read.clusterOf(e.word()));
    }
  }

  @Test
  void rejectsBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> ClusterInduction.induce(corpus(), 1, 1, 5, null));
    assertThrows(IllegalArgumentException.class, () -> ClusterInduction.induce(corpus(), 3, 0, 5, null));
    assertThrows(NullPointerException.class, () -> ClusterInduction.induce(null, 3, 1, 5, null));
  }
}
