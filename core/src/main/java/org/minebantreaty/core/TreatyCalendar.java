package org.minebantreaty.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The treaty's date arithmetic: every date the Convention derives from another, in one place.
 *
 * <p>A deadline is the last day on which an obligation can still be met: an act done on the deadline
 * is on time. "N years after D" is {@link LocalDate#plusYears}, "N months after D" is {@link
 * LocalDate#plusMonths} and "N days after D" is {@link LocalDate#plusDays}. Where a month has no such
 * day, java.time clamps to the month's last day, and so does this library: a withdrawal received on
 * 31 August takes effect on 28 February (29 February in a leap year); an extension granted on a
 * 29 February deadline for ten years ends on 28 February.
 *
 * <p>This class is stateless and thread-safe; every method is a pure function of its arguments.
 */
public final class TreatyCalendar {

  /**
   * The earliest day a recorded fact may bear. Mined areas and armed conflicts can predate the
   * Convention by decades; a date before this one is a typing error.
   */
  public static final LocalDate EARLIEST_RECORDABLE_DAY = LocalDate.of(1800, 1, 1);

  /**
   * The latest day a recorded fact may bear. Every deadline a fact starts (ten years, then any number
   * of ten-year extensions) stays within the days {@code java.time} can hold.
   */
  public static final LocalDate LATEST_RECORDABLE_DAY = LocalDate.of(9999, 12, 31);

  /** The day the Convention opened for signature at Ottawa (Art. 15). */
  public static final LocalDate SIGNATURE_OPENED = LocalDate.of(1997, 12, 3);

  /**
   * The day the Convention entered into force (Art. 17(1)): the first day of the sixth month after
   * the month in which the 40th instrument (Burkina Faso, 16 September 1998) was deposited. Signature
   * closed when it arrived (Art. 15): the last day a State could sign was 28 February 1999.
   */
  public static final LocalDate CONVENTION_ENTRY_INTO_FORCE = LocalDate.of(1999, 3, 1);

  /** The day the 40th instrument (Burkina Faso's) was deposited, which fixed the Convention's entry into force (Art. 17(1)). */
  public static final LocalDate FORTIETH_INSTRUMENT_DEPOSITED = LocalDate.of(1998, 9, 16);

  /** The number of instruments whose deposit brought the Convention into force (Art. 17(1)). */
  public static final int INSTRUMENTS_FOR_ENTRY_INTO_FORCE = 40;

  /** Art. 17: entry into force on the first day of the sixth month after the deposit. */
  public static final int ENTRY_INTO_FORCE_MONTHS = 6;

  /** Art. 4: stockpiles destroyed not later than four years after entry into force. */
  public static final Period STOCKPILE_DESTRUCTION_PERIOD = Period.ofYears(4);

  /** Art. 5(1): mined areas cleared not later than ten years after entry into force. */
  public static final Period MINED_AREA_DESTRUCTION_PERIOD = Period.ofYears(10);

  /** Art. 5(3): an extension is for a period of up to ten years. */
  public static final Period MAXIMUM_EXTENSION = Period.ofYears(10);

  /** Art. 7(1): the initial report is due not later than 180 days after entry into force. */
  public static final Period INITIAL_REPORT_PERIOD = Period.ofDays(180);

  /** Art. 7(2): the annual update is due not later than 30 April of each year. */
  public static final MonthDay ANNUAL_REPORT_DAY = MonthDay.of(Month.APRIL, 30);

  /**
   * Maputo Action Plan (2014), Action 7: stockpiles found after the Art. 4 deadline are destroyed no
   * later than six months after their discovery is reported.
   */
  public static final Period LATE_STOCKPILE_DESTRUCTION_PERIOD = Period.ofMonths(6);

  /** Art. 20(3): a withdrawal takes effect six months after the Depositary receives it. */
  public static final Period WITHDRAWAL_NOTICE_PERIOD = Period.ofMonths(6);

  /**
   * Maputo Action Plan (2014): the last day of 2025, by which the States Parties aspired to meet their
   * time-bound obligations to the fullest extent possible.
   */
  public static final LocalDate MAPUTO_ASPIRATION_END = LocalDate.of(2025, 12, 31);

  /** Art. 8(2): a requested State answers a request for clarification within 28 days. */
  public static final Period CLARIFICATION_RESPONSE_PERIOD = Period.ofDays(28);

  /** Art. 8(5): States Parties favour a Special Meeting within 14 days of the communication. */
  public static final Period SPECIAL_MEETING_SUPPORT_PERIOD = Period.ofDays(14);

  /** Art. 8(5): the Special Meeting is convened within a further 14 days. */
  public static final Period SPECIAL_MEETING_CONVENING_PERIOD = Period.ofDays(14);

  /** Art. 8(11): at least 72 hours' notice of a fact-finding mission's arrival. */
  public static final java.time.Duration MISSION_NOTICE = java.time.Duration.ofHours(72);

  /** Art. 8(15): at most 14 days in the territory, unless otherwise agreed. */
  public static final int MISSION_DAYS_IN_TERRITORY = 14;

  /** Art. 8(15): at most 7 days at any one site, unless otherwise agreed. */
  public static final int MISSION_DAYS_AT_A_SITE = 7;

  /** Art. 8(8): at most nine experts on a fact-finding mission. */
  public static final int MISSION_EXPERTS = 9;

  /** Art. 11(2): the first Meeting of the States Parties within one year after entry into force. */
  public static final Period FIRST_MEETING_PERIOD = Period.ofYears(1);

  /** Art. 12(1): the first Review Conference five years after entry into force; later ones never less than five years apart. */
  public static final int REVIEW_CONFERENCE_INTERVAL_YEARS = 5;

  /** Art. 13(1): support for an Amendment Conference within 30 days of circulation. */
  public static final Period AMENDMENT_SUPPORT_PERIOD = Period.ofDays(30);

  private TreatyCalendar() {}

  /**
   * Returns the first day of the sixth month after the month of {@code date}: deposit 4 May 2001 →
   * 1 November 2001; 13 December 2017 → 1 June 2018; 31 August → 1 February.
   *
   * @param date the day whose month counts
   * @return the first day of the sixth month after the month of {@code date}
   */
  public static LocalDate firstDayOfSixthMonthAfter(LocalDate date) {
    return date.withDayOfMonth(1).plusMonths(ENTRY_INTO_FORCE_MONTHS);
  }

  /**
   * Returns the date the Convention enters into force for a State that deposited its instrument on
   * {@code deposit} (Art. 17). Instruments deposited up to the 40th (16 September 1998) bring it into
   * force on 1 March 1999 (Art. 17(1)); later ones on the first day of the sixth month after the
   * deposit (Art. 17(2)). The result is always the 1st of a month and never before 1 March 1999.
   *
   * @param deposit the day the State deposited its instrument
   * @return the day the Convention enters into force for the State
   * @throws InvalidFactException if {@code deposit} is before the Convention opened for signature
   */
  public static LocalDate entryIntoForce(LocalDate deposit) {
    requireNonNull(deposit, "deposit");
    InvalidFactException.require(
        !deposit.isBefore(SIGNATURE_OPENED),
        "Instrument.depositedOn",
        deposit,
        "no instrument can be deposited before the Convention opened for signature on 3 December 1997 (Art. 15, 16)");
    return isAmongFirstForty(deposit) ? CONVENTION_ENTRY_INTO_FORCE : firstDayOfSixthMonthAfter(deposit);
  }

  /**
   * Returns the date the Convention enters into force for the State whose instrument is {@code
   * instrument}: for a notification of succession that records the date of the State succession, that
   * date (Interpretation I-17.1: the Depositary records a succession as effective from the State
   * succession, as for South Sudan on 9 July 2011), but never before 1 March 1999; otherwise {@link
   * #entryIntoForce(LocalDate)} of its deposit.
   *
   * @param instrument the State's instrument
   * @return the day the Convention enters into force for the State
   */
  public static LocalDate entryIntoForce(Instrument instrument) {
    if (instrument.successionDate().isPresent()) {
      LocalDate succession = instrument.successionDate().get();
      return succession.isBefore(CONVENTION_ENTRY_INTO_FORCE) ? CONVENTION_ENTRY_INTO_FORCE : succession;
    }
    return entryIntoForce(instrument.depositedOn());
  }

  /**
   * Returns whether an instrument deposited on {@code deposit} was deposited by the day of the 40th
   * instrument, so that Art. 17(1) rather than 17(2) fixes its entry into force.
   *
   * @param deposit the day the instrument was deposited
   * @return whether {@code deposit} is on or before 16 September 1998
   */
  public static boolean isAmongFirstForty(LocalDate deposit) {
    return !deposit.isAfter(FORTIETH_INSTRUMENT_DEPOSITED);
  }

  /**
   * Returns the Convention's own entry into force computed from a list of deposit dates (Art.
   * 17(1)): the first day of the sixth month after the month of the 40th deposit, or empty when
   * fewer than 40 instruments are listed. The order of the list does not matter.
   *
   * @param deposits the deposit dates, in any order
   * @return the day the Convention enters into force, or empty when fewer than 40 instruments are listed
   */
  public static Optional<LocalDate> conventionEntryIntoForce(Collection<LocalDate> deposits) {
    return fortiethDeposit(deposits).map(TreatyCalendar::firstDayOfSixthMonthAfter);
  }

  /**
   * Returns the date of the 40th deposit in a list of deposit dates, or empty if there are fewer.
   *
   * @param deposits the deposit dates, in any order
   * @return the 40th deposit date in date order, or empty when fewer than 40 are listed
   */
  public static Optional<LocalDate> fortiethDeposit(Collection<LocalDate> deposits) {
    if (deposits.size() < INSTRUMENTS_FOR_ENTRY_INTO_FORCE) {
      return Optional.empty();
    }
    List<LocalDate> sorted = new ArrayList<>(deposits);
    sorted.sort(Comparator.naturalOrder());
    return Optional.of(sorted.get(INSTRUMENTS_FOR_ENTRY_INTO_FORCE - 1));
  }

  /**
   * Returns the Art. 8(2) deadline for answering a request for clarification: 28 days after receipt.
   *
   * @param received the day the request reached the requested State
   * @return the last day for the answer
   */
  public static LocalDate clarificationAnswerDeadline(LocalDate received) {
    return received.plus(CLARIFICATION_RESPONSE_PERIOD);
  }

  /**
   * Returns the last day States Parties may favour a Special Meeting: 14 days after the communication (Art. 8(5)).
   *
   * @param communicated the day the Secretary-General communicated the proposal
   * @return the last day to favour a Special Meeting
   */
  public static LocalDate specialMeetingSupportDeadline(LocalDate communicated) {
    return communicated.plus(SPECIAL_MEETING_SUPPORT_PERIOD);
  }

  /**
   * Returns the last day a supported Special Meeting may convene: a further 14 days, 28 in all (Art. 8(5)).
   *
   * @param communicated the day the Secretary-General communicated the proposal
   * @return the last day the Special Meeting may convene
   */
  public static LocalDate specialMeetingConveningDeadline(LocalDate communicated) {
    return specialMeetingSupportDeadline(communicated).plus(SPECIAL_MEETING_CONVENING_PERIOD);
  }

  /**
   * Returns the last day for support for an Amendment Conference: 30 days after circulation (Art. 13(1)).
   *
   * @param circulated the day the Depositary circulated the proposed amendment
   * @return the last day to support an Amendment Conference
   */
  public static LocalDate amendmentSupportDeadline(LocalDate circulated) {
    return circulated.plus(AMENDMENT_SUPPORT_PERIOD);
  }

  /**
   * Returns the Art. 4 deadline: four years after entry into force. Not extendable.
   *
   * @param entryIntoForce the day the Convention entered into force for the State
   * @return the last day to destroy all stockpiled mines
   */
  public static LocalDate stockpileDestructionDeadline(LocalDate entryIntoForce) {
    return entryIntoForce.plus(STOCKPILE_DESTRUCTION_PERIOD);
  }

  /**
   * Returns the original Art. 5(1) deadline: ten years after entry into force.
   *
   * @param entryIntoForce the day the Convention entered into force for the State
   * @return the last day to destroy all mines in mined areas
   */
  public static LocalDate minedAreaDestructionDeadline(LocalDate entryIntoForce) {
    return entryIntoForce.plus(MINED_AREA_DESTRUCTION_PERIOD);
  }

  /**
   * Returns the latest date an Art. 5(3) extension of {@code deadlineExtended} may run to: ten
   * years after the deadline it extends (29 February 2012 → 28 February 2022).
   *
   * @param deadlineExtended the deadline the extension extends
   * @return the latest day the extension may run to
   */
  public static LocalDate extensionCeiling(LocalDate deadlineExtended) {
    return deadlineExtended.plus(MAXIMUM_EXTENSION);
  }

  /**
   * Returns the Art. 7(1) initial report deadline: 180 days after entry into force.
   *
   * @param entryIntoForce the day the Convention entered into force for the State
   * @return the last day to submit the initial report
   */
  public static LocalDate initialReportDeadline(LocalDate entryIntoForce) {
    return entryIntoForce.plus(INITIAL_REPORT_PERIOD);
  }

  /**
   * Returns the Art. 7(2) due date of the annual report covering {@code calendarYear}: 30 April of the next year.
   *
   * @param calendarYear the calendar year the report covers
   * @return 30 April of the year after {@code calendarYear}
   */
  public static LocalDate annualReportDeadline(Year calendarYear) {
    return calendarYear.plusYears(1).atMonthDay(ANNUAL_REPORT_DAY);
  }

  /**
   * Returns the first calendar year whose annual report a State owes (Interpretation I-7.1): the
   * year of entry into force, unless its 30 April due date falls on or before the initial report's
   * deadline, in which case the initial report covers it and the next year is the first.
   *
   * @param entryIntoForce the day the Convention entered into force for the State
   * @return the first calendar year covered by an annual report
   */
  public static Year firstAnnualReportYear(LocalDate entryIntoForce) {
    Year year = Year.from(entryIntoForce);
    return annualReportDeadline(year).isAfter(initialReportDeadline(entryIntoForce)) ? year : year.plusYears(1);
  }

  /**
   * Returns the due date of the first annual report due on or after {@code onOrAfter} for a State
   * whose entry into force is {@code entryIntoForce}: 30 April of the coming year, or the due date of
   * the first annual report if that is later (Interpretation I-7.1). Empty only when that 30 April
   * lies beyond {@link LocalDate#MAX}, the last day {@code java.time} can hold.
   *
   * @param entryIntoForce the day the Convention entered into force for the State
   * @param onOrAfter the earliest due date to return
   * @return the first annual report due date on or after {@code onOrAfter}, or empty when it lies beyond {@link LocalDate#MAX}
   */
  public static Optional<LocalDate> nextAnnualReportDeadline(LocalDate entryIntoForce, LocalDate onOrAfter) {
    return nextAnnualReportDeadline(firstAnnualReportYear(entryIntoForce), onOrAfter);
  }

  /**
   * Returns the due date of the first annual report due on or after {@code onOrAfter} for a State
   * whose first annual report covers {@code first} ({@link #firstAnnualReportYear}): what {@link
   * #nextAnnualReportDeadline(LocalDate, LocalDate)} gives, for a caller that asks on many days and
   * knows the first year once.
   *
   * @param first the first calendar year covered by an annual report
   * @param onOrAfter the earliest due date to return
   * @return the first annual report due date on or after {@code onOrAfter}, or empty when it lies beyond {@link LocalDate#MAX}
   */
  public static Optional<LocalDate> nextAnnualReportDeadline(Year first, LocalDate onOrAfter) {
    Year covered = Year.of(Math.max(onOrAfter.getYear() - 1, Year.MIN_VALUE));
    if (covered.isBefore(first)) {
      covered = first;
    }
    LocalDate due = annualReportDeadline(covered);
    if (!due.isBefore(onOrAfter)) {
      return Optional.of(due);
    }
    return covered.getValue() + 1 < Year.MAX_VALUE ? Optional.of(annualReportDeadline(covered.plusYears(1))) : Optional.empty();
  }

  /**
   * Returns the deadline for destroying a stockpile found after the Art. 4 deadline: six months
   * after {@code trigger}, the report of the discovery (Maputo Action Plan, Action 7) or the
   * discovery itself (Oslo Action Plan reading), as the caller chooses.
   *
   * @param trigger the day that starts the six months: the report of the discovery, or the discovery
   * @return the last day to destroy the stockpile
   */
  public static LocalDate lateStockpileDestructionDeadline(LocalDate trigger) {
    return trigger.plus(LATE_STOCKPILE_DESTRUCTION_PERIOD);
  }

  /**
   * Returns the day the Art. 20(3) six-month notice of withdrawal expires: six months after receipt.
   *
   * @param receivedByDepositary the day the Depositary received the instrument of withdrawal
   * @return the day the notice expires
   */
  public static LocalDate withdrawalNoticeExpiry(LocalDate receivedByDepositary) {
    return receivedByDepositary.plus(WITHDRAWAL_NOTICE_PERIOD);
  }

  /**
   * Returns the day a withdrawal takes effect (Art. 20(3)), or empty while it cannot yet be known.
   * The notice expires six months after receipt; if the State is engaged in an armed conflict on
   * that day, the withdrawal takes effect the day after that conflict ends (Interpretation I-20.1:
   * "not before the end" read as the day after its last day). Overlapping or adjacent conflicts are
   * one continuous engagement. Empty when that engagement has no recorded end.
   *
   * @param receivedByDepositary the day the Depositary received the instrument of withdrawal
   * @param conflicts the armed conflicts in which the State was or is engaged
   * @return the day the withdrawal takes effect, or empty while the engagement on the day the notice expires has no recorded end
   */
  public static Optional<LocalDate> withdrawalEffective(
      LocalDate receivedByDepositary, Collection<ArmedConflict> conflicts) {
    LocalDate expiry = withdrawalNoticeExpiry(receivedByDepositary);
    return endOfEngagementContaining(expiry, conflicts)
        .map(end -> end.map(last -> last.plusDays(1)))
        .orElse(Optional.of(expiry));
  }

  /**
   * Returns whether any of {@code conflicts} is ongoing on {@code date} (from its first day to its
   * last day, both inclusive; a conflict with no end is ongoing from its first day on).
   *
   * @param date the day to test
   * @param conflicts the conflicts to test
   * @return whether at least one of {@code conflicts} is ongoing on {@code date}
   */
  public static boolean engagedInArmedConflictOn(LocalDate date, Collection<ArmedConflict> conflicts) {
    for (ArmedConflict conflict : conflicts) {
      if (conflict.isOngoingOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns, when {@code date} falls within an engagement in armed conflict, the last day of that
   * engagement (empty inner value when it has no recorded end); returns an empty outer value when
   * {@code date} falls within no conflict. Conflicts that overlap or touch are merged.
   */
  static Optional<Optional<LocalDate>> endOfEngagementContaining(
      LocalDate date, Collection<ArmedConflict> conflicts) {
    if (!engagedInArmedConflictOn(date, conflicts)) {
      return Optional.empty();
    }
    LocalDate lastDay = date;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (ArmedConflict conflict : conflicts) {
        if (!conflict.isOngoingOn(lastDay) && !conflict.isOngoingOn(lastDay.plusDays(1))) {
          continue;
        }
        if (conflict.lastDay().isEmpty()) {
          return Optional.of(Optional.empty());
        }
        if (conflict.lastDay().get().isAfter(lastDay)) {
          lastDay = conflict.lastDay().get();
          extended = true;
        }
      }
    }
    return Optional.of(Optional.of(lastDay));
  }

  /**
   * Returns the armed conflicts in {@code conflicts} ongoing on {@code date}, in the order given.
   *
   * @param date the day to test
   * @param conflicts the conflicts to filter
   * @return the conflicts ongoing on {@code date}, in the order given
   */
  public static ImmutableList<ArmedConflict> conflictsOngoingOn(LocalDate date, Collection<ArmedConflict> conflicts) {
    ImmutableList.Builder<ArmedConflict> ongoing = ImmutableList.builder();
    for (ArmedConflict conflict : conflicts) {
      if (conflict.isOngoingOn(date)) {
        ongoing.add(conflict);
      }
    }
    return ongoing.build();
  }
}
