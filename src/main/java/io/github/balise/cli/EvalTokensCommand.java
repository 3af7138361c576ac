// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.balise.cli.batch.DocumentJson;
import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.EntityType;
import io.github.balise.TextSpan;
import io.github.balise.eval.ConlluDocuments;
import io.github.balise.eval.Prf;
import io.github.balise.eval.TokenScorer;
import io.github.balise.internal.baseline.OpenNlpSentenceBaseline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code balise eval-tokens}: token and sentence scores against a CoNLL-U file. */
@Command(name = "eval-tokens", mixinStandardHelpOptions = true,
    description = "Token and sentence precision, recall and F1 against a CoNLL-U file, its"
        + " sentences joined into running documents (as make_tok_eval.py does).")
final class EvalTokensCommand implements Callable<Integer> {

  /** Which sentence splitter to score. */
  enum Splitter { balise, opennlp }

  @ParentCommand private BaliseCommand parent;

  @Option(names = "--conllu", required = true, description = "Gold CoNLL-U file.")
  private Path conllu;

  @Option(names = "--sentences-per-doc", defaultValue = "20",
      description = "Consecutive sentences joined into one document (default: ${DEFAULT-VALUE}).")
  private int sentencesPerDoc;

  @Option(names = "--splitter", defaultValue = "balise",
      description = "Sentence splitter to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE});"
          + " opennlp is SentenceDetectorME with the published French model.")
  private Splitter splitter;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    List<ConlluDocuments.Doc> docs = ConlluDocuments.read(conllu, sentencesPerDoc);
    Balise balise = Balise.builder().types(EntityType.DATE).build();
    OpenNlpSentenceBaseline openNlp = splitter == Splitter.opennlp ? new OpenNlpSentenceBaseline() : null;
    TokenScorer scorer = new TokenScorer();
    for (ConlluDocuments.Doc gold : docs) {
      AnnotatedDocument doc = balise.annotate(gold.text());
      List<? extends TextSpan> sentences = doc.sentences();
      if (openNlp != null) {
        List<TextSpan> spans = new ArrayList<>();
        for (int[] s : openNlp.sentences(gold.text())) {
          spans.add(new Span(s[0], s[1]));
        }
        sentences = spans;
      }
      scorer.add(gold.tokens(), gold.sentences(), doc.tokens(), sentences, doc.text());
    }
    PrintStream out = parent.out;
    if (json) {
      ObjectNode root = DocumentJson.MAPPER.createObjectNode();
      root.set("tokens", EvalCommand.prfJson(scorer.tokens()));
      root.set("sentences", EvalCommand.prfJson(scorer.sentences()));
      out.println(DocumentJson.MAPPER.writeValueAsString(root));
    } else {
      out.printf(Locale.ROOT, "%s: %d documents of %d sentences, splitter %s%n",
          conllu.getFileName(), docs.size(), sentencesPerDoc, splitter);
      row(out, "tokens", scorer.tokens());
      row(out, "sentences", scorer.sentences());
    }
    return 0;
  }

  private static void row(PrintStream out, String name, Prf prf) {
    out.printf(Locale.ROOT, "%-9s P %.4f R %.4f F1 %.4f (tp %d, predicted %d, gold %d)%n", name,
        prf.precision(), prf.recall(), prf.f1(), prf.truePositives(), prf.predicted(), prf.gold());
  }

  private record Span(int start, int end) implements TextSpan {}
}
