// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.balise.AnnotatedDocument;
import io.github.balise.DocumentAssertions;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.Sentence;
import io.github.balise.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CoNLL and brat renderings of a hand-made document: adjacent mentions, an emoji, notes. */
class OutputFormatTest {

  // "😀" is one code point and two UTF-16 units: brat offsets after it are one less
  private static final String TEXT = "\ud83d\ude00 Air France Paris Lyon hier.";

  private static AnnotatedDocument doc() {
    List<Token> tokens = List.of(new Token(0, 2), new Token(3, 6), new Token(7, 13), new Token(14, 19),
        new Token(20, 24), new Token(25, 29), new Token(29, 30));
    List<Entity> entities = List.of(
        Entity.of(EntityType.ORG, 3, "Air France", 0.9, EntitySource.MODEL),
        Entity.of(EntityType.LOC, 14, "Paris", 0.8, EntitySource.MODEL),
        new Entity(EntityType.LOC, 20, 24, "Lyon", 0.7, EntitySource.LEXICON, null, "Lyon (ville)"),
        new Entity(EntityType.DATE, 25, 29, "hier", 1.0, EntitySource.RULE, "2015-11-12", null));
    AnnotatedDocument d = new AnnotatedDocument(TEXT, List.of(new Sentence(0, 30, 0, 7)), tokens, entities,
        Optional.empty());
    DocumentAssertions.assertWellFormed(d);
    return d;
  }

  private static Item.Document in() {
    return new Item.Document(0, "doc\t1", "in:1", "doc", TEXT, null, null, TEXT.length());
  }

  @Test
  void conllStartsAMentionAgainWhenTwoOfTheSameTypeTouch() {
    String expected = "# id = doc 1\n"
        + "\ud83d\ude00\t0\t2\tO\n"
        + "Air\t3\t6\tB-ORG\n"
        + "France\t7\t13\tI-ORG\n"
        + "Paris\t14\t19\tB-LOC\n"
        + "Lyon\t20\t24\tB-LOC\n"
        + "hier\t25\t29\tB-DATE\n"
        + ".\t29\t30\tO\n"
        + "\n";
    assertEquals(expected, OutputFormat.conll.render(in(), doc(), DocumentJson.Fields.ALL).main());
  }

  @Test
  void conllKeepsTheOuterMentionOfANestedPlace() {
    String text = "mairie de Paris";
    List<Token> tokens = List.of(new Token(0, 6), new Token(7, 9), new Token(10, 15));
    AnnotatedDocument d = new AnnotatedDocument(text, List.of(new Sentence(0, 15, 0, 3)), tokens,
        List.of(Entity.of(EntityType.ORG, 0, text, 0.9, EntitySource.MODEL),
            Entity.of(EntityType.LOC, 10, "Paris", 0.85, EntitySource.LEXICON)),
        Optional.empty());
    Item.Document in = new Item.Document(0, "n", "in:1", "n", text, null, null, text.length());
    assertEquals("# id = n\nmairie\t0\t6\tB-ORG\nde\t7\t9\tI-ORG\nParis\t10\t15\tI-ORG\n\n",
        OutputFormat.conll.render(in, d, DocumentJson.Fields.ALL).main());
    assertEquals("T1\tORG 0 15\tmairie de Paris\nT2\tLOC 10 15\tParis\n",
        OutputFormat.brat.render(in, d, DocumentJson.Fields.ALL).annotations(), "brat keeps both");
  }

  @Test
  void bratCountsCodePointsAndWritesNotes() {
    OutputFormat.Rendered r = OutputFormat.brat.render(in(), doc(), DocumentJson.Fields.ALL);
    assertEquals(TEXT, r.main());
    String expected = "T1\tORG 2 12\tAir France\n"
        + "T2\tLOC 13 18\tParis\n"
        + "T3\tLOC 19 23\tLyon\n"
        + "#1\tAnnotatorNotes T3\tcanonical=Lyon (ville)\n"
        + "T4\tDATE 24 28\thier\n"
        + "#2\tAnnotatorNotes T4\tvalue=2015-11-12\n";
    assertEquals(expected, r.annotations());
  }
}
