// SPDX-License-Identifier: Apache-2.0
package io.github.balise.internal.app;

import io.github.balise.AnnotatedDocument;
import io.github.balise.Entity;
import io.github.balise.EntitySource;
import io.github.balise.EntityType;
import io.github.balise.ModelLoadException;
import io.github.balise.Sentence;
import io.github.balise.Token;
import io.github.balise.internal.Resources;
import io.github.balise.internal.pipeline.Candidate;
import io.github.balise.internal.pipeline.MentionFinder;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The APP stage: names of apps and digital services from a lexicon, told apart from the
 * companies behind them by the words around them, plus unknown names right after a generic noun
 * ({@code l'application Kolorz}).
 *
 * <p>For each lexicon name, in order: the longest cue just before it ({@code sur}, {@code via},
 * {@code un compte}, {@code racheté par}, {@code la société}), then the longest cue just after
 * it ({@code a annoncé}, {@code est une application}), then a generic noun a few words before it
 * ({@code la messagerie cryptée}), then a cue carried over from the name it is coordinated with
 * ({@code sur X et Facebook}). A company cue counts only for a name the lexicon flags as also a
 * company. Without any cue, a name is APP, or ORG when the lexicon flags it as chiefly a company
 * ({@code Google}, {@code Uber}); an ordinary word or first name ({@code Signal}, {@code Lydia})
 * is not reported at all.
 *
 * <p>Candidates confirmed by a cue have {@link Candidate#RULE} priority, so they win over the
 * model's ORG guess on the same words; the others have {@link Candidate#LEXICON} priority, and
 * give way to a longer name the model found around them ({@code Google France}) or to a person
 * or place it is fairly sure of on the same words. A name glued to another capitalised word is part of a
 * longer name and not reported ({@code Bing Crosby}). Confidence is a
 * fixed prior: 0.9 with a cue, 0.8 for an unknown name after a generic noun, 0.7 for an APP
 * without cue, 0.6 for an ORG without cue.
 *
 * <p>Immutable and thread-safe.
 */
public final class AppFinder implements MentionFinder {

  /** Absolute classpath path of the bundled lexicon (the pom copies {@code models/} there). */
  static final String BUNDLED = "/io/github/balise/models/apps-fr.tsv";

  private static final double CUE_CONFIDENCE = 0.9;
  private static final double NEW_NAME_CONFIDENCE = 0.8;
  private static final double APP_DEFAULT_CONFIDENCE = 0.7;
  private static final double ORG_DEFAULT_CONFIDENCE = 0.6;
  /** The model confidence from which its PER or LOC on a lexicon name is believed. */
  private static final double MODEL_SURE = 0.5;
  /** How many words may stand between a generic noun and the name (cryptée, de rencontres). */
  private static final int HEAD_WINDOW = 3;
  /** The longest unknown name taken after a generic noun, in tokens. */
  private static final int NEW_NAME_TOKENS = 4;

  private static final Set<String> QUOTES = Set.of("«", "»", "\"", "“", "”", "„", "‹", "›");
  /** Words that end the run of adjectives between a generic noun and a name. */
  private static final Set<String> BREAKERS = Set.of(
      "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "a", "ai", "as", "ont",
      "est", "sont", "été", "était", "sera", "par", "sur", "et", "ou", "qui", "que", "qu'", "mais",
      "ne", "n'", "pas", "se", "s'", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces",
      "il", "elle", "ils", "elles", "on", "y", "en", "à", "pour", "avec", "dans", "via", "comme");
  /** Forms of avoir that build the past tense of a company's act. */
  private static final Set<String> AUXILIARIES = Set.of("a", "avait", "aurait", "aura");
  /** A past participle, roughly: the endings of French participles of more than two letters. */
  private static final Pattern PARTICIPLE =
      Pattern.compile("\\p{L}{2,}(é|i|u|is|it|ert|eint|aint|oint|ait)");
  /** Participles whose subject is the product rather than the company. */
  private static final Set<String> PRODUCT_VERBS = Set.of(
      "planté", "bugué", "buggé", "crashé", "dépassé", "atteint", "franchi", "séduit", "conquis",
      "explosé", "cartonné", "disparu", "fonctionné", "marché", "permis", "servi", "connu",
      "vécu", "fait");
  /** Tokens after which a capitalised word is capitalised for its position, not as a name. */
  private static final Set<String> OPENERS =
      Set.of("«", "\"", "“", "(", "[", "-", "–", "—", ":", ".", "!", "?", "…");
  /** Words between two coordinated names ({@code sur X et Facebook}). */
  private static final Set<String> COORDINATION = Set.of(",", "et", "ou", "ni", "/");

  private final AppLexicon lexicon;
  private final Cues before;
  private final Cues after;
  private final Cues heads;

  private AppFinder(AppLexicon lexicon, FrenchTokenizer tokenizer) {
    this.lexicon = lexicon;
    this.before = Cues.load("cues-before.txt", true, tokenizer);
    this.after = Cues.load("cues-after.txt", false, tokenizer);
    this.heads = Cues.loadHeads("heads.txt", tokenizer);
  }

  /**
   * Creates the stage with the bundled lexicon followed by user lexicons; a name a later lexicon
   * defines again takes that lexicon's entry.
   *
   * @param userLexicons user lexicons, in the order they were given
   * @throws ModelLoadException naming the file and line if a lexicon is malformed or unreadable
   */
  public static AppFinder create(List<LexiconSource> userLexicons) {
    Objects.requireNonNull(userLexicons, "userLexicons");
    FrenchTokenizer tokenizer = new FrenchTokenizer();
    AppLexicon.Builder b = new AppLexicon.Builder(tokenizer);
    String where = "bundled lexicon " + BUNDLED.substring(1);
    try (Reader r = Resources.strictUtf8(Resources.open(AppFinder.class, BUNDLED))) {
      b.read(r, BUNDLED.substring(1));
      for (LexiconSource source : userLexicons) {
        where = "app lexicon " + source.name();
        try (Reader in = source.open()) {
          b.read(in, source.name());
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException("cannot load " + where + ": " + e.getMessage(), e);
    }
    return new AppFinder(b.build(), tokenizer);
  }

  /**
   * A user lexicon: a file, read when the stage is created, or text already read.
   *
   * @param name what error messages call it (the file's path for a file)
   * @param file the file, or null for text
   * @param text the content, or null for a file
   */
  public record LexiconSource(String name, Path file, String text) {

    /** Checks that there is a name and exactly one of file and text. */
    public LexiconSource {
      Objects.requireNonNull(name, "name");
      if ((file == null) == (text == null)) {
        throw new IllegalArgumentException("a lexicon source is a file or a text");
      }
    }

    /** A lexicon file. */
    public static LexiconSource of(Path file) {
      return new LexiconSource(file.toString(), file, null);
    }

    /** A lexicon's text, with the name its errors cite. */
    public static LexiconSource of(String name, String text) {
      return new LexiconSource(name, null, Objects.requireNonNull(text, "text"));
    }

    Reader open() throws IOException {
      return new StringReader(file != null ? decode(Files.readAllBytes(file)) : text);
    }

    /** Decodes strict UTF-8 line by line, so that an error names its line. */
    private String decode(byte[] bytes) throws IOException {
      StringBuilder out = new StringBuilder(bytes.length);
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      int from = 0;
      for (int line = 1; from < bytes.length; line++) {
        int to = from;
        while (to < bytes.length && bytes[to] != '\n') {
          to++;
        }
        int next = Math.min(to + 1, bytes.length);
        try {
          out.append(decoder.decode(ByteBuffer.wrap(bytes, from, next - from)));
        } catch (CharacterCodingException e) {
          throw new IOException(name + ":" + line + ": not valid UTF-8", e);
        }
        from = next;
      }
      return out.toString();
    }
  }

  /** Returns how many entries the lexicon holds, bundled and user ones. */
  public int lexiconSize() {
    return lexicon.entryCount();
  }

  @Override
  public java.util.Set<io.github.balise.EntityType> produces() {
    return java.util.EnumSet.of(io.github.balise.EntityType.APP, io.github.balise.EntityType.ORG);
  }

  @Override
  public List<Candidate> find(AnnotatedDocument doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    Words w = new Words(doc);
    for (Sentence s : doc.sentences()) {
      findInSentence(w, s, found, out);
    }
    return out;
  }

  /** A document's tokens as written and as compared with the cue lists. */
  private static final class Words {
    final AnnotatedDocument doc;
    final List<Token> tokens;
    final List<String> written;
    final List<String> keys;

    Words(AnnotatedDocument doc) {
      this.doc = doc;
      this.tokens = doc.tokens();
      this.written = new ArrayList<>(tokens.size());
      this.keys = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        String text = doc.covered(t);
        written.add(text);
        keys.add(Cues.normalise(text));
      }
    }

    /** Whether nothing but spaces on one line separates tokens {@code a} and {@code a + 1}. */
    boolean sameLine(int a) {
      return doc.text().substring(tokens.get(a).end(), tokens.get(a + 1).start()).indexOf('\n') < 0;
    }

    Candidate candidate(EntityType type, int first, int end, double confidence,
        EntitySource source, String canonical, int priority) {
      int from = tokens.get(first).start();
      int to = tokens.get(end - 1).end();
      return new Candidate(new Entity(type, from, to, doc.text().substring(from, to), confidence,
          source, null, canonical), priority);
    }
  }

  /** What was decided for the last name of a sentence, to carry over to a coordinated one. */
  private record Decision(int endToken, EntityType type, boolean fromCue) {}

  private void findInSentence(Words w, Sentence s, List<Candidate> found, List<Candidate> out) {
    boolean[] covered = new boolean[s.endToken() - s.firstToken()];
    Decision last = null;
    int i = s.firstToken();
    while (i < s.endToken()) {
      Match m = match(w, i, s.endToken());
      if (m == null) {
        i++;
        continue;
      }
      for (int k = i; k < m.end; k++) {
        covered[k - s.firstToken()] = true;
      }
      if (!m.entry.isHardware() && !partOfLongerName(w, s, i, m.end)) {
        Decision d = decide(w, s, i, m, last, found, out);
        if (d != null) {
          last = d;
        }
      }
      i = m.end;
    }
    findNewNames(w, s, covered, out);
  }

  /**
   * A lexicon name over tokens [start, end).
   *
   * @param needsContext the entry is an ordinary word or first name and matched as one word
   *     ({@code Word}, not {@code Microsoft Word})
   */
  private record Match(int end, AppEntry entry, boolean needsContext) {}

  /** The longest lexicon name starting at token {@code i} whose case fits, or null. */
  private Match match(Words w, int i, int limit) {
    AppLexicon.Node n = lexicon.root();
    Match best = null;
    StringBuilder written = new StringBuilder();
    for (int j = i; j < limit; j++) {
      n = n.next.get(AppLexicon.key(w.written.get(j)));
      if (n == null) {
        break;
      }
      written.append(j == i ? "" : " ").append(w.written.get(j));
      if (n.entry != null && caseFits(n, written.toString(), j + 1 - i)) {
        best = new Match(j + 1, n.entry, n.entry.needsContext() && j == i);
      }
    }
    return best;
  }

  /**
   * Whether a name written so is taken: as listed, always; otherwise a name in lower case only
   * when it is one word and not an ordinary word ({@code whatsapp}, not {@code signal} nor {@code
   * google maps}), and an ordinary word only capitalised ({@code Signal}).
   */
  private static boolean caseFits(AppLexicon.Node n, String written, int tokenCount) {
    if (n.written.contains(written)) {
      return true;
    }
    boolean hasUpper = written.chars().anyMatch(Character::isUpperCase);
    if (!hasUpper) {
      return tokenCount == 1 && !n.entry.needsContext();
    }
    if (n.entry.needsContext() && tokenCount == 1) {
      return Character.isUpperCase(written.codePointAt(0));
    }
    return true;
  }

  private Decision decide(
      Words w, Sentence s, int start, Match m, Decision last, List<Candidate> found,
      List<Candidate> out) {
    AppEntry e = m.entry;
    Cues.Cue cue = contextCue(w, s, start, m.end, e);
    if (cue == null && last != null && coordinated(w.keys, last.endToken, start)
        && last.fromCue && (last.type == EntityType.APP || e.company())) {
      cue = new Cues.Cue(last.type, true);
    }
    // a bare preposition ("avec Lydia", "contre X") is not enough for an ordinary word
    boolean supported = cue != null && (cue.strong() || !(e.person() || (m.needsContext()
        && cue.type() == EntityType.ORG)));
    if (supported) {
      out.add(w.candidate(cue.type(), start, m.end, CUE_CONFIDENCE, EntitySource.LEXICON,
          e.canonical(), Candidate.RULE));
      return new Decision(m.end, cue.type(), true);
    }
    if (m.needsContext()) {
      return null;
    }
    EntityType type = e.orgFirst() ? EntityType.ORG : EntityType.APP;
    Token first = w.tokens.get(start);
    if (!insideOtherName(found, first.start(), w.tokens.get(m.end - 1).end(), m.end - start)) {
      out.add(w.candidate(type, start, m.end,
          e.orgFirst() ? ORG_DEFAULT_CONFIDENCE : APP_DEFAULT_CONFIDENCE, EntitySource.LEXICON,
          e.canonical(), Candidate.LEXICON));
    }
    return new Decision(m.end, type, false);
  }

  /** The cue that decides for a name over tokens [start, end), or null. */
  private Cues.Cue contextCue(Words w, Sentence s, int start, int end, AppEntry e) {
    List<String> keys = w.keys;
    int left = skipQuotes(keys, start - 1, -1, s.firstToken() - 1);
    Cues.Cue cue = left > s.firstToken() - 1 ? before.longest(keys, left, s.firstToken() - 1) : null;
    if (usable(cue, e)) {
      return cue;
    }
    // "l'application Citymapper indique…": the generic noun names the product outright
    if (headBefore(w, s, start) != null) {
      return new Cues.Cue(EntityType.APP, true);
    }
    int right = skipQuotes(keys, end, 1, s.endToken());
    cue = right < s.endToken() ? after.longest(keys, right, s.endToken()) : null;
    if (usable(cue, e)) {
      return cue;
    }
    if (e.company() && right < s.endToken() && actsInPastTense(w, right, s.endToken())) {
      // weak: "Lydia a pris le train" is about a person, "Signal a changé" about anything
      return new Cues.Cue(EntityType.ORG, false);
    }
    return null;
  }

  /**
   * Whether the words from {@code k} put the name before them as the subject of an active past
   * tense ({@code a relevé}, {@code aurait espionné}): the company acting, unless the verb is one
   * an app undergoes or does as a product ({@code a planté}, {@code a dépassé}).
   */
  private static boolean actsInPastTense(Words w, int k, int limit) {
    if (k + 1 >= limit || !AUXILIARIES.contains(w.keys.get(k))) {
      return false;
    }
    String verb = w.written.get(k + 1);
    return !verb.equals("été") && isLowerCaseWord(verb) && PARTICIPLE.matcher(verb).matches()
        && !PRODUCT_VERBS.contains(verb);
  }

  private static boolean usable(Cues.Cue cue, AppEntry e) {
    return cue != null && (cue.type() == EntityType.APP || e.company());
  }

  /**
   * The generic noun that introduces a name at token {@code start} ({@code l'application},
   * {@code la messagerie cryptée}), looking over at most {@link #HEAD_WINDOW} words; null if none.
   */
  private Cues.Cue headBefore(Words w, Sentence s, int start) {
    List<String> keys = w.keys;
    int limit = s.firstToken() - 1;
    int k = skipQuotes(keys, start - 1, -1, limit);
    for (int between = 0; between <= HEAD_WINDOW && k > limit; between++) {
      Cues.Cue head = heads.longest(keys, k, limit);
      if (head != null && isLowerCaseWord(w.written.get(k))) {
        return head; // "Messageries Maritimes" is a name, not a generic noun
      }
      String word = keys.get(k);
      boolean lastBeforeName = between == 0;
      if (BREAKERS.contains(word) || !isLowerCaseWord(w.written.get(k))
          || (lastBeforeName && word.equals("de"))) {
        return null;
      }
      k--;
    }
    return null;
  }

  /** Finds capitalised names the lexicon does not know right after a generic noun. */
  private void findNewNames(Words w, Sentence s, boolean[] covered, List<Candidate> out) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (covered[i - s.firstToken()] || !isNameWord(w.written.get(i))) {
        continue;
      }
      Cues.Cue head = headBefore(w, s, i);
      if (head == null || !head.strong()) {
        continue;
      }
      int end = i + 1;
      while (end < s.endToken() && end - i < NEW_NAME_TOKENS && !covered[end - s.firstToken()]
          && w.sameLine(end - 1) && continuesName(w.written.get(end))) {
        end++;
      }
      out.add(w.candidate(EntityType.APP, i, end, NEW_NAME_CONFIDENCE, EntitySource.RULE, null,
          Candidate.RULE));
      i = end - 1;
    }
  }

  /**
   * Whether the name over tokens [start, end) is glued to a capitalised word the lexicon does
   * not cover ({@code Bing Crosby}, {@code Giuseppe Siri}, {@code Twitter France}): part of
   * another name, not an app. The sentence's first word and a line break do not count.
   */
  private static boolean partOfLongerName(Words w, Sentence s, int start, int end) {
    String name = String.join(" ", w.written.subList(start, end));
    int before = start - 1;
    if (before >= s.firstToken() && !startsSentence(w, s, before) && w.sameLine(before)
        && isNameWord(w.written.get(before)) && !shouted(name, w.written.get(before))) {
      return true;
    }
    return end < s.endToken() && w.sameLine(end - 1) && isNameWord(w.written.get(end))
        && !shouted(name, w.written.get(end));
  }

  /** Whether token {@code k} begins the sentence, or a quotation or clause within it. */
  private static boolean startsSentence(Words w, Sentence s, int k) {
    return k == s.firstToken() || OPENERS.contains(w.written.get(k - 1));
  }

  /** Whether both are written in capitals, as a shouted title is ({@code SUR WHATSAPP CE SOIR}). */
  private static boolean shouted(String name, String neighbour) {
    return name.length() > 1 && isAllCaps(name) && isAllCaps(neighbour);
  }

  private static boolean isAllCaps(String w) {
    return w.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * A capitalised word, or one with a capital inside ({@code iCloud}); not an elided article
   * ({@code L'}).
   */
  private static boolean isNameWord(String w) {
    if (!Character.isLetterOrDigit(w.codePointAt(0)) || w.endsWith("'") || w.endsWith("’")) {
      return false;
    }
    return Character.isUpperCase(w.codePointAt(0))
        || (Character.isLetter(w.codePointAt(0)) && w.chars().anyMatch(Character::isUpperCase));
  }

  private static boolean continuesName(String w) {
    return isNameWord(w) || w.equals("+") || w.chars().allMatch(Character::isDigit);
  }

  private static boolean isLowerCaseWord(String w) {
    return w.codePoints().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'');
  }

  private static int skipQuotes(List<String> keys, int k, int step, int limit) {
    while (k != limit && QUOTES.contains(keys.get(k))) {
      k += step;
    }
    return k;
  }

  /** Whether the tokens between a name ending at {@code end} and one at {@code start} join them. */
  private static boolean coordinated(List<String> keys, int end, int start) {
    if (start - end < 1 || start - end > 2) {
      return false;
    }
    for (int k = end; k < start; k++) {
      if (!COORDINATION.contains(keys.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an earlier stage (the model) found another name around [from, to): a longer one
   * ({@code Google France}), or, with a confidence of at least {@link #MODEL_SURE}, a person or
   * place on the same single word ({@code Siri}, the cardinal); a name of several words ({@code
   * Google Photos}) is too specific to be a person's.
   */
  private static boolean insideOtherName(List<Candidate> found, int from, int to, int words) {
    for (Candidate c : found) {
      Entity e = c.entity();
      if (e.type() != EntityType.APP && e.type() != EntityType.DATE
          && e.start() <= from && e.end() >= to
          && (e.length() > to - from || (words == 1 && e.confidence() >= MODEL_SURE
              && (e.type() == EntityType.PER || e.type() == EntityType.LOC)))) {
        return true;
      }
    }
    return false;
  }
}
