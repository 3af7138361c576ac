// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared corpora are: the {@code balise.data.dir} system property (Maven sets it to
 * {@code ../shared/data}). Tests that need a file skip, with a message saying so, where it is
 * absent, as on a user's clone.
 */
public final class TestData {

  private TestData() {}

  /** Returns the data folder, which may not exist. */
  public static Path dir() {
    return Path.of(System.getProperty("balise.data.dir", "../shared/data"));
  }

  /**
   * Returns a file of the shared data, skipping the calling test when it is not there.
   *
   * @param relative a path below the data folder, such as {@code ner/sequoia.dev.jsonl}
   */
  public static Path require(String relative) {
    Path p = dir().resolve(relative);
    assumeTrue(Files.isRegularFile(p),
        "skipped: shared corpus " + p + " not found (it is beside the checkout on CI only)");
    return p;
  }
}
