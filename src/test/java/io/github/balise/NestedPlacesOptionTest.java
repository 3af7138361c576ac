// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Balise.Builder#nestedPlaces}: off by default, nested LOC right after its outer mention. */
class NestedPlacesOptionTest {

  // "Banque de France" is in the curated names lexicon, so the outer ORG does not hang on the model
  private static final String TEXT = "La Banque de France a relevé ses prévisions mardi.";

  private static List<String> mentions(Balise balise) {
    AnnotatedDocument doc = balise.annotate(TEXT);
    DocumentAssertions.assertWellFormed(doc, true);
    return doc.entities().stream().map(e -> e.type() + " " + e.text()).toList();
  }

  @Test
  void offByDefault() {
    List<String> flat = mentions(Balise.builder().types(EntityType.ORG, EntityType.LOC).build());
    assertEquals(List.of("ORG Banque de France"), flat);
    DocumentAssertions.assertWellFormed(
        Balise.builder().types(EntityType.ORG, EntityType.LOC).build().annotate(TEXT));
  }

  @Test
  void reportsThePlaceInsideTheOrganisationRightAfterIt() {
    for (NerModel model : NerModel.values()) {
      Balise balise = Balise.builder().nerModel(model).types(EntityType.ORG, EntityType.LOC)
          .nestedPlaces(true).build();
      assertEquals(List.of("ORG Banque de France", "LOC France"), mentions(balise), model.name());
    }
  }

  @Test
  void needsLocAmongTheTypes() {
    Balise orgOnly = Balise.builder().types(EntityType.ORG).nestedPlaces(true).build();
    assertEquals(List.of("ORG Banque de France"), mentions(orgOnly));
  }
}
