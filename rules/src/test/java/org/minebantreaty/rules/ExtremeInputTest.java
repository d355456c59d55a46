package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.TransparencyReport;

/** The named cases the fuzzer found: counts past {@code long}, policies out of range, dates at the ends of time. */
class ExtremeInputTest {

  private static State.Builder greece() {
    return Cases.ratified("Greece", "GRC", LocalDate.of(2003, 9, 25));
  }

  @Test
  void twoStockpilesWhoseTotalPassesTheLargestCountAreRefusedNotPrintedNegative() {
    Stockpile huge = Stockpile.builder().quantity(5_000_000_000_000_000_000L).build();
    assertThatThrownBy(() -> greece().addStockpile(huge).addStockpile(huge).build())
        .isInstanceOf(InvalidFactException.class)
        .hasMessageStartingWith("State.stockpiles = more than 9223372036854775807 mines")
        .hasMessageContaining("the most the library can count");
  }

  @Test
  void destructionsWhoseSumPassesTheLargestCountAreRefusedWhereTheStockpileIsBuilt() {
    assertThatThrownBy(() -> Stockpile.builder().quantity(Long.MAX_VALUE)
        .addDestruction(Destruction.of(LocalDate.of(2005, 1, 1), Long.MAX_VALUE))
        .addDestruction(Destruction.of(LocalDate.of(2006, 1, 1), Long.MAX_VALUE))
        .build())
        .isInstanceOf(InvalidFactException.class)
        .hasMessageStartingWith("Stockpile.destructions = more than");
  }

  @Test
  void policiesOutOfRangeAreRefusedLikeFacts() {
    assertThatThrownBy(() -> Policies.builder().retainedMinesUnchangedYears(Integer.MAX_VALUE).build())
        .isInstanceOf(InvalidFactException.class)
        .hasMessage("Policies.retainedMinesUnchangedYears = 2147483647: a retained count is judged unchanged after 1 to 100 years");
    assertThatThrownBy(() -> Policies.builder().retainedMinesUnchangedYears(-1).build()).isInstanceOf(InvalidFactException.class);
    assertThatThrownBy(() -> Policies.builder().retainedMinesUnchangedYears(0).build()).isInstanceOf(InvalidFactException.class);
    assertThatThrownBy(() -> Policies.builder().retainedMinesThreshold(-1).build())
        .isInstanceOf(InvalidFactException.class)
        .hasMessage("Policies.retainedMinesThreshold = -1: a threshold of retained mines is zero or more");
    assertThat(Policies.builder().retainedMinesUnchangedYears(1).retainedMinesThreshold(0).build().retainedMinesUnchangedYears()).isEqualTo(1);
    assertThat(Policies.builder().retainedMinesUnchangedYears(5).retainedMinesUnchangedYears(2).build().retainedMinesUnchangedYears())
        .as("a choice set twice: the last counts, and nothing but the library's exception can escape").isEqualTo(2);
  }

  @Test
  void aValueBuiltWithoutItsRequiredAttributesIsRefusedWithTheLibrarysException() {
    assertThatThrownBy(() -> State.builder().build())
        .isInstanceOf(InvalidFactException.class)
        .hasMessageContaining("State").hasMessageContaining("name").hasMessageContaining("iso3");
    assertThatThrownBy(() -> Stockpile.builder().build()).isInstanceOf(InvalidFactException.class).hasMessageContaining("quantity");
  }

  @Test
  void aFactDatedBeyondTheYear9999IsRefused() {
    assertThatThrownBy(() -> greece().minedAreaCompletionDeclaredOn(LocalDate.of(10_000, 1, 1)).build())
        .isInstanceOf(InvalidFactException.class)
        .hasMessage("State.minedAreaCompletionDeclaredOn = +10000-01-01: a recorded fact is dated from 1 January 1800 to 31 December 9999");
    assertThatThrownBy(() -> TransparencyReport.initial(LocalDate.MIN)).isInstanceOf(InvalidFactException.class);
  }

  @Test
  @Timeout(10)
  void anAssessmentOnTheLastDayJavaTimeCanHoldReturns() {
    State state = greece().transparencyReportsKnown(true)
        .addTransparencyReport(TransparencyReport.annual(Year.of(2010), LocalDate.of(2011, 4, 1)))
        .build();
    Assessment assessment = Convention.standard().assess(state, LocalDate.MAX);
    assertThat(assessment.deadlines().nextAnnualReport()).isEmpty();
    assertThat(Cases.citing(assessment, "Art. 7(2)")).extracting(Finding::summary).containsExactly(
        "Annual reports covering 2004–2009 overdue since 1 May 2005",
        "Annual reports covering 2011–999999998 overdue since 1 May 2012",
        "1 annual report submitted on time: 2010");
    assertThat(Convention.standard().assess(state, LocalDate.MIN).state().instrument()).isEmpty();
  }
}
