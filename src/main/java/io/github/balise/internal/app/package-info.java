// SPDX-License-Identifier: Apache-2.0
/**
 * The APP stage: a lexicon of apps and digital services ({@code models/apps-fr.tsv} plus user
 * lexicons) and the context cues that tell an app from the company behind it. Not API.
 */
package io.github.balise.internal.app;
