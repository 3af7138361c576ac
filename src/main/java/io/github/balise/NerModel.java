// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

/**
 * The bundled name finder models (ORG, LOC, PER), which differ by the licence of the data they
 * were trained on. Both are described, with their scores, in the project's {@code
 * models/README.md}.
 *
 * @see Balise.Builder#nerModel(NerModel)
 */
public enum NerModel {

  /**
   * The more accurate model, trained on WikiNEuRal and CLEF-HIPE-2020 (both CC BY-NC-SA 4.0) and
   * Sequoia (LGPL-LR). A model trained on CC BY-NC-SA data carries that licence: it may not be
   * used for commercial purposes, and whatever you distribute that contains it or is adapted
   * from it must be shared under the same licence, with attribution.
   */
  NON_COMMERCIAL("fr-ner-nc.bin"),

  /**
   * The model whose training data allows commercial use: Deep Sequoia (LGPL-LR, a licence for
   * linguistic resources that allows commercial use) and NewsEye (CC BY 4.0: any use, with
   * attribution). Less accurate, mostly on Wikipedia-style and historical text. The default.
   */
  COMMERCIAL("fr-ner-commercial.bin");

  private final String fileName;

  NerModel(String fileName) {
    this.fileName = fileName;
  }

  /** Returns the model's file name under {@code io/github/balise/models/}. */
  String fileName() {
    return fileName;
  }
}
