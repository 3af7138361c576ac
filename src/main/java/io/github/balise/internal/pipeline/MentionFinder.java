// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.pipeline;

import io.github.balise.AnnotatedDocument;
import io.github.balise.EntityType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One entity-finding stage of the pipeline: a model, a lexicon, a grammar.
 *
 * <p>Implementations are thread-safe and keep no state from one document to the next.
 */
public interface MentionFinder {

  /**
   * Proposes mentions for a document.
   *
   * @param document the text with its tokens and sentences (and no entities yet)
   * @param found what the stages before this one proposed, read-only; a stage may use it as
   *     context (an APP stage looks at the model's ORG candidates, for instance)
   * @return candidates on token boundaries; they may overlap each other and {@code found}, the
   *     {@link OverlapResolver} decides
   */
  List<Candidate> find(AnnotatedDocument document, List<Candidate> found);

  /**
   * Returns the candidates of earlier stages this stage knows to be wrong, which the pipeline
   * drops before calling {@link #find}; by default none. A lexicon stage that knows that a
   * headline word ({@code (VIDEO)}) is no place uses it to overrule the model.
   *
   * @param document the text with its tokens and sentences (and no entities yet)
   * @param found what the stages before this one proposed, read-only
   * @return elements of {@code found} (compared with {@code equals})
   */
  default List<Candidate> rejected(AnnotatedDocument document, List<Candidate> found) {
    return List.of();
  }

  /**
   * Returns the types this stage can propose; {@link io.github.balise.Balise} leaves out a stage
   * none of whose types is asked for (a DATE-only tagger does not run the name finder).
   */
  default Set<EntityType> produces() {
    return EnumSet.allOf(EntityType.class);
  }
}
