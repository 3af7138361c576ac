// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

/** Thrown when a model or lexicon cannot be loaded; the message names the path. */
public final class ModelLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, with the model's path
   * @param cause the underlying error
   */
  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
