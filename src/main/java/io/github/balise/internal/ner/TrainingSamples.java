// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.eval.GoldDocument;
import io.github.balise.internal.text.FrenchSentenceSplitter;
import io.github.balise.internal.text.FrenchTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns gold documents into OpenNLP training sentences, tokenized and split exactly as the
 * pipeline does at run time ({@link FrenchTokenizer}, {@link FrenchSentenceSplitter}).
 *
 * <p>Types: ORG, LOC and PER are kept; MISC, PROD and EVENT become MISC (trained so that other
 * names are not taken for organisations, never returned); the time types are dropped. Of two
 * overlapping gold mentions one is dropped, as OpenNLP spans cannot overlap (see {@link
 * #outermost}). A mention whose ends fall inside a token, or that crosses a sentence boundary, is
 * dropped and counted; a sentence with a mention off token boundaries (glued OCR words, {@code
 * laFrance}) is left out, as that name would be learnt as "other". A leading lower-case article
 * inside a mention is cut off.
 */
public final class TrainingSamples {

  /** What happened to the gold mentions while converting. */
  public static final class Report {
    private int documents;
    private int sentences;
    private int tokens;
    private final Map<String, Integer> kept = new HashMap<>();
    private int nested;
    private int misaligned;
    private int crossing;
    private int articlesCut;
    private int sentencesDropped;

    /** Returns one line per figure, for the training log. */
    @Override
    public String toString() {
      return documents + " documents, " + sentences + " sentences, " + tokens + " tokens; mentions kept "
          + new java.util.TreeMap<>(kept) + "; dropped: " + nested + " nested, " + misaligned
          + " not on token boundaries, " + crossing + " across sentences; " + articlesCut
          + " leading articles cut; " + sentencesDropped + " sentences left out for a mention off"
          + " token boundaries";
    }

    /** Returns the number of mentions dropped because they do not align with tokens. */
    public int misaligned() {
      return misaligned;
    }

    /** Returns the number of tokens converted. */
    public int tokens() {
      return tokens;
    }
  }

  private final FrenchTokenizer tokenizer = new FrenchTokenizer();
  private final FrenchSentenceSplitter splitter = new FrenchSentenceSplitter();

  /** Creates a converter. */
  public TrainingSamples() {}

  /**
   * Converts documents, in order.
   *
   * @param docs gold documents
   * @param report receives the counts
   * @return one sample per sentence; the first sentence of each document clears adaptive data
   */
  public List<NameSample> convert(List<GoldDocument> docs, Report report) {
    List<NameSample> out = new ArrayList<>();
    for (GoldDocument doc : docs) {
      convert(doc, report, out);
    }
    return out;
  }

  /**
   * The training sentences of one document.
   *
   * @param documentId the gold document's id
   * @param samples its sentences (possibly none), the first clearing adaptive data
   */
  public record DocumentSamples(String documentId, List<NameSample> samples) {
    /** Copies the list. */
    public DocumentSamples {
      Objects.requireNonNull(documentId, "documentId");
      samples = List.copyOf(samples);
    }
  }

  /**
   * Converts documents, in order, keeping each document's sentences apart (for the names
   * gazetteer's jackknife, {@link NerTrainer.Gazetteer}).
   *
   * @param docs gold documents
   * @param report receives the counts
   * @return one entry per document, in order; flattened, the samples {@link #convert} returns
   */
  public List<DocumentSamples> convertByDocument(List<GoldDocument> docs, Report report) {
    List<DocumentSamples> out = new ArrayList<>();
    for (GoldDocument doc : docs) {
      List<NameSample> samples = new ArrayList<>();
      convert(doc, report, samples);
      out.add(new DocumentSamples(doc.id(), samples));
    }
    return out;
  }

  private void convert(GoldDocument doc, Report report, List<NameSample> out) {
    String text = doc.text();
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = splitter.split(text, tokens);
    report.documents++;
    Map<Integer, Integer> tokenAtStart = new HashMap<>();
    Map<Integer, Integer> tokenAtEnd = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      tokenAtStart.put(tokens.get(i).start(), i);
      tokenAtEnd.put(tokens.get(i).end(), i + 1);
    }
    List<GoldDocument.GoldEntity> mentions = outermost(doc, report);
    boolean first = true;
    for (Sentence s : sentences) {
      String[] words = new String[s.tokenCount()];
      for (int i = 0; i < words.length; i++) {
        Token t = tokens.get(s.firstToken() + i);
        words[i] = text.substring(t.start(), t.end());
      }
      List<Span> names = new ArrayList<>();
      boolean unusable = false;
      for (GoldDocument.GoldEntity e : mentions) {
        if (e.end() <= s.start() || e.start() >= s.end()) {
          continue;
        }
        Integer a = tokenAtStart.get(e.start());
        Integer b = tokenAtEnd.get(e.end());
        if (a == null || b == null) {
          report.misaligned++;
          unusable = true;
          continue;
        }
        if (a < s.firstToken() || b > s.endToken()) {
          report.crossing++;
          continue;
        }
        int from = a - s.firstToken();
        int to = b - s.firstToken();
        int cut = SpanEdges.leading(words, from, to);
        report.articlesCut += cut;
        String type = trainingType(e.type());
        names.add(new Span(from + cut, to, type));
      }
      if (unusable) {
        // its name would be trained as "other": leave the whole sentence out
        report.sentencesDropped++;
        continue;
      }
      for (Span name : names) {
        report.kept.merge(name.getType(), 1, Integer::sum);
      }
      report.sentences++;
      report.tokens += words.length;
      out.add(new NameSample(words, names.toArray(new Span[0]), first));
      first = false;
    }
  }

  /**
   * Keeps the trained types, then drops every mention that overlaps a kept one: ORG, LOC and PER
   * are kept before MISC (so {@code Koweït} stays a place inside the event {@code Guerre du
   * Koweït}, as MISC is never returned), and longer before shorter within each group.
   */
  private static List<GoldDocument.GoldEntity> outermost(GoldDocument doc, Report report) {
    List<GoldDocument.GoldEntity> typed = new ArrayList<>();
    for (GoldDocument.GoldEntity e : doc.entities()) {
      if (trainingType(e.type()) != null && e.end() > e.start()) {
        typed.add(e);
      }
    }
    typed.sort(Comparator.comparing((GoldDocument.GoldEntity e) -> "MISC".equals(trainingType(e.type())))
        .thenComparingInt(e -> e.start() - e.end())
        .thenComparingInt(GoldDocument.GoldEntity::start));
    List<GoldDocument.GoldEntity> kept = new ArrayList<>();
    for (GoldDocument.GoldEntity e : typed) {
      boolean overlaps = false;
      for (GoldDocument.GoldEntity k : kept) {
        if (e.start() < k.end() && k.start() < e.end()) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) {
        report.nested++;
      } else {
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparingInt(GoldDocument.GoldEntity::start));
    return kept;
  }

  /** Returns the label a gold type is trained as, or null for a type that is not trained. */
  static String trainingType(String goldType) {
    switch (goldType) {
      case "ORG":
      case "LOC":
      case "PER":
        return goldType;
      case "MISC":
      case "PROD":
      case "EVENT":
        return "MISC";
      default:
        return null;
    }
  }
}
