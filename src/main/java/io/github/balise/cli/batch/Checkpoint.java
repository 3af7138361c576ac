// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The resume journal of a run writing to a file or a directory: a first line that identifies
 * the run's settings, then one line per checkpoint, {@code items outputBytes errorBytes}: the
 * number of input items fully written, and how long the output and errors files were then.
 * Lines are appended and forced to disk after the output they describe, so the last complete
 * line always describes output that is on disk; a line cut by a kill is ignored.
 */
final class Checkpoint implements AutoCloseable {

  /** Where a resumed run starts. */
  record Position(long items, long outputBytes, long errorBytes) {
    static final Position START = new Position(0, 0, 0);
  }

  /** The journal was written by a run with other inputs or options: it cannot be resumed. */
  static final class OtherRunException extends IOException {
    private static final long serialVersionUID = 1L;

    OtherRunException(String message) {
      super(message);
    }
  }

  private final AppendFile journal;

  private Checkpoint(AppendFile journal) {
    this.journal = journal;
  }

  /** Starts a new journal. */
  static Checkpoint create(Path path, String settings) throws IOException {
    Checkpoint c = new Checkpoint(new AppendFile(path, 0));
    c.journal.write(settings.replace('\n', ' ') + "\n");
    c.journal.sync();
    return c;
  }

  /** Continues an existing journal after its last complete line. */
  static Checkpoint reopen(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    int keep = bytes.length;
    while (keep > 0 && bytes[keep - 1] != '\n') {
      keep--; // a line cut by the kill
    }
    return new Checkpoint(new AppendFile(path, keep));
  }

  /**
   * Reads a journal.
   *
   * @param path the journal
   * @param settings the settings of the run that wants to resume
   * @return the last checkpoint
   * @throws OtherRunException if it was written by a run with other settings
   * @throws IOException if it is unreadable
   */
  static Position read(Path path, String settings) throws IOException {
    List<String> lines = List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n", -1));
    if (lines.isEmpty() || !lines.get(0).equals(settings.replace('\n', ' '))) {
      throw new OtherRunException("cannot resume: " + path + " was written by a run with other inputs or"
          + " options (it says: " + (lines.isEmpty() ? "" : lines.get(0)) + ")");
    }
    Position last = Position.START;
    // the final element follows the last '\n': empty, or a line cut by the kill
    for (String line : lines.subList(1, Math.max(1, lines.size() - 1))) {
      String[] f = line.trim().split(" ");
      if (f.length == 3) {
        last = new Position(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
      }
    }
    return last;
  }

  void record(Position p) throws IOException {
    journal.write(p.items() + " " + p.outputBytes() + " " + p.errorBytes() + "\n");
    journal.sync();
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }
}
