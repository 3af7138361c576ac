// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.pipeline;

import io.github.balise.Entity;
import java.util.Objects;

/**
 * A proposed mention with the priority it has when it overlaps another.
 *
 * @param entity the mention
 * @param priority higher wins an overlap before length and confidence are compared; see {@link
 *     OverlapResolver}
 */
public record Candidate(Entity entity, int priority) {

  /** Priority of a statistical model's guess. */
  public static final int MODEL = 0;
  /** Priority of a lexicon match without supporting context. */
  public static final int LEXICON = 10;
  /** Priority of a grammar rule or a lexicon match confirmed by context. */
  public static final int RULE = 20;

  /** Checks the mention is there. */
  public Candidate {
    Objects.requireNonNull(entity, "entity");
  }
}
