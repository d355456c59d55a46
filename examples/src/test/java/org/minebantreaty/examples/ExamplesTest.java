package org.minebantreaty.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every example runs, and says what its Javadoc promises, so the README's snippets cannot rot. */
class ExamplesTest {

  @Test
  void quickStartShowsGreecesMissedStockpileDeadlineAndARefusedFact() {
    String out = QuickStart.run();
    assertThat(out)
        .contains("stockpileDestruction=2008-03-01")
        .contains("Art. 4 — overdue: Overdue since 2 March 2008: 586,159 of 1,586,159 mines remain undestroyed")
        .contains("Refused: Instrument.kind = ratification: only a signatory can deposit an instrument of ratification");
  }

  @Test
  void extensionRequestsFlagsTheTwelveYearRequestAndTheMissingAccountOfThePreviousPeriod() {
    String out = ExtensionRequests.run();
    assertThat(out)
        .contains("Art. 5 deadline in force: 2017-12-01")
        .contains("Art. 5(3) — information: Granted by 11MSP on 2 December 2011 until 1 December 2017")
        .contains("Art. 5(3) — noncompliant: Asks for an extension of 12 years, until 1 December 2029")
        .contains("Art. 5(6) — noncompliant")
        .contains("Art. 5(5) — pending")
        .doesNotContain("I-5.1");
  }

  @Test
  void stockpileFoundLateGivesTwentyNinthFebruaryUnderMaputoAndFifteenthJanuaryUnderOslo() {
    String out = StockpileFoundLate.run();
    assertThat(out)
        .contains("deadline: 2020-02-29")
        .contains("Maputo Action Plan (2014), Action 7 (action plan, on Art. 4) — overdue: Overdue since 1 March 2020")
        .contains("deadline: 2020-01-15")
        .contains("Oslo Action Plan (2019)");
  }

  @Test
  void withdrawalInArmedConflictKeepsEveryObligationBindingUntilTheConflictEnds() {
    String out = WithdrawalInArmedConflict.run();
    assertThat(out)
        .contains("the withdrawal does not take effect before the conflict ends, and every obligation still binds")
        .contains("Art. 4 — overdue: Overdue since 2 June 2010")
        .contains("Withdrawal took effect on 10 May 2027");
  }
}
