// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

/** What found an entity: a statistical model, a lexicon look-up or a hand-written rule. */
public enum EntitySource {
  /** A trained statistical model; the confidence is the model's probability for the span. */
  MODEL,
  /** A lexicon entry, possibly confirmed by context; the confidence is a fixed prior. */
  LEXICON,
  /** A hand-written grammar rule (dates, for instance); the confidence is a fixed prior. */
  RULE
}
