// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The documents of a batch, as a lazy, deterministic stream of {@link Item}s: files in the order
 * given, directories walked recursively in sorted path order, standard input for {@code -}.
 * Reading never stops at bad input: it becomes an {@link Item.Failure} and the stream goes on.
 */
public final class Inputs implements Iterator<Item>, AutoCloseable {

  /** Reads one JSON value per line; anything after it on the line makes the line malformed. */
  private static final ObjectReader READER = new ObjectMapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** What a document may take as UTF-8 bytes at most for {@code maxChars} characters. */
  private static final int BYTES_PER_CHAR = 4;
  /** The largest byte array the JVM can allocate, give or take its header. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final List<String> sources;
  private final InputFormat format;
  private final LocalDate defaultDct;
  private final int maxChars;
  private final InputStream stdin;

  private int sourceIndex;
  private String currentName;
  private InputStream currentStream;
  private ByteLines currentLines;
  private long currentLine;
  private long seq;
  private Item next;

  /**
   * Lists the inputs; directories are expanded now (sorted), files are read lazily.
   *
   * @param arguments files, directories or {@code -}
   * @param glob a glob that files found in directories must match (e.g. {@code **.txt}), or null
   * @param format how files are cut into documents
   * @param defaultDct reference date for documents without their own, or null
   * @param maxChars documents longer than this are failures
   * @param stdin standard input
   * @throws IOException if a directory cannot be walked or an argument does not exist
   */
  public Inputs(List<String> arguments, String glob, InputFormat format, LocalDate defaultDct,
      int maxChars, InputStream stdin) throws IOException {
    this(arguments, glob, format, defaultDct, maxChars, stdin, List.of());
  }

  /**
   * Lists the inputs, leaving out of directory walks the files under {@code exclude}: the run's
   * own output, partial output, journal and errors file, when they are inside an input
   * directory (they are not documents, and they would change the sources a resume checks).
   *
   * @param exclude files or directories that walks skip; files named as arguments are kept
   */
  public Inputs(List<String> arguments, String glob, InputFormat format, LocalDate defaultDct,
      int maxChars, InputStream stdin, List<Path> exclude) throws IOException {
    List<Path> skip = new ArrayList<>();
    for (Path p : exclude) {
      skip.add(p.toAbsolutePath().normalize());
    }
    this.sources = expand(arguments, glob, skip);
    this.format = format;
    this.defaultDct = defaultDct;
    this.maxChars = maxChars;
    this.stdin = stdin;
  }

  /** Returns the expanded list of sources, in reading order. */
  public List<String> sources() {
    return sources;
  }

  /**
   * Returns the sources with their sizes ({@code path=bytes}), for the resume journal: a file
   * that grew or shrank since the run began cannot be resumed, its counts would be wrong.
   * Standard input cannot be checked; it must give the same data again.
   */
  public List<String> sourcesWithSizes() {
    List<String> out = new ArrayList<>(sources.size());
    for (String s : sources) {
      String size = "?";
      if (!s.equals("-")) {
        try {
          size = Long.toString(Files.size(Path.of(s)));
        } catch (IOException e) {
          // unreadable: reported when it is read
        }
      }
      out.add(s.equals("-") ? s : s + "=" + size);
    }
    return out;
  }

  /**
   * Returns the total size of the sources in bytes, or 0 when it is unknown: standard input is
   * among them, and its size cannot be known before it is read.
   */
  public long totalBytes() {
    if (sources.contains("-")) {
      return 0;
    }
    long total = 0;
    for (String s : sources) {
      try {
        total += Files.size(Path.of(s));
      } catch (IOException e) {
        // reported when it is read
      }
    }
    return total;
  }

  private static List<String> expand(List<String> arguments, String glob, List<Path> skip) throws IOException {
    PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<String> out = new ArrayList<>();
    for (String a : arguments) {
      if (a.equals("-")) {
        out.add(a);
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> matcher == null || matcher.matches(p.relativize(f)) || matcher.matches(f.getFileName()))
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> skip.stream().noneMatch(f.toAbsolutePath().normalize()::startsWith))
              .sorted()
              .forEach(f -> out.add(f.toString()));
        }
      } else if (Files.exists(p)) {
        out.add(a);
      } else {
        throw new IOException("no such file or directory: " + a);
      }
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  private Item advance() throws IOException {
    while (true) {
      if (currentLines != null) {
        Item item = nextLine();
        if (item != null) {
          return item;
        }
        closeCurrent();
      }
      if (sourceIndex >= sources.size()) {
        return null;
      }
      String source = sources.get(sourceIndex++);
      currentName = source.equals("-") ? "stdin" : source;
      if (format == InputFormat.text) {
        return wholeFile(source);
      }
      try {
        currentStream = source.equals("-") ? stdin : new BufferedInputStream(Files.newInputStream(Path.of(source)));
      } catch (IOException e) {
        return new Item.Failure(seq++, currentName, "cannot read: " + e.getMessage(), 0);
      }
      currentLines = new ByteLines(currentStream, maxBytes());
      currentLine = 0;
    }
  }

  /**
   * The bytes a document of {@code maxChars} characters may take, capped to what one array
   * holds: a longer document fails without being read whole.
   */
  private int maxBytes() {
    return (int) Math.min((long) maxChars * BYTES_PER_CHAR, MAX_ARRAY);
  }

  private Item wholeFile(String source) {
    String name = stem(currentName);
    try {
      byte[] bytes;
      if (source.equals("-")) {
        // one byte more than allowed says that it is too long; the rest is not read at all
        bytes = stdin.readNBytes(maxBytes() + 1);
        if (bytes.length > maxBytes()) {
          return new Item.Failure(seq++, currentName, "longer than --max-chars " + maxChars, bytes.length);
        }
      } else {
        Path p = Path.of(source);
        long size = Files.size(p);
        if (size > maxBytes()) {
          return new Item.Failure(seq++, currentName, "longer than --max-chars " + maxChars, size);
        }
        bytes = Files.readAllBytes(p);
      }
      String text = Utf8.decode(bytes, 0, bytes.length, 0);
      if (text.length() > maxChars) {
        return new Item.Failure(seq++, currentName, "longer than --max-chars " + maxChars, bytes.length);
      }
      return new Item.Document(seq++, currentName, currentName, name, text, defaultDct, null, bytes.length);
    } catch (Utf8.MalformedException e) {
      return new Item.Failure(seq++, currentName, e.getMessage(), 0);
    } catch (IOException e) {
      return new Item.Failure(seq++, currentName, "cannot read: " + e.getMessage(), 0);
    }
  }

  private Item nextLine() throws IOException {
    while (true) {
      ByteLines.Line line;
      try {
        line = currentLines.next();
      } catch (IOException e) {
        // the rest of this source is lost: report it once and go to the next source, rather
        // than reading again a stream that fails for good
        Item failure = new Item.Failure(seq++, currentName + ":" + (currentLine + 1), "cannot read: " + e.getMessage(), 0);
        try {
          closeCurrent();
        } catch (IOException ignored) {
          // it failed already; the failure above says so
        }
        return failure;
      }
      if (line == null) {
        return null;
      }
      currentLine++;
      String where = currentName + ":" + currentLine;
      if (line.bytes() == null) {
        return new Item.Failure(seq++, where, "line longer than --max-chars " + maxChars, line.totalBytes());
      }
      String text;
      try {
        text = Utf8.decode(line.bytes(), 0, line.length(), line.offset());
      } catch (Utf8.MalformedException e) {
        return new Item.Failure(seq++, where, e.getMessage() + " of the file", line.totalBytes());
      }
      if (text.isBlank()) {
        continue;
      }
      if (format == InputFormat.lines) {
        if (text.length() > maxChars) {
          return new Item.Failure(seq++, where, "longer than --max-chars " + maxChars, line.totalBytes());
        }
        return new Item.Document(seq++, where, where, stem(currentName) + "-" + currentLine, text,
            defaultDct, null, line.totalBytes());
      }
      return parseJson(text, where, line.totalBytes());
    }
  }

  private Item parseJson(String line, String where, long bytes) {
    JsonNode n;
    try {
      n = READER.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      return new Item.Failure(seq++, where, "malformed JSON: " + (msg == null ? "" : msg.lines().findFirst().orElse("")), bytes);
    }
    if (!(n instanceof ObjectNode)) {
      return new Item.Failure(seq++, where, "not a JSON object", bytes);
    }
    JsonNode textNode = n.get("text");
    if (textNode == null || !textNode.isTextual()) {
      return new Item.Failure(seq++, where, "no \"text\" string", bytes);
    }
    String text = textNode.asText();
    if (text.length() > maxChars) {
      return new Item.Failure(seq++, where, "longer than --max-chars " + maxChars, bytes);
    }
    LocalDate dct = defaultDct;
    if (n.hasNonNull("dct")) {
      try {
        dct = LocalDate.parse(n.get("dct").asText());
      } catch (DateTimeParseException e) {
        return new Item.Failure(seq++, where, "\"dct\" is not a YYYY-MM-DD date: " + n.get("dct"), bytes);
      }
    }
    String id = n.hasNonNull("id") ? n.get("id").asText() : where;
    return new Item.Document(seq++, id, where, id, text, dct, (ObjectNode) n, bytes);
  }

  private static String stem(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private void closeCurrent() throws IOException {
    if (currentStream != null && currentStream != stdin) {
      currentStream.close();
    }
    currentStream = null;
    currentLines = null;
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }
}
