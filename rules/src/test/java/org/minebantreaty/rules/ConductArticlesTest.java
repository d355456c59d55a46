package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.Activity;
import org.minebantreaty.core.ActivityKind;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.MineType;
import org.minebantreaty.core.NationalMeasure;
import org.minebantreaty.core.Purpose;
import org.minebantreaty.core.RetentionRecord;
import org.minebantreaty.core.State;

/** Arts. 1, 2, 3, 9 and 18: what a State Party must never do, what counts, and what is excepted. */
class ConductArticlesTest {

  /** Greece: in force 1 March 2004. */
  static Assessment greeceDid(Activity activity, LocalDate asOf) {
    return Cases.assess(Cases.greece().addActivity(activity).build(), asOf);
  }

  static Assessment greeceDid(Activity activity, LocalDate asOf, Policies policies) {
    return Convention.standard().assess(Cases.greece().addActivity(activity).build(), asOf, policies);
  }

  @Nested
  class Article1Paragraph1 {

    @Test
    void useAfterEntryIntoForceIsAViolationOfSubParagraphA() {
      FindingAssert.assertThat(Cases.only(greeceDid(Activity.of(ActivityKind.USE, day(2010, 5, 1)), day(2011, 1, 1)), "Art. 1(1)(a)"))
          .hasStatus(Status.VIOLATION).says("Used anti-personnel mines").hasReasonCiting("Art. 17(2)");
    }

    @Test
    void useBeforeEntryIntoForceIsHistoryNotAViolation() {
      FindingAssert.assertThat(Cases.only(greeceDid(Activity.of(ActivityKind.USE, day(2004, 2, 29)), day(2011, 1, 1)), "Art. 1(1)(a)"))
          .hasStatus(Status.INFORMATION).says("history, not a violation");
    }

    @Test
    void productionAcquisitionAndDevelopmentViolateSubParagraphB() {
      for (ActivityKind kind : new ActivityKind[] {ActivityKind.PRODUCTION, ActivityKind.ACQUISITION, ActivityKind.DEVELOPMENT}) {
        FindingAssert.assertThat(Cases.only(greeceDid(Activity.of(kind, day(2010, 5, 1)), day(2011, 1, 1)), "Art. 1(1)(b)"))
            .hasStatus(Status.VIOLATION);
      }
    }

    @Test
    void assistingAProhibitedActViolatesSubParagraphC() {
      FindingAssert.assertThat(Cases.only(greeceDid(Activity.of(ActivityKind.ASSISTANCE, day(2010, 5, 1)), day(2011, 1, 1)), "Art. 1(1)(c)"))
          .hasStatus(Status.VIOLATION);
    }

    @Test
    void aJointOperationIsAViolationOnlyUnderTheStrictReadingAndEachFindingSaysWhichReading() {
      Activity joint = Activity.builder().kind(ActivityKind.JOINT_OPERATION).on(day(2010, 5, 1)).counterpart("a non-party ally").build();
      FindingAssert.assertThat(Cases.only(greeceDid(joint, day(2011, 1, 1)), Interpretations.NARROW_ASSISTANCE.reference()))
          .hasStatus(Status.INFORMATION).says("narrow reading");
      Policies strict = Policies.builder().assistanceReading(Policies.AssistanceReading.STRICT).build();
      FindingAssert.assertThat(Cases.only(greeceDid(joint, day(2011, 1, 1), strict), Interpretations.STRICT_ASSISTANCE.reference()))
          .hasStatus(Status.VIOLATION).says("strict reading");
    }

    @Test
    void afterAWithdrawalTakesEffectAnActIsNoLongerJudged() {
      State state = Cases.greece().withdrawal(org.minebantreaty.core.Withdrawal.receivedOn(day(2025, 6, 27)))
          .addActivity(Activity.of(ActivityKind.USE, day(2026, 3, 1))).build();
      assertThat(Cases.citing(Cases.assess(state, day(2026, 6, 1)), "Art. 1(1)(a)")).isEmpty();
      assertThat(Cases.citing(Cases.assess(state.asKnownOn(day(2025, 12, 1)), day(2025, 12, 1)), "Art. 1(1)(a)")).isEmpty();
    }
  }

  @Nested
  class Article2Definitions {

    @Test
    void anAntiVehicleMineWithAnAntiHandlingDeviceIsNotAnAntiPersonnelMine() {
      Activity use = Activity.builder().kind(ActivityKind.USE).on(day(2010, 5, 1)).mineType(MineType.antiVehicle("TM-62M", true)).build();
      FindingAssert.assertThat(Cases.only(greeceDid(use, day(2011, 1, 1)), "Art. 2(1)"))
          .hasStatus(Status.NOT_APPLICABLE).says("anti-handling device does not make it one");
    }

    @Test
    void handingOverTerritoryWithEmplacedMinesIsNotATransfer() {
      FindingAssert.assertThat(Cases.only(greeceDid(Activity.of(ActivityKind.TRANSFER_OF_TERRITORY, day(2010, 5, 1)), day(2011, 1, 1)), "Art. 2(4)"))
          .hasStatus(Status.NOT_APPLICABLE);
    }

    @Test
    void aStockpileOfAntiVehicleMinesCreatesNoArticle4Duty() {
      State state = Cases.greece().stockpileHoldingsKnown(true)
          .addStockpile(org.minebantreaty.core.Stockpile.builder().mineType(MineType.antiVehicle("TM-62", false)).quantity(5000).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2020, 1, 1)), "Art. 4")).hasStatus(Status.NOT_APPLICABLE).hasReasonCiting("Art. 2(1)");
    }
  }

  @Nested
  class Article3Exceptions {

    @Test
    void aTransferForTrainingIsPermittedAndOneWithNoPurposeIsNot() {
      Activity forTraining = Activity.builder().kind(ActivityKind.TRANSFER).on(day(2010, 5, 1)).counterpart("a mine-action centre")
          .purpose(Purpose.TRAINING_IN_DETECTION).quantity(50).build();
      Activity forSale = Activity.builder().kind(ActivityKind.TRANSFER).on(day(2010, 5, 1)).counterpart("a broker").quantity(50).build();
      FindingAssert.assertThat(Cases.only(greeceDid(forTraining, day(2011, 1, 1)), "Art. 3(1)")).hasStatus(Status.INFORMATION).says("permitted");
      FindingAssert.assertThat(Cases.only(greeceDid(forSale, day(2011, 1, 1)), "Art. 1(1)(b)")).hasStatus(Status.VIOLATION).says("to a broker");
    }

    @Test
    void aTransferForDestructionIsPermittedByParagraph2() {
      Activity transfer = Activity.builder().kind(ActivityKind.TRANSFER).on(day(2010, 5, 1)).purpose(Purpose.DESTRUCTION).build();
      FindingAssert.assertThat(Cases.only(greeceDid(transfer, day(2011, 1, 1)), "Art. 3(2)")).hasStatus(Status.INFORMATION);
    }

    @Test
    void retentionWithNoPermittedPurposeIsAViolation() {
      FindingAssert.assertThat(Cases.only(greeceDid(Activity.of(ActivityKind.RETENTION, day(2010, 5, 1)), day(2011, 1, 1)), "Art. 1(1)(b)"))
          .hasStatus(Status.VIOLATION).hasReasonCiting("Art. 3(1)");
    }

    @Test
    void retainedCountsThatGrowOrNeverFallAreWarningsNeverViolations() {
      State state = Cases.greece()
          .addRetainedMine(record(day(2010, 4, 30), 1000))
          .addRetainedMine(record(day(2011, 4, 30), 1200))
          .addRetainedMine(record(day(2012, 4, 30), 1200))
          .addRetainedMine(record(day(2014, 4, 30), 1200))
          .build();
      Assessment assessment = Convention.standard().assess(state, day(2015, 1, 1),
          Policies.builder().retainedMinesThreshold(1000).build());
      assertThat(Cases.citing(assessment, "Art. 3(1)")).extracting(Finding::status).containsOnly(Status.WARNING).hasSize(3);
      assertThat(Cases.citing(assessment, "Art. 3(1)")).allSatisfy(f -> FindingAssert.assertThat(f).hasReasonCiting(Interpretations.RETENTION_THRESHOLDS.reference()));
      assertThat(Cases.citing(assessment, "Art. 3(1)").get(1).summary()).contains("has not fallen from 1,200 mines since 30 April 2011");
    }

    @Test
    void aRetainedCountWithNoTrainingPurposeIsRetentionProhibitedByArticle1() {
      State state = Cases.greece().addRetainedMine(RetentionRecord.builder().on(day(2010, 4, 30)).quantity(500).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2011, 1, 1)), "Art. 1(1)(b)")).hasStatus(Status.VIOLATION);
    }

    @Test
    void theRetentionWarningsTurnExactlyAtTheirEdges() {
      Policies fiveYears = Policies.builder().retainedMinesUnchangedYears(5).retainedMinesThreshold(1000).build();
      // Listed out of order: the records are read by date.
      State unchangedFiveYears = Cases.greece().addRetainedMine(record(day(2015, 4, 30), 1000)).addRetainedMine(record(day(2010, 4, 30), 1000)).build();
      List<Finding> atTheEdge = Cases.citing(Convention.standard().assess(unchangedFiveYears, day(2016, 1, 1), fiveYears), "Art. 3(1)");
      // Exactly five years unchanged is a warning; exactly the threshold is not above it.
      assertThat(atTheEdge).singleElement().satisfies(f -> assertThat(f.summary()).contains("has not fallen from 1,000 mines since 30 April 2010"));
      State oneDayShort = Cases.greece().addRetainedMine(record(day(2010, 5, 1), 1001)).addRetainedMine(record(day(2015, 4, 30), 1001)).build();
      List<Finding> shortOfIt = Cases.citing(Convention.standard().assess(oneDayShort, day(2016, 1, 1), fiveYears), "Art. 3(1)");
      // A day short of five years is no warning; one mine above the threshold is.
      assertThat(shortOfIt).singleElement().satisfies(f -> assertThat(f.summary()).contains("1,001").contains("1,000").doesNotContain("has not fallen"));
      State noneLeft = Cases.greece().addRetainedMine(record(day(2005, 4, 30), 0)).addRetainedMine(record(day(2015, 4, 30), 0)).build();
      assertThat(Cases.citing(Convention.standard().assess(noneLeft, day(2016, 1, 1), fiveYears), "Art. 3(1)")).isEmpty();
      State noneWithoutPurpose = Cases.greece().addRetainedMine(RetentionRecord.builder().on(day(2010, 4, 30)).quantity(0).build()).build();
      assertThat(Cases.citing(Cases.assess(noneWithoutPurpose, day(2011, 1, 1)), "Art. 1(1)(b)")).isEmpty();
      State oneWithoutPurpose = Cases.greece().addRetainedMine(RetentionRecord.builder().on(day(2010, 4, 30)).quantity(1).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(oneWithoutPurpose, day(2011, 1, 1)), "Art. 1(1)(b)")).hasStatus(Status.VIOLATION);
    }

    private RetentionRecord record(LocalDate on, long quantity) {
      return RetentionRecord.builder().on(on).quantity(quantity).addPurpose(Purpose.TRAINING_IN_DETECTION).addInstitution("Army engineers").build();
    }
  }

  @Nested
  class Article9 {

    @Test
    void noMeasureRecordedAsCompleteIsNonCompliantAndAnIncompleteRecordIsUnknown() {
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().nationalMeasuresKnown(true).build(), day(2011, 1, 1)), "Art. 9")).hasStatus(Status.NONCOMPLIANT);
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().build(), day(2011, 1, 1)), "Art. 9")).hasStatus(Status.UNKNOWN);
    }

    @Test
    void aLawWithPenalSanctionsMeetsTheArticle() {
      State state = Cases.greece().addNationalMeasure(NationalMeasure.builder().title("Law 3552/2007").kind(NationalMeasure.Kind.LEGISLATIVE)
          .adoptedOn(day(2007, 4, 2)).penalSanctions(true).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2011, 1, 1)), "Art. 9")).wasMetOn(Status.MET, day(2007, 4, 2));
    }

    @Test
    void measuresWithoutPenalSanctionsFallShort() {
      State state = Cases.greece().addNationalMeasure(NationalMeasure.builder().title("Decree").kind(NationalMeasure.Kind.ADMINISTRATIVE)
          .adoptedOn(day(2007, 4, 2)).penalSanctions(false).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2011, 1, 1)), "Art. 9")).hasStatus(Status.NONCOMPLIANT).says("none imposes penal sanctions");
    }
  }

  @Nested
  class Article18 {

    @Test
    void provisionalApplicationMakesArticle1BindFromDeposit() {
      State state = State.builder().name("Mauritius").iso3("MUS").signedOn(day(1997, 12, 3))
          .instrument(Instrument.builder().kind(InstrumentKind.RATIFICATION).depositedOn(day(1997, 12, 3)).provisionalApplication(true).build())
          .addActivity(Activity.of(ActivityKind.USE, day(1998, 6, 1)))
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(1998, 7, 1)), "Art. 1(1)(a)"))
          .hasStatus(Status.VIOLATION).hasReasonCiting("Art. 18");
      State without = State.builder().from(state)
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, day(1997, 12, 3))).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(without, day(1998, 7, 1)), "Art. 1(1)(a)")).hasStatus(Status.INFORMATION);
    }
  }
}
