// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.balise.cli.batch.DocumentJson;
import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import io.github.balise.Entity;
import io.github.balise.EntityType;
import io.github.balise.eval.EntityScorer;
import io.github.balise.eval.GoldDocument;
import io.github.balise.eval.Prf;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code balise eval}: tags gold documents and scores exact spans by type. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Tags each gold document (with its dct) and prints precision, recall and F1 by"
        + " type and micro-averaged, exact character spans; for DATE, the share of matched spans"
        + " whose value is right.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand private BaliseCommand parent;

  @Mixin private ModelOptions models;

  @Option(names = "--gold", required = true, description = "Gold JSONL file.")
  private Path gold;

  @Option(names = "--types", required = true, split = ",",
      description = "Types to score, comma-separated: ORG,LOC,APP,DATE,PER.")
  private List<String> types;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    Set<EntityType> wanted = EnumSet.noneOf(EntityType.class);
    for (String t : types) {
      wanted.add(EntityType.fromLabel(t));
    }
    List<String> labels = new ArrayList<>();
    for (EntityType t : wanted) {
      labels.add(t.name());
    }
    Balise balise = models.apply(Balise.builder().types(wanted)).build();
    List<GoldDocument> docs = GoldFiles.read(gold);
    EntityScorer scorer = score(balise, docs, labels);
    PrintStream out = parent.out;
    if (json) {
      out.println(DocumentJson.MAPPER.writeValueAsString(toJson(scorer)));
    } else {
      out.printf(Locale.ROOT, "%s: %d documents%n", gold.getFileName(), docs.size());
      out.printf(Locale.ROOT, "%-6s %7s %7s %7s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "pred", "gold");
      for (String t : labels) {
        row(out, t, scorer.of(t));
      }
      row(out, "micro", scorer.micro());
      nestedLine(out, scorer);
      if (wanted.contains(EntityType.DATE) && scorer.dateMatches() > 0) {
        out.printf(Locale.ROOT, "DATE value right on %.4f of %d matched spans%n",
            scorer.dateValueAccuracy(), scorer.dateMatches());
      }
    }
    return 0;
  }

  /** Tags every gold document and scores it. */
  static EntityScorer score(Balise balise, List<GoldDocument> docs, List<String> labels) {
    EntityScorer scorer = new EntityScorer(labels);
    for (GoldDocument g : docs) {
      AnnotatedDocument doc = g.dct() == null ? balise.annotate(g.text()) : balise.annotate(g.text(), g.dct());
      List<EntityScorer.Mention> goldMentions = new ArrayList<>();
      for (GoldDocument.GoldEntity e : g.entities()) {
        goldMentions.add(new EntityScorer.Mention(e.start(), e.end(), e.type(), e.value()));
      }
      List<EntityScorer.Mention> predicted = new ArrayList<>();
      for (Entity e : doc.entities()) {
        predicted.add(new EntityScorer.Mention(e.start(), e.end(), e.type().name(), e.value().orElse(null)));
      }
      scorer.add(goldMentions, predicted);
    }
    return scorer;
  }

  /**
   * Says how many gold mentions are nested in others of a scored type: flat output (Balise's
   * unless {@code --nested-places}) finds at most one of the two.
   */
  private static void nestedLine(PrintStream out, EntityScorer scorer) {
    List<String> parts = new ArrayList<>();
    for (String t : scorer.types()) {
      int nested = scorer.nestedGold(t);
      int gold = scorer.of(t).gold();
      if (nested > 0) {
        parts.add(String.format(Locale.ROOT, "%s %d of %d", t, nested, gold));
      }
    }
    if (!parts.isEmpty()) {
      out.println("gold mentions inside another scored gold mention (flat output finds one of the two): "
          + String.join(", ", parts));
    }
  }

  private static void row(PrintStream out, String name, Prf prf) {
    out.printf(Locale.ROOT, "%-6s %7.4f %7.4f %7.4f %6d %6d %6d%n", name, prf.precision(), prf.recall(),
        prf.f1(), prf.truePositives(), prf.predicted(), prf.gold());
  }

  private static ObjectNode toJson(EntityScorer scorer) {
    ObjectNode root = DocumentJson.MAPPER.createObjectNode();
    for (String t : scorer.types()) {
      root.set(t, prfJson(scorer.of(t)));
    }
    root.set("micro", prfJson(scorer.micro()));
    ObjectNode nested = DocumentJson.MAPPER.createObjectNode();
    for (String t : scorer.types()) {
      nested.put(t, scorer.nestedGold(t));
    }
    root.set("nested_gold", nested);
    if (scorer.dateMatches() > 0) {
      root.put("date_value_accuracy", round(scorer.dateValueAccuracy()));
    }
    return root;
  }

  static ObjectNode prfJson(Prf prf) {
    ObjectNode n = DocumentJson.MAPPER.createObjectNode();
    n.put("p", round(prf.precision()));
    n.put("r", round(prf.recall()));
    n.put("f1", round(prf.f1()));
    n.put("tp", prf.truePositives());
    n.put("fp", prf.predicted() - prf.truePositives());
    n.put("fn", prf.gold() - prf.truePositives());
    return n;
  }

  static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
