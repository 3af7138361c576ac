// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.balise.EntityType;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpanEdgesTest {

  static Stream<Arguments> edges() {
    // mention tokens, what is left after the edges are cut
    return Stream.of(
        Arguments.of("la Banque de France", "Banque de France"),
        Arguments.of("l' ONU", "ONU"),
        Arguments.of("Le Monde", "Le Monde"),
        Arguments.of("Conseil de", "Conseil"),
        Arguments.of("Thomson des ,", "Thomson"),
        Arguments.of("Comité international olympique de lui", "Comité international olympique"),
        Arguments.of("Comité d' eux", "Comité"),
        // a pronoun alone at the end may be the tail of a word an OCR line break cut
        Arguments.of("Gabri ¬ elle", "Gabri ¬ elle"),
        Arguments.of("Comité de Nous", "Comité de Nous"),
        // one token always stays
        Arguments.of("de", "de"),
        Arguments.of("la", "la"));
  }

  @ParameterizedTest
  @MethodSource("edges")
  void cutsWhatNeverEdgesAName(String mention, String expected) {
    String[] tokens = mention.split(" ");
    int from = SpanEdges.leading(tokens, 0, tokens.length);
    int to = tokens.length - SpanEdges.trailing(tokens, from, tokens.length);
    assertEquals(expected, String.join(" ", Arrays.copyOfRange(tokens, from, to)));
  }

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("Kia Motors", EntityType.PER, EntityType.ORG),
        Arguments.of("Loews Corporation", EntityType.LOC, EntityType.ORG),
        Arguments.of("Warner Bros.", EntityType.PER, EntityType.ORG),
        Arguments.of("Warner Bros", EntityType.PER, EntityType.ORG),
        Arguments.of("Bunge LIMITED", EntityType.PER, EntityType.ORG),
        Arguments.of("Safran Landing Systems", EntityType.PER, EntityType.ORG),
        // one word alone, a lower-case word or a word not listed keep the model's type
        Arguments.of("Records", EntityType.PER, EntityType.PER),
        Arguments.of("Jean records", EntityType.PER, EntityType.PER),
        Arguments.of("Jean Dupont", EntityType.PER, EntityType.PER),
        Arguments.of("Marne-la-Vallée Club", EntityType.LOC, EntityType.LOC),
        Arguments.of("Boston", EntityType.LOC, EntityType.LOC));
  }

  @ParameterizedTest
  @MethodSource("types")
  void companyWordMakesAnOrganisation(String mention, EntityType model, EntityType expected) {
    String[] tokens = mention.split(" ");
    assertEquals(expected, SpanEdges.type(tokens, 0, tokens.length, model));
  }
}
