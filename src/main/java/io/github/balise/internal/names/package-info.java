// SPDX-License-Identifier: Apache-2.0
/**
 * The known-names stage: a curated lexicon of well-known organisations and places ({@code
 * models/names-fr.tsv}) whose matches outrank the model's guesses, and a short list of
 * headline words the model must not report as names. Not API.
 */
package io.github.balise.internal.names;
