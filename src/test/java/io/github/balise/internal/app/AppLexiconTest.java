// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.ModelLoadException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled lexicon and user lexicons given through the builder. */
class AppLexiconTest {

  @TempDir Path dir;

  @Test
  void bundledLexiconHasHundredsOfEntries() {
    int size = AppFinder.create(List.of()).lexiconSize();
    assertTrue(size >= 300, "entries: " + size);
  }

  @Test
  void userLexiconFileAddsAnApp() throws IOException {
    Path file = dir.resolve("mes-apps.tsv");
    Files.writeString(file, "# my apps\nKolorz\tKolorz App|KolorzApp\tgame\t-\n",
        StandardCharsets.UTF_8);
    Balise balise = Balise.builder().addAppLexicon(file).build();
    AnnotatedDocument doc = balise.annotate("Mon fils joue à kolorzapp tous les soirs.");
    DocumentAssertions.assertWellFormed(doc);
    List<Entity> apps = doc.entities(EntityType.APP);
    assertEquals(1, apps.size(), apps::toString);
    assertEquals("kolorzapp", apps.get(0).text());
    assertEquals(Optional.of("Kolorz"), apps.get(0).canonical());
    // without the user lexicon the name is unknown
    assertTrue(Balise.french().annotate("Mon fils joue à kolorzapp tous les soirs.")
        .entities(EntityType.APP).isEmpty());
  }

  @Test
  void userLexiconTextCanRedefineABundledName() {
    // bundled, Signal is an ordinary word that needs context; here it is always the app
    Balise balise = Balise.builder()
        .addAppLexicon(new StringReader("Signal\t-\tmessaging\t-\n"), "inline")
        .build();
    AnnotatedDocument doc = balise.annotate("Signal reste très populaire.");
    DocumentAssertions.assertWellFormed(doc);
    assertEquals(1, doc.entities(EntityType.APP).size(), doc.entities()::toString);
    assertTrue(Balise.french().annotate("Signal reste très populaire.")
        .entities(EntityType.APP).isEmpty());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', textBlock = """
      Kolorz\\tgame\\t-;                          3: expected 4 TAB-separated fields
      Kolorz\\t-\\tgame\\tfamous;                 3: unknown flag 'famous'
      Kolorz\\t-\\tJeu Vidéo\\t-;                 3: kind 'Jeu Vidéo' is not a lower-case word
      Kolorz\\tKolorz||K\\tgame\\t-;              3: empty alias
      Kolorz\\t-\\tgame\\t-\\nKolorz\\t-\\tsocial\\t-; 4: name 'Kolorz' is already defined at
      """)
  void malformedUserLexiconFailsAtBuildNamingFileAndLine(String badLines, String message)
      throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\nGoodApp\t-\tgame\t-\n"
        + badLines.replace("\\t", "\t").replace("\\n", "\n") + "\n", StandardCharsets.UTF_8);
    Balise.Builder builder = Balise.builder().addAppLexicon(file); // nothing read yet
    ModelLoadException e = assertThrows(ModelLoadException.class, builder::build);
    assertTrue(e.getMessage().contains(file + ":" + message), e.getMessage());
  }

  @Test
  void userLexiconThatIsNotUtf8FailsNamingFileAndLine() throws IOException {
    Path file = dir.resolve("latin1.tsv");
    Files.write(file, "Kolorz\t-\tgame\t-\nCaf\u00e9\t-\tgame\t-\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Balise.builder().addAppLexicon(file).build());
    assertTrue(e.getMessage().contains(file + ":2: not valid UTF-8"), e.getMessage());
  }

  @Test
  void missingUserLexiconFailsAtBuildNamingTheFile() {
    Path missing = dir.resolve("absent.tsv");
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Balise.builder().addAppLexicon(missing).build());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void nullArgumentsAreRejectedWithTheirName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Balise.builder().addAppLexicon((Path) null));
    assertEquals("file", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> Balise.builder().addAppLexicon(new StringReader(""), null));
    assertEquals("name", e.getMessage());
  }
}
