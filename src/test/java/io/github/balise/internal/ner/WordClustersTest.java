// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.ModelLoadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.io.TempDir;
import java.io.StringReader;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordClustersTest {

  @ParameterizedTest
  @CsvSource({"1998,0000", "2003,0000", "10e,00e", "paris,paris", "0,0", "a9b,a0b"})
  void keysTurnDigitsToZero(String folded, String key) {
    assertEquals(key, WordClusters.key(folded));
  }

  @Test
  void readsEntriesAndAnswersMinusOneForUnknownWords() throws Exception {
    WordClusters c = WordClusters.read(new StringReader("# header\n\nparis\t3\n0000\t7\n"), "t");
    assertEquals(3, c.clusterOf("paris"));
    assertEquals(7, c.clusterOf("1999"));
    assertEquals(-1, c.clusterOf("lyon"));
  }

  @Test
  void malformedLinesNameTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WordClusters.read(new StringReader("paris\t3\nlyon\tx\n"), "f.tsv"));
    assertTrue(e.getMessage().startsWith("f.tsv:2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> WordClusters.read(new StringReader("paris\t3\nparis\t4\n"), "f.tsv"));
    assertThrows(IllegalArgumentException.class,
        () -> WordClusters.read(new StringReader("paris 3\n"), "f.tsv"));
  }

  @Test
  void aMissingBundledLexiconFailsNamingIt() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> WordClusters.bundled("no-such-clusters.tsv"));
    assertTrue(e.getMessage().contains("no-such-clusters.tsv"), e.getMessage());
  }

  /** The bundled non-commercial model names its lexicon, which is bundled too and loads once. */
  @Test
  void theNonCommercialModelNamesItsBundledClusters() throws Exception {
    TokenNameFinderModel model;
    try (var in = WordClustersTest.class.getResourceAsStream(NameFinderStage.MODEL_DIR + "fr-ner-nc.bin")) {
      model = new TokenNameFinderModel(new ByteArrayInputStream(in.readAllBytes()));
    }
    String name = model.getManifestProperty(FrenchNameFinderFactory.CLUSTERS_PROPERTY);
    assertEquals("word-clusters-nc.tsv", name);
    WordClusters c = WordClusters.bundled(name);
    assertSame(c, WordClusters.bundled(name));
    assertTrue(c.size() > 10_000, "clustered words: " + c.size());
    assertTrue(c.clusterOf("de") >= 0);
  }

  /**
   * A model trained with clusters records the lexicon's file name and gets its cluster
   * features back when it is loaded (here the bundled lexicon, copied to a training folder).
   */
  @Test
  void aModelTrainedWithClustersRoundTrips(@TempDir Path dir) throws Exception {
    Path lexicon = dir.resolve("word-clusters-nc.tsv");
    try (var in = WordClustersTest.class.getResourceAsStream(NameFinderStage.MODEL_DIR + "word-clusters-nc.tsv")) {
      Files.copy(in, lexicon);
    }
    List<NameSample> samples = TinyTrainingData.placeSamples(5);
    String[][] sentences = TinyTrainingData.PLACE_SENTENCES;
    TokenNameFinderModel model = NerTrainer.train(samples,
        new NerTrainer.Settings(NerTrainer.Algorithm.MAXENT, 30, 0, 3, false), lexicon);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals("word-clusters-nc.tsv", loaded.getManifestProperty(FrenchNameFinderFactory.CLUSTERS_PROPERTY));
    List<String> features = new ArrayList<>();
    loaded.getFactory().createFeatureGenerators().createFeatures(features, sentences[0], 3, null);
    assertTrue(features.contains("c=" + WordClusters.bundled("word-clusters-nc.tsv").clusterOf("paris")),
        features.toString());
    Span[] found = new NameFinderME(loaded).find(new String[] {"Il", "va", "à", "Brest", "."});
    assertEquals(List.of(new Span(3, 4, "LOC")), List.of(found));
  }

  /** A model naming a lexicon that is not bundled fails when it is loaded, naming the lexicon. */
  @Test
  void aModelNamingMissingClustersFailsToLoad(@TempDir Path dir) throws Exception {
    Path lexicon = dir.resolve("not-bundled-clusters.tsv");
    Files.writeString(lexicon, "il\t0\nelle\t0\na\t1\nparis\t2\nlyon\t2\n");
    List<NameSample> samples = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      samples.add(new NameSample(new String[] {"Il", "va", "à", "Paris"}, new Span[] {new Span(3, 4, "LOC")}, true));
      samples.add(new NameSample(new String[] {"Elle", "va", "à", "Lyon"}, new Span[] {new Span(3, 4, "LOC")}, true));
    }
    TokenNameFinderModel model = NerTrainer.train(samples,
        new NerTrainer.Settings(NerTrainer.Algorithm.PERCEPTRON, 5, 0, 1, false), lexicon);
    Path file = dir.resolve("model.bin");
    try (var out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> NameFinderStage.fromFile(file));
    assertTrue(e.getMessage().contains("not-bundled-clusters.tsv"), e.getMessage());
  }

  @Test
  void stockFeaturesTakeNoClusters(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(List.of(),
        new NerTrainer.Settings(NerTrainer.Algorithm.MAXENT, 1, 0, 1, true), dir.resolve("c.tsv")));
  }
}
