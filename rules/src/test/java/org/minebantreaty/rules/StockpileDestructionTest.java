package org.minebantreaty.rules;

import static org.minebantreaty.rules.Cases.day;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.StockpileCount;

/** Art. 4 — Destruction of stockpiled anti-personnel mines, and the action plans' rule for stockpiles found late. */
class StockpileDestructionTest {

  static final LocalDate TODAY = day(2026, 11, 22);

  /** What a State's own counts of the mines remaining support, and what they do not. */
  @Nested
  class CountsReported {

    @Test
    void aCountAfterTheDeadlineWithMinesRemainingIsOverdueAndNamesOnlyThatCount() {
      State greece = Cases.greece().addStockpileCount(StockpileCount.of(day(2019, 5, 24), 343_413)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(greece, TODAY), "Art. 4"))
          .isOverdueSince(day(2008, 3, 2))
          .says("Overdue since 2 March 2008: 343,413 mines remained on 24 May 2019, by the latest count recorded");
    }

    @Test
    void aRoundCountIsSaidToBeAbout() {
      State ukraine = Cases.ukraine().addStockpileCount(StockpileCount.about(day(2022, 11, 25), 3_300_000)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(ukraine, TODAY), "Art. 4")).isOverdueSince(day(2010, 6, 2)).says("about 3,300,000 mines remained on 25 November 2022");
    }

    @Test
    void aCountBeforeTheDeadlineWithNothingLaterLeavesTheDeadlineUnknownOnceItPassed() {
      State greece = Cases.greece().addStockpileCount(StockpileCount.of(day(2007, 1, 1), 500)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(greece, day(2008, 3, 1)), "Art. 4")).hasStatus(Status.PENDING).says("500 mines remained on 1 January 2007");
      FindingAssert.assertThat(Cases.only(Cases.assess(greece, day(2008, 3, 2)), "Art. 4")).hasStatus(Status.UNKNOWN).says("whether they were destroyed by it is not recorded");
    }

    @Test
    void aCountOfZeroIsACompletionAndALaterDeclarationSupersedesACount() {
      State counted = Cases.greece().addStockpileCount(StockpileCount.of(day(2007, 6, 30), 0)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(counted, TODAY), "Art. 4")).wasMetOn(Status.MET, day(2007, 6, 30));
      State declared = Cases.greece().addStockpileCount(StockpileCount.of(day(2019, 5, 24), 343_413)).stockpileDestructionCompletedOn(day(2024, 1, 1)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(declared, TODAY), "Art. 4")).wasMetOn(Status.MET_LATE, day(2024, 1, 1));
      FindingAssert.assertThat(Cases.only(Cases.assess(declared, day(2023, 12, 31)), "Art. 4")).isOverdueSince(day(2008, 3, 2));
    }

    @Test
    void aStockpileHeldInAnUnknownQuantityIsPendingThenUnknownNeverEmpty() {
      State greece = Cases.greece().stockpileHeldInUnknownQuantity(true).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(greece, day(2008, 3, 1)), "Art. 4")).hasStatus(Status.PENDING)
          .says("held stockpiled anti-personnel mines at entry into force, in a number the record does not give");
      FindingAssert.assertThat(Cases.only(Cases.assess(greece, day(2008, 3, 2)), "Art. 4")).hasStatus(Status.UNKNOWN);
    }
  }

  @Nested
  class Article4 {

    @Test
    void greeceBelarusAndTurkeyMissedTheDeadlineOfFirstMarch2008() {
      State greece = Cases.greece().addStockpile(Stockpile.builder().quantity(1_586_159).build()).build();
      State belarus = Cases.acceded("Belarus", "BLR", day(2003, 9, 3)).addStockpile(Stockpile.builder().quantity(3_371_984).build()).build();
      State turkey = Cases.acceded("Turkey", "TUR", day(2003, 9, 25)).addStockpile(Stockpile.builder().quantity(2_979_165).build()).build();
      for (State state : new State[] {greece, belarus, turkey}) {
        FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2008, 3, 2)), "Art. 4"))
            .hasDeadline(day(2008, 3, 1))
            .isOverdueSince(day(2008, 3, 2))
            .says("remain undestroyed");
      }
    }

    @Test
    void onTheDeadlineItselfTheObligationIsStillPending() {
      State greece = Cases.greece().addStockpile(Stockpile.builder().quantity(10).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(greece, day(2008, 3, 1)), "Art. 4")).hasStatus(Status.PENDING).says("10 of 10 mines remain");
    }

    @Test
    void ukraineDepositedOn27December2005AndMissedTheDeadlineOfFirstJune2010() {
      State ukraine = Cases.ukraine().addStockpile(Stockpile.builder().mineType(org.minebantreaty.core.MineType.antiPersonnel("PFM-1")).quantity(6_664_293).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(ukraine, TODAY), "Art. 4"))
          .hasDeadline(day(2010, 6, 1))
          .isOverdueSince(day(2010, 6, 2))
          .hasReasonCiting("Art. 17(2)")
          .says("6,664,293 of 6,664,293 mines remain undestroyed");
    }

    @Test
    void destructionCompletedOnTheDeadlineIsOnTime() {
      State state = Cases.greece().addStockpile(Stockpile.builder().quantity(100)
          .addDestruction(Destruction.of(day(2006, 1, 1), 40))
          .addDestruction(Destruction.of(day(2008, 3, 1), 60)).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 4")).wasMetOn(Status.MET, day(2008, 3, 1));
    }

    @Test
    void belarusCompletedLateIn2017() {
      State belarus = Cases.acceded("Belarus", "BLR", day(2003, 9, 3)).addStockpile(Stockpile.builder().quantity(3_371_984)
          .addDestruction(Destruction.of(day(2017, 4, 1), 3_371_984)).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(belarus, TODAY), "Art. 4"))
          .wasMetOn(Status.MET_LATE, day(2017, 4, 1))
          .says("after the deadline of 1 March 2008");
      FindingAssert.assertThat(Cases.only(Cases.assess(belarus, day(2017, 3, 31)), "Art. 4")).isOverdueSince(day(2008, 3, 2));
    }

    @Test
    void aDeclarationOfCompletionJudgesArticle4WhenNoQuantitiesAreRecorded() {
      State algeria = Cases.ratified("Algeria", "DZA", day(2001, 10, 9)).stockpileDestructionCompletedOn(day(2005, 11, 21)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(algeria, TODAY), "Art. 4")).wasMetOn(Status.MET, day(2005, 11, 21)).hasDeadline(day(2006, 4, 1));
      State late = Cases.acceded("Belarus", "BLR", day(2003, 9, 3)).stockpileDestructionCompletedOn(day(2017, 4, 1)).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(late, TODAY), "Art. 4")).wasMetOn(Status.MET_LATE, day(2017, 4, 1));
      FindingAssert.assertThat(Cases.only(Cases.assess(late, day(2017, 3, 31)), "Art. 4")).hasStatus(Status.UNKNOWN);
    }

    @Test
    void anUnrecordedStockpileIsUnknownNotEmpty() {
      Finding finding = Cases.only(Cases.assess(Cases.greece().build(), TODAY), "Art. 4");
      FindingAssert.assertThat(finding).hasStatus(Status.UNKNOWN);
      org.assertj.core.api.Assertions.assertThat(finding.missingFacts()).singleElement().asString().contains("Art. 7(1)(b)");
    }

    @Test
    void aStateKnownToHoldNoStockpileHasNothingToDestroy() {
      State state = Cases.greece().stockpileHoldingsKnown(true).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 4")).hasStatus(Status.NOT_APPLICABLE);
    }

    @Test
    void aStockpileFoundBeforeTheDeadlineJoinsTheArticle4Stockpile() {
      State state = Cases.greece().addStockpile(Stockpile.builder().quantity(5).foundOn(day(2007, 1, 1)).reportedOn(day(2007, 2, 1)).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 4")).isOverdueSince(day(2008, 3, 2));
      org.assertj.core.api.Assertions.assertThat(Cases.citing(Cases.assess(state, TODAY), StockpilesFoundLate.MAPUTO.reference())).isEmpty();
    }
  }

  @Nested
  class StockpilesFoundAfterTheDeadline {

    final Stockpile foundAndReportedOn31August = Stockpile.builder().quantity(250)
        .foundOn(day(2019, 8, 1)).reportedOn(day(2019, 8, 31)).build();

    @Test
    void theSixMonthsRunFromTheReportAndEndOn29FebruaryInALeapYear() {
      State state = Cases.greece().stockpileHoldingsKnown(true).addStockpile(foundAndReportedOn31August).build();
      Assessment assessment = Cases.assess(state, day(2020, 3, 1));
      FindingAssert.assertThat(Cases.only(assessment, StockpilesFoundLate.MAPUTO.reference()))
          .hasDeadline(day(2020, 2, 29))
          .isOverdueSince(day(2020, 3, 1));
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2020, 2, 29)), StockpilesFoundLate.MAPUTO.reference())).hasStatus(Status.PENDING);
      FindingAssert.assertThat(Cases.only(assessment, "Art. 4")).hasStatus(Status.NOT_APPLICABLE);
    }

    @Test
    void underTheOsloReadingTheSixMonthsRunFromTheDiscovery() {
      State state = Cases.greece().addStockpile(foundAndReportedOn31August).build();
      Policies oslo = Policies.builder().lateStockpileClock(Policies.LateStockpileClock.DISCOVERY).build();
      Finding finding = Cases.only(Convention.standard().assess(state, day(2020, 2, 2), oslo), StockpilesFoundLate.OSLO.reference());
      FindingAssert.assertThat(finding).hasDeadline(day(2020, 2, 1)).isOverdueSince(day(2020, 2, 2));
    }

    @Test
    void anUnreportedDiscoveryIsItselfAFinding() {
      State state = Cases.greece().addStockpile(Stockpile.builder().quantity(3).foundOn(day(2015, 5, 5)).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), StockpilesFoundLate.MAPUTO.reference()))
          .hasStatus(Status.NONCOMPLIANT)
          .says("has not been reported");
    }

    @Test
    void destroyingTheFoundStockpileInTimeIsMet() {
      State state = Cases.greece().addStockpile(Stockpile.builder().quantity(250).foundOn(day(2019, 8, 1)).reportedOn(day(2019, 8, 31))
          .addDestruction(Destruction.of(day(2019, 12, 1), 250)).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), StockpilesFoundLate.MAPUTO.reference())).wasMetOn(Status.MET, day(2019, 12, 1));
    }
  }
}
