// SPDX-License-Identifier: Apache-2.0
package io.github.balise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.balise.AnnotatedDocument;
import io.github.balise.Balise;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code balise tag}: tags documents and writes one JSON object per document and line. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Tags French documents; writes one JSON object per document and line, in input"
        + " order, on standard output.")
final class TagCommand implements Callable<Integer> {

  /** How input is cut into documents. */
  enum InputFormat { text, jsonl }

  @ParentCommand private BaliseCommand parent;

  @Mixin private ModelOptions models;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Input files; none or '-' reads standard input.")
  private List<String> files;

  @Option(names = "--input", defaultValue = "text",
      description = "text: one document per file (standard input: the whole stream);"
          + " jsonl: one {\"id\", \"text\", \"dct\"?} object per line. Default: ${DEFAULT-VALUE}.")
  private InputFormat input;

  @Option(names = "--dct", paramLabel = "DATE",
      description = "Reference date (YYYY-MM-DD) for every document that has none of its own.")
  private LocalDate dct;

  private int failures;

  @Override
  public Integer call() throws Exception {
    Balise balise = models.apply(Balise.builder()).build();
    List<String> sources = files == null || files.isEmpty() ? List.of("-") : files;
    for (String source : sources) {
      byte[] bytes;
      try {
        bytes = read(source);
      } catch (IOException e) {
        fail(source, "cannot read: " + e.getMessage());
        continue;
      }
      String name = source.equals("-") ? "stdin" : source;
      if (input == InputFormat.text) {
        try {
          String text = Utf8.decode(bytes, 0, bytes.length, 0);
          emit(name, annotate(balise, text, dct), null);
        } catch (Utf8.MalformedException e) {
          fail(name, e.getMessage());
        }
      } else {
        tagLines(balise, name, bytes);
      }
    }
    parent.out.flush();
    return failures == 0 ? 0 : BaliseCommand.SOME_FAILED;
  }

  private void tagLines(Balise balise, String name, byte[] bytes) {
    int lineNumber = 0;
    int from = 0;
    while (from < bytes.length) {
      int to = from;
      while (to < bytes.length && bytes[to] != '\n') {
        to++;
      }
      lineNumber++;
      String where = name + ":" + lineNumber;
      try {
        String line = Utf8.decode(bytes, from, to, from);
        if (!line.isBlank()) {
          JsonNode n = DocumentJson.MAPPER.readTree(line);
          JsonNode text = n.get("text");
          if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("no \"text\" string");
          }
          String id = n.hasNonNull("id") ? n.get("id").asText() : where;
          LocalDate date = n.hasNonNull("dct") ? LocalDate.parse(n.get("dct").asText()) : dct;
          emit(id, annotate(balise, text.asText(), date), n);
        }
      } catch (Utf8.MalformedException e) {
        fail(where, e.getMessage() + " of the file");
      } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
        fail(where, "malformed JSON line: " + e.getMessage().lines().findFirst().orElse(""));
      }
      from = to + 1;
    }
  }

  private static AnnotatedDocument annotate(Balise balise, String text, LocalDate date) {
    return date == null ? balise.annotate(text) : balise.annotate(text, date);
  }

  private void emit(String id, AnnotatedDocument doc, JsonNode extra) {
    parent.out.println(DocumentJson.toJson(id, doc, extra, DocumentJson.Fields.ALL));
  }

  private void fail(String where, String message) {
    failures++;
    parent.err.println("balise: " + where + ": " + message);
  }

  private byte[] read(String source) throws IOException {
    if (source.equals("-")) {
      InputStream in = parent.in;
      return in.readAllBytes();
    }
    return Files.readAllBytes(Path.of(source));
  }

}
