// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Reports documents that failed: a line on standard error each, and, when an errors file is
 * given, one JSON object per failure there ({@code origin}, {@code id}, {@code message}).
 */
final class ErrorLog implements AutoCloseable {

  private final PrintStream err;
  private final AppendFile file;
  private long count;

  ErrorLog(PrintStream err, Path file, long keepBytes) throws IOException {
    this.err = err;
    this.file = file == null ? null : new AppendFile(file, keepBytes);
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

  long count() {
    return count;
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
