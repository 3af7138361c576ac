// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import io.github.balise.Balise;
import io.github.balise.NerModel;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The name finder model options shared by {@code tag} and {@code eval}. */
final class ModelOptions {

  @Option(names = "--model", defaultValue = "COMMERCIAL",
      description = "Bundled name finder model: COMMERCIAL or NON_COMMERCIAL (default:"
          + " ${DEFAULT-VALUE}; licences in models/README.md).")
  private NerModel model;

  @Option(names = "--model-file", paramLabel = "FILE",
      description = "Name finder model file to use instead of a bundled one (from balise train).")
  private Path modelFile;

  /** Sets the chosen model on a builder. */
  Balise.Builder apply(Balise.Builder builder) {
    builder.nerModel(model);
    if (modelFile != null) {
      builder.nerModel(modelFile);
    }
    return builder;
  }
}
