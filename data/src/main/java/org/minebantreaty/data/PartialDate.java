package org.minebantreaty.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to the day, the month or only the year, as sources give it ("completed in April
 * 2003"). {@link #latestDay()} is the last day it can stand for: a completion known only to the month
 * is judged as if it happened at the month's end, so the library never calls a deadline met on the
 * strength of a day the source does not give.
 */
public final class PartialDate {

  /** How much of the date the source gives. */
  public enum Precision {
    /** The full date. */
    DAY,
    /** The year and the month. */
    MONTH,
    /** The year only. */
    YEAR
  }

  private final LocalDate latestDay;
  private final Precision precision;

  private PartialDate(LocalDate latestDay, Precision precision) {
    this.latestDay = latestDay;
    this.precision = precision;
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the date as the source writes it
   * @return the date, to the precision the text gives
   * @throws IllegalArgumentException if the text is none of these
   */
  public static PartialDate parse(String text) {
    try {
      switch (text.length()) {
        case 4:
          return new PartialDate(LocalDate.of(Integer.parseInt(text), 12, 31), Precision.YEAR);
        case 7:
          return new PartialDate(IsoDates.month(text).atEndOfMonth(), Precision.MONTH);
        case 10:
          return new PartialDate(IsoDates.day(text), Precision.DAY);
        default:
          break;
      }
    } catch (RuntimeException notADate) {
      throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD", notADate);
    }
    throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  /**
   * The first day the date can stand for: the day itself, the month's first day, or 1 January.
   *
   * @return the earliest day the date can stand for
   */
  public LocalDate earliestDay() {
    switch (precision) {
      case YEAR:
        return latestDay.withDayOfYear(1);
      case MONTH:
        return latestDay.withDayOfMonth(1);
      default:
        return latestDay;
    }
  }

  /**
   * The last day the date can stand for: the day itself, the month's last day, or 31 December.
   *
   * @return the latest day the date can stand for
   */
  public LocalDate latestDay() {
    return latestDay;
  }

  /**
   * How much of the date the source gives.
   *
   * @return the date's precision: the day, the month or the year
   */
  public Precision precision() {
    return precision;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && ((PartialDate) other).latestDay.equals(latestDay)
        && ((PartialDate) other).precision == precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(latestDay, precision);
  }

  /** The date as the source gives it: {@code 2003}, {@code 2003-04} or {@code 2003-04-17}. */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.valueOf(latestDay.getYear());
      case MONTH:
        return YearMonth.from(latestDay).toString();
      default:
        return latestDay.toString();
    }
  }
}
