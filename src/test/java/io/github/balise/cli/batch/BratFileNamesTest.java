// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names brat output gives its files: one pair per document, never two on one file. */
class BratFileNamesTest {

  @TempDir Path dir;

  private static Item.Document doc(long seq, String name) {
    return new Item.Document(seq, name, "in:" + (seq + 1), name, "texte " + seq, null, null, 8);
  }

  /** Writes the documents; returns each one's .txt file name, checking its content is its own. */
  private List<String> write(OutputSink.ToDirectory sink, List<Item.Document> docs) throws Exception {
    Set<String> before = list();
    for (Item.Document d : docs) {
      sink.write(d, new OutputFormat.Rendered(d.text(), ""));
    }
    Set<String> after = list();
    after.removeAll(before);
    assertEquals(docs.size() * 2, after.size(), "a .txt and an .ann per document: " + after);
    Set<String> texts = new TreeSet<>();
    for (String f : after) {
      if (f.endsWith(".txt")) {
        texts.add(Files.readString(dir.resolve(f), StandardCharsets.UTF_8));
      }
    }
    assertEquals(docs.stream().map(Item.Document::text).collect(Collectors.toCollection(TreeSet::new)), texts,
        "no document overwrote another");
    return after.stream().filter(f -> f.endsWith(".txt")).sorted().toList();
  }

  private Set<String> list() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void aSuffixedNameNeverTakesTheNameOfAnotherDocument() throws Exception {
    // the second "a" was suffixed with its position, 2, which is the name of document 1
    write(new OutputSink.ToDirectory(dir), List.of(doc(0, "a"), doc(1, "a-2"), doc(2, "a")));
  }

  @Test
  void namesDifferingOnlyInCaseOrAccentsOrSlashesGetTheirOwnFiles() throws Exception {
    // case-insensitive (macOS, Windows) and normalising (macOS: é composed or not) file systems
    List<String> names = write(new OutputSink.ToDirectory(dir), List.of(doc(0, "Paris"), doc(1, "paris"),
        doc(2, "caf\u00e9"), doc(3, "cafe\u0301"), doc(4, "a/b"), doc(5, "a_b")));
    Set<String> folded = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    assertEquals(names.size(), folded.size(), names.toString());
  }

  @Test
  void namesArePortableAscii() throws Exception {
    List<String> names = write(new OutputSink.ToDirectory(dir),
        List.of(doc(0, "\u00c9lys\u00e9e, C\u0153ur"), doc(1, "\u8a9e".repeat(120)), doc(2, "\ud835\udc9c".repeat(70))));
    for (String n : names) {
      assertTrue(n.matches("[A-Za-z0-9._-]+"), n);
      assertTrue(n.length() <= 130, n);
    }
    assertTrue(names.contains("Elysee__Coeur.txt"), names.toString());
  }
}
