// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.internal.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a lexicon that a model names in its manifest from the bundled models folder ({@link
 * NameFinderStage#MODEL_DIR}): word clusters, the names gazetteer.
 */
final class BundledLexicon {

  /** Parses a lexicon's text. */
  @FunctionalInterface
  interface Parser<T> {
    /**
     * @param in the text (not closed)
     * @param source what error messages call it
     */
    T read(Reader in, String source) throws IOException;
  }

  private BundledLexicon() {}

  /**
   * Reads one bundled lexicon, as strict UTF-8.
   *
   * @param fileName its file name in the models folder
   * @param what what messages call it ({@code word clusters})
   * @param parser reads it
   * @throws UncheckedIOException naming the path if it is not on the classpath or unreadable
   */
  static <T> T load(String fileName, String what, Parser<T> parser) {
    String path = NameFinderStage.MODEL_DIR + fileName;
    InputStream in = BundledLexicon.class.getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new IOException(
          what + " not found on the classpath: " + path.substring(1)));
    }
    try (Reader r = Resources.strictUtf8(in)) {
      return parser.read(r, path.substring(1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + path.substring(1), e);
    }
  }
}
