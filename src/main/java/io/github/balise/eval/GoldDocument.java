// SPDX-License-Identifier: Apache-2.0
package io.github.balise.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One document of a gold file in the project's JSONL format.
 *
 * @param id the document's id
 * @param text its text
 * @param dct its reference date, or null
 * @param entities its gold mentions
 */
public record GoldDocument(String id, String text, LocalDate dct, List<GoldEntity> entities) {

  /** Copies the list. */
  public GoldDocument {
    entities = List.copyOf(entities);
  }

  /**
   * One gold mention.
   *
   * @param start offset of the first character
   * @param end offset past the last character
   * @param type its label (ORG, LOC, DATE, PER, MISC…)
   * @param value its TimeML value, or null
   */
  public record GoldEntity(int start, int end, String type, String value) {}
}
