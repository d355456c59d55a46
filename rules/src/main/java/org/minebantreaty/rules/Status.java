package org.minebantreaty.rules;

import java.util.Locale;

/** Where a State stands on one obligation or requirement, as of the assessment date. */
public enum Status {
  /** The obligation does not concern the State (it holds no stockpile, has no mined area, ...). */
  NOT_APPLICABLE,
  /** The State has consented to be bound, but the Convention is not yet in force for it. */
  NOT_YET_BINDING,
  /** The obligation binds, its deadline is ahead, and it is not yet met. */
  PENDING,
  /** The obligation was met on or before its deadline. */
  MET,
  /** The obligation was met, but after its deadline. */
  MET_LATE,
  /** The deadline has passed and the obligation is not met: the State is in non-compliance. */
  OVERDUE,
  /**
   * A requirement with no dated deadline is not met, or an act (a request, a decision, a report)
   * lacks something the cited paragraph requires.
   */
  NONCOMPLIANT,
  /** A prohibited act (Art. 1). */
  VIOLATION,
  /** Not a breach, but a matter to watch: a policy threshold, a pattern. */
  WARNING,
  /** A fact worth knowing that judges nothing: entry into force, a withdrawal's effect, a grant. */
  INFORMATION,
  /** A fact the rule needs is not recorded; the finding names the missing facts. */
  UNKNOWN;

  /**
   * Returns whether the status records a failure to comply (overdue, non-compliant, violation).
   *
   * @return whether the status is {@link #OVERDUE}, {@link #NONCOMPLIANT} or {@link #VIOLATION}
   */
  public boolean isAdverse() {
    return this == OVERDUE || this == NONCOMPLIANT || this == VIOLATION;
  }

  /**
   * Returns the status in English words, lower case ("met late", "not yet binding").
   *
   * @return the label, in English
   */
  public String label() {
    return label(Locale.ENGLISH);
  }

  /**
   * Returns the status in {@code language}, lower case ("met late", « respecté en retard », « cumplido con retraso »).
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the label, in {@code language}
   */
  public String label(Locale language) {
    return Wording.in(language).status(this);
  }
}
