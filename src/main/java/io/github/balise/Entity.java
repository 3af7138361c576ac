// SPDX-License-Identifier: Apache-2.0
package io.github.balise;

import java.util.Objects;
import java.util.Optional;

/**
 * One entity mention: a typed stretch of the document's text.
 *
 * <p>A mention starts and ends on token boundaries, never includes a leading article (except a
 * DATE, whose extent keeps its determiner as TimeML does) nor trailing punctuation, and never
 * overlaps another mention of the same document.
 *
 * <p>{@link #confidence()} is in [0, 1]. For {@link EntitySource#MODEL} it is the model's
 * probability for the span; for {@link EntitySource#LEXICON} and {@link EntitySource#RULE} it is
 * a fixed prior per rule, documented where the rule is defined. It orders candidates; it is not
 * a calibrated probability.
 *
 * <p>Instances are immutable.
 */
public final class Entity implements TextSpan {

  private final EntityType type;
  private final int start;
  private final int end;
  private final String text;
  private final double confidence;
  private final EntitySource source;
  private final String value;
  private final String canonical;

  /**
   * Creates a mention.
   *
   * @param type the entity type
   * @param start offset of the first character (UTF-16, inclusive)
   * @param end offset past the last character (UTF-16, exclusive)
   * @param text the covered text, {@code documentText.substring(start, end)}
   * @param confidence a score in [0, 1]
   * @param source what found it
   * @param value the normalised TimeML value of a DATE, or {@code null}
   * @param canonical the canonical name a lexicon knows for this mention, or {@code null}
   * @throws NullPointerException if {@code type}, {@code text} or {@code source} is null
   * @throws IllegalArgumentException if the offsets disagree with {@code text}, the confidence
   *     is outside [0, 1], or a value is given for a type other than DATE
   */
  public Entity(
      EntityType type,
      int start,
      int end,
      String text,
      double confidence,
      EntitySource source,
      String value,
      String canonical) {
    this.type = Objects.requireNonNull(type, "type");
    this.text = Objects.requireNonNull(text, "text");
    this.source = Objects.requireNonNull(source, "source");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets [" + start + ", " + end + ") do not fit text '" + text + "'");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
    }
    if (value != null && type != EntityType.DATE) {
      throw new IllegalArgumentException("only DATE mentions carry a value, not " + type);
    }
    this.start = start;
    this.end = end;
    this.confidence = confidence;
    this.value = value;
    this.canonical = canonical;
  }

  /** Creates a mention with no value and no canonical name. */
  public static Entity of(
      EntityType type, int start, String text, double confidence, EntitySource source) {
    return new Entity(type, start, start + text.length(), text, confidence, source, null, null);
  }

  /** Returns the entity type. */
  public EntityType type() {
    return type;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  /** Returns the covered text, equal to the document text between {@link #start()} and {@link #end()}. */
  public String text() {
    return text;
  }

  /** Returns the score in [0, 1]; see the class comment for what it means per source. */
  public double confidence() {
    return confidence;
  }

  /** Returns what found this mention. */
  public EntitySource source() {
    return source;
  }

  /**
   * Returns the normalised TimeML value of a DATE ({@code 2015-11-13}, {@code 2015-W46},
   * {@code 196X}, {@code PRESENT_REF}…). Empty for other types, and for a relative date when the
   * document has no reference date.
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the canonical name a lexicon knows for this mention ({@code WhatsApp} for {@code
   * whatsapp}), or empty.
   */
  public Optional<String> canonical() {
    return Optional.ofNullable(canonical);
  }

  /** Returns a copy of this mention with another type (and no DATE value unless it is DATE). */
  public Entity withType(EntityType newType) {
    return new Entity(
        newType, start, end, text, confidence, source,
        newType == EntityType.DATE ? value : null, canonical);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Entity)) {
      return false;
    }
    Entity e = (Entity) o;
    return type == e.type
        && start == e.start
        && end == e.end
        && Double.compare(confidence, e.confidence) == 0
        && source == e.source
        && text.equals(e.text)
        && Objects.equals(value, e.value)
        && Objects.equals(canonical, e.canonical);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, start, end, text, confidence, source, value, canonical);
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")'" + text + "'"
        + (value != null ? "=" + value : "")
        + (canonical != null ? "~" + canonical : "");
  }
}
