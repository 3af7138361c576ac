// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.baseline;

import io.github.balise.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link SentenceDetectorME} with the French model published on Maven Central
 * ({@code org.apache.opennlp:opennlp-models-sentdetect-fr}), the peer Balise's own splitter is
 * measured against. Not thread-safe, like the detector it wraps.
 */
public final class OpenNlpSentenceBaseline {

  /** Classpath path of the model inside the opennlp-models-sentdetect-fr jar. */
  public static final String MODEL_RESOURCE = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

  private final SentenceDetectorME detector;

  /**
   * Loads the model from the classpath.
   *
   * @throws ModelLoadException if the model jar is not on the classpath
   */
  public OpenNlpSentenceBaseline() {
    this(loadModel());
  }

  /** Wraps an already loaded model (shared between baselines of several threads). */
  public OpenNlpSentenceBaseline(SentenceModel model) {
    this.detector = new SentenceDetectorME(model);
  }

  /** Loads the published French sentence model. */
  public static SentenceModel loadModel() {
    try (InputStream in = OpenNlpSentenceBaseline.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException("not on the classpath (add org.apache.opennlp:opennlp-models-sentdetect-fr)");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new ModelLoadException("cannot load OpenNLP sentence model " + MODEL_RESOURCE, e);
    }
  }

  /** Returns sentence character spans, {@code {start, end}} pairs. */
  public int[][] sentences(String text) {
    Span[] spans = detector.sentPosDetect(text);
    int[][] out = new int[spans.length][];
    for (int i = 0; i < spans.length; i++) {
      out[i] = new int[] {spans[i].getStart(), spans[i].getEnd()};
    }
    return out;
  }
}
