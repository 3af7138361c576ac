// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The models on the classpath are the ones the model card describes. */
class ModelCardTest {

  /** "### fr-ner-nc.bin" headings, then a "SHA-256: `hex`" line in that section. */
  private static final Pattern HEADING = Pattern.compile("(?m)^### (\\S+\\.bin)\\s*$");
  private static final Pattern SHA = Pattern.compile("SHA-256: `([0-9a-f]{64})`");
  /** "## word-clusters-nc.tsv — ..." lexicon headings, then a "**SHA-256:** `hex`" line. */
  private static final Pattern LEXICON_HEADING = Pattern.compile("(?m)^## (\\S+\\.tsv) ");
  private static final Pattern LEXICON_SHA = Pattern.compile("\\*\\*SHA-256:\\*\\* `([0-9a-f]{64})`");

  /**
   * Returns the checksum the card gives for each file whose section starts with a heading of
   * {@code heading} (group 1: the file name) and ends at the next heading of that level.
   */
  private static Map<String, String> cardChecksums(Pattern heading, String nextHeading, Pattern sha)
      throws Exception {
    String card = Files.readString(Path.of("models", "README.md"), StandardCharsets.UTF_8);
    Map<String, String> out = new HashMap<>();
    Matcher h = heading.matcher(card);
    while (h.find()) {
      int next = card.indexOf(nextHeading, h.end());
      String section = card.substring(h.end(), next < 0 ? card.length() : next);
      Matcher s = sha.matcher(section);
      assertTrue(s.find(), "no SHA-256 line in the card's section for " + h.group(1));
      out.put(h.group(1), s.group(1));
    }
    return out;
  }

  private static String sha256(String resource) throws Exception {
    try (InputStream in = NerModel.class.getResourceAsStream(resource)) {
      assertNotNull(in, "not on the classpath: " + resource);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }

  @Test
  void everyBundledModelMatchesItsCardChecksum() throws Exception {
    Map<String, String> card = cardChecksums(HEADING, "\n### ", SHA);
    for (NerModel m : NerModel.values()) {
      String file = m.fileName();
      assertTrue(card.containsKey(file), "models/README.md has no entry for " + file);
      assertEquals(card.get(file), sha256("models/" + file),
          "checksum of the packaged " + file + " differs from models/README.md");
    }
  }

  /** The lexicons (word clusters, apps, known names, names gazetteer) are the ones the card describes. */
  @Test
  void everyBundledLexiconMatchesItsCardChecksum() throws Exception {
    Map<String, String> card = cardChecksums(LEXICON_HEADING, "\n## ", LEXICON_SHA);
    for (String file : new String[] {"word-clusters-nc.tsv", "apps-fr.tsv", "names-fr.tsv",
        "names-gazetteer-nc.tsv"}) {
      assertTrue(card.containsKey(file), "models/README.md has no entry for " + file);
    }
    for (Map.Entry<String, String> e : card.entrySet()) {
      assertEquals(e.getValue(), sha256("models/" + e.getKey()),
          "checksum of the packaged " + e.getKey() + " differs from models/README.md");
    }
  }
}
