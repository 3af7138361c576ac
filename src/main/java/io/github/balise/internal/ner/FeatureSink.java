// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.ner;

import java.util.List;

/**
 * Where {@link FrenchFeatureGenerator} writes a token's features, each given in parts: a
 * constant prefix and the words or shapes joined to it. A feature's name is its parts
 * concatenated, always; a sink may use that name ({@link #into}: training, {@code
 * NameFinderME}) or look the feature up without building it ({@link FeatureTable}: {@link
 * FrenchNameDecoder}).
 */
interface FeatureSink {

  /** A feature without parts. */
  void add(String feature);

  /** The feature {@code prefix + value}. */
  void add(String prefix, String value);

  /** The feature {@code prefix + a + separator + b}. */
  void add(String prefix, String a, char separator, String b);

  /** The feature {@code prefix + a + separator + b + separator + c}. */
  void add(String prefix, String a, char separator, String b, String c);

  /** A sink that adds each feature's name to a list. */
  static FeatureSink into(List<String> names) {
    return new FeatureSink() {
      @Override
      public void add(String feature) {
        names.add(feature);
      }

      @Override
      public void add(String prefix, String value) {
        names.add(prefix + value);
      }

      @Override
      public void add(String prefix, String a, char separator, String b) {
        names.add(prefix + a + separator + b);
      }

      @Override
      public void add(String prefix, String a, char separator, String b, String c) {
        names.add(prefix + a + separator + b + separator + c);
      }
    };
  }
}
