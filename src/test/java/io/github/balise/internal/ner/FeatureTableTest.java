// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FeatureTable} finds what the model's own map finds, whole or by parts, and nothing else. */
class FeatureTableTest {

  private static double[] sums(FeatureTable table, int entry, int outcomes) {
    double[] s = new double[outcomes];
    table.addTo(entry, s);
    return s;
  }

  private static double[] sums(Context c, int outcomes) {
    double[] s = new double[outcomes];
    for (int j = 0; j < c.getOutcomes().length; j++) {
      s[c.getOutcomes()[j]] += c.getParameters()[j];
    }
    return s;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-ner-commercial.bin", "fr-ner-nc.bin"})
  void everyFeatureOfTheBundledModelsIsFoundWholeAndByParts(String fileName) throws Exception {
    AbstractModel model = (AbstractModel) FrenchNameDecoderTest.bundled(fileName).getArtifact("nameFinder.model");
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
    FeatureTable table = new FeatureTable(pmap);
    int n = model.getNumOutcomes();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String name = e.getKey();
      double[] expected = sums(e.getValue(), n);
      int entry = table.get(name);
      assertArrayEquals(expected, sums(table, entry, n), name);
      int cut = name.length() / 2;
      assertEquals(entry, table.get(name.substring(0, cut), name.substring(cut)), name);
      if (name.length() >= 3) {
        int third = name.length() / 3;
        int sep = 2 * third;
        char c = name.charAt(sep);
        assertEquals(entry, table.get(name.substring(0, third), name.substring(third, sep), c,
            name.substring(sep + 1)), name);
      }
      assertEquals(FeatureTable.ABSENT, table.get(name + "\u0000"));
      assertEquals(FeatureTable.ABSENT, table.get(name.substring(0, name.length() - 1) + "\uffff"));
    }
  }

  @Test
  void partsOfAnyLengthAndAlphabetHashLikeTheirConcatenation() {
    String longWord = "anticonstitutionnellement".repeat(5); // over the table of powers of 31
    Map<String, Context> pmap = new LinkedHashMap<>();
    String[] names = {"w=" + longWord, "b-=l'_ONU", "ss=Xx_x_d4", "ppo=other,ORG-start",
      "w=東京", "pos=LOC-cont,Xx-Xx", "ow"};
    for (int i = 0; i < names.length; i++) {
      pmap.put(names[i], new Context(new int[] {i % 3, 3}, new double[] {i + 0.25, -i}));
    }
    FeatureTable table = new FeatureTable(pmap);
    for (int i = 0; i < names.length; i++) {
      assertEquals(i + 0.25, sums(table, table.get(names[i]), 4)[i % 3]);
    }
    assertEquals(table.get(names[0]), table.get("w=", longWord));
    assertEquals(table.get(names[1]), table.get("b-=", "l'", '_', "ONU"));
    assertEquals(table.get(names[2]), table.get("ss=", "Xx", '_', "x", "d4"));
    assertEquals(table.get(names[3]), table.get("ppo=", "other", ',', "ORG-start"));
    assertEquals(table.get(names[4]), table.get("w=", "東京"));
    assertEquals(table.get(names[5]), table.get("pos=", "LOC-cont", ',', "Xx-Xx"));
    assertNotEquals(FeatureTable.ABSENT, table.get("ow"));
    assertEquals(FeatureTable.ABSENT, table.get("w=", longWord + "s"));
    assertEquals(FeatureTable.ABSENT, table.get("b-=", "l'", '-', "ONU"));
    assertEquals(FeatureTable.ABSENT, table.get("ss=", "Xx", '_', "x", "d5"));
    assertEquals(FeatureTable.ABSENT, table.get("ow", "-1"));
    assertEquals(FeatureTable.ABSENT, table.get("w=東"));
  }

  @Test
  void zeroParametersAreLeftOutWithoutChangingAnySum() {
    // an L1-penalised L-BFGS model stores a zero for most outcomes of most features
    Map<String, Context> pmap = new LinkedHashMap<>();
    pmap.put("w=paris", new Context(new int[] {0, 1, 2}, new double[] {0.0, 1.5, -0.0}));
    pmap.put("w=de", new Context(new int[] {0, 1, 2}, new double[] {0.0, 0.0, 0.0}));
    pmap.put("w=lyon", new Context(new int[] {2}, new double[] {-2.0}));
    FeatureTable table = new FeatureTable(pmap);
    assertEquals(FeatureTable.ABSENT, table.get("w=de"), "a feature of zeros only is not kept");
    for (String name : new String[] {"w=paris", "w=lyon"}) {
      double[] expected = sums(pmap.get(name), 3);
      double[] actual = sums(table, table.get(name), 3);
      for (int o = 0; o < 3; o++) {
        assertEquals(expected[o], actual[o], 0.0, name + " outcome " + o);
      }
    }
    double[] s = {0.25, -1.0, 3.0};
    table.addTo(table.get("w=paris"), s);
    assertArrayEquals(new double[] {0.25, 0.5, 3.0}, s);
  }
}
