// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** One unit of input: a document to tag, or a piece of input that could not be made one. */
public sealed interface Item permits Item.Document, Item.Failure {

  /** Position in the whole input, from 0: output order and resume points count these. */
  long seq();

  /** Where it comes from: {@code file}, {@code file:line}, {@code stdin:line}. */
  String origin();

  /** Input bytes it took, for progress. */
  long bytes();

  /**
   * A document to tag.
   *
   * @param seq position in the whole input
   * @param id its id: the {@code id} field, else the file name or {@code file:line}
   * @param origin where it comes from
   * @param name a file-name stem for formats that write one file per document
   * @param text its text
   * @param dct its reference date, or null
   * @param extra the input JSON object, whose other fields are carried to the output, or null
   * @param bytes input bytes it took
   */
  record Document(long seq, String id, String origin, String name, String text, LocalDate dct,
      ObjectNode extra, long bytes) implements Item {}

  /**
   * Input that is not a document: bad encoding, malformed JSON, too long, unreadable.
   *
   * @param seq position in the whole input
   * @param origin where it comes from, with the line and byte offset when known
   * @param message what is wrong
   * @param bytes input bytes it took
   */
  record Failure(long seq, String origin, String message, long bytes) implements Item {}
}
