package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.Suspension;

/** Art. 19, a notified suspension (Art. 20 with Art. 19), and the Maputo aspiration for 2025. */
class ExitsAndAspirationsTest {

  @Nested
  class Article19 {

    @Test
    void anInstrumentRecordedWithAReservationIsInvalidAsRecorded() {
      State state = State.builder().name("X").iso3("XXX")
          .instrument(Instrument.builder().kind(InstrumentKind.ACCESSION).depositedOn(day(2002, 1, 1)).addReservation("Art. 1 does not apply to border areas").build())
          .build();
      Assessment assessment = Cases.assess(state, day(2003, 1, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 19")).hasStatus(Status.NONCOMPLIANT).says("Art. 1 does not apply to border areas").says("invalid");
      assertThat(assessment.deadlines().stockpileDestruction()).contains(day(2006, 7, 1));
    }
  }

  @Nested
  class NotifiedSuspension {

    @Test
    void ukrainesSuspensionLeavesEveryObligationBindingAndLeavesTheDisputeOpen() {
      State ukraine = Cases.ukraine()
          .suspension(Suspension.notifiedOn(day(2025, 7, 18), "Art. 62 of the Vienna Convention on the Law of Treaties"))
          .addArmedConflict(ArmedConflict.ongoingSince("international armed conflict", day(2022, 2, 24)))
          .addStockpile(Stockpile.builder().quantity(3_000_000).build())
          .build();
      Assessment assessment = Cases.assess(ukraine, day(2026, 11, 22));
      Finding suspension = Cases.only(assessment, Interpretations.SUSPENSION.reference());
      FindingAssert.assertThat(suspension).hasStatus(Status.INFORMATION)
          .says("every obligation still binds").says("disputed and not decided here")
          .hasReasonCiting("Art. 20(3)").hasReasonCiting("Art. 19");
      FindingAssert.assertThat(Cases.only(assessment, "Art. 4")).isOverdueSince(day(2010, 6, 2));
      assertThat(assessment.withdrawal().phase()).isEqualTo(WithdrawalStatus.Phase.NONE);
    }
  }

  @Nested
  class MaputoAspiration {

    @Test
    void workUnfinishedAtTheEndOf2025IsInformationNeverAViolation() {
      State state = Cases.greece()
          .addStockpile(Stockpile.builder().quantity(10).build())
          .addMinedArea(MinedArea.builder().id("A").build())
          .build();
      Assessment assessment = Cases.assess(state, day(2026, 1, 1));
      FindingAssert.assertThat(Cases.only(assessment, CompletionBy2025.ON_STOCKPILES.reference())).hasStatus(Status.INFORMATION).says("10 stockpiled anti-personnel mines remained on 31 December 2025");
      FindingAssert.assertThat(Cases.only(assessment, CompletionBy2025.ON_MINED_AREAS.reference())).hasStatus(Status.INFORMATION);
      assertThat(Cases.citing(Cases.assess(state, day(2025, 12, 31)), CompletionBy2025.ON_STOCKPILES.reference())).as("not before the year is over").isEmpty();
    }

    @Test
    void eachFindingCarriesItsOwnCodeAndCountAndOnlyAStateBoundBy2025IsSpokenOf() {
      State state = Cases.greece()
          .addStockpile(Stockpile.builder().quantity(10).build())
          .addMinedArea(MinedArea.builder().id("A").build())
          .addMinedArea(MinedArea.builder().id("B").build())
          .build();
      Assessment assessment = Cases.assess(state, day(2026, 1, 1));
      Finding stockpiles = Cases.only(assessment, CompletionBy2025.ON_STOCKPILES.reference());
      assertThat(stockpiles.code()).isEqualTo(FindingCodes.ACTION_PLAN_2025_STOCKPILES);
      assertThat(stockpiles.minesRemaining()).hasValue(10);
      Finding areas = Cases.only(assessment, CompletionBy2025.ON_MINED_AREAS.reference());
      assertThat(areas.code()).isEqualTo(FindingCodes.ACTION_PLAN_2025_MINED_AREAS);
      assertThat(areas.areasOutstanding()).hasValue(2);
      // Areas reported without their number are not counted.
      State uncounted = Cases.greece().addMinedArea(MinedArea.builder().id("many").standsForAnUnreportedNumberOfAreas(true).build()).build();
      assertThat(Cases.only(Cases.assess(uncounted, day(2026, 1, 1)), CompletionBy2025.ON_MINED_AREAS.reference()).areasOutstanding()).isEmpty();
      // Bound only from 1 December 2026, a State had made no commitment to finish by 2025.
      State late = Cases.ratified("Late", "LTE", day(2026, 6, 1)).addStockpile(Stockpile.builder().quantity(10).build()).build();
      assertThat(Cases.assess(late, day(2028, 1, 1)).findings()).extracting(Finding::code)
          .doesNotContain(FindingCodes.ACTION_PLAN_2025_STOCKPILES, FindingCodes.ACTION_PLAN_2025_MINED_AREAS);
      // With no mine left and no area outstanding, nothing is said.
      assertThat(Cases.assess(Cases.greece().build(), day(2026, 1, 1)).findings()).extracting(Finding::code)
          .doesNotContain(FindingCodes.ACTION_PLAN_2025_STOCKPILES, FindingCodes.ACTION_PLAN_2025_MINED_AREAS);
    }

    @Test
    void nothingIsSaidOfAStateThatFinishedInTime() {
      State state = Cases.greece().addStockpile(Stockpile.builder().quantity(10)
          .addDestruction(org.minebantreaty.core.Destruction.of(day(2025, 12, 31), 10)).build()).build();
      assertThat(Cases.citing(Cases.assess(state, day(2026, 6, 1)), CompletionBy2025.ON_STOCKPILES.reference())).isEmpty();
    }
  }
}
