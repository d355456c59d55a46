package org.minebantreaty.examples;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every example runs, and says what its Javadoc promises, so the README's snippets cannot rot. */
class ExamplesTest {

  /** The output a what-if example's Javadoc shows, between its {@code <pre>} tags. */
  private static String documentedOutput(String example) throws java.io.IOException {
    String source = java.nio.file.Files.readString(java.nio.file.Path.of("src", "main", "java", "org", "minebantreaty", "examples", example + ".java"));
    String block = source.substring(source.indexOf(" * <pre>\n") + " * <pre>\n".length(), source.indexOf(" * </pre>"));
    return block.lines().map(line -> line.startsWith(" * ") ? line.substring(3) : line).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  @Test
  void whatIfGrantedShowsZimbabwesDeadlineMovedAndTheLateGrantAsItsJavadocSays() throws java.io.IOException {
    String out = WhatIfGranted.run();
    assertThat(out).isEqualTo(documentedOutput("WhatIfGranted"))
        .contains("mined-area clearance (Art. 5): 31 December 2025 → 31 December 2030")
        .contains("overdue from 1 January 2026 until then");
  }

  @Test
  void whatIfWithdrawalShowsOnlyTheWithdrawalHeldBackAsItsJavadocSays() throws java.io.IOException {
    String out = WhatIfWithdrawal.run();
    assertThat(out).isEqualTo(documentedOutput("WhatIfWithdrawal")).startsWith("+ Art. 20(3) — information").hasLineCount(1);
  }

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
        .contains("deadline: 29 February 2020")
        .contains("Maputo Action Plan (2014), Action 7 (action plan, on Art. 4) — overdue: Overdue since 1 March 2020")
        .contains("deadline: 15 January 2020")
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

  @Test
  void prohibitedTransferSeparatesTheTransferForTrainingFromTheSaleAndLeavesVehicleMinesAlone() {
    String out = ProhibitedTransfer.run();
    assertThat(out)
        .contains("Art. 1(1)(b) — violation: Transferred anti-personnel mines to an arms broker")
        .contains("Art. 3(1) — information: Transferred anti-personnel mines to the regional demining school for training in mine detection: permitted")
        .contains("Art. 2(1) — not applicable: TM-62M is not an anti-personnel mine");
  }

  @Test
  void clarificationRequestFollowsTheCaseToTheOverstayingMission() {
    String out = ClarificationRequest.run();
    assertThat(out)
        .contains("Art. 8(2) — met late: FRE answered on 2 April 2030, after the 28 days")
        .contains("55 of 164 States Parties favoured it: at least one third")
        .contains("Art. 8(5) — met: The Special Meeting convened on 29 May 2030, within the 28 days")
        .contains("101 of 164 States Parties present: a quorum (a majority is 83)")
        .contains("Art. 8(15) — noncompliant: The mission stayed 9 days at northern depot");
  }

  @Test
  void missedStockpileDeadlinesComeFromTheData() {
    String out = MissedStockpileDeadlines.run(LocalDate.of(2026, 11, 22));
    assertThat(out)
        .contains("Greece (GRC), deadline 2008-03-01: still overdue")
        .contains("Ukraine (UKR), deadline 2010-06-01: still overdue")
        .contains("Belarus (BLR), deadline 2008-03-01: met late")
        .contains("2 still overdue");
  }

  @Test
  void chadsExtensionHistoryEndsAtTheDeadlineInForce() {
    String out = ExtensionHistory.run("TCD", LocalDate.of(2026, 11, 22));
    assertThat(out)
        .contains("9MSP 2008: 2009-11-01 -> 2011-01-01")
        .contains("Extended from 1 January 2020 to 1 January 2025")
        .contains("deadline in force: 2025-01-01");
  }

  @Test
  void theFiveWithdrawalsOf2025HaveTakenEffectAsAnnounced() {
    String out = Withdrawals2025.run(LocalDate.of(2026, 11, 22));
    assertThat(out.lines().filter(line -> line.contains("(as announced): has taken effect"))).hasSize(5);
    assertThat(Withdrawals2025.run(LocalDate.of(2026, 1, 1))).contains("Poland     received 2025-08-20, effective 2026-02-20 (as announced): has not yet taken effect");
    assertThat(out).contains("Ukraine notified a suspension on 2025-07-18");
  }

  /** The examples that read the data set show only what was known on the date they are run for. */
  @Test
  void theDataExamplesMentionNoFactDatedAfterTheirDate() {
    assertThat(Withdrawals2025.run(java.time.LocalDate.of(2025, 1, 1))).doesNotContain("received").doesNotContain("suspension");
    assertThat(MissedStockpileDeadlines.run(java.time.LocalDate.of(2009, 1, 1))).doesNotContain("source note").doesNotContain("2011");
    assertThat(ExtensionHistory.run("UKR", java.time.LocalDate.of(2020, 1, 1))).doesNotContain("2033-12-01").contains("2021-06-01");
  }
}
