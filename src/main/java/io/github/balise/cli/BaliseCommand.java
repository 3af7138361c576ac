// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code balise} command: {@code java -jar balise.jar tag|eval|eval-tokens …}.
 *
 * <p>Exit codes: 0 success, 1 some documents failed (each reported on standard error), 2 usage
 * error.
 */
@Command(
    name = "balise",
    mixinStandardHelpOptions = true,
    versionProvider = BaliseCommand.Version.class,
    description = "Finds organisations, places, apps and dates in French text.",
    subcommands = {TagCommand.class, EvalCommand.class, EvalTokensCommand.class, TrainCommand.class,
        BenchCommand.class})
public final class BaliseCommand implements Runnable {

  /** Exit code when some documents failed and the others were processed. */
  public static final int SOME_FAILED = 1;
  /** Exit code of a usage error. */
  public static final int USAGE = 2;

  @Spec private CommandSpec spec;

  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  BaliseCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line in-process, on the given streams.
   *
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new BaliseCommand(in, out, err));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    // a usage error: the message and where to read more, not the whole help
    cli.setParameterExceptionHandler((e, args2) -> {
      err.println("balise: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("balise: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      if (Boolean.getBoolean("balise.debug")) {
        e.printStackTrace(err);
      }
      return SOME_FAILED;
    });
    int code = cli.execute(args);
    out.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is needed: tag, eval, eval-tokens, train or bench");
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BaliseCommand.class.getPackage().getImplementationVersion();
      return new String[] {"balise " + (v == null ? "(development build)" : v)};
    }
  }
}
