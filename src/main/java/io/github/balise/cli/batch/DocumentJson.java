// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.Sentence;
import io.github.balise.Token;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes an annotated document as one line of JSON: {@code id}, {@code text}, {@code
 * sentences}, {@code tokens}, {@code entities}, with offsets in UTF-16 code units.
 */
public final class DocumentJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  /** Which parts of a document to write. */
  public record Fields(boolean text, boolean sentences, boolean tokens) {
    public static final Fields ALL = new Fields(true, true, true);
  }

  private DocumentJson() {}

  /**
   * Returns the JSON line (without its line break).
   *
   * @param id the document's id, or null; the {@code id} of {@code extra}, when it has one, is
   *     written instead, with its JSON type
   * @param doc the document
   * @param extra fields of the input object to carry through untouched, or null
   * @param fields which parts to write
   */
  public static String toJson(String id, AnnotatedDocument doc, JsonNode extra, Fields fields) {
    StringWriter w = new StringWriter(doc.text().length() * 3 + 64);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      if (extra != null && extra.hasNonNull("id")) {
        g.writeFieldName("id"); // as it came: a number stays a number
        MAPPER.writeTree(g, extra.get("id"));
      } else if (id != null) {
        g.writeStringField("id", id);
      }
      if (extra != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          String name = f.getKey();
          if (!name.equals("id") && !name.equals("text") && !name.equals("sentences")
              && !name.equals("tokens") && !name.equals("entities")) {
            g.writeFieldName(name);
            MAPPER.writeTree(g, f.getValue());
          }
        }
      }
      if (fields.text()) {
        g.writeStringField("text", doc.text());
      }
      if (fields.sentences()) {
        g.writeArrayFieldStart("sentences");
        for (Sentence s : doc.sentences()) {
          g.writeStartObject();
          g.writeNumberField("start", s.start());
          g.writeNumberField("end", s.end());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (fields.tokens()) {
        g.writeArrayFieldStart("tokens");
        for (Token t : doc.tokens()) {
          g.writeStartObject();
          g.writeNumberField("start", t.start());
          g.writeNumberField("end", t.end());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("entities");
      for (Entity e : doc.entities()) {
        g.writeStartObject();
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeStringField("type", e.type().name());
        g.writeStringField("text", e.text());
        g.writeNumberField("confidence", Math.round(e.confidence() * 10000) / 10000.0);
        g.writeStringField("source", e.source().name());
        if (e.value().isPresent()) {
          g.writeStringField("value", e.value().get());
        }
        if (e.canonical().isPresent()) {
          g.writeStringField("canonical", e.canonical().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }
}
