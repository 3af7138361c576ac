// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.ModelLoadException;
import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.internal.pipeline.Candidate;
import io.github.balise.internal.pipeline.MentionFinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical stage: an OpenNLP name finder model run sentence by sentence, proposing ORG,
 * LOC and PER mentions with the model's span probability as confidence ({@link
 * Candidate#MODEL}). MISC is trained but never proposed. A leading article or a trailing
 * function word the model left on a span is cut off, and a person or place ending in a company
 * word is an organisation ({@link SpanEdges}).
 *
 * <p>Models of {@link FrenchNameFinderFactory} (the bundled ones) are decoded by {@link
 * FrenchNameDecoder}, which gives {@link NameFinderME}'s output several times faster; any other
 * model by {@link NameFinderME}.
 *
 * <p>Thread-safe: the model is shared, and each call borrows a finder (neither is thread-safe)
 * from a pool, clears its adaptive data when the document is done and returns it. The pool grows
 * to the number of threads that annotate at once.
 */
public final class NameFinderStage implements MentionFinder {

  /** Where the bundled models are on the classpath. */
  public static final String MODEL_DIR = "/io/github/balise/models/";

  private final Supplier<TokenNameFinder> newFinder;
  private final boolean ownDecoder;
  private final ConcurrentLinkedQueue<TokenNameFinder> pool = new ConcurrentLinkedQueue<>();
  private final NestedPlaces nestedPlaces;

  /**
   * Creates a stage on a loaded model. One name finder is made at once, so that a model whose
   * features cannot be set up (a word-cluster lexicon it names is not bundled) fails here rather
   * than on the first document.
   */
  public NameFinderStage(TokenNameFinderModel model) {
    Objects.requireNonNull(model, "model");
    DecodingModel decoding = DecodingModel.of(model);
    ownDecoder = decoding != null;
    newFinder = ownDecoder ? () -> new FrenchNameDecoder(decoding) : () -> new NameFinderME(model);
    pool.offer(newFinder.get());
    String gazetteer = model.getManifestProperty(FrenchNameFinderFactory.GAZETTEER_PROPERTY);
    nestedPlaces = new NestedPlaces(NameLexicon.get(),
        gazetteer == null ? null : NameGazetteer.bundled(gazetteer));
  }

  /**
   * Returns the finder of places nested in other names that goes with this model: its names
   * gazetteer, if it has one, adds to the known places.
   */
  public NestedPlaces nestedPlaces() {
    return nestedPlaces;
  }

  /** Whether this stage decodes with {@link FrenchNameDecoder} rather than {@link NameFinderME}. */
  boolean usesOwnDecoder() {
    return ownDecoder;
  }

  /**
   * Loads a bundled model.
   *
   * @param fileName the model's file name under {@code io/github/balise/models/}
   * @throws ModelLoadException naming the classpath path if it is missing or unreadable
   */
  public static NameFinderStage bundled(String fileName) {
    String path = MODEL_DIR + fileName;
    InputStream found = NameFinderStage.class.getResourceAsStream(path);
    if (found == null) {
      throw new ModelLoadException("bundled model not found on the classpath: " + path.substring(1),
          null);
    }
    try (InputStream in = found) {
      return new NameFinderStage(new TokenNameFinderModel(in));
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException("cannot read the name finder model " + path.substring(1) + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Loads a model file.
   *
   * @throws ModelLoadException naming the file if it is missing or unreadable
   */
  public static NameFinderStage fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new NameFinderStage(new TokenNameFinderModel(in));
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException("cannot read the name finder model " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Candidate> find(AnnotatedDocument document, List<Candidate> found) {
    TokenNameFinder finder = pool.poll();
    if (finder == null) {
      finder = newFinder.get();
    }
    try {
      return findAll(finder, document);
    } finally {
      finder.clearAdaptiveData();
      pool.offer(finder);
    }
  }

  /**
   * Longest run of tokens given to the name finder at once. OpenNLP's beam search copies its
   * outcome history at every token, so its cost grows with the square of the sentence length:
   * a "sentence" of a million tokens (a list without punctuation, binary junk) would take hours.
   * Real sentences are far shorter; longer ones are cut, at a punctuation mark where one is near.
   * ({@link FrenchNameDecoder}'s cost is linear, but it gets the same windows, so that both
   * finders give the same mentions.)
   */
  static final int MAX_WINDOW = 250;

  private static List<Candidate> findAll(TokenNameFinder finder, AnnotatedDocument document) {
    String text = document.text();
    List<Token> tokens = document.tokens();
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      for (int first = s.firstToken(); first < s.endToken(); ) {
        int end = windowEnd(text, tokens, first, s.endToken());
        findInWindow(finder, text, tokens, first, end, out);
        first = end;
      }
    }
    return out;
  }

  /** End of the window that starts at {@code first}: the sentence end, or a cut before it. */
  static int windowEnd(String text, List<Token> tokens, int first, int sentenceEnd) {
    if (sentenceEnd - first <= MAX_WINDOW) {
      return sentenceEnd;
    }
    int limit = first + MAX_WINDOW;
    for (int k = limit; k > limit - MAX_WINDOW / 5; k--) {
      Token t = tokens.get(k - 1);
      char c = text.charAt(t.start());
      if (t.length() == 1 && (c == ',' || c == ';' || c == ':' || c == '.' || c == ')')) {
        return k;
      }
    }
    return limit;
  }

  private static void findInWindow(TokenNameFinder finder, String text, List<Token> tokens, int first,
      int end, List<Candidate> out) {
    String[] words = new String[end - first];
    for (int i = 0; i < words.length; i++) {
      Token t = tokens.get(first + i);
      words[i] = text.substring(t.start(), t.end());
    }
    Span[] spans = finder.find(words); // both finders give each span its probability
    for (int k = 0; k < spans.length; k++) {
      EntityType type = typeOf(spans[k].getType());
      if (type == null) {
        continue;
      }
      int from = spans[k].getStart();
      int to = spans[k].getEnd();
      from += SpanEdges.leading(words, from, to);
      to -= SpanEdges.trailing(words, from, to);
      if (to <= from) {
        continue;
      }
      type = SpanEdges.type(words, from, to, type);
      int start = tokens.get(first + from).start();
      int stop = tokens.get(first + to - 1).end();
      double p = Math.max(0.0, Math.min(1.0, spans[k].getProb()));
      out.add(new Candidate(
          Entity.of(type, start, text.substring(start, stop), p, EntitySource.MODEL), Candidate.MODEL));
    }
  }

  private static EntityType typeOf(String label) {
    if (label == null) {
      return null;
    }
    switch (label) {
      case "ORG":
        return EntityType.ORG;
      case "LOC":
        return EntityType.LOC;
      case "PER":
        return EntityType.PER;
      default:
        return null; // MISC and anything else the model knows
    }
  }
}
