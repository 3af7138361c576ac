// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads bundled resources: strict UTF-8, loud failure naming the missing path. */
public final class Resources {

  private Resources() {}

  /**
   * Opens a resource next to {@code owner}.
   *
   * @throws UncheckedIOException naming the path if it is not on the classpath
   */
  public static InputStream open(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException(
              "bundled resource not found on the classpath: "
                  + owner.getPackageName().replace('.', '/') + "/" + name));
    }
    return in;
  }

  /** Returns a reader that fails on malformed UTF-8 instead of replacing it silently. */
  public static BufferedReader strictUtf8(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Reads a bundled word list: one entry a line, {@code #} comments and blank lines skipped,
   * surrounding white space trimmed.
   */
  public static List<String> readList(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = strictUtf8(open(owner, name))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
    return out;
  }
}
