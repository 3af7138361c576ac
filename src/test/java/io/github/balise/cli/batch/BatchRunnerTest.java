// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.balise.Balise;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BatchRunner} on hand-made items, for what the command line cannot provoke. */
class BatchRunnerTest {

  @TempDir Path dir;

  private static final BatchRunner.Settings BRAT =
      new BatchRunner.Settings(OutputFormat.brat, DocumentJson.Fields.ALL, 2, 4, 1000, 5000);

  private static BatchRunner.Summary run(List<Item> items, long skip, OutputSink sink) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ErrorLog log = new ErrorLog(new PrintStream(err, true, StandardCharsets.UTF_8), null, 0)) {
      return new BatchRunner(Balise.french(), BRAT).run(items.iterator(), skip, sink, log, null,
          Progress.create(new PrintStream(err, true, StandardCharsets.UTF_8), 0, true, 0));
    }
  }

  private Set<String> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void aDocumentWhoseTaggingFailedKeepsTheFileNamesOfTheOthersStableAcrossAResume() throws Exception {
    // a null text makes annotate throw: the document fails and the run goes on
    List<Item> items = List.of(
        new Item.Document(0, "a", "in:1", "a", null, null, null, 1),
        new Item.Document(1, "a", "in:2", "a", "Un texte sur Lyon.", null, null, 18),
        new Item.Document(2, "b", "in:3", "b", "Un autre texte.", null, null, 15));
    BatchRunner.Summary whole = run(items, 0, new OutputSink.ToDirectory(dir));
    assertEquals(1, whole.failures());
    Set<String> uninterrupted = files();
    // a run killed after the failed document resumes from it: it sees that document as skipped
    // and writes the others again, onto the same files
    run(items, 1, new OutputSink.ToDirectory(dir));
    assertEquals(uninterrupted, files(), "the resumed run writes the same files");
  }
}
