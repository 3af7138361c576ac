// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.DocumentAssertions;
import io.github.balise.EntityType;
import io.github.balise.internal.pipeline.Candidate;
import io.github.balise.internal.text.FrenchSentenceSplitter;
import io.github.balise.internal.text.FrenchTokenizer;
import io.github.balise.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder against {@link NameFinderME} where the beam search's rules matter: outcomes the
 * sequence validator forbids at the top of the scores, ties, probabilities that underflow, the
 * perceptron's scaling, other beam sizes; and which models it refuses, so that {@link
 * NameFinderStage} keeps {@code NameFinderME} for them.
 *
 * <p>The hand-made models weigh the features {@link FrenchFeatureGenerator} emits ({@code w=}
 * the folded word, {@code po=} the previous outcome), so the test picks what wins where.
 */
class FrenchNameDecoderRulesTest {

  private static final String[] OUTCOMES = {"other", "ORG-start", "ORG-cont", "LOC-start", "LOC-cont"};
  private static final int OTHER = 0;
  private static final int ORG_START = 1;
  private static final int ORG_CONT = 2;
  private static final int LOC_START = 3;
  private static final int LOC_CONT = 4;

  /** Feature name to weights, one per outcome. */
  private static Map<String, double[]> weights() {
    return new LinkedHashMap<>();
  }

  private static double[] w(int outcome, double weight, Object... more) {
    double[] out = new double[OUTCOMES.length];
    out[outcome] = weight;
    for (int i = 0; i < more.length; i += 2) {
      out[(Integer) more[i]] = ((Number) more[i + 1]).doubleValue();
    }
    return out;
  }

  private static Context[] contexts(Map<String, double[]> weights) {
    List<Context> out = new ArrayList<>();
    for (double[] ws : weights.values()) {
      int count = 0;
      for (double x : ws) {
        count += x != 0 ? 1 : 0;
      }
      int[] outs = new int[count];
      double[] params = new double[count];
      for (int o = 0, k = 0; o < ws.length; o++) {
        if (ws[o] != 0) {
          outs[k] = o;
          params[k++] = ws[o];
        }
      }
      out.add(new Context(outs, params));
    }
    return out.toArray(new Context[0]);
  }

  private static TokenNameFinderModel nameModel(MaxentModel maxent, int beam) {
    return new TokenNameFinderModel("fr", maxent, beam, null, new HashMap<>(), new HashMap<>(),
        new BioCodec(), new FrenchNameFinderFactory());
  }

  private static TokenNameFinderModel gis(Map<String, double[]> weights, int beam) {
    return nameModel(new GISModel(contexts(weights), weights.keySet().toArray(new String[0]), OUTCOMES), beam);
  }

  private static TokenNameFinderModel perceptron(Map<String, double[]> weights, int beam) {
    return nameModel(
        new PerceptronModel(contexts(weights), weights.keySet().toArray(new String[0]), OUTCOMES), beam);
  }

  private static List<List<String[]>> oneDocument(String... sentences) {
    List<String[]> windows = new ArrayList<>();
    for (String s : sentences) {
      windows.add(s.split(" "));
    }
    return List.of(windows);
  }

  private static Span[] decode(TokenNameFinderModel model, String sentence) {
    DecodingModel decoding = DecodingModel.of(model);
    assertNotNull(decoding);
    return new FrenchNameDecoder(decoding).find(sentence.split(" "));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void continuationsFirstAreSkippedForTheBestValidOutcome(boolean maxent) {
    // at "suite" the two best outcomes are continuations, which cannot open a sentence: the
    // search falls back to every valid outcome, and ORG-start is the best of them
    Map<String, double[]> ws = weights();
    ws.put("w=suite", w(ORG_CONT, 5, LOC_CONT, 4, ORG_START, 1));
    ws.put("w=de", w(OTHER, 2));
    TokenNameFinderModel model = maxent ? gis(ws, 2) : perceptron(ws, 2);
    FrenchNameDecoderTest.assertSameAsNameFinderMe(model, oneDocument("suite de texte", "de suite"));
    Span[] spans = decode(model, "suite de texte");
    assertEquals(new Span(0, 1, "ORG"), spans[0]);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aContinuationOfAnotherTypeIsNeverChosen(boolean maxent) {
    // after LOC-start, ORG-cont scores best but may not follow: LOC-cont (next best) extends it
    Map<String, double[]> ws = weights();
    ws.put("w=rue", w(LOC_START, 6));
    ws.put("po=LOC-start", w(ORG_CONT, 9, LOC_CONT, 3));
    ws.put("w=fin", w(OTHER, 4));
    TokenNameFinderModel model = maxent ? gis(ws, 2) : perceptron(ws, 2);
    FrenchNameDecoderTest.assertSameAsNameFinderMe(model,
        oneDocument("rue haute fin", "la rue basse", "rue rue fin rue"));
    assertArrayEquals(new Span[] {new Span(0, 2, "LOC")}, decode(model, "rue haute fin"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5})
  void tiesBreakAsInOpenNlpAtAnyBeamSize(int beam) {
    // no feature known: every outcome has probability 1/5 at every token, so the threshold lets
    // every valid outcome through and the priority queues' order decides
    Map<String, double[]> ws = weights();
    ws.put("w=jamais-vu", w(OTHER, 1));
    FrenchNameDecoderTest.assertSameAsNameFinderMe(gis(ws, beam),
        oneDocument("un deux trois quatre cinq six", "a", "b c"));
    FrenchNameDecoderTest.assertSameAsNameFinderMe(perceptron(ws, beam),
        oneDocument("un deux trois quatre cinq six", "a", "b c"));
  }

  @Test
  void perceptronScoresOverOneAreScaledAsInOpenNlp() {
    Map<String, double[]> ws = weights();
    ws.put("w=paris", w(LOC_START, 40, ORG_START, 37, OTHER, -12));
    ws.put("po=LOC-start", w(LOC_CONT, 2.5, OTHER, 2.25));
    ws.put("w=nord", w(LOC_CONT, 0.75));
    TokenNameFinderModel model = perceptron(ws, 2);
    FrenchNameDecoderTest.assertSameAsNameFinderMe(model, oneDocument("paris nord", "paris paris sud"));
    Span[] spans = decode(model, "paris nord");
    assertEquals(new Span(0, 2, "LOC"), spans[0]);
    assertTrue(spans[0].getProb() > 0 && spans[0].getProb() < 1);
  }

  @Test
  void whenEveryValidOutcomeUnderflowsNameFinderMeThrowsAndTheDecoderFindsNothing() {
    // exp(-800) is 0 in double: the only outcome with a probability is ORG-cont, which cannot
    // open a sentence; log(0) is under BeamSearch's minimum score, so no candidate is left.
    // NameFinderME then dereferences its null best sequence; the decoder returns no span.
    Map<String, double[]> ws = weights();
    ws.put("w=mur", w(OTHER, -800, ORG_START, -800, LOC_START, -800, LOC_CONT, -800));
    TokenNameFinderModel model = gis(ws, 2);
    String[] sentence = {"mur", "de", "pierre"};
    assertThrows(NullPointerException.class, () -> new NameFinderME(model).find(sentence));
    assertEquals(0, new FrenchNameDecoder(DecodingModel.of(model)).find(sentence).length);
  }

  @Test
  void theEmptySentenceHasNoSpan() {
    Map<String, double[]> ws = weights();
    ws.put("w=x", w(ORG_START, 1));
    TokenNameFinderModel model = gis(ws, 2);
    assertEquals(0, new NameFinderME(model).find(new String[0]).length);
    assertEquals(0, new FrenchNameDecoder(DecodingModel.of(model)).find(new String[0]).length);
  }

  @Test
  void aModelWithAnotherPriorIsLeftToNameFinderMe() {
    // the decoder assumes GIS's uniform prior; its load-time check against eval catches another
    Map<String, double[]> ws = weights();
    ws.put("w=x", w(ORG_START, 1));
    Prior favoursOther = new Prior() {
      @Override
      public void logPrior(double[] dist, int[] context) {
        logPrior(dist, context, null);
      }

      @Override
      public void logPrior(double[] dist, int[] context, float[] values) {
        Arrays.fill(dist, Math.log(0.1));
        dist[OTHER] = Math.log(0.6);
      }

      @Override
      public void logPrior(double[] dist, Context[] context, float[] values) {
        logPrior(dist, (int[]) null, values);
      }

      @Override
      public void setLabels(String[] outcomeLabels, String[] contextLabels) {}
    };
    GISModel model = new GISModel(contexts(ws), ws.keySet().toArray(new String[0]), OUTCOMES, favoursOther);
    assertNull(DecodingModel.of(nameModel(model, 2)));
    assertFalse(new NameFinderStage(nameModel(model, 2)).usesOwnDecoder());
  }

  @Test
  void aStockModelIsDecodedByNameFinderMe() throws Exception {
    TokenNameFinderModel stock = NerTrainer.train(NameFinderStageTest.placeSamples(),
        new NerTrainer.Settings(NerTrainer.Algorithm.MAXENT, 30, 0, 3, true));
    assertNull(DecodingModel.of(stock), "OpenNLP's default factory: not the decoder's features");
    NameFinderStage stage = new NameFinderStage(stock);
    assertFalse(stage.usesOwnDecoder());
    String text = "Il va à Brest.";
    List<Token> tokens = new FrenchTokenizer().tokenize(text);
    AnnotatedDocument doc = new AnnotatedDocument(text,
        new FrenchSentenceSplitter().split(text, tokens), tokens, List.of(), Optional.empty());
    List<Candidate> found = stage.find(doc, List.of());
    assertEquals(1, found.size(), found.toString());
    assertEquals(EntityType.LOC, found.get(0).entity().type());
    assertEquals("Brest", found.get(0).entity().text());
    DocumentAssertions.assertWellFormed(doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAXENT", "PERCEPTRON"})
  void smallTrainedFrenchModelsAreDecodedAlike(String algorithm) throws Exception {
    // beam 3 (not the bundled models' 2), read from the manifest
    TokenNameFinderModel model = NerTrainer.train(NameFinderStageTest.placeSamples(),
        new NerTrainer.Settings(NerTrainer.Algorithm.valueOf(algorithm), 20, 0, 3, false));
    assertTrue(new NameFinderStage(model).usesOwnDecoder());
    assertEquals(3, DecodingModel.of(model).beamSize);
    int spans = FrenchNameDecoderTest.assertSameAsNameFinderMe(model, oneDocument(
        "Il va à Brest .", "Elle habite à Paris et travaille à Lyon .", "Paris", ". à Nantes Rennes"));
    assertTrue(spans >= 3, spans + " spans");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAXENT", "PERCEPTRON"})
  void bilouModelsAreDecodedAlike(String algorithm) throws Exception {
    TokenNameFinderModel model = NerTrainer.train(NameFinderStageTest.placeSamples(),
        new NerTrainer.Settings(NerTrainer.Algorithm.valueOf(algorithm), 20, 0, 3, false,
            NerTrainer.Codec.BILOU));
    assertTrue(new NameFinderStage(model).usesOwnDecoder());
    int spans = FrenchNameDecoderTest.assertSameAsNameFinderMe(model, oneDocument(
        "Il va à Brest .", "Elle habite à Paris et travaille à Lyon .", "Paris", ". à Nantes Rennes"));
    assertTrue(spans >= 3, spans + " spans");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BIO", "BILOU"})
  void lbfgsModelsAreDecodedWithTheirOwnProbabilities(String codec) throws Exception {
    TokenNameFinderModel model = NerTrainer.train(NameFinderStageTest.placeSamples(),
        new NerTrainer.Settings(NerTrainer.Algorithm.MAXENT_QN, 20, 0, 3, false,
            NerTrainer.Codec.valueOf(codec)));
    assertTrue(model.getArtifact("nameFinder.model") instanceof QNModel);
    assertTrue(new NameFinderStage(model).usesOwnDecoder());
    int spans = FrenchNameDecoderTest.assertSameAsNameFinderMe(model, oneDocument(
            "Il va à Brest .", "Elle habite à Paris et travaille à Lyon .", "Paris", ". à Nantes Rennes"));
    assertTrue(spans >= 3, spans + " spans");
  }
}
