// SPDX-License-Identifier: Apache-2.0
package io.github.balise.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Universal Dependencies CoNLL-U file as running documents: {@code n} consecutive
 * sentences joined by one space, with the character spans of their gold surface tokens (a
 * multiword token such as {@code du} counts once) and sentences. Mirrors the project's {@code
 * make_tok_eval.py}, so that both score the same documents.
 */
public final class ConlluDocuments {

  /**
   * A document with its gold spans.
   *
   * @param id {@code <treebank>-<k>}, as make_tok_eval.py names it
   * @param text the joined sentences
   * @param tokens gold token spans, {@code {start, end}}
   * @param sentences gold sentence spans
   */
  public record Doc(String id, String text, List<int[]> tokens, List<int[]> sentences) {}

  private ConlluDocuments() {}

  /**
   * Reads a CoNLL-U file.
   *
   * @param file the file
   * @param sentencesPerDocument how many sentences make a document (make_tok_eval.py uses 20)
   * @return the documents
   * @throws IOException if the file cannot be read or a token is not found in its sentence text
   */
  public static List<Doc> read(Path file, int sentencesPerDocument) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> block = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          if (!block.isEmpty()) {
            blocks.add(block);
            block = new ArrayList<>();
          }
        } else {
          block.add(line);
        }
      }
      if (!block.isEmpty()) {
        blocks.add(block);
      }
    }
    String name = file.getFileName().toString();
    String prefix = name.contains("-ud-") ? name.substring(0, name.indexOf("-ud-")) : name;
    List<Doc> docs = new ArrayList<>();
    for (int k = 0; k < blocks.size(); k += sentencesPerDocument) {
      StringBuilder text = new StringBuilder();
      List<int[]> tokens = new ArrayList<>();
      List<int[]> sentences = new ArrayList<>();
      for (List<String> block : blocks.subList(k, Math.min(blocks.size(), k + sentencesPerDocument))) {
        if (text.length() > 0) {
          text.append(' ');
        }
        int base = text.length();
        String sentence = sentenceText(block, file);
        text.append(sentence);
        sentences.add(new int[] {base, base + sentence.length()});
        for (int[] t : tokenSpans(sentence, block, file)) {
          tokens.add(new int[] {base + t[0], base + t[1]});
        }
      }
      docs.add(new Doc(prefix + "-" + (k / sentencesPerDocument), text.toString(), tokens, sentences));
    }
    return docs;
  }

  private static String sentenceText(List<String> block, Path file) throws IOException {
    for (String l : block) {
      if (l.startsWith("# text")) {
        return l.substring(l.indexOf('=') + 1).strip();
      }
    }
    throw new IOException(file + ": sentence without '# text': " + block.get(0));
  }

  private static List<int[]> tokenSpans(String text, List<String> block, Path file) throws IOException {
    List<int[]> out = new ArrayList<>();
    int pos = 0;
    int skipUntil = 0;
    for (String l : block) {
      if (l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      String id = f[0];
      if (id.contains(".")) {
        continue; // empty nodes
      }
      if (id.contains("-")) {
        skipUntil = Integer.parseInt(id.substring(id.indexOf('-') + 1));
      } else if (Integer.parseInt(id) <= skipUntil) {
        continue; // a word inside a multiword token
      }
      int i = text.indexOf(f[1], pos);
      if (i < 0 || !text.substring(pos, i).isBlank()) {
        throw new IOException(file + ": token '" + f[1] + "' not found in: " + text);
      }
      out.add(new int[] {i, i + f[1].length()});
      pos = i + f[1].length();
    }
    return out;
  }
}
