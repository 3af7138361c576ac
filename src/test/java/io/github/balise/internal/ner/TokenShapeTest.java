// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenShapeTest {

  @ParameterizedTest
  @CsvSource({"Paris,Xx", "ONU,X3", "Saint-Étienne,Xx-Xx", "2015,d4", "l',x'", "l’,x'", "iPhone,xXx",
      "CNRS-Paris,X-Xx"})
  void shapes(String token, String shape) {
    assertEquals(shape, TokenShape.of(token));
  }

  @ParameterizedTest
  @CsvSource({"ONU,true", "B.C.E.,true", "DGSE,true", "A,false", "Paris,false", "ABCDEFG,false",
      "G7,false", "PARIS,true"})
  void acronyms(String token, boolean acronym) {
    assertEquals(acronym, TokenShape.isAcronym(token));
  }
}
