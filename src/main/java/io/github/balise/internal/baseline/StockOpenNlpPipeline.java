// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.baseline;

import io.github.balise.ModelLoadException;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The pipeline a Java user would assemble from stock OpenNLP, Balise's speed baseline: {@link
 * SentenceDetectorME} with the published French model, {@link SimpleTokenizer}, and a {@link
 * NameFinderME} trained with OpenNLP's default features on the same data as Balise's model. Not
 * thread-safe (the {@code *ME} classes are not): one instance per thread, sharing the models.
 */
public final class StockOpenNlpPipeline {

  private final SentenceDetectorME sentences;
  private final NameFinderME names;

  /** Creates a pipeline on already loaded models, which may be shared between threads. */
  public StockOpenNlpPipeline(SentenceModel sentenceModel, TokenNameFinderModel nameModel) {
    this.sentences = new SentenceDetectorME(sentenceModel);
    this.names = new NameFinderME(nameModel);
  }

  /** Loads a name finder model from a file. */
  public static TokenNameFinderModel loadNameModel(Path file) {
    try {
      return new TokenNameFinderModel(file);
    } catch (IOException e) {
      throw new ModelLoadException("cannot load OpenNLP name finder model " + file, e);
    }
  }

  /**
   * Runs the pipeline on a document.
   *
   * @return the number of names found (so that the work cannot be optimised away)
   */
  public int process(String text) {
    int found = 0;
    for (Span s : sentences.sentPosDetect(text)) {
      String[] tokens = SimpleTokenizer.INSTANCE.tokenize(s.getCoveredText(text).toString());
      found += names.find(tokens).length;
    }
    names.clearAdaptiveData();
    return found;
  }
}
