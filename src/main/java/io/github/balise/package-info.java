// SPDX-License-Identifier: Apache-2.0
/**
 * Balise: named entities in French text.
 *
 * <pre>{@code
 * Balise balise = Balise.french();
 * AnnotatedDocument doc = balise.annotate(
 *     "Le 13 novembre 2015, Daesh a revendiqué les attentats de Paris sur Telegram.",
 *     LocalDate.of(2015, 11, 14));
 * for (Entity e : doc.entities()) {
 *   // DATE "13 novembre 2015" 2015-11-13, ORG "Daesh", LOC "Paris", APP "Telegram"
 *   System.out.println(e.type() + " " + e.text() + " " + e.value().orElse(""));
 * }
 * }</pre>
 *
 * <p>{@link io.github.balise.Balise} is the entry object; everything it returns ({@link
 * io.github.balise.AnnotatedDocument}, {@link io.github.balise.Token}, {@link
 * io.github.balise.Sentence}, {@link io.github.balise.Entity}) is immutable. Offsets are UTF-16
 * code units of the original text, end exclusive.
 */
package io.github.balise;
