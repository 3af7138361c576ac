// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import io.github.balise.Balise;
import io.github.balise.NerModel;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The model and lexicon options shared by {@code tag}, {@code eval} and {@code bench}. */
final class ModelOptions {

  @Option(names = "--model", defaultValue = "COMMERCIAL",
      description = "Bundled name finder model: COMMERCIAL or NON_COMMERCIAL (default:"
          + " ${DEFAULT-VALUE}; licences in models/README.md).")
  private NerModel model;

  @Option(names = "--model-file", paramLabel = "FILE",
      description = "Name finder model file to use instead of a bundled one (from balise train).")
  private Path modelFile;

  @Option(names = "--app-lexicon", paramLabel = "FILE",
      description = "An extra lexicon of apps (the format of models/apps-fr.tsv); repeatable.")
  private List<Path> appLexicons;

  @Option(names = "--nested-places",
      description = "Also report places named inside organisation and place names (Paris in"
          + " 'mairie de Paris'), as LOC mentions nested in them, as Sequoia annotates. conll"
          + " output, one tag a token, keeps the outer mention only.")
  private boolean nestedPlaces;

  /** Sets the chosen model and lexicons on a builder. */
  Balise.Builder apply(Balise.Builder builder) {
    builder.nerModel(model);
    if (modelFile != null) {
      builder.nerModel(modelFile);
    }
    if (appLexicons != null) {
      appLexicons.forEach(builder::addAppLexicon);
    }
    builder.nestedPlaces(nestedPlaces);
    return builder;
  }

  /** Says what was chosen, for the resume journal (a resumed run must use the same models). */
  String describe() {
    return "model=" + model + " model-file=" + modelFile + " app-lexicons=" + appLexicons
        + (nestedPlaces ? " nested-places" : "");
  }
}
