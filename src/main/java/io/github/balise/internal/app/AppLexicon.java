// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.app;

import io.github.balise.internal.TabSeparatedLines;
import io.github.balise.Token;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon of apps: a token trie from every name and alias to its {@link AppEntry}.
 *
 * <p>File format (UTF-8), one entry a line, four TAB-separated fields: canonical name; aliases
 * separated by {@code |}, or {@code -}; kind; flags separated by {@code ,} ({@code common},
 * {@code person}, {@code company}, {@code orgfirst}), or {@code -}. Blank lines and lines starting
 * with {@code #} are skipped. The bundled {@code models/apps-fr.tsv} documents the fields in its
 * header.
 *
 * <p>Names are split with the document tokenizer and compared token by token, ignoring case
 * (accents count: list {@code Wikipédia} and {@code Wikipedia} both). Instances are immutable
 * after {@link Builder#build()} and thread-safe.
 */
final class AppLexicon {

  private static final Set<String> FLAGS = Set.of("common", "person", "company", "orgfirst");

  /** One node of the token trie. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    /** The entry a form ending here names, or null. */
    AppEntry entry;
    /** The forms ending here as written, their tokens joined by one space. */
    final Set<String> written = new HashSet<>(2);
  }

  private final Node root;
  private final int entryCount;

  private AppLexicon(Node root, int entryCount) {
    this.root = root;
    this.entryCount = entryCount;
  }

  /** Returns how many entries (canonical names) the lexicon holds. */
  int entryCount() {
    return entryCount;
  }

  /** Returns the trie's root; read-only after construction. */
  Node root() {
    return root;
  }

  /** Returns the key a token is looked up by: lower case, typographic apostrophe unified. */
  static String key(String tokenText) {
    return tokenText.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Collects entries from one or more lexicon files, checking each line. */
  static final class Builder {
    private final FrenchTokenizer tokenizer;
    private final Node root = new Node();
    /**
     * Form key (space-joined token keys) to where it is defined in the source being read, to
     * reject a name defined twice in one file; a later file redefines an earlier file's name.
     */
    private final Map<String, String> seen = new LinkedHashMap<>();
    private int entryCount;

    Builder(FrenchTokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    /**
     * Reads a lexicon.
     *
     * @param in the text, read to its end (not closed)
     * @param source the name given in error messages (a file path or resource name)
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming {@code source} and the line if a line is malformed
     */
    Builder read(Reader in, String source) throws IOException {
      seen.clear();
      TabSeparatedLines.read(in, source, "canonical, aliases, kind, flags", 4, this::add);
      return this;
    }

    private void add(String[] f, String where) {
      String canonical = f[0].strip();
      String kind = f[2].strip();
      if (canonical.isEmpty() || kind.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty canonical name or kind");
      }
      if (!kind.matches("[a-z][a-z-]*")) {
        throw new IllegalArgumentException(where + ": kind '" + kind + "' is not a lower-case word");
      }
      boolean common = false;
      boolean person = false;
      boolean company = false;
      boolean orgFirst = false;
      String flags = f[3].strip();
      if (!flags.equals("-")) {
        for (String flag : flags.split(",", -1)) {
          String fl = flag.strip();
          if (!FLAGS.contains(fl)) {
            throw new IllegalArgumentException(where + ": unknown flag '" + fl + "' (known: "
                + "common, person, company, orgfirst, or - for none)");
          }
          common |= fl.equals("common");
          person |= fl.equals("person");
          company |= fl.equals("company") || fl.equals("orgfirst");
          orgFirst |= fl.equals("orgfirst");
        }
      }
      AppEntry entry = new AppEntry(canonical, kind, common, person, company, orgFirst);
      addForm(canonical, entry, where);
      String aliases = f[1].strip();
      if (!aliases.equals("-")) {
        for (String alias : aliases.split("\\|", -1)) {
          if (alias.isBlank()) {
            throw new IllegalArgumentException(where + ": empty alias (write - for no alias)");
          }
          addForm(alias.strip(), entry, where);
        }
      }
      entryCount++;
    }

    private void addForm(String form, AppEntry entry, String where) {
      List<Token> tokens = tokenizer.tokenize(form);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException(where + ": a name has no word in it");
      }
      StringBuilder joined = new StringBuilder();
      StringBuilder exact = new StringBuilder();
      Node n = root;
      for (Token t : tokens) {
        String surface = form.substring(t.start(), t.end());
        String k = key(surface);
        joined.append(joined.length() == 0 ? "" : " ").append(k);
        exact.append(exact.length() == 0 ? "" : " ").append(surface);
        n = n.next.computeIfAbsent(k, x -> new Node());
      }
      String previous = seen.putIfAbsent(joined.toString(), where);
      if (previous != null && n.entry != entry) {
        throw new IllegalArgumentException(
            where + ": name '" + form + "' is already defined at " + previous);
      }
      if (n.entry != entry) {
        n.written.clear(); // redefined by a later file
      }
      n.entry = entry;
      n.written.add(exact.toString());
    }

    /** Returns the lexicon; this builder must not be used afterwards. */
    AppLexicon build() {
      return new AppLexicon(root, entryCount);
    }
  }
}
