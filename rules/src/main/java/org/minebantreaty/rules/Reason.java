package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Objects;

/**
 * One step in a finding's explanation: what it says, as a {@link Phrase} (a code and its arguments),
 * and the source it rests on. Rendered in English: "The Convention entered into force for Greece on 1
 * March 2004, the first day of the sixth month after its instrument of ratification was deposited on
 * 25 September 2003" — Art. 17(2).
 */
public final class Reason {

  private final Phrase phrase;
  private final Citation citation;

  private Reason(Phrase phrase, Citation citation) {
    this.phrase = requireNonNull(phrase, "phrase");
    this.citation = requireNonNull(citation, "citation");
  }

  /**
   * Returns a reason saying {@code phrase}, resting on {@code citation}.
   *
   * @param phrase what the reason says
   * @param citation the source it rests on
   * @return the reason
   */
  public static Reason of(Phrase phrase, Citation citation) {
    return new Reason(phrase, citation);
  }

  /**
   * Returns what the reason says, as data.
   *
   * @return what the reason says, as a phrase
   */
  public Phrase phrase() {
    return phrase;
  }

  /**
   * Returns the code of what the reason says ({@code "art17.in-force-six-months-after-deposit"}).
   *
   * @return the phrase's code
   */
  public String code() {
    return phrase.code();
  }

  /**
   * Returns the arguments of what the reason says: its dates, quantities, names and citations.
   *
   * @return the phrase's arguments, by name
   */
  public ImmutableMap<String, Object> arguments() {
    return phrase.arguments();
  }

  /**
   * Returns the sentence in English.
   *
   * @return the sentence, in English
   */
  public String text() {
    return phrase.toString();
  }

  /**
   * Returns the sentence in {@code language} ({@link Phrase#LANGUAGES}).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the sentence, in {@code language}
   */
  public String text(Locale language) {
    return phrase.in(language);
  }

  /**
   * Returns the source the sentence rests on.
   *
   * @return the source
   */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reason && ((Reason) other).phrase.equals(phrase) && ((Reason) other).citation.equals(citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phrase, citation);
  }

  /** Returns the English sentence followed by its citation in brackets. */
  @Override
  public String toString() {
    return text() + " [" + citation + "]";
  }
}
