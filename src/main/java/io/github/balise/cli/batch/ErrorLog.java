// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reports documents that failed: a line on standard error each, and, when an errors file is
 * given, one JSON object per failure there ({@code origin}, {@code id}, {@code message}).
 *
 * <p>On resume the failures an earlier run recorded are kept and counted, so that the count, the
 * exit code and the errors file describe the whole output, not only the resumed part.
 */
final class ErrorLog implements AutoCloseable {

  private final PrintStream err;
  private final AppendFile file;
  private final long earlier;
  private long count;

  /**
   * Opens the log.
   *
   * @param err where each failure is reported as a line
   * @param file the errors file, or null
   * @param keepBytes bytes of the errors file an earlier run wrote up to its checkpoint (resume),
   *     0 to start anew
   */
  ErrorLog(PrintStream err, Path file, long keepBytes) throws IOException {
    this.err = err;
    this.earlier = file == null || keepBytes == 0 ? 0 : countLines(file, keepBytes);
    this.count = earlier;
    this.file = file == null ? null : new AppendFile(file, keepBytes);
  }

  /** The number of line breaks in the first {@code bytes} bytes of a file, read in blocks. */
  static long countLines(Path file, long bytes) throws IOException {
    long lines = 0;
    long left = bytes;
    byte[] block = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      while (left > 0) {
        int n = in.read(block, 0, (int) Math.min(block.length, left));
        if (n < 0) {
          break; // shorter than the checkpoint: AppendFile reports it
        }
        for (int i = 0; i < n; i++) {
          if (block[i] == '\n') {
            lines++;
          }
        }
        left -= n;
      }
    }
    return lines;
  }

  void report(String origin, String id, String message) throws IOException {
    count++;
    err.println("balise: " + origin + (id != null && !id.equals(origin) ? " (id " + id + ")" : "")
        + ": " + message);
    if (file != null) {
      ObjectNode n = DocumentJson.MAPPER.createObjectNode();
      n.put("origin", origin);
      if (id != null) {
        n.put("id", id);
      }
      n.put("message", message);
      try {
        file.write(DocumentJson.MAPPER.writeValueAsString(n) + "\n");
      } catch (JsonProcessingException e) {
        throw new IOException(e);
      }
    }
  }

  /** Failures in the whole output: the earlier run's (on resume) and this run's. */
  long count() {
    return count;
  }

  /** Failures an earlier run recorded before the checkpoint this run resumed from. */
  long earlier() {
    return earlier;
  }

  long sync() throws IOException {
    if (file == null) {
      return 0;
    }
    file.sync();
    return file.position();
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
