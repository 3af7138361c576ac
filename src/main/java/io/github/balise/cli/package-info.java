// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code balise} command line: {@code tag}, {@code eval}, {@code eval-tokens}. Runs on
 * picocli and Jackson, which are optional dependencies of the library: a library user who does
 * not call this package does not need them. Data goes to standard output, messages to standard
 * error.
 */
package io.github.balise.cli;
