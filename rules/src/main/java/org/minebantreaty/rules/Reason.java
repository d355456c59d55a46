package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One step in a finding's explanation: a short sentence and the source it rests on ("Entry into
 * force for Greece: 1 March 2004, the first day of the sixth month after deposit" — Art. 17(2)).
 */
public final class Reason {

  private final String text;
  private final Citation citation;

  private Reason(String text, Citation citation) {
    this.text = requireNonNull(text, "text");
    this.citation = requireNonNull(citation, "citation");
  }

  /** Returns a reason stating {@code text}, resting on {@code citation}. */
  public static Reason of(String text, Citation citation) {
    return new Reason(text, citation);
  }

  /** Returns the sentence. */
  public String text() {
    return text;
  }

  /** Returns the source the sentence rests on. */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reason && ((Reason) other).text.equals(text) && ((Reason) other).citation.equals(citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, citation);
  }

  /** Returns the sentence followed by its citation in brackets. */
  @Override
  public String toString() {
    return text + " [" + citation + "]";
  }
}
