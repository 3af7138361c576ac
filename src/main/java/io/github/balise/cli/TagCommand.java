// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import io.github.balise.Balise;
import io.github.balise.EntityType;
import io.github.balise.cli.batch.BatchRunner;
import io.github.balise.cli.batch.DocumentJson;
import io.github.balise.cli.batch.InputFormat;
import io.github.balise.cli.batch.OutputFormat;
import io.github.balise.cli.batch.TagJob;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code balise tag}: tags documents, in parallel, into JSON Lines, CoNLL or brat. */
@Command(name = "tag", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Tags French documents from files, directories or standard input. Output is in input"
            + " order; with --out it is written to FILE.partial and renamed when the run ends,"
            + " and an interrupted run continues with --resume.",
        "Exit codes: 0 all documents tagged, 1 some failed (reported; the others were tagged),"
            + " 2 usage error."})
final class TagCommand implements Callable<Integer> {

  /** The parts of the JSON output that --fields may keep. */
  private static final List<String> KNOWN_FIELDS = List.of("text", "sentences", "tokens");

  @ParentCommand private BaliseCommand parent;

  @Mixin private ModelOptions models;
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Files or directories (read recursively); none or '-' reads standard input.")
  private List<String> files;

  @Option(names = "--glob", paramLabel = "GLOB",
      description = "Only files of directories that match, e.g. '**.txt' or '*.jsonl'.")
  private String glob;

  @Option(names = "--input", defaultValue = "text",
      description = "text: one document per file (standard input: the whole stream); lines: one per"
          + " line; jsonl: one {\"id\", \"text\", \"dct\"?, …} object per line, other fields carried"
          + " through. Default: ${DEFAULT-VALUE}.")
  private InputFormat input;

  @Option(names = "--output", defaultValue = "jsonl",
      description = "jsonl, conll (token, start, end, BIO tag) or brat (.txt and .ann per document,"
          + " needs --out DIR). Default: ${DEFAULT-VALUE}.")
  private OutputFormat output;

  @Option(names = "--out", paramLabel = "FILE|DIR", description = "Output file (directory for brat);"
      + " default standard output.")
  private Path out;

  @Option(names = "--fields", split = ",", paramLabel = "FIELD",
      description = "JSON parts to write besides id and entities: text, sentences, tokens (default:"
          + " all three).")
  private Set<String> fields;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Where failed documents are listed as JSON lines (default: OUT.errors.jsonl"
          + " when --out is given).")
  private Path errors;

  @Option(names = "--threads", paramLabel = "N", description = "Tagging threads (default: the"
      + " number of cores).")
  private Integer threads;

  @Option(names = "--window", paramLabel = "N", description = "Documents in flight at most (default:"
      + " 16 per thread); bounds memory.")
  private Integer window;

  @Option(names = "--resume", description = "Continue an interrupted run with the same arguments.")
  private boolean resume;

  @Option(names = "--force", description = "Overwrite an existing output.")
  private boolean force;

  @Option(names = "--max-chars", defaultValue = "20000000", paramLabel = "N",
      description = "Documents longer than this fail (default: ${DEFAULT-VALUE}).")
  private int maxChars;

  @Option(names = "--dct", paramLabel = "DATE",
      description = "Reference date (YYYY-MM-DD) for documents that have no dct of their own.")
  private LocalDate dct;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Entity types to report (default: ORG,LOC,APP,DATE).")
  private List<String> types;

  @Option(names = "--checkpoint-every", defaultValue = "1000", paramLabel = "N",
      description = "Make the output durable and record a resume point every N documents"
          + " (and every 5 s). Default: ${DEFAULT-VALUE}.")
  private int checkpointEvery;

  @Option(names = "--progress-seconds", defaultValue = "10", paramLabel = "S",
      description = "Interval of the progress lines when standard error is not a terminal.")
  private int progressSeconds;

  @Option(names = {"-q", "--quiet"}, description = "No progress and no summary.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || maxChars < 1 || checkpointEvery < 1 || (window != null && window < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads, --window, --max-chars and --checkpoint-every must be positive");
    }
    if (output.needsDirectory() && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output brat needs --out DIR");
    }
    if (resume && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --out");
    }
    if (resume && force) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--resume and --force exclude each other");
    }
    Balise.Builder builder = models.apply(Balise.builder());
    if (types != null) {
      Set<EntityType> wanted = EnumSet.noneOf(EntityType.class);
      for (String t : types) {
        try {
          wanted.add(EntityType.fromLabel(t));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--types: " + e.getMessage());
        }
      }
      builder.types(wanted);
    }
    if (fields != null) {
      for (String f : fields) {
        if (!f.isEmpty() && !KNOWN_FIELDS.contains(f)) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--fields: unknown field '" + f + "' (known: " + String.join(", ", KNOWN_FIELDS) + ")");
        }
      }
    }
    DocumentJson.Fields parts = fields == null ? DocumentJson.Fields.ALL
        : new DocumentJson.Fields(fields.contains("text"), fields.contains("sentences"), fields.contains("tokens"));
    BatchRunner.Settings settings = new BatchRunner.Settings(output, parts, n,
        window == null ? 16 * n : window, checkpointEvery, 5000);
    TagJob job = new TagJob(files == null || files.isEmpty() ? List.of("-") : files, glob, input,
        dct, maxChars, out, errors, resume, force, quiet, progressSeconds * 1000L,
        String.valueOf(types) + " " + parts + " " + models.describe());
    try {
      return job.run(builder, settings, parent.in, parent.out, parent.err) ? 0 : BaliseCommand.SOME_FAILED;
    } catch (TagJob.UsageException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
