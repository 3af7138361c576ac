// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.EntityType;
import io.github.balise.TestData;
import io.github.balise.eval.ConlluDocuments;
import io.github.balise.eval.TokenScorer;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token and sentence F1 floors against Universal Dependencies gold, on documents of 20
 * consecutive sentences as {@code eval-tokens} scores them; a little under what the tokenizer
 * and splitter reach, so that a regression fails. Skipped where the shared corpora are absent.
 */
class FrenchTextAccuracyTest {

  private static final Balise BALISE = Balise.builder().types(EntityType.DATE).build();

  @ParameterizedTest(name = "{0}: tokens >= {1}, sentences >= {2}")
  @CsvSource({
    // reached: tokens 0.9990, sentences 0.9763
    "tok/fr_gsd-ud-dev.conllu, 0.998, 0.970",
    // reached: tokens 0.9992, sentences 0.9014
    "tok/fr_sequoia-ud-dev.conllu, 0.998, 0.895",
    // reached: tokens 0.9992, sentences 0.8789
    "tok/fr_sequoia-ud-train.conllu, 0.998, 0.870",
  })
  void meetsTheFloors(String file, double tokenFloor, double sentenceFloor) throws IOException {
    TokenScorer scorer = new TokenScorer();
    for (ConlluDocuments.Doc gold : ConlluDocuments.read(TestData.require(file), 20)) {
      AnnotatedDocument doc = BALISE.annotate(gold.text());
      DocumentAssertions.assertWellFormed(doc);
      scorer.add(gold, doc);
    }
    double tokens = scorer.tokens().f1();
    double sentences = scorer.sentences().f1();
    assertTrue(tokens >= tokenFloor, file + ": token F1 " + tokens + " < " + tokenFloor);
    assertTrue(sentences >= sentenceFloor, file + ": sentence F1 " + sentences + " < " + sentenceFloor);
  }
}
