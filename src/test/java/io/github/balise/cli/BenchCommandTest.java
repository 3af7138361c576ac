// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs its pipelines and reports; no speed is asserted (shared machines). */
class BenchCommandTest {

  private static final String CORPUS = "src/test/resources/io/github/balise/cli/bench-corpus.jsonl";

  @Test
  void reportsEveryPipelineAndThreadCount() {
    TagBatchTest.Run r = TagBatchTest.run("bench", "--corpus", CORPUS, "--threads", "1,2",
        "--pipelines", "balise,dates", "--warmup", "1", "--runs", "1", "--min-seconds", "0.01");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("corpus: 3 documents"), r.out());
    assertTrue(r.out().contains("model load: Balise (model=COMMERCIAL "), r.out());
    for (String row : List.of("balise +1 ", "dates +1 ", "balise +2 ", "dates +2 ")) {
      assertTrue(r.out().lines().anyMatch(l -> l.matches(row + "+\\d+ .*")), row + " in\n" + r.out());
    }
    // issue 6 asks for start-up time and peak heap besides the speeds
    assertTrue(r.out().lines().anyMatch(l -> l.matches("start-up: \\d+\\.\\d{3} s .*")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("peak heap: \\d+ MB.*")), r.out());
  }

  @Test
  void measuresTheChosenModel() {
    TagBatchTest.Run r = TagBatchTest.run("bench", "--corpus", CORPUS, "--threads", "1",
        "--pipelines", "balise", "--model", "NON_COMMERCIAL", "--warmup", "0", "--runs", "1",
        "--min-seconds", "0.01");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("model load: Balise (model=NON_COMMERCIAL "), r.out());
  }

  @Test
  void settingsThatCannotMeasureAreUsageErrors() {
    for (String[] bad : List.of(new String[] {"--runs", "0"}, new String[] {"--threads", "0"},
        new String[] {"--min-seconds", "0"}, new String[] {"--warmup", "-1"})) {
      TagBatchTest.Run r = TagBatchTest.run("bench", "--corpus", CORPUS, bad[0], bad[1]);
      assertEquals(BaliseCommand.USAGE, r.code(), String.join(" ", bad) + ": " + r.err());
    }
  }

  @Test
  void writesALargeCorpus(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.jsonl");
    TagBatchTest.Run r = TagBatchTest.run("bench", "--corpus", CORPUS, "--write-jsonl", file.toString(),
        "--megabytes", "1");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.size(file) >= 1_000_000);
    TagBatchTest.Run tagged = TagBatchTest.run("tag", "--input", "jsonl", file.toString(), "--fields", "", "-q");
    assertEquals(0, tagged.code(), tagged.err());
    assertEquals(Files.readAllLines(file).size(), tagged.out().lines().count());
  }
}
