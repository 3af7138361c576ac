// SPDX-License-Identifier: Apache-2.0
/**
 * Balise's implementation: the text pipeline and its adapters to OpenNLP and Lucene.
 *
 * <p><b>Not API.</b> Everything below {@code io.github.balise.internal} may change without
 * notice; use {@link io.github.balise.Balise} instead.
 */
package io.github.balise.internal;
