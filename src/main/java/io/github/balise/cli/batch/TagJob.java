// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import io.github.balise.Balise;
import io.github.balise.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code balise tag} run: checks that the output may be written (never overwrites without
 * {@code --force}), sets up the sink, the errors file and the resume journal, runs the batch and
 * prints the summary.
 */
public final class TagJob {

  /** A setting that cannot work: the command line reports it as a usage error. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private final List<String> arguments;
  private final String glob;
  private final InputFormat input;
  private final LocalDate dct;
  private final int maxChars;
  private final Path out;
  private final Path errors;
  private final boolean resume;
  private final boolean force;
  private final boolean quiet;
  private final long progressMillis;
  private final String otherSettings;

  /** Describes a run; see {@code balise tag --help} for what each setting does. */
  public TagJob(List<String> arguments, String glob, InputFormat input, LocalDate dct, int maxChars,
      Path out, Path errors, boolean resume, boolean force, boolean quiet, long progressMillis,
      String otherSettings) {
    this.arguments = List.copyOf(arguments);
    this.glob = glob;
    this.input = input;
    this.dct = dct;
    this.maxChars = maxChars;
    this.out = out;
    this.errors = errors != null || out == null ? errors
        : out.resolveSibling(out.getFileName() + ".errors.jsonl");
    this.resume = resume;
    this.force = force;
    this.quiet = quiet;
    this.progressMillis = progressMillis;
    this.otherSettings = otherSettings;
  }

  /**
   * Runs the job.
   *
   * @return true if every document was tagged, false if some failed (each was reported)
   * @throws UsageException if the output exists, or there is nothing to resume
   * @throws IOException if the output cannot be written
   */
  public boolean run(Balise.Builder builder, BatchRunner.Settings settings, InputStream stdin,
      PrintStream stdout, PrintStream stderr) throws UsageException, IOException {
    Inputs inputs;
    try {
      inputs = new Inputs(arguments, glob, input, dct, maxChars, stdin, ownFiles());
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
    String fingerprint = "balise-resume v2 sources=" + inputs.sourcesWithSizes() + " input=" + input
        + " output=" + settings.format() + " dct=" + dct + " max-chars=" + maxChars + " errors=" + errors
        + " " + otherSettings;
    Path journal = out == null ? null
        : settings.format().needsDirectory() ? out.resolve(".balise-resume")
        : fileJournalOf(out);
    Checkpoint.Position start = Checkpoint.Position.START;
    if (out != null) {
      start = prepare(settings.format(), journal, fingerprint);
      if (resume && !settings.format().needsDirectory() && renamed()) {
        return completeRenamed(journal, start, stderr);
      }
    }
    if (errors != null && !resume && !force && Files.exists(errors)) {
      throw new UsageException(errors + " exists; use --force to overwrite it");
    }
    createParent(out);
    createParent(errors);
    Balise balise = builder.build(); // after the checks: a usage error costs no model loading
    long t0 = System.nanoTime();
    try (inputs;
        OutputSink sink = out == null ? new OutputSink.ToStream(stdout)
            : settings.format().needsDirectory() ? new OutputSink.ToDirectory(out)
            : new OutputSink.ToFile(out, start.outputBytes());
        ErrorLog log = new ErrorLog(stderr, errors, resume ? start.errorBytes() : 0);
        Checkpoint checkpoint = journal == null ? null
            : resume ? Checkpoint.reopen(journal) : Checkpoint.create(journal, fingerprint)) {
      if (resume) {
        stderr.printf(Locale.ROOT, "balise: resuming after %d documents%n", start.items());
      }
      Progress progress = Progress.create(stderr, inputs.totalBytes(), quiet, progressMillis);
      BatchRunner.Summary s = new BatchRunner(balise, settings)
          .run(inputs, start.items(), sink, log, checkpoint, progress);
      if (!quiet) {
        printSummary(stderr, s, settings.threads(), (System.nanoTime() - t0) / 1e9);
      }
      if (journal != null) {
        checkpoint.close();
        Files.deleteIfExists(journal); // the run is complete: nothing to resume
      }
      if (errors != null && log.count() == 0) {
        log.close();
        Files.deleteIfExists(errors);
      }
      return s.failures() == 0;
    }
  }

  /** The resume journal of a run that writes one file. */
  private static Path fileJournalOf(Path out) {
    return out.resolveSibling(out.getFileName() + ".resume");
  }

  /** The files this run writes (and an interrupted one left), which are never its input. */
  private List<Path> ownFiles() {
    List<Path> own = new ArrayList<>();
    if (out != null) {
      own.add(out); // the brat directory and all in it, or the file
      own.add(OutputSink.ToFile.partialOf(out));
      own.add(fileJournalOf(out)); // a brat journal is inside the directory
    }
    if (errors != null) {
      own.add(errors);
    }
    return own;
  }

  /**
   * Whether the earlier run renamed its partial output to the final name: it was killed after
   * that, before it removed its journal.
   */
  private boolean renamed() {
    return Files.exists(out) && !Files.exists(OutputSink.ToFile.partialOf(out));
  }

  /** Completes a run killed between its final rename and the removal of its journal. */
  private boolean completeRenamed(Path journal, Checkpoint.Position last, PrintStream stderr)
      throws IOException {
    long failures = errors == null || !Files.exists(errors) ? 0 : ErrorLog.countLines(errors, last.errorBytes());
    stderr.printf(Locale.ROOT, "balise: %s is complete (%d documents, %d failed); nothing left to do%n",
        out, last.items() - failures, failures);
    if (errors != null && failures == 0) {
      Files.deleteIfExists(errors);
    }
    Files.delete(journal);
    return failures == 0;
  }

  /** Checks the output may be written; on resume, returns where the earlier run stopped. */
  private Checkpoint.Position prepare(OutputFormat format, Path journal, String fingerprint)
      throws UsageException, IOException {
    if (resume) {
      if (!Files.exists(journal)) {
        throw new UsageException("nothing to resume: no " + journal
            + (Files.exists(out) ? " (" + out + " is complete)" : ""));
      }
      try {
        return Checkpoint.read(journal, fingerprint);
      } catch (Checkpoint.OtherRunException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (format.needsDirectory()) {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new UsageException(out + " is a file; --output " + format + " writes a directory");
      }
      if (Files.isDirectory(out) && !isEmpty(out) && !force) {
        throw new UsageException(out + " is not empty; use --force to write into it, or --resume");
      }
      return Checkpoint.Position.START;
    }
    Path partial = OutputSink.ToFile.partialOf(out);
    if (!force) {
      if (Files.exists(out)) {
        throw new UsageException(out + " exists; use --force to overwrite it");
      }
      if (Files.exists(partial) || Files.exists(journal)) {
        throw new UsageException(partial + " is left from an interrupted run; use --resume to"
            + " continue it or --force to start again");
      }
    }
    return Checkpoint.Position.START;
  }

  /** Creates the directory a file goes in, as brat output creates its directory. */
  private static void createParent(Path file) throws IOException {
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void printSummary(PrintStream err, BatchRunner.Summary s, int threads, double seconds) {
    StringBuilder types = new StringBuilder();
    for (Map.Entry<EntityType, Long> e : s.entities().entrySet()) {
      types.append(types.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    }
    err.printf(Locale.ROOT,
        "balise: %d documents tagged%s, %d failed%s; %d tokens; entities: %s%n"
            + "balise: %.1f s on %d threads, %.0f tokens/s, %.2f MB/s; peak heap %d MB%n",
        s.documents(), s.skipped() > 0 ? " (+" + s.skipped() + " from the earlier run)" : "",
        s.failures(), s.earlierFailures() > 0 ? " (" + s.earlierFailures() + " in the earlier run)" : "", s.tokens(), types.length() == 0 ? "none" : types, seconds, threads,
        s.tokens() / Math.max(seconds, 1e-9), s.bytes() / 1e6 / Math.max(seconds, 1e-9),
        peakHeapBytes() / (1024 * 1024));
  }

  /** The sum of the heap pools' peaks in this JVM: an upper bound of the heap it used. */
  public static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
