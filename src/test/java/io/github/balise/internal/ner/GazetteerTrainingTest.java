// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training with the names gazetteer: the jackknife, the manifest entry, the loaded features. */
class GazetteerTrainingTest {

  private static final String BUNDLED = "names-gazetteer-nc.tsv";

  private static List<String> features(FrenchFeatureGenerator g, String[] sentence, int index) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, sentence, index, null);
    return out;
  }

  /** Documents whose ids fall in two folds, each naming a place; one place named by both. */
  private static List<TrainingSamples.DocumentSamples> twoDocuments(String[] ids) {
    return List.of(
        new TrainingSamples.DocumentSamples(ids[0], List.of(new NameSample(
            new String[] {"Il", "va", "à", "Quimper", "et", "Brest", "."},
            new Span[] {new Span(3, 4, "LOC"), new Span(5, 6, "LOC")}, true))),
        new TrainingSamples.DocumentSamples(ids[1], List.of(new NameSample(
            new String[] {"Elle", "va", "à", "Brest", "."}, new Span[] {new Span(3, 4, "LOC")}, true))));
  }

  private static String[] idsInTwoFolds() {
    for (int i = 1; ; i++) {
      if (NameGazetteer.foldOf("d" + i) != NameGazetteer.foldOf("d0")) {
        return new String[] {"d0", "d" + i};
      }
    }
  }

  /** While training, a sentence's gazetteer features come without its own document's names. */
  @Test
  void trainingFeaturesLeaveOutTheSentencesOwnFold() {
    String[] ids = idsInTwoFolds();
    List<TrainingSamples.DocumentSamples> docs = twoDocuments(ids);
    NerTrainer.Gazetteer gz = NerTrainer.Gazetteer.of("g.tsv", docs);
    NameGazetteer.Jackknife jackknife = new NameGazetteer.Jackknife();
    FrenchNameFinderFactory factory = new FrenchNameFinderFactory(null, null, "g.tsv", gz.names(), jackknife, new BioCodec());
    String[] first = docs.get(0).samples().get(0).getSentence();
    jackknife.next(first, NameGazetteer.foldOf(ids[0]));
    FrenchFeatureGenerator g = factory.newFeatureGenerator();
    // Quimper is named only by its own document: no gazetteer feature; Brest also by the other
    assertFalse(features(g, first, 3).stream().anyMatch(f -> f.startsWith("gz")), features(g, first, 3).toString());
    assertTrue(features(g, first, 5).contains("gzB=LOC"), features(g, first, 5).toString());
    jackknife.finish();
    FrenchFeatureGenerator decoding = factory.newFeatureGenerator();
    assertTrue(features(decoding, first.clone(), 3).contains("gzB=LOC"), "all counts at run time");
  }

  /**
   * A model trained with the gazetteer (the samples pass the jackknife's order check) records
   * its file name; loaded, it reads the bundled gazetteer of that name and gets its features.
   */
  @Test
  void aModelTrainedWithTheGazetteerRoundTrips() throws Exception {
    List<NameSample> samples = TinyTrainingData.placeSamples(5);
    String[][] sentences = TinyTrainingData.PLACE_SENTENCES;
    List<TrainingSamples.DocumentSamples> docs = new ArrayList<>();
    for (NameSample sample : samples) {
      docs.add(new TrainingSamples.DocumentSamples("doc" + docs.size(), List.of(sample)));
    }
    NerTrainer.Gazetteer gz = NerTrainer.Gazetteer.of(BUNDLED, docs);
    TokenNameFinderModel model = NerTrainer.train(samples,
        new NerTrainer.Settings(NerTrainer.Algorithm.PERCEPTRON, 10, 0, 3, false), null, gz);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(BUNDLED, loaded.getManifestProperty(FrenchNameFinderFactory.GAZETTEER_PROPERTY));
    List<String> features = new ArrayList<>();
    loaded.getFactory().createFeatureGenerators().createFeatures(features, sentences[0], 3, null);
    // "paris" is a place in the bundled file, marked far more than five times
    assertTrue(features.contains("gzB=LOC") && features.contains("gzn=LOC3"), features.toString());
    Span[] found = new NameFinderME(loaded).find(new String[] {"Il", "va", "à", "Brest", "."});
    assertEquals(List.of(new Span(3, 4, "LOC")), List.of(found));
    // Balise's own decoder gives NameFinderME's spans with the gazetteer features too
    assertTrue(new NameFinderStage(loaded).usesOwnDecoder());
    int spans = FrenchNameDecoderTest.assertSameAsNameFinderMe(loaded,
        List.of(FrenchNameDecoderTest.windows(FrenchNameDecoderTest.seedArticle()),
            List.<String[]>of(new String[] {"Il", "va", "à", "Paris", "puis", "à", "Brest", "."})));
    assertTrue(spans >= 2, spans + " spans compared");
  }

  @Test
  void foldsMustMatchTheSamplesAndStockFeaturesTakeNoGazetteer() {
    String[] ids = idsInTwoFolds();
    NerTrainer.Gazetteer gz = NerTrainer.Gazetteer.of("g.tsv", twoDocuments(ids));
    NerTrainer.Settings own = new NerTrainer.Settings(NerTrainer.Algorithm.PERCEPTRON, 1, 0, 1, false);
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(List.of(), own, null, gz));
    NerTrainer.Settings stock = new NerTrainer.Settings(NerTrainer.Algorithm.PERCEPTRON, 1, 0, 1, true);
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(List.of(), stock, null, gz));
    assertThrows(IllegalArgumentException.class,
        () -> new FrenchNameFinderFactory(null, null, null, gz.names(), null, new BioCodec()));
  }

  @Test
  void writesTheSameFileTwice(@TempDir Path dir) throws Exception {
    NerTrainer.Gazetteer gz = NerTrainer.Gazetteer.of("g.tsv", twoDocuments(idsInTwoFolds()));
    gz.write(dir.resolve("a.tsv"), List.of("h"));
    gz.write(dir.resolve("b.tsv"), List.of("h"));
    assertEquals("# h\nbrest\t0\t2\t0\t0\nquimper\t0\t1\t0\t0\n", Files.readString(dir.resolve("a.tsv")));
    assertEquals(-1, Files.mismatch(dir.resolve("a.tsv"), dir.resolve("b.tsv")));
  }
}
