package org.minebantreaty.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minebantreaty.core.testing.TreatyFacts.FIRST_DAY;
import static org.minebantreaty.core.testing.TreatyFacts.LAST_DAY;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.minebantreaty.core.testing.TreatyFacts;
import org.junit.jupiter.api.Test;

/**
 * The treaty's date arithmetic, checked exhaustively over every day from 3 December 1997 to 31
 * December 2060 against independent oracles (month arithmetic done by hand on year-month indices),
 * and by properties over generated inputs.
 */
class TreatyCalendarTest {

  /** Every day in the range the library promises to be right for. */
  static List<LocalDate> everyDay() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  /** Oracle: {@code months} months after {@code date}, clamped to the month's end, without plusMonths. */
  static LocalDate monthsAfterOracle(LocalDate date, int months) {
    int index = date.getYear() * 12 + date.getMonthValue() - 1 + months;
    YearMonth target = YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    return target.atDay(Math.min(date.getDayOfMonth(), target.lengthOfMonth()));
  }

  @Nested
  class Article17EntryIntoForce {

    @Test
    void entryIntoForceIsAlwaysFirstOfMonthAndNeverBeforeFirstMarch1999() {
      for (LocalDate deposit : everyDay()) {
        LocalDate eif = TreatyCalendar.entryIntoForce(deposit);
        assertThat(eif.getDayOfMonth()).as("entry into force for deposit %s", deposit).isEqualTo(1);
        assertThat(eif).as("entry into force for deposit %s", deposit).isAfterOrEqualTo(TreatyCalendar.CONVENTION_ENTRY_INTO_FORCE);
      }
    }

    @Test
    void entryIntoForceMatchesTheTextOfArticle17ForEveryDay() {
      for (LocalDate deposit : everyDay()) {
        LocalDate expected = deposit.isAfter(LocalDate.of(1998, 9, 16))
            ? monthsAfterOracle(deposit.withDayOfMonth(1), 6)
            : LocalDate.of(1999, 3, 1);
        assertThat(TreatyCalendar.entryIntoForce(deposit)).as("deposit %s", deposit).isEqualTo(expected);
      }
    }

    @Test
    void entryIntoForceIsMonotoneInTheDepositDate() {
      LocalDate previous = TreatyCalendar.entryIntoForce(FIRST_DAY);
      for (LocalDate deposit : everyDay()) {
        LocalDate eif = TreatyCalendar.entryIntoForce(deposit);
        assertThat(eif).as("deposit %s", deposit).isAfterOrEqualTo(previous);
        previous = eif;
      }
    }

    @Test
    void afterTheFortiethInstrumentEntryIntoForceFallsInTheSixthMonthAfterDeposit() {
      for (LocalDate deposit : everyDay()) {
        if (TreatyCalendar.isAmongFirstForty(deposit)) {
          continue;
        }
        LocalDate eif = TreatyCalendar.entryIntoForce(deposit);
        assertThat(ChronoUnit.MONTHS.between(YearMonth.from(deposit), YearMonth.from(eif))).as("deposit %s", deposit).isEqualTo(6);
      }
    }

    @Test
    void workedExamplesFromTheRecord() {
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(1998, 9, 16))).isEqualTo(LocalDate.of(1999, 3, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(1997, 12, 3))).isEqualTo(LocalDate.of(1999, 3, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(1998, 9, 17))).isEqualTo(LocalDate.of(1999, 3, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(1998, 10, 1))).isEqualTo(LocalDate.of(1999, 4, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(2001, 5, 4))).isEqualTo(LocalDate.of(2001, 11, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(2017, 12, 13))).isEqualTo(LocalDate.of(2018, 6, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(2005, 12, 27))).isEqualTo(LocalDate.of(2006, 6, 1));
      assertThat(TreatyCalendar.entryIntoForce(LocalDate.of(2003, 9, 25))).isEqualTo(LocalDate.of(2004, 3, 1));
    }

    @Test
    void aDepositBeforeSignatureOpenedIsRefused() {
      assertThatThrownBy(() -> TreatyCalendar.entryIntoForce(LocalDate.of(1997, 12, 2)))
          .isInstanceOf(InvalidFactException.class)
          .hasMessageContaining("Instrument.depositedOn = 1997-12-02")
          .hasMessageContaining("Art. 15");
    }

    @Test
    void theFortiethDepositFixesTheConventionsEntryIntoForceWhateverTheOrder() {
      qt().forAll(TreatyFacts.depositLists(40, 80)).checkAssert(deposits -> {
        List<LocalDate> sorted = new ArrayList<>(deposits);
        Collections.sort(sorted);
        List<LocalDate> shuffled = new ArrayList<>(deposits);
        Collections.shuffle(shuffled, new Random(deposits.hashCode()));
        LocalDate fortieth = sorted.get(39);
        LocalDate expected = monthsAfterOracle(fortieth.withDayOfMonth(1), 6);
        assertThat(TreatyCalendar.conventionEntryIntoForce(deposits)).contains(expected);
        assertThat(TreatyCalendar.conventionEntryIntoForce(shuffled)).contains(expected);
      });
    }

    @Test
    void fewerThanFortyDepositsBringNothingIntoForce() {
      qt().forAll(TreatyFacts.depositLists(0, 39)).checkAssert(deposits ->
          assertThat(TreatyCalendar.conventionEntryIntoForce(deposits)).isEmpty());
    }
  }

  @Nested
  class PeriodsOfYearsMonthsAndDays {

    @Test
    void stockpileAndMinedAreaDeadlinesAreFourAndTenYearsToTheDayOrTheEndOfFebruary() {
      for (LocalDate day : everyDay()) {
        assertThat(TreatyCalendar.stockpileDestructionDeadline(day)).isEqualTo(monthsAfterOracle(day, 48));
        assertThat(TreatyCalendar.minedAreaDestructionDeadline(day)).isEqualTo(monthsAfterOracle(day, 120));
        assertThat(TreatyCalendar.extensionCeiling(day)).isEqualTo(monthsAfterOracle(day, 120));
      }
    }

    @Test
    void sixMonthPeriodsClampToTheEndOfTheMonthAtMonthEndsAndOnTwentyNinthFebruary() {
      for (LocalDate day : everyDay()) {
        LocalDate expected = monthsAfterOracle(day, 6);
        assertThat(TreatyCalendar.withdrawalNoticeExpiry(day)).as("withdrawal received %s", day).isEqualTo(expected);
        assertThat(TreatyCalendar.lateStockpileDestructionDeadline(day)).as("discovery reported %s", day).isEqualTo(expected);
      }
    }

    @Test
    void namedEdgesOfTheSixMonthRule() {
      assertThat(TreatyCalendar.withdrawalNoticeExpiry(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
      assertThat(TreatyCalendar.withdrawalNoticeExpiry(LocalDate.of(2019, 8, 31))).isEqualTo(LocalDate.of(2020, 2, 29));
      assertThat(TreatyCalendar.withdrawalNoticeExpiry(LocalDate.of(2023, 8, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(TreatyCalendar.lateStockpileDestructionDeadline(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 8, 29));
      assertThat(TreatyCalendar.withdrawalNoticeExpiry(LocalDate.of(2025, 6, 27))).isEqualTo(LocalDate.of(2025, 12, 27));
      assertThat(TreatyCalendar.extensionCeiling(LocalDate.of(2012, 2, 29))).isEqualTo(LocalDate.of(2022, 2, 28));
    }

    @Test
    void theInitialReportIsDueExactly180DaysAfterEntryIntoForce() {
      for (LocalDate day : everyDay()) {
        assertThat(ChronoUnit.DAYS.between(day, TreatyCalendar.initialReportDeadline(day))).isEqualTo(180);
      }
      assertThat(TreatyCalendar.initialReportDeadline(LocalDate.of(2018, 6, 1))).isEqualTo(LocalDate.of(2018, 11, 28));
    }
  }

  @Nested
  class Article7ReportCalendar {

    @Test
    void theFirstAnnualReportIsTheFirstWhoseDueDateFallsAfterTheInitialReportDeadline() {
      for (YearMonth month = YearMonth.of(1999, 3); !month.isAfter(YearMonth.of(2060, 12)); month = month.plusMonths(1)) {
        LocalDate eif = month.atDay(1);
        Year first = TreatyCalendar.firstAnnualReportYear(eif);
        LocalDate initialDue = TreatyCalendar.initialReportDeadline(eif);
        assertThat(TreatyCalendar.annualReportDeadline(first)).as("eif %s", eif).isAfter(initialDue);
        assertThat(first.getValue()).as("eif %s", eif).isBetween(eif.getYear(), eif.getYear() + 1);
        if (first.getValue() > eif.getYear()) {
          assertThat(TreatyCalendar.annualReportDeadline(first.minusYears(1))).as("eif %s", eif).isBeforeOrEqualTo(initialDue);
        }
      }
      assertThat(TreatyCalendar.firstAnnualReportYear(LocalDate.of(1999, 3, 1))).isEqualTo(Year.of(1999));
      assertThat(TreatyCalendar.firstAnnualReportYear(LocalDate.of(2018, 6, 1))).isEqualTo(Year.of(2018));
      assertThat(TreatyCalendar.firstAnnualReportYear(LocalDate.of(2025, 12, 1))).isEqualTo(Year.of(2026));
    }

    @Test
    void theNextAnnualReportIsTheNearestThirtiethOfAprilOnOrAfterTheDateThatIsOwed() {
      qt().forAll(TreatyFacts.depositDays(), TreatyFacts.days()).checkAssert((deposit, day) -> {
        LocalDate eif = TreatyCalendar.entryIntoForce(deposit);
        LocalDate next = TreatyCalendar.nextAnnualReportDeadline(eif, day).orElseThrow();
        LocalDate firstDue = TreatyCalendar.annualReportDeadline(TreatyCalendar.firstAnnualReportYear(eif));
        assertThat(next.getMonth()).isEqualTo(Month.APRIL);
        assertThat(next.getDayOfMonth()).isEqualTo(30);
        assertThat(next).isAfterOrEqualTo(day).isAfterOrEqualTo(firstDue);
        LocalDate yearBefore = next.minusYears(1);
        assertThat(yearBefore.isBefore(day) || yearBefore.isBefore(firstDue)).as("no earlier due date qualifies").isTrue();
      });
    }
  }

  @Nested
  class Article20Withdrawal {

    @Test
    void aWithdrawalNeverTakesEffectWhileTheStateIsEngagedInTheConflictOngoingAtExpiry() {
      qt().forAll(TreatyFacts.days(), TreatyFacts.armedConflicts()).checkAssert((received, conflicts) -> {
        LocalDate expiry = TreatyCalendar.withdrawalNoticeExpiry(received);
        Optional<LocalDate> effective = TreatyCalendar.withdrawalEffective(received, conflicts);
        if (!TreatyCalendar.engagedInArmedConflictOn(expiry, conflicts)) {
          assertThat(effective).contains(expiry);
          return;
        }
        if (effective.isEmpty()) {
          assertThat(conflicts).anyMatch(conflict -> conflict.lastDay().isEmpty() && !conflict.firstDay().isAfter(expiry.plusDays(36500)));
          return;
        }
        assertThat(effective.get()).isAfter(expiry);
        assertThat(TreatyCalendar.engagedInArmedConflictOn(effective.get(), conflicts)).isFalse();
        for (LocalDate day = expiry; day.isBefore(effective.get()); day = day.plusDays(1)) {
          assertThat(TreatyCalendar.engagedInArmedConflictOn(day, conflicts)).as("engaged on %s", day).isTrue();
        }
      });
    }

    @Test
    void theBalticAndFinnishAndPolishWithdrawalsOf2025() {
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 6, 27), List.of())).contains(LocalDate.of(2025, 12, 27));
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 7, 10), List.of())).contains(LocalDate.of(2026, 1, 10));
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 8, 20), List.of())).contains(LocalDate.of(2026, 2, 20));
    }

    @Test
    void anOngoingConflictAtExpiryHoldsTheWithdrawalIndefinitely() {
      ArmedConflict war = ArmedConflict.ongoingSince("war", LocalDate.of(2022, 2, 24));
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 7, 18), List.of(war))).isEmpty();
    }

    @Test
    void aConflictThatEndsLetsTheWithdrawalTakeEffectTheNextDayAndTouchingConflictsAreOne() {
      ArmedConflict first = ArmedConflict.between("first", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31));
      ArmedConflict second = ArmedConflict.between("second", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 10));
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 7, 10), List.of(first))).contains(LocalDate.of(2026, 4, 1));
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 7, 10), List.of(second, first))).contains(LocalDate.of(2026, 5, 11));
    }

    @Test
    void aConflictThatEndsBeforeExpiryOrBeginsAfterItChangesNothing() {
      ArmedConflict before = ArmedConflict.between("before", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 9));
      ArmedConflict after = ArmedConflict.ongoingSince("after", LocalDate.of(2026, 1, 11));
      assertThat(TreatyCalendar.withdrawalEffective(LocalDate.of(2025, 7, 10), List.of(before, after))).contains(LocalDate.of(2026, 1, 10));
    }
  }
}
