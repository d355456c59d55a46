package org.minebantreaty.rules;

/**
 * The library's own readings where the treaty is silent, each cited as such. The register with the
 * reasoning behind each is {@code INTERPRETATIONS.md} at the project root; the identifiers match.
 */
final class Interpretations {

  /** A notification of succession takes effect from the date of the State succession. */
  static final Citation SUCCESSION = Citation.interpretation("I-17.1", "a succession takes effect from the State succession", Citation.article(17));
  /** An extension granted after the deadline it extends still runs from that deadline; the gap was non-compliance. */
  static final Citation LATE_GRANT = Citation.interpretation("I-5.1", "an extension granted late runs from the deadline it replaces", Citation.article(5, 3));
  /** A grant beyond ten years moves the deadline only to the ten-year ceiling. */
  static final Citation CEILING = Citation.interpretation("I-5.2", "a grant beyond ten years moves the deadline to the ceiling only", Citation.article(5, 3));
  /** A grant whose recorded vote lacks the majority does not move the deadline. */
  static final Citation NO_MAJORITY = Citation.interpretation("I-5.3", "a grant without the majority moves no deadline", Citation.article(5, 5));
  /** Which mined areas are previously unknown, so that the decision of the Twelfth Meeting, not Art. 5(1), judges them. */
  static final Citation PREVIOUSLY_UNKNOWN = Citation.interpretation("I-5.4", "areas found after completion or after a deadline passed with none known", Citation.article(5, 1));
  /** The annual report calendar. */
  static final Citation REPORT_CALENDAR = Citation.interpretation("I-7.1", "annual report calendar", Citation.article(7, 2));
  /** Every section of Art. 7(1) applies to every State: a nil return is still a return. */
  static final Citation NIL_RETURNS = Citation.interpretation("I-7.2", "every section applies; a nil return is a return", Citation.article(7, 1));
  /** "Not before the end of the armed conflict": the day after its last day. */
  static final Citation END_OF_CONFLICT = Citation.interpretation("I-20.1", "a withdrawal held by an armed conflict takes effect the day after it ends", Citation.article(20, 3));
  /** While the notice runs, a conflict ongoing on the assessment date is taken to continue. */
  static final Citation PROJECTION = Citation.interpretation("I-20.2", "a conflict ongoing now is projected to continue", Citation.article(20, 3));

  /** The narrow reading of Art. 1(1)(c). */
  static final Citation NARROW_ASSISTANCE = Citation.interpretation("I-1.1", "narrow reading of \"assist, encourage or induce\"", Citation.article(1, 1, "c"));
  /** The strict reading of Art. 1(1)(c). */
  static final Citation STRICT_ASSISTANCE = Citation.interpretation("I-1.2", "strict reading of \"assist, encourage or induce\"", Citation.article(1, 1, "c"));
  /** Warnings on retained mines rest on policy thresholds, not on a treaty number. */
  static final Citation RETENTION_THRESHOLDS = Citation.interpretation("I-3.1", "retained-mine warnings are policy thresholds", Citation.article(3, 1));
  /** A notified suspension binds nothing away under the Convention; its effect in general treaty law is left open. */
  static final Citation SUSPENSION = Citation.interpretation("I-20.3", "a notified suspension leaves every obligation binding under the Convention", Citation.article(20));

  private Interpretations() {}
}
