// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.balise.cli.batch.DocumentJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch behaviour of {@code balise tag} (issue 6), through the command line in-process. */
class TagBatchTest {

  @TempDir Path dir;

  /** Exit code, standard output and standard error of one in-process run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BaliseCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String jsonl(int documents) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < documents; i++) {
      b.append("{\"id\":\"d").append(i).append("\",\"text\":\"Le ").append(i % 28 + 1)
          .append(" mars 2016, le document ").append(i).append(" parle de Paris, de Lyon et de l'ONU.")
          .append(" Il a été publié sur Facebook.\"}\n");
    }
    return b.toString();
  }

  @Test
  void directoryInBratOut() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/a.txt"), "Le 13 novembre 2015, Paris a été frappée.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "Deuxième document 😀 sur l'ONU.", StandardCharsets.UTF_8);
    Path out = dir.resolve("brat");
    Run r = run("tag", dir.resolve("in").toString(), "--output", "brat", "--out", out.toString(), "-q");
    assertEquals(0, r.code(), r.err());
    assertEquals("Le 13 novembre 2015, Paris a été frappée.", Files.readString(out.resolve("a.txt")));
    assertEquals("Deuxième document 😀 sur l'ONU.", Files.readString(out.resolve("b.txt")));
    for (String name : List.of("a", "b")) {
      String text = Files.readString(out.resolve(name + ".txt"));
      for (String line : Files.readAllLines(out.resolve(name + ".ann"))) {
        if (line.startsWith("T")) {
          // "T1<TAB>TYPE start end<TAB>text", offsets in code points as brat counts them
          String[] f = line.split("\t");
          String[] typeAndSpan = f[1].split(" ");
          int start = text.offsetByCodePoints(0, Integer.parseInt(typeAndSpan[1]));
          int end = text.offsetByCodePoints(0, Integer.parseInt(typeAndSpan[2]));
          assertEquals(f[2], text.substring(start, end), line);
        }
      }
    }
    assertFalse(Files.exists(out.resolve(".balise-resume")), "the journal is removed when the run completes");
  }

  @Test
  void jsonlExtraFieldsAreCarriedThrough() {
    String in = "{\"id\":\"a\",\"text\":\"Bonjour Paris.\",\"source\":{\"site\":\"web\",\"rank\":[1,2]},\"n\":3}\n";
    Run r = runWithInput(in, "tag", "--input", "jsonl", "--fields", "text", "-q");
    assertEquals(0, r.code(), r.err());
    JsonNode n = readTree(r.out().strip());
    assertEquals("a", n.get("id").asText());
    assertEquals("web", n.get("source").get("site").asText());
    assertEquals(2, n.get("source").get("rank").get(1).asInt());
    assertEquals(3, n.get("n").asInt());
    assertEquals("Bonjour Paris.", n.get("text").asText());
    assertFalse(n.has("tokens"), "--fields text drops the tokens");
    assertTrue(n.get("entities").isArray());
  }

  @Test
  void corruptFileInADirectoryIsReportedAndTheOthersAreTagged() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("1.txt"), "Premier texte.", StandardCharsets.UTF_8);
    Files.write(in.resolve("2.txt"), new byte[] {'O', 'u', 'i', ' ', (byte) 0xC3, (byte) 0x28, '.'});
    Files.writeString(in.resolve("3.txt"), "Troisième texte.", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Run r = run("tag", in.toString(), "--out", out.toString(), "-q");
    assertEquals(BaliseCommand.SOME_FAILED, r.code());
    assertTrue(r.err().contains("2.txt") && r.err().contains("byte offset 4"), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).contains("Premier") && lines.get(1).contains("Troisième"));
    String errors = Files.readString(dir.resolve("out.jsonl.errors.jsonl"));
    assertTrue(errors.contains("2.txt") && errors.contains("byte offset 4"), errors);
  }

  @Test
  void outputOrderWithEightThreadsEqualsInputOrder() {
    String in = jsonl(400);
    Run one = runWithInput(in, "tag", "--input", "jsonl", "--threads", "1", "-q");
    Run eight = runWithInput(in, "tag", "--input", "jsonl", "--threads", "8", "--window", "24", "-q");
    assertEquals(0, eight.code(), eight.err());
    List<String> lines = eight.out().lines().toList();
    assertEquals(400, lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals("d" + i, readTree(lines.get(i)).get("id").asText());
    }
    assertEquals(one.out(), eight.out());
  }

  @Test
  void userAppLexiconFromTheCommandLine() throws Exception {
    Path lexicon = dir.resolve("mine.tsv");
    Files.writeString(lexicon, "Zorglouf\tzorglouf-app\tmessaging\t-\n", StandardCharsets.UTF_8);
    String text = "Ils discutent sur Zorglouf depuis hier.";
    Run without = runWithInput(text, "tag", "-q");
    Run with = runWithInput(text, "tag", "--app-lexicon", lexicon.toString(), "-q");
    assertEquals(0, with.code(), with.err());
    assertFalse(without.out().contains("\"APP\""), without.out());
    JsonNode app = readTree(with.out().strip()).get("entities").get(0);
    assertEquals("APP", app.get("type").asText());
    assertEquals("Zorglouf", app.get("text").asText());
  }

  @Test
  void existingOutputIsNotOverwrittenWithoutForce() throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Un texte.", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "precious", StandardCharsets.UTF_8);
    Run r = run("tag", in.toString(), "--out", out.toString(), "-q");
    assertEquals(BaliseCommand.USAGE, r.code());
    assertEquals("precious", Files.readString(out));
    assertEquals(0, run("tag", in.toString(), "--out", out.toString(), "--force", "-q").code());
    assertTrue(Files.readString(out).contains("Un texte."));
  }

  @Test
  void runKilledHalfWayAndResumedGivesTheUninterruptedOutput() throws Exception {
    Path in = dir.resolve("in.jsonl");
    // a malformed line and a bad byte in the middle, so that the errors file is resumed too
    String body = jsonl(6000);
    int middle = body.indexOf("{\"id\":\"d3000\"");
    Files.write(in, (body.substring(0, middle) + "{not json\n" + body.substring(middle)).getBytes(StandardCharsets.UTF_8));
    Path expected = dir.resolve("expected.jsonl");
    Run whole = run("tag", "--input", "jsonl", in.toString(), "--out", expected.toString(), "-q");
    assertEquals(BaliseCommand.SOME_FAILED, whole.code(), whole.err());

    Path out = dir.resolve("out.jsonl");
    Path journal = dir.resolve("out.jsonl.resume");
    killAfterCheckpoints(dir, journal, "tag", "--input", "jsonl", in.toString(), "--out", out.toString(),
        "--checkpoint-every", "25", "--threads", "2", "-q");
    assertFalse(Files.exists(out), "an interrupted run leaves no final output");
    assertTrue(Files.exists(dir.resolve("out.jsonl.partial")));

    Run resumed = run("tag", "--input", "jsonl", in.toString(), "--out", out.toString(), "--resume");
    assertEquals(BaliseCommand.SOME_FAILED, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("resuming after"), resumed.err());
    assertEquals(Files.readString(expected), Files.readString(out));
    assertEquals(Files.readString(dir.resolve("expected.jsonl.errors.jsonl")).replace("expected.jsonl", ""),
        Files.readString(dir.resolve("out.jsonl.errors.jsonl")).replace("out.jsonl", ""));
    assertFalse(Files.exists(journal));
    assertFalse(Files.exists(dir.resolve("out.jsonl.partial")));
  }

  /**
   * Runs {@code balise args} in a child JVM and kills it (SIGKILL) once its resume journal holds
   * a few checkpoints, well before the end.
   */
  static void killAfterCheckpoints(Path dir, Path journal, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), BaliseCommand.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline
        && (!Files.exists(journal) || Files.readAllLines(journal).size() < 5)) {
      Thread.sleep(5);
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
    p.destroyForcibly().waitFor();
  }

  private static JsonNode readTree(String json) {
    try {
      return DocumentJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(json, e);
    }
  }

}
