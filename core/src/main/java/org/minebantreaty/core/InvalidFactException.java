package org.minebantreaty.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Thrown when a fact cannot be true: the library's one refusal. The message names the field, the
 * offending value and the rule it breaks, for example {@code State.signedOn = 1999-03-02: a
 * signature must be dated from 3 December 1997 until the Convention's entry into force on 1 March
 * 1999 (Art. 15)}.
 *
 * <p>It is never thrown for a fact that is possible but unlawful (a missed deadline, a late report):
 * those are findings.
 */
public final class InvalidFactException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The refused field, as {@code Type.field}. */
  private final String field;
  /** The refused value as text. */
  private final String value;
  /** The rule the value breaks. */
  private final String rule;

  /**
   * Creates a refusal.
   *
   * @param field the refused field, as {@code Type.field}
   * @param value the refused value, as the user gave it
   * @param rule the rule the value breaks, as one sentence
   */
  public InvalidFactException(String field, Object value, String rule) {
    super(requireNonNull(field, "field") + " = " + value + ": " + requireNonNull(rule, "rule"));
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /**
   * Creates the refusal of a value built without its required attributes, for the builders: {@code
   * message} is the builder's, naming the type and the attributes not set ("Cannot build State, some
   * of required attributes are not set [name, iso3]").
   *
   * @param message the builder's message, naming the type and the attributes not set
   */
  public InvalidFactException(String message) {
    super(requireNonNull(message, "message"));
    this.field = "(required attributes)";
    this.value = "(not set)";
    this.rule = message;
  }

  /**
   * Returns the refused field, as {@code Type.field} (for example {@code Stockpile.quantity}).
   *
   * @return the refused field, as {@code Type.field}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the refused value as text.
   *
   * @return the refused value as text
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the rule the value breaks
   */
  public String rule() {
    return rule;
  }

  /** Throws unless {@code condition} holds. */
  static void require(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new InvalidFactException(field, value, rule);
    }
  }

  /**
   * Throws unless {@code date} lies within the days a fact may bear, {@link
   * TreatyCalendar#EARLIEST_RECORDABLE_DAY} to {@link TreatyCalendar#LATEST_RECORDABLE_DAY}: beyond
   * them the deadlines a fact starts could not be computed.
   */
  static void requireRecordable(String field, LocalDate date) {
    require(!date.isBefore(TreatyCalendar.EARLIEST_RECORDABLE_DAY) && !date.isAfter(TreatyCalendar.LATEST_RECORDABLE_DAY), field, date,
        "a recorded fact is dated from 1 January 1800 to 31 December 9999");
  }

  /** As {@link #requireRecordable(String, LocalDate)}, for a date that may be absent. */
  static void requireRecordable(String field, Optional<LocalDate> date) {
    date.ifPresent(day -> requireRecordable(field, day));
  }

  /**
   * Returns {@code total + count}, or refuses the fact whose counts it sums when the sum exceeds
   * {@link Long#MAX_VALUE}, the most mines the library can count.
   */
  static long addCounts(String field, long total, long count) {
    try {
      return Math.addExact(total, count);
    } catch (ArithmeticException overflow) {
      throw new InvalidFactException(field, "more than " + Long.MAX_VALUE + " mines",
          "the mines counted together must not exceed " + Long.MAX_VALUE + ", the most the library can count");
    }
  }
}
