// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.EntityType;
import io.github.balise.TestData;
import io.github.balise.eval.EntityScorer;
import io.github.balise.eval.GoldDocument;
import io.github.balise.eval.Prf;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * APP accuracy floors on the project's own APP/ORG sets (src/test/resources/io/github/balise/app),
 * scored as {@code balise eval --types APP,ORG} scores them, and a ceiling on APP mentions in
 * ordinary news text, where there are next to none.
 */
class AppOrgTestSetTest {

  private static final Balise BALISE =
      Balise.builder().types(EntityType.APP, EntityType.ORG).build();

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(AppOrgTestSetTest.class.getResource("/io/github/balise/app/" + name).toURI());
  }

  private static EntityScorer score(Path gold) throws IOException {
    List<GoldDocument> docs = GoldFiles.read(gold);
    for (GoldDocument g : docs) {
      AnnotatedDocument doc = BALISE.annotate(g.text());
      DocumentAssertions.assertWellFormed(doc);
    }
    return EvalCommand.score(BALISE, docs, List.of("APP", "ORG"));
  }

  /**
   * The held-out sets: the first written before any rule, the second after the first rules (two
   * rules were changed after scoring it), the third after the last change (README.md beside them
   * gives the history).
   */
  @ParameterizedTest
  @CsvSource({"app-org-testset.jsonl, 100", "app-org-testset2.jsonl, 40",
      "app-org-testset3.jsonl, 35"})
  void heldOutSetAppF1IsAtLeast090(String file, int minimumGold) throws Exception {
    Prf app = score(resource(file)).of("APP");
    assertTrue(app.gold() >= minimumGold, "the set has its APP mentions: " + app.gold());
    assertTrue(app.f1() >= 0.90, file + ": APP F1 " + app.f1() + " " + app);
  }

  @Test
  void devSetAppF1IsAtLeast090() throws Exception {
    Prf app = score(resource("app-org-dev.jsonl")).of("APP");
    assertTrue(app.f1() >= 0.90, "APP F1 " + app.f1() + " " + app);
  }

  @Test
  void fewAppMentionsInSequoiaNews() throws IOException {
    Path sequoia = TestData.require("ner/sequoia.dev.jsonl");
    EntityScorer scorer = EvalCommand.score(BALISE, GoldFiles.read(sequoia), List.of("APP"));
    int predicted = scorer.of("APP").predicted();
    assertTrue(predicted <= 3, "APP mentions predicted in Sequoia dev: " + predicted);
  }
}
