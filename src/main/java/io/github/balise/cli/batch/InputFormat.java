// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

/** How input is cut into documents. */
public enum InputFormat {
  /** One document per file; standard input is one document. */
  text,
  /** One document per non-blank line. */
  lines,
  /** One JSON object per line: {@code id}, {@code text}, optional {@code dct}, any other fields. */
  jsonl
}
