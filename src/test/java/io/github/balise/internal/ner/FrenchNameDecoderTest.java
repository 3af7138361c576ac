// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.Sentence;
import io.github.balise.TestData;
import io.github.balise.Token;
import io.github.balise.cli.GoldFiles;
import io.github.balise.eval.GoldDocument;
import io.github.balise.internal.text.FrenchSentenceSplitter;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FrenchNameDecoder} gives exactly what {@link NameFinderME} gives on the bundled models
 * (for an L-BFGS model, on its parameters with fresh sums: see {@link #withFreshSums}): the same
 * spans and bit-identical probabilities, window by window, over real documents (the
 * adaptive data carried from window to window and cleared per document, as the stage does).
 */
class FrenchNameDecoderTest {

  static TokenNameFinderModel bundled(String fileName) throws IOException {
    try (InputStream in = NameFinderStage.class.getResourceAsStream(NameFinderStage.MODEL_DIR + fileName)) {
      return new TokenNameFinderModel(in);
    }
  }

  static String seedArticle() throws IOException {
    try (InputStream in = FrenchNameDecoderTest.class.getResourceAsStream(
        "/io/github/balise/app/seed-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A document as the stage gives it to the name finder: its windows of token strings. */
  static List<String[]> windows(String text) {
    List<Token> tokens = new FrenchTokenizer().tokenize(text);
    List<String[]> out = new ArrayList<>();
    for (Sentence s : new FrenchSentenceSplitter().split(text, tokens)) {
      for (int first = s.firstToken(); first < s.endToken(); ) {
        int end = NameFinderStage.windowEnd(text, tokens, first, s.endToken());
        String[] words = new String[end - first];
        for (int i = 0; i < words.length; i++) {
          Token t = tokens.get(first + i);
          words[i] = text.substring(t.start(), t.end());
        }
        out.add(words);
        first = end;
      }
    }
    return out;
  }

  /**
   * Runs both finders over the documents and asserts identical output; returns how many spans
   * were compared.
   */
  static int assertSameAsNameFinderMe(TokenNameFinder reference, TokenNameFinder decoder,
      List<List<String[]>> documents) {
    int spans = 0;
    for (int d = 0; d < documents.size(); d++) {
      for (String[] window : documents.get(d)) {
        Span[] expected = reference.find(window);
        Span[] actual = decoder.find(window);
        String where = "document " + d + ": " + String.join(" ", window);
        assertEquals(expected.length, actual.length, where);
        for (int k = 0; k < expected.length; k++) {
          assertEquals(expected[k].getType(), actual[k].getType(), where);
          assertEquals(expected[k].getStart(), actual[k].getStart(), where);
          assertEquals(expected[k].getEnd(), actual[k].getEnd(), where);
          // the same sums in the same order: equal to the last bit, not merely within 1e-9
          double e = expected[k].getProb();
          double a = actual[k].getProb();
          assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a), where + ": " + e + " vs " + a);
        }
        spans += expected.length;
      }
      reference.clearAdaptiveData();
      decoder.clearAdaptiveData();
    }
    return spans;
  }

  static int assertSameAsNameFinderMe(TokenNameFinderModel model, List<List<String[]>> documents) {
    DecodingModel decoding = DecodingModel.of(model);
    assertNotNull(decoding, "the decoder accepts the model");
    return assertSameAsNameFinderMe(new NameFinderME(withFreshSums(model)), new FrenchNameDecoder(decoding),
        documents);
  }

  /**
   * OpenNLP's {@code QNModel.eval(context, probs)} adds to the array it is given instead of
   * starting from zero, and {@code BeamSearch} passes the same array at every call, so {@code
   * NameFinderME} on an L-BFGS model adds the previous call's probabilities to each score
   * (OpenNLP 2.5.6). The decoder computes the model's own probabilities (those of {@code
   * eval(context)}, on a fresh array): the reference for an L-BFGS model is NameFinderME on the
   * same parameters in a {@link QNModel} that clears the array first. Other models are returned
   * as they are.
   */
  static TokenNameFinderModel withFreshSums(TokenNameFinderModel model) {
    if (!(model.getArtifact("nameFinder.model") instanceof QNModel qn)) {
      return model;
    }
    Object[] data = qn.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] labels = pmap.keySet().toArray(new String[0]);
    Context[] params = new Context[labels.length];
    for (int i = 0; i < labels.length; i++) {
      params[i] = pmap.get(labels[i]);
    }
    String[] outcomes = new String[qn.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = qn.getOutcome(i);
    }
    String beam = model.getManifestProperty("BeamSize");
    // the factory reads clusters and gazetteer through the model's manifest: keep its entries
    Map<String, String> manifest = new HashMap<>();
    for (String key : new String[] {FrenchNameFinderFactory.CLUSTERS_PROPERTY,
        FrenchNameFinderFactory.GAZETTEER_PROPERTY}) {
      if (model.getManifestProperty(key) != null) {
        manifest.put(key, model.getManifestProperty(key));
      }
    }
    return new TokenNameFinderModel("fr", new FreshSumsQnModel(params, labels, outcomes),
        beam == null ? 3 : Integer.parseInt(beam), null, new HashMap<>(), manifest,
        model.getFactory().createSequenceCodec(), new FrenchNameFinderFactory());
  }

  private static final class FreshSumsQnModel extends QNModel {
    FreshSumsQnModel(Context[] params, String[] predLabels, String[] outcomes) {
      super(params, predLabels, outcomes);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      Arrays.fill(probs, 0.0);
      return super.eval(context, probs);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-ner-commercial.bin", "fr-ner-nc.bin"})
  void bundledModelsGiveNameFinderMesSpansAndProbabilities(String fileName) throws Exception {
    TokenNameFinderModel model = bundled(fileName);
    List<List<String[]>> documents = new ArrayList<>();
    documents.add(windows(seedArticle()));
    for (String file : List.of("ner/sequoia.dev.jsonl", "ner/newseye.dev.jsonl", "time/ftib.dev.jsonl")) {
      for (GoldDocument g : GoldFiles.read(TestData.require(file))) {
        documents.add(windows(g.text()));
      }
    }
    int spans = assertSameAsNameFinderMe(model, documents);
    assertTrue(spans > 1000, spans + " spans compared");
  }
}
