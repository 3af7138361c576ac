// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The lexicon file format: what a good line gives, and what each bad line reports. */
class NamesLexiconTest {

  private static NamesLexicon read(String text) throws IOException {
    return new NamesLexicon.Builder(new FrenchTokenizer())
        .read(new StringReader(text), "test.tsv").build();
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndVariantsOfOneEntryAreAllowed() throws IOException {
    NamesLexicon l = read("# header\n\nEtat islamique\tÉtat islamique|EI\tORG\t-\nRT\t-\tORG\tcase\n");
    assertEquals(2, l.entryCount());
    NamesLexicon.Node n = l.root().next.get("etat").next.get("islamique");
    assertEquals("Etat islamique", n.forms.get(0).entry().canonical());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', textBlock = """
      Daesh\\tORG\\t-;                       test.tsv:2: expected 4 TAB-separated fields
      Daesh\\t-\\tPER\\t-;                   test.tsv:2: type 'PER' is not ORG or LOC
      Daesh\\t-\\tORG\\tshort;               test.tsv:2: unknown flag 'short'
      \\t-\\tORG\\t-;                        test.tsv:2: empty name
      Daesh\\tDaech||Da'esh\\tORG\\t-;       test.tsv:2: empty alias
      Onu\\t-\\tORG\\t-;                     test.tsv:2: 'Onu' is already listed at test.tsv:1
      """)
  void badLinesNameFileAndLine(String line, String message) {
    String text = "ONU\t-\tORG\t-\n" + line.replace("\\t", "\t") + "\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(text));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void keysFoldCaseAndAccents() {
    assertEquals(NamesLexicon.key("Etat"), NamesLexicon.key("ÉTAT"));
    assertEquals("l'onu", NamesLexicon.key("L’ONU"));
  }
}
