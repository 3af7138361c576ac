// SPDX-License-Identifier: Apache-2.0
/**
 * Batch tagging behind {@code balise tag}: reading inputs as a stream of documents, tagging them
 * on a pool of threads that share one {@link io.github.balise.Balise}, writing the results in
 * input order, and checkpointing so that an interrupted run can be resumed. Part of the command
 * line, not of the library API.
 */
package io.github.balise.cli.batch;
