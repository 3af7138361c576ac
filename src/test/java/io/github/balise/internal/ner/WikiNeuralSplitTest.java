// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WikiNeuralSplitTest {

  @Test
  void holdsOutAboutOneInTen() {
    int dev = 0;
    for (int i = 0; i < 22453; i++) {
      if (WikiNeuralSplit.isDev(i)) {
        dev++;
      }
    }
    assertTrue(dev > 2000 && dev < 2500, "dev documents: " + dev);
  }

  @Test
  void isNotABlockOfTheFile() {
    int firstHalf = 0;
    for (int i = 0; i < 11000; i++) {
      if (WikiNeuralSplit.isDev(i)) {
        firstHalf++;
      }
    }
    assertTrue(firstHalf > 900 && firstHalf < 1300, "dev documents in the first half: " + firstHalf);
  }
}
