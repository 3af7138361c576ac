// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.balise.Balise;
import io.github.balise.EntityType;
import io.github.balise.cli.batch.DocumentJson;
import io.github.balise.cli.batch.TagJob;
import io.github.balise.internal.baseline.OpenNlpSentenceBaseline;
import io.github.balise.internal.baseline.StockOpenNlpPipeline;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code balise bench}: throughput of the whole pipeline against a stock OpenNLP pipeline, in
 * one run, with warm-up and repeated measurements; plus model loading time.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Measures tokens per second of Balise's whole pipeline (tokens, sentences, ORG, LOC, APP,"
            + " DATE), of its DATE grammar alone, and of a stock OpenNLP pipeline"
            + " (SentenceDetectorME with the published French model, SimpleTokenizer, a NameFinderME"
            + " with default features), side by side, on the same documents and thread counts.",
        "Tokens are counted once with Balise's tokenizer, so every pipeline is credited with the"
            + " same work. Each figure is the median of --runs timed runs after --warmup runs;"
            + " every run but the first warm-up lasts at least --min-seconds. The timed runs"
            + " take turns: each round runs every pipeline once, so that the ratio compares"
            + " runs made under the same load."})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand private BaliseCommand parent;

  @Mixin private ModelOptions models;
  @Spec private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", split = ",",
      description = "JSONL files with a \"text\" field, or text files (default: Sequoia dev,"
          + " French TimeBank dev and NewsEye dev under --data-dir).")
  private List<Path> corpus;

  @Option(names = "--data-dir", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "Where the default corpus is (default: ${DEFAULT-VALUE}).")
  private Path dataDir;

  @Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "N",
      description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  private List<Integer> threads;

  @Option(names = "--pipelines", defaultValue = "balise,dates,stock", split = ",",
      description = "Which to measure: balise, dates, stock (default: ${DEFAULT-VALUE}).")
  private List<String> pipelines;

  @Option(names = "--stock-model", paramLabel = "FILE",
      description = "The stock OpenNLP name finder model (built by 'balise train --stock')."
          + " Without it the stock pipeline is skipped.")
  private Path stockModel;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(names = "--min-seconds", defaultValue = "2",
      description = "Each run repeats the corpus until it lasts this long (default: ${DEFAULT-VALUE}).")
  private double minSeconds;

  @Option(names = "--write-jsonl", paramLabel = "FILE",
      description = "Instead of measuring, write the corpus repeated to FILE as JSON Lines"
          + " ({\"id\", \"text\"}) until it holds --megabytes, for memory and long-run tests.")
  private Path writeJsonl;

  @Option(names = "--megabytes", defaultValue = "1024",
      description = "Size of the file --write-jsonl writes (default: ${DEFAULT-VALUE}).")
  private long megabytes;

  /** A pipeline to time: a factory of per-thread workers that process one text. */
  private record Subject(String name, Supplier<ToIntFunction<String>> perThread) {}

  @Override
  public Integer call() throws Exception {
    long startUpMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    if (runs < 1 || warmup < 0 || !(minSeconds > 0) || threads.stream().anyMatch(n -> n == null || n < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--runs and --threads must be at least 1, --warmup at least 0, --min-seconds positive");
    }
    PrintStream out = parent.out;
    List<String> docs = loadCorpus();
    if (writeJsonl != null) {
      return writeCorpus(docs, out);
    }
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    long tokens = 0;
    long chars = 0;
    for (String d : docs) {
      tokens += tokenizer.tokenize(d).size();
      chars += d.length();
    }
    out.printf(Locale.ROOT, "corpus: %d documents, %d tokens, %.2f MB of text; %d cores, Java %s%n",
        docs.size(), tokens, chars / 1e6, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));

    long t0 = System.nanoTime();
    Balise balise = models.apply(Balise.builder()).build();
    double firstLoad = (System.nanoTime() - t0) / 1e9;
    double[] reloads = new double[3];
    for (int i = 0; i < reloads.length; i++) {
      long t = System.nanoTime();
      models.apply(Balise.builder()).build();
      reloads[i] = (System.nanoTime() - t) / 1e9;
    }
    out.printf(Locale.ROOT, "model load: Balise (%s) %.3f s first in this JVM, %.3f s median of 3 more%n",
        models.describe(), firstLoad, median(reloads));
    out.printf(Locale.ROOT, "start-up: %.3f s from JVM start to the command, then %.3f s to load the models%n",
        startUpMillis / 1e3, firstLoad);

    List<Subject> subjects = new ArrayList<>();
    if (pipelines.contains("balise")) {
      subjects.add(new Subject("balise", () -> text -> balise.annotate(text).entities().size()));
    }
    if (pipelines.contains("dates")) {
      Balise dates = Balise.builder().types(EntityType.DATE).build();
      subjects.add(new Subject("dates", () -> text -> dates.annotate(text).entities().size()));
    }
    if (pipelines.contains("stock")) {
      if (stockModel == null) {
        out.println("stock: skipped (no --stock-model; build one with 'balise train --stock')");
      } else {
        long t = System.nanoTime();
        SentenceModel sentenceModel = OpenNlpSentenceBaseline.loadModel();
        TokenNameFinderModel nameModel = StockOpenNlpPipeline.loadNameModel(stockModel);
        out.printf(Locale.ROOT, "model load: stock OpenNLP pipeline %.3f s%n", (System.nanoTime() - t) / 1e9);
        subjects.add(new Subject("stock", () -> new StockOpenNlpPipeline(sentenceModel, nameModel)::process));
      }
    }

    out.printf(Locale.ROOT, "%-8s %7s %14s %22s %9s%n", "pipeline", "threads", "tokens/s", "min-max over runs", "MB/s");
    Map<Integer, double[]> balisePerRun = new LinkedHashMap<>();
    Map<Integer, double[]> stockPerRun = new LinkedHashMap<>();
    for (int n : threads) {
      Map<String, double[]> perSecond = measureInRounds(subjects, n, docs);
      for (Subject s : subjects) {
        double[] runsPerSecond = perSecond.get(s.name());
        double m = median(runsPerSecond);
        double[] sorted = runsPerSecond.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-8s %7d %14.0f %10.0f-%-11.0f %9.2f%n", s.name(), n, m * tokens,
            sorted[0] * tokens, sorted[sorted.length - 1] * tokens, m * chars / 1e6);
      }
      balisePerRun.put(n, perSecond.get("balise"));
      stockPerRun.put(n, perSecond.get("stock"));
    }
    for (int n : threads) {
      double[] b = balisePerRun.get(n);
      double[] st = stockPerRun.get(n);
      if (b != null && st != null) {
        // each round ran both pipelines one after the other, so a round's ratio compares runs
        // made under the same load of a shared machine
        double[] roundRatios = new double[b.length];
        for (int r = 0; r < b.length; r++) {
          roundRatios[r] = b[r] / st[r];
        }
        Arrays.sort(roundRatios);
        out.printf(Locale.ROOT, "ratio balise/stock at %d threads: %.2f (round by round: median %.2f,"
            + " %.2f-%.2f)%n", n, median(b) / median(st), median(roundRatios), roundRatios[0],
            roundRatios[roundRatios.length - 1]);
      }
    }
    out.printf(Locale.ROOT, "peak heap: %d MB (the corpus and every pipeline measured)%n",
        TagJob.peakHeapBytes() / (1024 * 1024));
    return 0;
  }

  /**
   * Corpus passes per second of each timed run, by pipeline. Every pipeline is warmed up first;
   * then each of the --runs rounds times every pipeline once, in turn, so that a shared
   * machine's changing load falls on all of them alike instead of on whichever ran last.
   */
  private Map<String, double[]> measureInRounds(List<Subject> subjects, int n, List<String> docs)
      throws Exception {
    List<Timed> timed = new ArrayList<>();
    try {
      for (Subject s : subjects) {
        Timed t = new Timed(s, n);
        timed.add(t);
        t.warmUp(docs);
      }
      for (int r = 0; r < runs; r++) {
        for (Timed t : timed) {
          t.perSecond[r] = t.passes / timedRun(t.pool, t.workers, docs, t.passes);
        }
      }
      Map<String, double[]> perSecond = new LinkedHashMap<>();
      for (Timed t : timed) {
        perSecond.put(t.name, t.perSecond);
      }
      return perSecond;
    } finally {
      timed.forEach(t -> t.pool.shutdownNow());
    }
  }

  /** One pipeline at one thread count: its threads, its workers, its runs' length and figures. */
  private final class Timed {
    final String name;
    final ExecutorService pool;
    final List<ToIntFunction<String>> workers = new ArrayList<>();
    final double[] perSecond = new double[runs];
    int passes = 1;

    Timed(Subject s, int n) {
      name = s.name();
      pool = Executors.newFixedThreadPool(n);
      for (int i = 0; i < n; i++) {
        workers.add(s.perThread().get());
      }
    }

    /**
     * Each warm-up run after the first lasts about --min-seconds, as a timed run does: one pass
     * of a small corpus is over before the JIT has compiled anything.
     */
    void warmUp(List<String> docs) throws Exception {
      for (int i = 0; i < Math.max(1, warmup); i++) {
        double seconds = timedRun(pool, workers, docs, passes);
        passes = (int) Math.max(1, Math.ceil(minSeconds * passes / Math.max(seconds, 1e-6)));
      }
    }
  }

  /** Processes the corpus {@code passes} times on all workers; returns the wall time. */
  private static double timedRun(ExecutorService pool, List<ToIntFunction<String>> workers,
      List<String> docs, int passes) throws Exception {
    AtomicLong next = new AtomicLong();
    long total = (long) passes * docs.size();
    List<Future<Long>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (ToIntFunction<String> w : workers) {
      futures.add(pool.submit(() -> {
        long sink = 0;
        for (long i; (i = next.getAndIncrement()) < total; ) {
          sink += w.applyAsInt(docs.get((int) (i % docs.size())));
        }
        return sink;
      }));
    }
    for (Future<Long> f : futures) {
      f.get();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private int writeCorpus(List<String> docs, PrintStream out) throws java.io.IOException {
    long limit = megabytes * 1_000_000L;
    long written = 0;
    long n = 0;
    try (java.io.Writer w = Files.newBufferedWriter(writeJsonl, StandardCharsets.UTF_8)) {
      while (written < limit) {
        com.fasterxml.jackson.databind.node.ObjectNode o = DocumentJson.MAPPER.createObjectNode();
        o.put("id", "doc-" + n);
        o.put("text", docs.get((int) (n % docs.size())));
        String line = DocumentJson.MAPPER.writeValueAsString(o) + "\n";
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
        n++;
      }
    }
    out.printf(Locale.ROOT, "wrote %d documents, %.1f MB to %s%n", n, written / 1e6, writeJsonl);
    return 0;
  }

  private List<String> loadCorpus() throws Exception {
    List<Path> files = corpus;
    if (files == null || files.isEmpty()) {
      files = List.of(dataDir.resolve("ner/sequoia.dev.jsonl"), dataDir.resolve("time/ftib.dev.jsonl"),
          dataDir.resolve("ner/newseye.dev.jsonl"));
    }
    List<String> docs = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new java.io.FileNotFoundException(f + " (give --corpus FILE or --data-dir DIR)");
      }
      if (f.toString().endsWith(".jsonl")) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
              JsonNode n = DocumentJson.MAPPER.readTree(line);
              docs.add(n.get("text").asText());
            }
          }
        }
      } else {
        docs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return docs;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
