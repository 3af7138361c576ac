// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import java.util.Locale;

/**
 * The kinds of entity Balise marks. What each covers, and its span rules, are in the project's
 * annotation guide (ANNOTATION.md); the constant's {@link #name()} is its label in every input
 * and output format.
 */
public enum EntityType {
  /** Organisations: companies, administrations, armed groups, parties, media outlets… */
  ORG,
  /** Named places: countries, regions, cities, streets, rivers, sites… */
  LOC,
  /** Apps and digital services: WhatsApp, Telegram, Facebook-the-platform… */
  APP,
  /** Calendar dates, absolute or relative, with a normalised TimeML value. */
  DATE,
  /** Persons. Returned where the model finds them, so they are not taken for organisations. */
  PER;

  /**
   * Returns the type with this label, ignoring case.
   *
   * @param label a label such as {@code "ORG"}
   * @return the type
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if no type has this label
   */
  public static EntityType fromLabel(String label) {
    java.util.Objects.requireNonNull(label, "label");
    try {
      return valueOf(label.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown entity type '" + label + "'", e);
    }
  }
}
