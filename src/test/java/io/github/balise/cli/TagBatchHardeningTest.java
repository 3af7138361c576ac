// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.cli.TagBatchTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of {@code balise tag} found in review: the states a kill can leave behind, a closed
 * standard output, unbounded standard input, and settings that must be usage errors.
 */
class TagBatchHardeningTest {

  @TempDir Path dir;

  private static String jsonl(int documents) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < documents; i++) {
      b.append("{\"id\":\"d").append(i).append("\",\"text\":\"Le document ").append(i)
          .append(" parle de Paris et de l'ONU.\"}\n");
    }
    return b.toString();
  }

  /**
   * Leaves {@code out.partial} and the journal as a run killed just before its final rename
   * does: the run is made to fail at that rename by a non-empty directory in the way.
   */
  private void runUpToTheFinalRename(Path in, Path out) throws IOException {
    Files.createDirectories(out.resolve("in-the-way"));
    Run r = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--force", "-q");
    assertEquals(BaliseCommand.SOME_FAILED, r.code(), r.err());
    deleteTree(out);
    assertTrue(Files.exists(Path.of(out + ".partial")) && Files.exists(Path.of(out + ".resume")));
  }

  /** Writes {@code content} as the input; leaves {@code out} as a run killed before its rename. */
  private Path interrupted(String content, Path out) throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, content, StandardCharsets.UTF_8);
    runUpToTheFinalRename(in, out);
    return in;
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void resumeAfterAKillBetweenTheFinalRenameAndTheJournalsRemovalCompletesTheRun() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, jsonl(20), StandardCharsets.UTF_8);
    Path expected = dir.resolve("expected.jsonl");
    assertEquals(0, TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", expected.toString(), "-q").code());
    Path out = dir.resolve("out.jsonl");
    runUpToTheFinalRename(in, out);
    // the kill came after the rename: the output is complete, the journal is still there
    Files.move(Path.of(out + ".partial"), out);

    Run resumed = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume", "-q");
    assertEquals(0, resumed.code(), resumed.err());
    assertEquals(Files.readString(expected), Files.readString(out));
    assertFalse(Files.exists(Path.of(out + ".resume")), "the journal of a complete run is removed");
  }

  @Test
  void resumeKeepsTheFailuresOfTheEarlierRunInTheErrorsFileAndTheExitCode() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Path in = interrupted("{not json\n" + jsonl(5), out);
    Path errors = dir.resolve("out.jsonl.errors.jsonl");
    String earlier = Files.readString(errors);
    assertTrue(earlier.contains("in.jsonl:1"), earlier);

    Run resumed = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume");
    assertEquals(BaliseCommand.SOME_FAILED, resumed.code(), "the output lacks a document: " + resumed.err());
    assertEquals(earlier, Files.readString(errors), "the errors file of the earlier run is kept");
    assertTrue(resumed.err().contains("0 documents tagged (+5 from the earlier run), 1 failed (1 in the earlier run)"),
        resumed.err());
    assertEquals(5, Files.readAllLines(out).size());
  }

  @Test
  void aClosedStandardOutputStopsTheRun() {
    // like "balise tag … | head -1": the reader has gone, every write fails
    int[] writes = {0};
    OutputStream gone = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        writes[0]++;
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BaliseCommand.run(new String[] {"tag", "--input", "jsonl", "--threads", "1", "--window", "2", "-q"},
        new java.io.ByteArrayInputStream(jsonl(300).getBytes(StandardCharsets.UTF_8)),
        new PrintStream(gone, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertTrue(code != 0, "the run says it failed");
    assertTrue(writes[0] < 10, "the run stops instead of tagging the rest for nobody: " + writes[0] + " writes");
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("standard output"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void standardInputTextIsReadNoFurtherThanMaxCharsAllows() {
    long limit = 1_000_000; // far more than --max-chars 1000 needs
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        if (read[0] > limit) {
          throw new AssertionError("standard input read far past --max-chars");
        }
        return 'a';
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BaliseCommand.run(new String[] {"tag", "--max-chars", "1000", "-q"}, endless,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(BaliseCommand.SOME_FAILED, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("longer than --max-chars 1000"));
    assertEquals(0, out.size());
  }

  @Test
  void aHugeMaxCharsDoesNotBreakLineReading() throws Exception {
    Path in = dir.resolve("in.jsonl");
    // --max-chars times 4 bytes overflows an int; a line over 256 bytes makes the line buffer grow
    Files.writeString(in, jsonl(3) + "{\"id\":\"long\",\"text\":\"" + "Paris. ".repeat(100) + "\"}\n",
        StandardCharsets.UTF_8);
    Run r = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--max-chars", "600000000", "-q");
    assertEquals(0, r.code(), r.err());
    assertEquals(4, r.out().lines().count());
  }

  @Test
  void theDirectoryOfTheOutputFileIsCreated() throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Un texte sur Lyon.", StandardCharsets.UTF_8);
    Path out = dir.resolve("not/yet/out.jsonl");
    Run r = TagBatchTest.run("tag", in.toString(), "--out", out.toString(), "-q");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(out).contains("Lyon"));
  }

  @Test
  void unknownFieldsAndTypesAreUsageErrors() {
    Run fields = TagBatchTest.runWithInput("Un texte.", "tag", "--fields", "text,token");
    assertEquals(BaliseCommand.USAGE, fields.code(), fields.err());
    assertTrue(fields.err().contains("token"), fields.err());
    assertEquals("", fields.out());
    Run types = TagBatchTest.runWithInput("Un texte.", "tag", "--types", "ORG,FOO");
    assertEquals(BaliseCommand.USAGE, types.code(), types.err());
    assertTrue(types.err().contains("FOO"), types.err());
  }

  @Test
  void anExistingErrorsFileIsNotOverwrittenWithoutForce() throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Un texte.", StandardCharsets.UTF_8);
    Path errors = dir.resolve("errors.jsonl");
    Files.writeString(errors, "precious\n", StandardCharsets.UTF_8);
    Run r = TagBatchTest.run("tag", in.toString(), "--errors", errors.toString(), "-q");
    assertEquals(BaliseCommand.USAGE, r.code(), r.err());
    assertEquals("precious\n", Files.readString(errors));
    assertEquals("", r.out());
  }

  @Test
  void bratOutputWorksInAJvmWithoutAUtf8Locale() throws Exception {
    // cron, containers: no LANG, so Java 17 encodes file names in ASCII and rejects "Élysée.txt"
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"\u00c9lys\u00e9e\",\"text\":\"Le palais de l'\u00c9lys\u00e9e.\"}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("brat");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), BaliseCommand.class.getName(), "tag", "--input", "jsonl",
        in.toString(), "--output", "brat", "--out", out.toString(), "-q");
    pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
    Process p = pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    assertEquals(0, p.waitFor(), Files.readString(dir.resolve("child.log")));
    assertEquals("Le palais de l'\u00c9lys\u00e9e.", Files.readString(out.resolve("Elysee.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void aJsonlLineWithTwoObjectsOrTrailingTextIsMalformedNotHalfRead() throws Exception {
    // a lone CR (old Mac line end) does not end a JSON line: "e" would be lost without a word
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"d\",\"text\":\"Un.\"}\r{\"id\":\"e\",\"text\":\"Deux.\"}\n"
        + "{\"id\":\"f\",\"text\":\"Trois.\"} et la suite\n{\"id\":\"g\",\"text\":\"Quatre.\"}  \r\n",
        StandardCharsets.UTF_8);
    Run r = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--fields", "");
    assertEquals(BaliseCommand.SOME_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("in.jsonl:1: malformed JSON") && r.err().contains("in.jsonl:2: malformed JSON"), r.err());
    assertEquals(1, r.out().lines().count(), r.out());
    assertTrue(r.out().contains("\"g\""), r.out());
  }

  @Test
  void resumeWithOtherOptionsIsAUsageErrorAndTouchesNothing() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Path in = interrupted(jsonl(5), out);
    Path partial = Path.of(out + ".partial");
    String before = Files.readString(partial);
    Run r = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume",
        "--fields", "text");
    assertEquals(BaliseCommand.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("cannot resume"), r.err());
    // the errors file holds the earlier run's failures: another one cannot continue it
    Run errors = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume",
        "--errors", dir.resolve("elsewhere.jsonl").toString());
    assertEquals(BaliseCommand.USAGE, errors.code(), errors.err());
    assertEquals(before, Files.readString(partial));
  }

  @Test
  void theProgressBarIsDrawnWhenStandardErrorIsATerminalAndOnlyThen() throws Exception {
    // script(1) runs the command on a pseudo-terminal: the way to have one in a test
    Path script = Path.of("/usr/bin/script");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "no script(1) here");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, jsonl(50), StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
        + " " + BaliseCommand.class.getName() + " tag --input jsonl " + in;
    // standard output to a file, standard error on the terminal: a bar, and data only in the file
    Path data = dir.resolve("data.jsonl");
    String onTerminal = underScript(java + " --fields '' > " + data);
    assertTrue(onTerminal.contains("%") && onTerminal.contains("50 docs"), onTerminal);
    assertEquals(50, Files.readAllLines(data).stream().filter(l -> l.startsWith("{\"id\":\"d")).count());
    // standard error to a file, the rest on the terminal: plain lines, no cursor movements
    Path log = dir.resolve("log.txt");
    underScript(java + " --out " + dir.resolve("out.jsonl") + " 2> " + log);
    String logged = Files.readString(log);
    assertTrue(logged.contains("documents tagged") && !logged.contains("\u001b[") && !logged.contains("\r"), logged);
  }

  private String underScript(String command) throws Exception {
    Path typescript = dir.resolve("typescript.txt");
    Process p = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
        .redirectOutput(typescript.toFile()).redirectErrorStream(true).start();
    assertEquals(0, p.waitFor(), Files.readString(typescript));
    return Files.readString(typescript);
  }

  @Test
  void aNumericIdStaysANumber() {
    Run r = TagBatchTest.runWithInput("{\"id\":12,\"text\":\"Un texte.\"}\n{\"text\":\"Sans id.\"}\n",
        "tag", "--input", "jsonl", "--fields", "", "-q");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"id\":12,"), r.out());
    assertTrue(r.out().contains("{\"id\":\"stdin:2\","), r.out());
  }

  @Test
  void resumeOnAnInputThatChangedSinceIsAUsageError() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Path in = interrupted(jsonl(5), out);
    Files.writeString(in, jsonl(3), StandardCharsets.UTF_8); // cut: the journal's counts are wrong now
    Run r = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume");
    assertEquals(BaliseCommand.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("cannot resume"), r.err());
  }

  @Test
  void bratOutputOntoAFileIsAUsageError() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "precious", StandardCharsets.UTF_8);
    Run r = TagBatchTest.runWithInput("Un texte.", "tag", "--output", "brat", "--out", file.toString());
    assertEquals(BaliseCommand.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("writes a directory"), r.err());
    assertEquals("precious", Files.readString(file));
  }

  @Test
  void aBratRunKilledHalfWayAndResumedWritesTheFilesOfAnUninterruptedRun() throws Exception {
    // ids that repeat, so that file names depend on the documents before them
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      b.append(i == 1500 ? "{broken\n" : "").append("{\"id\":\"n").append(i % 7).append("\",\"text\":\"Le document ")
          .append(i).append(" parle de Facebook.\"}\n");
    }
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, b, StandardCharsets.UTF_8);
    Path expected = dir.resolve("expected");
    Run whole = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--output", "brat", "--out", expected.toString(), "-q");
    assertEquals(BaliseCommand.SOME_FAILED, whole.code(), whole.err());

    Path out = dir.resolve("out");
    TagBatchTest.killAfterCheckpoints(dir, out.resolve(".balise-resume"), "tag", "--input", "jsonl", in.toString(),
        "--output", "brat", "--out", out.toString(), "--checkpoint-every", "25", "--threads", "2", "-q");
    Run resumed = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--output", "brat", "--out", out.toString(),
        "--resume", "-q");
    assertEquals(BaliseCommand.SOME_FAILED, resumed.code(), resumed.err());
    assertEquals(contents(expected), contents(out));
  }

  /** Every file of a directory with its content (left-over temporary files included). */
  private static java.util.Map<String, String> contents(Path d) throws IOException {
    java.util.Map<String, String> m = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.list(d)) {
      for (Path f : s.toList()) {
        m.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return m;
  }

  @Test
  void anOutputInsideTheInputDirectoryIsNotReadAsInputNorBlocksTheResume() throws Exception {
    // "balise tag corpus/ --out corpus/tagged.jsonl": the run's own files appear in corpus/
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Un texte sur Facebook.", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("b.txt"), "Un autre texte.", StandardCharsets.UTF_8);
    Path out = corpus.resolve("tagged.jsonl");
    Files.createDirectories(out.resolve("in-the-way")); // the final rename fails, as a kill before it would
    Run killed = TagBatchTest.run("tag", corpus.toString(), "--out", out.toString(), "--force", "-q");
    assertEquals(BaliseCommand.SOME_FAILED, killed.code(), killed.err());
    deleteTree(out);
    Run resumed = TagBatchTest.run("tag", corpus.toString(), "--out", out.toString(), "--resume", "-q");
    assertEquals(0, resumed.code(), resumed.err());
    assertEquals(2, Files.readAllLines(out).size());
    Path again = corpus.resolve("again.jsonl");
    Run second = TagBatchTest.run("tag", corpus.toString(), "--out", again.toString(), "-q");
    assertEquals(0, second.code(), second.err());
    assertEquals(3, Files.readAllLines(again).size(), "the first output is input now, its own output is not");
  }

  @Test
  void aReadErrorEndsThatSourceWithOneFailure() {
    // a disk or pipe that fails for good: one report, not one per retry, forever
    byte[] first = "Une ligne.\n".getBytes(StandardCharsets.UTF_8);
    int[] failures = {0};
    InputStream failing = new InputStream() {
      private int pos;

      @Override
      public int read() throws IOException {
        if (pos < first.length) {
          return first[pos++];
        }
        if (++failures[0] > 100) {
          throw new IllegalStateException("read again and again after the error");
        }
        throw new IOException("Input/output error");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (pos >= first.length) {
          return read();
        }
        int n = Math.min(len, first.length - pos);
        System.arraycopy(first, pos, b, off, n);
        pos += n;
        return n;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BaliseCommand.run(new String[] {"tag", "--input", "lines"}, failing,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String messages = err.toString(StandardCharsets.UTF_8);
    assertEquals(BaliseCommand.SOME_FAILED, code, messages);
    assertTrue(messages.contains("stdin:2: cannot read: Input/output error"), messages);
    assertTrue(messages.contains("1 documents tagged, 1 failed"), messages);
  }

  @Test
  void resumeCutsWhatWasWrittenAfterTheLastCheckpointAndIgnoresACutJournalLine() throws Exception {
    // a kill after the output was written but before the journal said so, in the middle of a
    // line of output, and in the middle of a journal line
    Path out = dir.resolve("out.jsonl");
    Path in = interrupted("{not json\n" + jsonl(8), out);
    Path expected = dir.resolve("expected.jsonl");
    TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", expected.toString(), "-q");
    Files.writeString(Path.of(out + ".partial"), "{\"id\":\"d7\",\"half", StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("out.jsonl.errors.jsonl"), "{\"origin\":", StandardOpenOption.APPEND);
    Files.writeString(Path.of(out + ".resume"), "99 12", StandardOpenOption.APPEND);
    Run resumed = TagBatchTest.run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume", "-q");
    assertEquals(BaliseCommand.SOME_FAILED, resumed.code(), resumed.err());
    assertEquals(Files.readString(expected), Files.readString(out));
    assertEquals(Files.readString(dir.resolve("expected.jsonl.errors.jsonl")).replace("expected", "out"),
        Files.readString(dir.resolve("out.jsonl.errors.jsonl")).replace("expected", "out"));
  }
}
