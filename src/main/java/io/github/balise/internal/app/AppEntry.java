// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.app;

import java.util.Objects;

/**
 * One app or digital service of a lexicon.
 *
 * @param canonical the name as its owner writes it ({@code WhatsApp})
 * @param kind what it is ({@code messaging}, {@code social}…; {@code hardware} for a device)
 * @param common the name is also an ordinary word ({@code Signal}, {@code Zoom}): APP only with
 *     support from the context, and only when capitalised
 * @param person the name is also a first name ({@code Lydia}, {@code Alexa}): like {@code
 *     common}, and a bare preposition ({@code avec Lydia}) is not support enough
 * @param company the name is also the company's ({@code Facebook}): ORG in company context
 * @param orgFirst the name is chiefly a company's ({@code Google}, {@code Uber}): ORG unless the
 *     context says app
 */
record AppEntry(
    String canonical, String kind, boolean common, boolean person, boolean company,
    boolean orgFirst) {

  /** Kind of the devices listed only so that they are not taken for apps. */
  static final String HARDWARE = "hardware";

  AppEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether a match of this entry is never reported (a device). */
  boolean isHardware() {
    return HARDWARE.equals(kind);
  }

  /** Whether the name needs supporting context to be reported at all. */
  boolean needsContext() {
    return common || person;
  }
}
