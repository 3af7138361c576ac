// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Where rendered documents go, in input order: a stream, a file (written as {@code
 * FILE.partial} and renamed when the run completes), or a directory of brat files.
 */
public abstract class OutputSink implements java.io.Closeable {

  /** Writes one document. */
  abstract void write(Item.Document in, OutputFormat.Rendered rendered) throws IOException;

  /**
   * Sees an item that is not written here: an earlier run wrote it (resume), or it is a document
   * whose tagging failed. Formats that name a file per document reserve its name all the same,
   * so that names do not depend on where a run was resumed.
   */
  void passed(Item item) {}

  /** Makes what was written durable; returns the position a resume starts from. */
  abstract long sync() throws IOException;

  /** Completes the output: the run succeeded to its end. */
  abstract void finish() throws IOException;

  /**
   * Output to a stream (standard output); it cannot be resumed. A {@link PrintStream} hides
   * write errors, so it is checked after each document: when the reader has gone ({@code balise
   * tag … | head}) the run stops instead of tagging the rest of the corpus for nobody.
   */
  static final class ToStream extends OutputSink {
    private final OutputStream out;

    ToStream(OutputStream out) {
      this.out = out;
    }

    @Override
    void write(Item.Document in, OutputFormat.Rendered rendered) throws IOException {
      out.write(rendered.main().getBytes(StandardCharsets.UTF_8));
      if (out instanceof PrintStream && ((PrintStream) out).checkError()) {
        throw new IOException("cannot write to standard output (closed?); stopping");
      }
    }

    @Override
    long sync() throws IOException {
      out.flush();
      return 0;
    }

    @Override
    void finish() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** Output to one file, through {@code FILE.partial}. */
  static final class ToFile extends OutputSink {
    private final Path target;
    private final AppendFile partial;

    ToFile(Path target, long keepBytes) throws IOException {
      this.target = target;
      this.partial = new AppendFile(partialOf(target), keepBytes);
    }

    static Path partialOf(Path target) {
      return target.resolveSibling(target.getFileName() + ".partial");
    }

    @Override
    void write(Item.Document in, OutputFormat.Rendered rendered) throws IOException {
      partial.write(rendered.main());
    }

    @Override
    long sync() throws IOException {
      partial.sync();
      return partial.position();
    }

    @Override
    void finish() throws IOException {
      partial.sync();
      partial.close();
      moveAtomically(partial.path(), target);
    }

    @Override
    public void close() throws IOException {
      partial.close();
    }
  }

  /** brat output: {@code NAME.txt} and {@code NAME.ann} per document in a directory. */
  static final class ToDirectory extends OutputSink {
    private final Path dir;
    private final NameFingerprints used = new NameFingerprints();

    ToDirectory(Path dir) throws IOException {
      this.dir = Files.createDirectories(dir);
    }

    @Override
    void passed(Item item) {
      if (item instanceof Item.Document) {
        fileName((Item.Document) item);
      }
    }

    /**
     * A unique, portable file stem: the input's name in ASCII letters, digits, {@code .}, {@code
     * _} and {@code -} (accents dropped, anything else {@code _}), at most 120 characters, with
     * the document's position appended when an earlier document has the same stem ignoring
     * case. ASCII because a JVM started without a UTF-8 locale cannot name a file {@code
     * Élysée.txt}, and because case-insensitive or normalising file systems (macOS, Windows)
     * would otherwise put two documents on one file.
     */
    private String fileName(Item.Document in) {
      String base = Normalizer.normalize(in.name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
          .replace("\u0153", "oe").replace("\u0152", "OE").replace("\u00e6", "ae").replace("\u00c6", "AE")
          .replaceAll("[^A-Za-z0-9._-]", "_");
      if (base.isEmpty() || base.startsWith(".")) {
        base = "doc" + base;
      }
      if (base.length() > 120) {
        base = base.substring(0, 120);
      }
      String name = base;
      // the suffixed name may itself be a later or earlier document's name: try until it is free
      for (int k = 1; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
        name = base + "-" + in.seq() + (k == 1 ? "" : "-" + k);
      }
      return name;
    }

    @Override
    void write(Item.Document in, OutputFormat.Rendered rendered) throws IOException {
      String name = fileName(in);
      writeAtomically(dir.resolve(name + ".txt"), rendered.main());
      writeAtomically(dir.resolve(name + ".ann"), rendered.annotations());
    }

    private static void writeAtomically(Path file, String content) throws IOException {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      moveAtomically(tmp, file);
    }

    @Override
    long sync() {
      return 0;
    }

    @Override
    void finish() {}

    @Override
    public void close() {}
  }

  static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
