// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import io.github.balise.eval.GoldDocument;
import io.github.balise.internal.ner.ClusterInduction;
import io.github.balise.internal.ner.NerTrainer;
import io.github.balise.internal.ner.TrainingSamples;
import io.github.balise.internal.ner.WikiNeuralSplit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code balise train}: rebuilds a name finder model from the shared corpora, deterministically.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the ORG/LOC/PER name finder on the corpora in --data (fixed data order,"
        + " one thread, no randomness) and writes the model file. See models/README.md.")
final class TrainCommand implements Callable<Integer> {

  /** Which training files a variant uses, by licence. */
  enum Variant {
    /** WikiNEuRal (minus the carved dev split) + HIPE-2020 train + Sequoia train. */
    NON_COMMERCIAL,
    /** Sequoia train (LGPL-LR) + NewsEye dev (CC BY 4.0). */
    COMMERCIAL
  }

  static final String WIKINEURAL = "ner/wikineural-fr.train.jsonl";

  @ParentCommand private BaliseCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--variant", required = true,
      description = "NON_COMMERCIAL or COMMERCIAL (which data, by licence).")
  private Variant variant;

  @Option(names = {"--data-dir", "--data"}, defaultValue = "../shared/data",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  private Path data;

  @Option(names = "--out", description = "Model file to write.")
  private Path out;

  @Option(names = "--algorithm", defaultValue = "MAXENT",
      description = "MAXENT (GIS), PERCEPTRON or MAXENT_QN (maxent by L-BFGS, with L1 and L2"
          + " penalties; default: ${DEFAULT-VALUE}).")
  private NerTrainer.Algorithm algorithm;

  @Option(names = "--l1", defaultValue = "0.1",
      description = "L1 penalty of MAXENT_QN (default: ${DEFAULT-VALUE}, OpenNLP's).")
  private double l1;

  @Option(names = "--l2", defaultValue = "0.1",
      description = "L2 penalty of MAXENT_QN (default: ${DEFAULT-VALUE}, OpenNLP's).")
  private double l2;

  @Option(names = "--iterations", defaultValue = "100", description = "Default: ${DEFAULT-VALUE}.")
  private int iterations;

  @Option(names = "--cutoff", defaultValue = "2", description = "Default: ${DEFAULT-VALUE}.")
  private int cutoff;

  @Option(names = "--beam", defaultValue = "3", description = "Beam size (default: ${DEFAULT-VALUE}).")
  private int beam;

  @Option(names = "--codec", defaultValue = "BIO",
      description = "How names become one outcome per token: BIO, or BILOU (also marks the last"
          + " token of a name and one-token names). Default: ${DEFAULT-VALUE}.")
  private NerTrainer.Codec codec;

  @Option(names = "--stock",
      description = "Train OpenNLP's stock name finder (default factory and features) on the"
          + " same data: the baseline.")
  private boolean stock;

  @Option(names = "--sequoia-copies", defaultValue = "1",
      description = "How many times Sequoia train is repeated in the data (default: ${DEFAULT-VALUE}).")
  private int sequoiaCopies;

  @Option(names = "--write-wikineural-dev",
      description = "Also write the carved WikiNEuRal dev split (JSONL lines, verbatim) to this file.")
  private Path devOut;

  @Option(names = "--clusters", paramLabel = "FILE",
      description = "Train with word-cluster features from this lexicon (written by"
          + " --write-clusters). The model records the file name and loads the lexicon of that"
          + " name from the bundled models folder: put the file in models/ with the model.")
  private Path clusters;

  @Option(names = "--write-clusters", paramLabel = "FILE",
      description = "Induce word clusters from the text of this variant's training files (each"
          + " file once; annotations unused) and write them to FILE, before any training.")
  private Path clustersOut;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Build the names gazetteer of this variant's training data (the ORG, LOC, PER"
          + " and MISC mentions, folded, with counts per type; each document once), write it to"
          + " FILE, and (with --out) train with gazetteer features, each training document's"
          + " features leaving out the names of its own jackknife fold. The model records the"
          + " file name and loads the gazetteer of that name from the bundled models folder: put"
          + " the file in models/ with the model.")
  private Path gazetteer;

  @Option(names = "--cluster-count", defaultValue = "256",
      description = "Clusters to induce (default: ${DEFAULT-VALUE}).")
  private int clusterCount;

  @Option(names = "--cluster-min-count", defaultValue = "3",
      description = "Words seen fewer times are not clustered (default: ${DEFAULT-VALUE}).")
  private int clusterMinCount;

  @Option(names = "--cluster-passes", defaultValue = "15",
      description = "Passes of the exchange algorithm at most (default: ${DEFAULT-VALUE}).")
  private int clusterPasses;

  @Override
  public Integer call() throws Exception {
    PrintStream log = parent.err;
    if (devOut != null) {
      int n = writeWikiNeuralDev(data.resolve(WIKINEURAL), devOut);
      log.printf(Locale.ROOT, "wrote %d WikiNEuRal dev documents to %s%n", n, devOut);
    }
    if (clustersOut != null) {
      writeClusters(log);
    }
    if (gazetteer != null && stock) {
      throw new ParameterException(spec.commandLine(),
          "--gazetteer is a feature of Balise's name finder, not of --stock");
    }
    if (out == null && gazetteer == null) {
      return 0;
    }
    List<GoldDocument> docs = trainingDocuments(sequoiaCopies);
    TrainingSamples.Report report = new TrainingSamples.Report();
    List<TrainingSamples.DocumentSamples> byDocument = new TrainingSamples().convertByDocument(docs, report);
    List<NameSample> samples = new ArrayList<>();
    byDocument.forEach(d -> samples.addAll(d.samples()));
    log.println("training data: " + report);
    NerTrainer.Gazetteer names = null;
    if (gazetteer != null) {
      names = NerTrainer.Gazetteer.of(gazetteer.getFileName().toString(), byDocument);
      names.write(gazetteer, gazetteerHeader());
      log.printf(Locale.ROOT, "wrote %d names to %s%n", names.size(), gazetteer);
    }
    if (out == null) {
      return 0;
    }
    NerTrainer.Settings settings =
        new NerTrainer.Settings(algorithm, iterations, cutoff, beam, stock, codec, l1, l2);
    long t0 = System.nanoTime();
    TokenNameFinderModel model = NerTrainer.train(samples, settings, clusters, names);
    log.printf(Locale.ROOT, "trained %s in %.1f s%n", settings, (System.nanoTime() - t0) / 1e9);
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    log.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
    return 0;
  }

  /** The variant's training documents, in the fixed order: Sequoia train repeated, then the rest. */
  private List<GoldDocument> trainingDocuments(int copies) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    List<GoldDocument> sequoia = GoldFiles.read(data.resolve("ner/sequoia.train.jsonl"));
    for (int i = 0; i < copies; i++) {
      docs.addAll(sequoia);
    }
    if (variant == Variant.COMMERCIAL) {
      docs.addAll(GoldFiles.read(data.resolve("ner/newseye.dev.jsonl")));
    }
    if (variant == Variant.NON_COMMERCIAL) {
      docs.addAll(GoldFiles.read(data.resolve("ner/hipe2020.train.jsonl")));
      List<GoldDocument> wiki = GoldFiles.read(data.resolve(WIKINEURAL));
      for (int i = 0; i < wiki.size(); i++) {
        if (!WikiNeuralSplit.isDev(i)) {
          docs.add(wiki.get(i));
        }
      }
    }
    return docs;
  }

  private void writeClusters(PrintStream log) throws IOException {
    long t0 = System.nanoTime();
    List<String> header = List.of(
        "Word clusters for Balise's name finder (exchange algorithm, class bigram likelihood).",
        "Induced from the text of the " + variant + " model's training files, each once: "
            + (variant == Variant.NON_COMMERCIAL
                ? "Sequoia train (LGPL-LR), HIPE-2020 train and WikiNEuRal minus its dev split."
                : "Sequoia train (LGPL-LR) and NewsEye (CC BY 4.0)."),
        "Licence: " + (variant == Variant.NON_COMMERCIAL
            ? "CC BY-NC-SA 4.0 (derived from WikiNEuRal and CLEF-HIPE-2020 text)."
            : "LGPL-LR (derived from Deep Sequoia text; NewsEye is CC BY 4.0).")
            + " See models/README.md.",
        String.format(Locale.ROOT, "Built by: balise train --variant %s --write-clusters FILE"
            + " --cluster-count %d --cluster-min-count %d --cluster-passes %d",
            variant, clusterCount, clusterMinCount, clusterPasses),
        "Format: folded word (lower case, accents folded, digits 1-9 as 0) TAB cluster number.");
    int n = ClusterInduction.build(trainingDocuments(1), clusterCount, clusterMinCount,
        clusterPasses, header, clustersOut, log);
    log.printf(Locale.ROOT, "wrote %d clustered words to %s in %.1f s%n", n, clustersOut,
        (System.nanoTime() - t0) / 1e9);
  }

  /** The comment lines at the top of the gazetteer file. */
  private List<String> gazetteerHeader() {
    return List.of(
        "Names gazetteer for Balise's name finder: the names annotated in the " + variant
            + " model's training data, with how often each was marked ORG, LOC, PER and MISC.",
        "From: " + (variant == Variant.NON_COMMERCIAL
            ? "ner/sequoia.train.jsonl (LGPL-LR), ner/hipe2020.train.jsonl and"
                + " ner/wikineural-fr.train.jsonl minus its dev split (CC BY-NC-SA 4.0)"
            : "ner/sequoia.train.jsonl (LGPL-LR) and ner/newseye.dev.jsonl (CC BY 4.0)")
            + "; each document once, mentions as trained (nested ones dropped, leading article cut).",
        "Licence: " + (variant == Variant.NON_COMMERCIAL
            ? "CC BY-NC-SA 4.0 (derived from WikiNEuRal and CLEF-HIPE-2020 annotations)."
            : "LGPL-LR (derived from Deep Sequoia annotations; NewsEye is CC BY 4.0).")
            + " See models/README.md.",
        "Built by: balise train --variant " + variant + " --gazetteer FILE (the model's other"
            + " options do not change this file).",
        "Format: folded tokens (lower case, accents folded) joined by spaces TAB ORG TAB LOC TAB"
            + " PER TAB MISC counts; sorted by name.");
  }

  /** Copies the dev lines of the WikiNEuRal train file; returns how many. */
  static int writeWikiNeuralDev(Path wikineural, Path target) throws IOException {
    int index = 0;
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(wikineural, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        if (WikiNeuralSplit.isDev(index)) {
          w.write(line);
          w.write('\n');
          written++;
        }
        index++;
      }
    }
    return written;
  }
}
