// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads the lines of a TAB-separated lexicon (apps, known names): skips a byte-order mark,
 * blank lines and {@code #} comments, checks the number of fields, and hands each entry over
 * with its location ({@code source:line}) for error messages.
 */
public final class TabSeparatedLines {

  /** Receives one entry. */
  @FunctionalInterface
  public interface Entry {
    /**
     * Takes the fields of one line.
     *
     * @param fields exactly as many fields as asked for, not stripped
     * @param where {@code source:line}, to start error messages with
     */
    void accept(String[] fields, String where);
  }

  private TabSeparatedLines() {}

  /**
   * Reads every entry of a lexicon.
   *
   * @param in the text, read to its end (not closed)
   * @param source what error messages call it (a file path or resource name)
   * @param fieldNames the names of the fields, in order, for the message of a line that has
   *     another number of fields
   * @param fieldCount how many fields a line must have
   * @param entry receives each entry
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException naming the source and the line of a malformed line
   */
  public static void read(Reader in, String source, String fieldNames, int fieldCount, Entry entry)
      throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int lineNumber = 0;
    while ((line = r.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String where = source + ":" + lineNumber;
      String[] f = line.split("\t", -1);
      if (f.length != fieldCount) {
        throw new IllegalArgumentException(where + ": expected " + fieldCount
            + " TAB-separated fields (" + fieldNames + "), found " + f.length);
      }
      entry.accept(f, where);
    }
  }
}
