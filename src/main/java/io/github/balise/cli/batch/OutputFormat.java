// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.Sentence;
import io.github.balise.Token;
import java.util.List;

/** The output formats of {@code balise tag}, each rendering one document to text. */
public enum OutputFormat {
  /** One JSON object per document and line (the format of the README). */
  jsonl,
  /** CoNLL-style columns: token, start, end, BIO tag; a blank line after each sentence. */
  conll,
  /** brat standoff: a {@code .txt} and an {@code .ann} file per document, in a directory. */
  brat;

  /**
   * What one document renders to: {@code main} is the JSON line, the CoNLL block or the brat
   * {@code .txt}; {@code annotations} is the brat {@code .ann}, null otherwise.
   */
  public record Rendered(String main, String annotations) {}

  /** Renders a document. */
  public Rendered render(Item.Document in, AnnotatedDocument doc, DocumentJson.Fields fields) {
    switch (this) {
      case jsonl:
        return new Rendered(DocumentJson.toJson(in.id(), doc, in.extra(), fields) + "\n", null);
      case conll:
        return new Rendered(conll(in.id(), doc), null);
      default:
        return new Rendered(doc.text(), brat(doc));
    }
  }

  /** Whether the format writes files into a directory rather than one stream. */
  public boolean needsDirectory() {
    return this == brat;
  }

  private static String conll(String id, AnnotatedDocument doc) {
    StringBuilder b = new StringBuilder(doc.text().length() * 3);
    b.append("# id = ").append(oneLine(id)).append('\n');
    List<Entity> entities = doc.entities();
    int e = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : doc.tokens(s)) {
        while (e < entities.size() && entities.get(e).end() <= t.start()) {
          e++;
        }
        String tag = "O";
        if (e < entities.size() && entities.get(e).start() <= t.start()) {
          Entity m = entities.get(e);
          tag = (m.start() == t.start() ? "B-" : "I-") + m.type().name();
        }
        b.append(oneLine(doc.covered(t))).append('\t').append(t.start()).append('\t')
            .append(t.end()).append('\t').append(tag).append('\n');
      }
      b.append('\n');
    }
    if (doc.sentences().isEmpty()) {
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * brat offsets count Unicode code points (brat is written in Python), not UTF-16 units as
   * Balise does, so they are converted here; they differ only after a supplementary character.
   */
  private static String brat(AnnotatedDocument doc) {
    StringBuilder b = new StringBuilder();
    String text = doc.text();
    int k = 1;
    int note = 1;
    int lastUnit = 0;
    int lastPoint = 0;
    for (Entity m : doc.entities()) {
      lastPoint += text.codePointCount(lastUnit, m.start());
      int start = lastPoint;
      int end = start + text.codePointCount(m.start(), m.end());
      lastUnit = m.start();
      b.append('T').append(k).append('\t').append(m.type().name()).append(' ')
          .append(start).append(' ').append(end).append('\t').append(oneLine(m.text())).append('\n');
      if (m.value().isPresent() || m.canonical().isPresent()) {
        b.append('#').append(note++).append("\tAnnotatorNotes T").append(k).append('\t');
        m.value().ifPresent(v -> b.append("value=").append(v));
        if (m.value().isPresent() && m.canonical().isPresent()) {
          b.append(' ');
        }
        m.canonical().ifPresent(c -> b.append("canonical=").append(c));
        b.append('\n');
      }
      k++;
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0
        ? s : s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
  }
}
