// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error: a progress bar (documents, MB/s, ETA) when standard error is a
 * terminal, plain periodic lines otherwise (logs of a batch job), nothing when quiet. Never on
 * standard output, which holds data only.
 */
abstract class Progress implements AutoCloseable {

  /** Called after each document is written. */
  abstract void update(long documents, long bytes);

  @Override
  public abstract void close();

  static Progress create(PrintStream err, long totalBytes, boolean quiet, long intervalMillis) {
    if (quiet) {
      return new Progress() {
        @Override
        void update(long documents, long bytes) {}

        @Override
        public void close() {}
      };
    }
    if (err == System.err && stderrIsTerminal()) {
      return new Bar(totalBytes);
    }
    return new Lines(err, totalBytes, intervalMillis);
  }

  /**
   * Whether standard error is a terminal. {@link System#console()} answers for standard input
   * and output instead: with it, {@code balise tag … > out.jsonl} had no bar, and {@code balise
   * tag … 2> log} drew one into the log. Linux says where descriptor 2 goes; elsewhere the
   * console is the best guess Java 17 has.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** The terminal bar, counted in kilobytes of input so that the ETA follows the bytes left. */
  private static final class Bar extends Progress {
    private final ProgressBar bar;

    Bar(long totalBytes) {
      this.bar = new ProgressBarBuilder()
          .setTaskName("balise")
          .setInitialMax(totalBytes > 0 ? Math.max(1, totalBytes / 1024) : -1)
          .setUnit(" MB", 1024)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(500)
          .showSpeed()
          .build();
    }

    @Override
    void update(long documents, long bytes) {
      bar.stepTo(bytes / 1024);
      bar.setExtraMessage(" " + documents + " docs"); // the bar glues it to the speed
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  /** A line every interval: documents, MB, MB/s, ETA when the total is known. */
  private static final class Lines extends Progress {
    private final PrintStream err;
    private final long totalBytes;
    private final long intervalMillis;
    private final long started = System.nanoTime();
    private long lastPrint = System.nanoTime();

    Lines(PrintStream err, long totalBytes, long intervalMillis) {
      this.err = err;
      this.totalBytes = totalBytes;
      this.intervalMillis = intervalMillis;
    }

    @Override
    void update(long documents, long bytes) {
      long now = System.nanoTime();
      if ((now - lastPrint) / 1_000_000 < intervalMillis) {
        return;
      }
      lastPrint = now;
      double seconds = (now - started) / 1e9;
      double mbPerSecond = bytes / 1e6 / Math.max(seconds, 1e-9);
      String eta = "";
      if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
        long left = (long) ((totalBytes - bytes) / 1e6 / mbPerSecond);
        eta = String.format(Locale.ROOT, ", ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60);
      }
      err.printf(Locale.ROOT, "balise: %d documents, %.1f MB%s, %.2f MB/s%s%n", documents,
          bytes / 1e6, totalBytes > 0 ? String.format(Locale.ROOT, " of %.1f", totalBytes / 1e6) : "",
          mbPerSecond, eta);
    }

    @Override
    public void close() {}
  }
}
