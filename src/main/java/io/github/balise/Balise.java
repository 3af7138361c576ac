// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import io.github.balise.internal.app.AppFinder;
import io.github.balise.internal.date.DateFinder;
import io.github.balise.internal.names.NamesFinder;
import io.github.balise.internal.ner.NameFinderStage;
import io.github.balise.internal.ner.NestedPlaces;
import io.github.balise.internal.pipeline.Candidate;
import io.github.balise.internal.pipeline.MentionFinder;
import io.github.balise.internal.pipeline.OverlapResolver;
import io.github.balise.internal.text.FrenchSentenceSplitter;
import io.github.balise.internal.text.FrenchTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds named entities in French text: the one entry object of the library.
 *
 * <pre>{@code
 * Balise balise = Balise.french();            // loads the bundled models, once
 * AnnotatedDocument doc = balise.annotate(
 *     "Daesh demande à ses partisans d'arrêter d'utiliser WhatsApp.", LocalDate.of(2016, 5, 2));
 * for (Entity e : doc.entities()) {
 *   System.out.println(e.type() + " " + e.text() + " " + e.value().orElse(""));
 * }
 * }</pre>
 *
 * <p>The pipeline runs in a fixed order: tokenize, split sentences, find mentions (model,
 * lexicons, grammars), resolve overlaps, build the {@link AnnotatedDocument}.
 *
 * <p>Instances are immutable and thread-safe: build one and share it between any number of
 * threads. {@code annotate} does no I/O and keeps nothing from one document to the next.
 */
public final class Balise {

  private final FrenchTokenizer tokenizer;
  private final FrenchSentenceSplitter splitter;
  private final List<MentionFinder> finders;
  private final OverlapResolver resolver;
  private final Set<EntityType> types;
  /** Null unless places nested in other names are asked for. */
  private final NestedPlaces nestedPlaces;

  private Balise(Builder b) {
    this.tokenizer = new FrenchTokenizer();
    this.splitter = new FrenchSentenceSplitter();
    this.resolver = new OverlapResolver();
    this.types = EnumSet.copyOf(b.types);
    List<MentionFinder> wanted = new ArrayList<>();
    NestedPlaces nested = null;
    for (MentionFinder f : b.finders()) {
      if (!java.util.Collections.disjoint(f.produces(), types)) {
        wanted.add(f);
      }
      if (b.nestedPlaces && types.contains(EntityType.LOC) && f instanceof NameFinderStage) {
        nested = ((NameFinderStage) f).nestedPlaces();
      }
    }
    this.finders = List.copyOf(wanted);
    this.nestedPlaces = nested;
  }

  /**
   * Returns a tagger with the bundled French models and default settings.
   *
   * @throws ModelLoadException if a bundled model cannot be read
   */
  public static Balise french() {
    return builder().build();
  }

  /** Returns a builder, to choose the entity types, the model variant and extra lexicons. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Annotates a text without a reference date: relative dates ({@code hier}, {@code lundi}) are
   * found but have no value.
   *
   * @param text the text; it is never altered and every offset refers to it
   * @return the annotated document, possibly with no sentence at all (empty text)
   * @throws NullPointerException if {@code text} is null
   */
  public AnnotatedDocument annotate(String text) {
    Objects.requireNonNull(text, "text");
    return run(text, null);
  }

  /**
   * Annotates a text, resolving relative dates against a reference date (usually the date the
   * text was written).
   *
   * @param text the text; it is never altered and every offset refers to it
   * @param referenceDate the date {@code hier}, {@code lundi prochain}… are counted from
   * @return the annotated document
   * @throws NullPointerException if {@code text} or {@code referenceDate} is null
   */
  public AnnotatedDocument annotate(String text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    return run(text, referenceDate);
  }

  /** Returns the entity types this instance reports. */
  public Set<EntityType> types() {
    return EnumSet.copyOf(types);
  }

  private AnnotatedDocument run(String text, LocalDate referenceDate) {
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = splitter.split(text, tokens);
    Optional<LocalDate> date = Optional.ofNullable(referenceDate);
    AnnotatedDocument bare = new AnnotatedDocument(text, sentences, tokens, List.of(), date);
    if (finders.isEmpty()) {
      return bare;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (MentionFinder finder : finders) {
      candidates.removeAll(finder.rejected(bare, List.copyOf(candidates)));
      candidates.addAll(finder.find(bare, List.copyOf(candidates)));
    }
    candidates.removeIf(c -> !types.contains(c.entity().type()));
    List<Entity> entities = resolver.resolve(candidates);
    if (nestedPlaces != null) {
      entities = withNested(entities, nestedPlaces.find(bare, entities));
    }
    return new AnnotatedDocument(text, sentences, tokens, entities, date);
  }

  /** Merges nested mentions into the flat list: by start, the longer (outer) one first. */
  private static List<Entity> withNested(List<Entity> flat, List<Entity> nested) {
    if (nested.isEmpty()) {
      return flat;
    }
    List<Entity> all = new ArrayList<>(flat);
    all.addAll(nested);
    all.sort(java.util.Comparator.comparingInt(Entity::start).thenComparingInt(e -> -e.end()));
    return all;
  }

  /**
   * Configures a {@link Balise}. Not thread-safe; {@link #build()} checks every setting and
   * loads the models.
   */
  public static final class Builder {

    private final Set<EntityType> types = EnumSet.of(EntityType.ORG, EntityType.LOC,
        EntityType.APP, EntityType.DATE);

    private final List<AppFinder.LexiconSource> appLexicons = new ArrayList<>();
    private NerModel nerModel = NerModel.COMMERCIAL;
    private Path nerModelFile;
    private boolean nestedPlaces;

    private Builder() {}

    /**
     * Chooses the bundled name finder model (default {@link NerModel#COMMERCIAL}, whose training
     * data allows commercial use; see {@link NerModel} for the licences).
     *
     * @param model the model
     * @return this builder
     * @throws NullPointerException if {@code model} is null
     */
    public Builder nerModel(NerModel model) {
      this.nerModel = Objects.requireNonNull(model, "model");
      this.nerModelFile = null;
      return this;
    }

    /**
     * Uses a name finder model file instead of a bundled one: an OpenNLP 2.5 {@code
     * TokenNameFinderModel} with types ORG, LOC, PER (others are ignored), such as one written
     * by {@code balise train}.
     *
     * @param modelFile the {@code .bin} file, read by {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code modelFile} is null
     */
    public Builder nerModel(Path modelFile) {
      this.nerModelFile = Objects.requireNonNull(modelFile, "modelFile");
      return this;
    }

    /**
     * Adds a lexicon of apps and digital services to the bundled one ({@code models/apps-fr.tsv}
     * in the sources). The file is read, and checked line by line, by {@link #build()}.
     *
     * <p>Format: UTF-8, one entry a line, four TAB-separated fields; blank lines and lines
     * starting with {@code #} are skipped:
     *
     * <pre>
     * # canonical  aliases (| between, - for none)  kind  flags (, between, - for none)
     * Kolorz      Kolorz App|KolorzApp              game  -
     * Signal      -                                 messaging  common,company
     * </pre>
     *
     * <p>The canonical name is what {@link Entity#canonical()} reports; names and aliases are
     * matched on whole tokens, ignoring case but not accents. The kind is a lower-case word
     * ({@code messaging}, {@code social}, {@code game}…; {@code hardware} marks a device, which
     * is never reported but stops a shorter app name inside it from matching). Flags: {@code
     * common} — also an ordinary word, reported only capitalised and with supporting context
     * ({@code sur Signal}); {@code person} — also a first name, reported only with more than a
     * bare preposition ({@code payer avec Lydia}); {@code company} — also a company, ORG where
     * the context says so ({@code Facebook a annoncé}); {@code orgfirst} — chiefly a company, ORG
     * unless the context says app ({@code sur Google}). A name defined again in a later lexicon
     * replaces the earlier entry (lexicons are read in the order they were added, after the
     * bundled one); twice in one file is an error.
     *
     * @param file a lexicon file
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder addAppLexicon(Path file) {
      appLexicons.add(AppFinder.LexiconSource.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a lexicon of apps given as text, in the format of {@link #addAppLexicon(Path)}. The
     * reader is read to its end now (and not closed); the content is checked by {@link #build()}.
     *
     * @param lexicon the lexicon's text
     * @param name what error messages call it (a file name, a URL…)
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the reader fails
     */
    public Builder addAppLexicon(Reader lexicon, String name) {
      Objects.requireNonNull(lexicon, "lexicon");
      Objects.requireNonNull(name, "name");
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      try {
        for (int n; (n = lexicon.read(buffer)) >= 0; ) {
          text.append(buffer, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read app lexicon " + name, e);
      }
      appLexicons.add(AppFinder.LexiconSource.of(name, text.toString()));
      return this;
    }

    /**
     * Also reports the places named inside organisation and place names, as LOC mentions nested
     * in them: {@code Paris} in {@code mairie de Paris}, {@code Algérie} in {@code Banque
     * nationale d'Algérie}, {@code Belfort} in {@code Territoire de Belfort}. This is how the
     * Sequoia corpus annotates; most other corpora (WikiNEuRal, HIPE-2020) and most applications
     * want one mention per word, hence off by default.
     *
     * <p>A nested place is found when the name finder's lexicons know it (country names, large
     * cities and regions; for {@link NerModel#NON_COMMERCIAL}, also the places of its training
     * data) and it follows {@code de}, {@code d'}, {@code du} or {@code des}. It comes right
     * after the mention it lies in, in {@link AnnotatedDocument#entities()}; see there. Needs
     * LOC among the {@linkplain #types reported types}.
     *
     * @param nested whether to report nested places
     * @return this builder
     */
    public Builder nestedPlaces(boolean nested) {
      this.nestedPlaces = nested;
      return this;
    }

    /**
     * Sets the entity types to report (default: ORG, LOC, APP, DATE; PER on request).
     *
     * @param first a type
     * @param more further types
     * @return this builder
     * @throws NullPointerException if a type is null
     */
    public Builder types(EntityType first, EntityType... more) {
      Objects.requireNonNull(first, "first");
      types.clear();
      types.add(first);
      for (EntityType t : more) {
        types.add(Objects.requireNonNull(t, "types"));
      }
      return this;
    }

    /**
     * Sets the entity types to report.
     *
     * @param reported the types; not empty
     * @return this builder
     * @throws IllegalArgumentException if {@code reported} is empty
     */
    public Builder types(Set<EntityType> reported) {
      Objects.requireNonNull(reported, "reported");
      if (reported.isEmpty()) {
        throw new IllegalArgumentException("types must not be empty");
      }
      types.clear();
      types.addAll(reported);
      return this;
    }

    private List<MentionFinder> finders() {
      List<MentionFinder> out = new ArrayList<>();
      // stages are built only for the types asked for: a DATE-only tagger loads no model
      if (types.contains(EntityType.ORG) || types.contains(EntityType.LOC)
          || types.contains(EntityType.PER) || types.contains(EntityType.APP)) {
        // APP reads the model's ORG, LOC and PER guesses as context
        out.add(nerModelFile != null
            ? NameFinderStage.fromFile(nerModelFile) : NameFinderStage.bundled(nerModel.fileName()));
      }
      if (types.contains(EntityType.ORG) || types.contains(EntityType.LOC)) {
        out.add(NamesFinder.bundled()); // known names outrank the model's guess
      }
      if (types.contains(EntityType.DATE)) {
        out.add(new DateFinder());
      }
      if (types.contains(EntityType.APP) || types.contains(EntityType.ORG)) {
        out.add(AppFinder.create(appLexicons));
      }
      return out;
    }

    /**
     * Builds the tagger, loading the models it needs.
     *
     * @return a new tagger
     * @throws ModelLoadException if a model cannot be read, or a lexicon cannot be read or has a
     *     malformed line (the message names the file and the line)
     */
    public Balise build() {
      return new Balise(this);
    }
  }
}
