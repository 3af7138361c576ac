// SPDX-License-Identifier: Apache-2.0
/**
 * Scoring against gold annotations: exact-span precision, recall and F1 for entities, and for
 * tokens and sentences against Universal Dependencies CoNLL-U files. The command line's
 * {@code eval} and {@code eval-tokens} use these, and so do the accuracy tests.
 */
package io.github.balise.eval;
