// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.balise.cli.batch.DocumentJson;
import io.github.balise.eval.GoldDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads gold files in the project's JSONL format ({@code shared/data/README.md}). */
public final class GoldFiles {

  private GoldFiles() {}

  /**
   * Reads every document of a gold file.
   *
   * @param file a JSONL file: {@code {"id", "text", "dct"?, "entities": [{start, end, type, value?}]}}
   * @return its documents, in file order
   * @throws IOException if it cannot be read or a line is not such an object (the message names
   *     the line)
   */
  public static List<GoldDocument> read(Path file) throws IOException {
    List<GoldDocument> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parse(DocumentJson.MAPPER.readTree(line), lineNumber));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static GoldDocument parse(JsonNode n, int lineNumber) {
    String id = n.hasNonNull("id") ? n.get("id").asText() : "line-" + lineNumber;
    JsonNode textNode = n.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw new IllegalArgumentException("no \"text\" string");
    }
    LocalDate dct = n.hasNonNull("dct") ? LocalDate.parse(n.get("dct").asText()) : null;
    List<GoldDocument.GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      entities.add(new GoldDocument.GoldEntity(
          e.get("start").asInt(), e.get("end").asInt(), e.get("type").asText(),
          e.hasNonNull("value") ? e.get("value").asText() : null));
    }
    return new GoldDocument(id, textNode.asText(), dct, entities);
  }
}
