// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on byte streams, as {@code main} does on the real ones. */
class BaliseCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** What one run printed and returned. */
  private record Run(int code, String out, String err) {
    /** The standard output's lines, each of which must be a JSON object. */
    List<JsonNode> jsonLines() throws IOException {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.split("\n", -1)) {
        if (!line.isEmpty()) {
          JsonNode n = JSON.readTree(line);
          assertTrue(n.isObject(), "standard output holds JSON objects only: " + line);
          lines.add(n);
        }
      }
      assertTrue(out.isEmpty() || out.endsWith("\n"), "the last line ends with a line break");
      return lines;
    }
  }

  private static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BaliseCommand.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
        err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(BaliseCommandTest.class.getResource(name).toURI());
  }

  @Test
  void tagsStandardInputAsOneDocument() throws IOException {
    String text = "Le 13/11/2015, M. Dupont a-t-il quitté Paris ?\nOui, sans WhatsApp.";
    Run r = run(text, "tag");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.jsonLines();
    assertEquals(1, lines.size());
    JsonNode doc = lines.get(0);
    for (String field : List.of("id", "text", "sentences", "tokens", "entities")) {
      assertTrue(doc.has(field), "output has \"" + field + "\": " + doc);
    }
    assertEquals(text, doc.get("text").asText());
    // the spans are the library's
    AnnotatedDocument expected = Balise.french().annotate(text);
    DocumentAssertions.assertWellFormed(expected);
    assertEquals(expected.tokens(), tokens(doc));
    assertEquals(expected.sentences().size(), doc.get("sentences").size());
    for (JsonNode e : doc.get("entities")) {
      for (String field : List.of("start", "end", "type", "text", "confidence", "source")) {
        assertTrue(e.has(field), "mention has \"" + field + "\": " + e);
      }
    }
  }

  @Test
  void tagReportsNestedPlacesOnRequest() throws IOException {
    String text = "La Banque de France a relevé ses prévisions.";
    Run flat = run(text, "tag", "--fields", "text");
    assertEquals(0, flat.code(), flat.err());
    assertEquals(1, flat.jsonLines().get(0).get("entities").size(), flat.out());
    Run nested = run(text, "tag", "--fields", "text", "--nested-places");
    assertEquals(0, nested.code(), nested.err());
    JsonNode entities = nested.jsonLines().get(0).get("entities");
    assertEquals(2, entities.size(), nested.out());
    assertEquals("Banque de France", entities.get(0).get("text").asText());
    assertEquals("France", entities.get(1).get("text").asText());
    assertEquals("LOC", entities.get(1).get("type").asText());
  }

  @Test
  void tagsWithAReferenceDate() throws IOException {
    Run r = run("Il pleut depuis hier.", "tag", "--dct", "2015-11-13");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.jsonLines().size());
  }

  @Test
  void jsonlInputReportsAMalformedLineAndGoesOn() throws IOException {
    Path input = dir.resolve("docs.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\": \"a\", \"text\": \"L'avion est arrivé.\"}",
        "{\"id\": \"b\", \"text\": ",
        "{\"id\": \"c\", \"text\": \"Il pleut à Lyon.\", \"dct\": \"2016-05-02\"}",
        ""), StandardCharsets.UTF_8);
    Run r = run("", "tag", "--input", "jsonl", input.toString());
    assertEquals(BaliseCommand.SOME_FAILED, r.code());
    List<JsonNode> lines = r.jsonLines();
    assertEquals(List.of("a", "c"), List.of(lines.get(0).get("id").asText(), lines.get(1).get("id").asText()));
    assertEquals(2, lines.size());
    assertTrue(r.err().contains("docs.jsonl:2"), "the error names the file and line: " + r.err());
  }

  @Test
  void jsonlOnStandardInput() throws IOException {
    Run r = run("{\"id\": \"x\", \"text\": \"Un.\"}\n{\"id\": \"y\", \"text\": \"Deux.\"}\n",
        "tag", "--input", "jsonl");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.jsonLines();
    assertEquals(2, lines.size());
    assertEquals("y", lines.get(1).get("id").asText());
  }

  @Test
  void aFileThatIsNotUtf8IsReportedAndTheOthersAreTagged() throws IOException {
    Path first = dir.resolve("first.txt");
    Path bad = dir.resolve("bad.txt");
    Path last = dir.resolve("last.txt");
    Files.writeString(first, "Premier document.", StandardCharsets.UTF_8);
    // "Bon" then a lead byte followed by a byte that cannot continue it, at byte offset 3
    Files.write(bad, new byte[] {'B', 'o', 'n', (byte) 0xC3, '(', 'j', 'o', 'u', 'r'});
    Files.writeString(last, "Dernier document.", StandardCharsets.UTF_8);
    Run r = run("", "tag", first.toString(), bad.toString(), last.toString());
    assertEquals(BaliseCommand.SOME_FAILED, r.code());
    List<JsonNode> lines = r.jsonLines();
    assertEquals(2, lines.size());
    assertEquals("Premier document.", lines.get(0).get("text").asText());
    assertEquals("Dernier document.", lines.get(1).get("text").asText());
    assertTrue(r.err().contains("bad.txt"), "the error names the file: " + r.err());
    assertTrue(Pattern.compile("\\b3\\b").matcher(r.err()).find(), "the error gives the byte offset: " + r.err());
    assertTrue(!r.err().contains("first.txt") && !r.err().contains("last.txt"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("", "tag", "--no-such-option");
    assertEquals(BaliseCommand.USAGE, r.code());
    assertTrue(r.out().isEmpty(), "nothing on standard output: " + r.out());
    assertTrue(!r.err().isEmpty());
  }

  @Test
  void trainAndBenchBothTakeDataDir() {
    // the same option name on both commands; train keeps --data as an alias
    for (String option : new String[] {"--data-dir", "--data"}) {
      Path missing = dir.resolve("no-data");
      Run r = run("", "train", "--variant", "COMMERCIAL", option, missing.toString(),
          "--out", dir.resolve("m.bin").toString());
      assertTrue(r.code() != 0, option + ": " + r.err());
      assertTrue(r.err().contains("no-data"), option + ": the error names the folder: " + r.err());
    }
  }

  /** {@code train --gazetteer} without {@code --out} writes the gazetteer only, the same twice. */
  @Test
  void trainWritesTheNamesGazetteer() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("ner"));
    Files.writeString(data.resolve("ner/sequoia.train.jsonl"),
        "{\"id\": \"s1\", \"text\": \"Il vit à Saint-Étienne.\", \"entities\": [{\"start\": 9, \"end\": 22, \"type\": \"LOC\"}]}\n"
        + "{\"id\": \"s2\", \"text\": \"La Banque de France et Saint-Etienne.\", \"entities\": [{\"start\": 3, \"end\": 19, \"type\": \"ORG\"}, {\"start\": 23, \"end\": 36, \"type\": \"ORG\"}]}\n");
    Files.writeString(data.resolve("ner/newseye.dev.jsonl"), "");
    Path[] written = {dir.resolve("g1.tsv"), dir.resolve("g2.tsv")};
    for (Path g : written) {
      Run r = run("", "train", "--variant", "COMMERCIAL", "--data-dir", data.toString(),
          "--sequoia-copies", "3", "--gazetteer", g.toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(r.err().contains("wrote 2 names"), r.err());
    }
    List<String> lines = Files.readAllLines(written[0], StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("# "), lines.toString());
    // Sequoia repeated three times, each document counted once; folded, sorted
    assertEquals(List.of("banque de france\t1\t0\t0\t0", "saint-etienne\t1\t1\t0\t0"),
        lines.stream().filter(l -> !l.startsWith("#")).toList());
    assertEquals(-1, Files.mismatch(written[0], written[1]));
    Run stock = run("", "train", "--variant", "COMMERCIAL", "--data-dir", data.toString(), "--stock",
        "--gazetteer", written[0].toString(), "--out", dir.resolve("m.bin").toString());
    assertTrue(stock.code() != 0 && stock.err().contains("--gazetteer"), stock.err());
  }

  @Test
  void badDateAndMissingCommandAreUsageErrors() {
    assertEquals(BaliseCommand.USAGE, run("", "tag", "--dct", "13/11/2015").code());
    assertEquals(BaliseCommand.USAGE, run("").code());
  }

  @Test
  void evalTokensScoresATinyTreebank() throws Exception {
    Path conllu = resource("tiny.conllu");
    Run table = run("", "eval-tokens", "--conllu", conllu.toString());
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("tokens") && table.out().contains("sentences"), table.out());

    Run r = run("", "eval-tokens", "--conllu", conllu.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode scores = r.jsonLines().get(0);
    // 7 + 8 + 6 surface tokens ("du" once, "1 000" whole) in 3 sentences, all found
    assertEquals(21, scores.at("/tokens/tp").asInt() + scores.at("/tokens/fn").asInt());
    assertEquals(3, scores.at("/sentences/tp").asInt() + scores.at("/sentences/fn").asInt());
    assertEquals(1.0, scores.at("/tokens/f1").asDouble());
    assertEquals(1.0, scores.at("/sentences/f1").asDouble());
  }

  @Test
  void evalScoresATinyGoldFile() throws Exception {
    Path gold = resource("tiny-gold.jsonl");
    Run table = run("", "eval", "--gold", gold.toString(), "--types", "ORG,LOC,DATE");
    assertEquals(0, table.code(), table.err());
    for (String row : List.of("ORG", "LOC", "DATE", "micro")) {
      assertTrue(table.out().lines().anyMatch(l -> l.startsWith(row)), "a row for " + row + ": " + table.out());
    }
    Run r = run("", "eval", "--gold", gold.toString(), "--types", "ORG,LOC,DATE", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode scores = r.jsonLines().get(0);
    // two gold mentions of each type, six in all, whatever the tagger finds
    for (String type : List.of("ORG", "LOC", "DATE")) {
      assertEquals(2, scores.at("/" + type + "/tp").asInt() + scores.at("/" + type + "/fn").asInt(), type);
    }
    assertEquals(6, scores.at("/micro/tp").asInt() + scores.at("/micro/fn").asInt());
    double f1 = scores.at("/micro/f1").asDouble();
    assertTrue(f1 >= 0 && f1 <= 1, "F1 in [0, 1]: " + f1);
  }

  @Test
  void evalCountsGoldMentionsNestedInOthers() throws Exception {
    // Sequoia-style gold: the country inside the bank's name is a mention of its own
    Path gold = dir.resolve("nested.jsonl");
    Files.writeString(gold, "{\"id\": \"n1\", \"text\": \"La Banque nationale d'Algérie a payé.\","
        + " \"entities\": [{\"start\": 3, \"end\": 29, \"type\": \"ORG\"},"
        + " {\"start\": 22, \"end\": 29, \"type\": \"LOC\"}]}\n", StandardCharsets.UTF_8);
    Run table = run("", "eval", "--gold", gold.toString(), "--types", "ORG,LOC");
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("LOC 1 of 1"), table.out());
    assertTrue(!table.out().contains("ORG 0 of"), "types with none nested are not listed: " + table.out());
    Run r = run("", "eval", "--gold", gold.toString(), "--types", "ORG,LOC", "--json");
    JsonNode scores = r.jsonLines().get(0);
    assertEquals(1, scores.at("/nested_gold/LOC").asInt());
    assertEquals(0, scores.at("/nested_gold/ORG").asInt());
    // inside a type that is not scored, the place is within reach of flat output
    Run onlyLoc = run("", "eval", "--gold", gold.toString(), "--types", "LOC", "--json");
    assertEquals(0, onlyLoc.jsonLines().get(0).at("/nested_gold/LOC").asInt());
  }

  private static List<Token> tokens(JsonNode doc) {
    List<Token> out = new ArrayList<>();
    for (JsonNode t : doc.get("tokens")) {
      out.add(new Token(t.get("start").asInt(), t.get("end").asInt()));
    }
    return out;
  }
}
