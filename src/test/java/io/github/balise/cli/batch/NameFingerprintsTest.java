// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameFingerprintsTest {

  @Test
  void aNameIsNewOnceAndTakenAfterwards() {
    NameFingerprints names = new NameFingerprints();
    assertTrue(names.add("a"));
    assertFalse(names.add("a"));
    assertTrue(names.add("a-2"));
    assertTrue(names.add(""));
    assertFalse(names.add(""));
    assertEquals(3, names.size());
  }

  @Test
  void everyNameGivenIsFoundAfterTheTableGrows() {
    NameFingerprints names = new NameFingerprints();
    int n = 200_000; // many times the initial table
    for (int i = 0; i < n; i++) {
      assertTrue(names.add("doc-" + i), "doc-" + i);
    }
    for (int i = 0; i < n; i++) {
      assertFalse(names.add("doc-" + i), "doc-" + i + " was given");
    }
    assertEquals(n, names.size());
  }

  @Test
  void nearNamesHaveDifferentFingerprints() {
    assertNotEquals(NameFingerprints.fingerprint("ab"), NameFingerprints.fingerprint("ba"));
    assertNotEquals(NameFingerprints.fingerprint("doc-1"), NameFingerprints.fingerprint("doc-10"));
    assertNotEquals(0L, NameFingerprints.fingerprint(""));
  }
}
