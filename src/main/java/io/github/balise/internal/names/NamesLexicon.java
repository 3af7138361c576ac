// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.names;

import io.github.balise.internal.TabSeparatedLines;
import io.github.balise.EntityType;
import io.github.balise.Token;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known names as a trie of token keys, read from files in the format of {@code
 * models/names-fr.tsv}.
 *
 * <p>File format (UTF-8), one entry a line, four TAB-separated fields: name; aliases, {@code
 * |}-separated, or {@code -}; type, {@code ORG} or {@code LOC}; flags, {@code ,}-separated
 * ({@code case}), or {@code -}. Blank lines and lines starting with {@code #} are skipped. Each
 * form is split with the document tokenizer, so that names match on whole tokens.
 *
 * <p>Immutable once built, so thread-safe.
 */
final class NamesLexicon {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> FLAGS = Set.of("case");

  /**
   * A name with its type.
   *
   * @param canonical the entry's first field
   * @param type ORG or LOC
   * @param exactCase whether a form matches only as written in the file
   */
  record Entry(String canonical, EntityType type, boolean exactCase) {}

  /**
   * One listed form ending at a trie node.
   *
   * @param entry the entry the form belongs to
   * @param written the form's tokens as listed, joined by single spaces
   */
  record Form(Entry entry, String written) {}

  /** A trie node: the forms ending here and the next token keys. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Form> forms = new ArrayList<>();
  }

  private final Node root;
  private final int entryCount;

  private NamesLexicon(Node root, int entryCount) {
    this.root = root;
    this.entryCount = entryCount;
  }

  Node root() {
    return root;
  }

  int entryCount() {
    return entryCount;
  }

  /**
   * The key a token is looked up by: lower case, without accents, typographic apostrophe
   * unified, so that {@code Etat}, {@code État} and {@code ÉTAT} meet.
   */
  static String key(String tokenText) {
    if (isAscii(tokenText)) { // most tokens: nothing to decompose, no marks, no ’
      return tokenText.toLowerCase(Locale.ROOT);
    }
    String folded = MARKS.matcher(Normalizer.normalize(tokenText, Normalizer.Form.NFD))
        .replaceAll("");
    return folded.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Collects entries from lexicon files, checking each line. */
  static final class Builder {
    private final FrenchTokenizer tokenizer;
    private final Node root = new Node();
    /** Where each form was defined, by its key (or, for exact-case forms, its spelling). */
    private final Map<String, String> definedAt = new HashMap<>();
    /** The entry each form belongs to, by the same key. */
    private final Map<String, Entry> definedBy = new HashMap<>();
    private int entries;

    Builder(FrenchTokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    /**
     * Reads one lexicon.
     *
     * @param source what messages call the file
     * @throws IllegalArgumentException naming {@code source} and the line if a line is malformed
     */
    Builder read(Reader in, String source) throws IOException {
      TabSeparatedLines.read(in, source, "name, aliases, type, flags", 4, this::add);
      return this;
    }

    private void add(String[] f, String where) {
      String name = f[0].strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty name");
      }
      EntityType type = switch (f[2].strip()) {
        case "ORG" -> EntityType.ORG;
        case "LOC" -> EntityType.LOC;
        default -> throw new IllegalArgumentException(
            where + ": type '" + f[2].strip() + "' is not ORG or LOC");
      };
      boolean exactCase = false;
      if (!f[3].strip().equals("-")) {
        for (String flag : f[3].split(",", -1)) {
          if (!FLAGS.contains(flag.strip())) {
            throw new IllegalArgumentException(
                where + ": unknown flag '" + flag.strip() + "' (known: case, or - for none)");
          }
          exactCase = true;
        }
      }
      Entry entry = new Entry(name, type, exactCase);
      addForm(name, entry, where);
      if (!f[1].strip().equals("-")) {
        for (String alias : f[1].split("\\|", -1)) {
          if (alias.isBlank()) {
            throw new IllegalArgumentException(where + ": empty alias (write - for no alias)");
          }
          addForm(alias.strip(), entry, where);
        }
      }
      entries++;
    }

    private void addForm(String form, Entry entry, String where) {
      List<Token> tokens = tokenizer.tokenize(form);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException(where + ": a name has no word in it");
      }
      List<String> written = new ArrayList<>(tokens.size());
      Node n = root;
      StringBuilder key = new StringBuilder();
      for (Token t : tokens) {
        String word = form.substring(t.start(), t.end());
        written.add(word);
        String k = key(word);
        key.append(' ').append(k);
        n = n.next.computeIfAbsent(k, x -> new Node());
      }
      String spelling = String.join(" ", written);
      String id = entry.exactCase() ? "=" + spelling : "~" + key;
      Entry owner = definedBy.putIfAbsent(id, entry);
      if (owner == entry) {
        return; // a spelling variant the matching already covers (Etat, État)
      }
      String earlier = definedAt.putIfAbsent(id, where);
      if (earlier != null) {
        throw new IllegalArgumentException(
            where + ": '" + form + "' is already listed at " + earlier);
      }
      n.forms.add(new Form(entry, spelling));
    }

    NamesLexicon build() {
      return new NamesLexicon(root, entries);
    }
  }
}
