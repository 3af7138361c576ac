// SPDX-License-Identifier: Apache-2.0
package io.github.balise.eval;

import io.github.balise.AnnotatedDocument;
import io.github.balise.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Token and sentence scoring against CoNLL-U gold, as {@code score_tokens.py} counts: exact
 * character spans; a predicted sentence is compared without surrounding white space. Not
 * thread-safe.
 */
public final class TokenScorer {

  private int tokenTp;
  private int tokenPredicted;
  private int tokenGold;
  private int sentenceTp;
  private int sentencePredicted;
  private int sentenceGold;

  /** Creates an empty scorer. */
  public TokenScorer() {}

  /** Adds one document: gold spans and predicted ones. */
  public void add(List<int[]> goldTokens, List<int[]> goldSentences,
      List<? extends TextSpan> tokens, List<? extends TextSpan> sentences, String text) {
    Set<Long> gold = new HashSet<>();
    for (int[] t : goldTokens) {
      gold.add(key(t[0], t[1]));
    }
    tokenGold += gold.size();
    Set<Long> predicted = new HashSet<>();
    for (TextSpan t : tokens) {
      predicted.add(key(t.start(), t.end()));
    }
    tokenPredicted += predicted.size();
    predicted.retainAll(gold);
    tokenTp += predicted.size();

    Set<Long> goldS = new HashSet<>();
    for (int[] s : goldSentences) {
      goldS.add(key(s[0], s[1]));
    }
    sentenceGold += goldS.size();
    Set<Long> predictedS = new HashSet<>();
    for (TextSpan s : sentences) {
      int a = s.start();
      int b = s.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      predictedS.add(key(a, b));
    }
    sentencePredicted += predictedS.size();
    predictedS.retainAll(goldS);
    sentenceTp += predictedS.size();
  }

  /** Adds one annotated document against its gold. */
  public void add(ConlluDocuments.Doc gold, AnnotatedDocument doc) {
    add(gold.tokens(), gold.sentences(), doc.tokens(), doc.sentences(), doc.text());
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** Returns the token counts. */
  public Prf tokens() {
    return new Prf(tokenTp, tokenPredicted, tokenGold);
  }

  /** Returns the sentence counts. */
  public Prf sentences() {
    return new Prf(sentenceTp, sentencePredicted, sentenceGold);
  }
}
