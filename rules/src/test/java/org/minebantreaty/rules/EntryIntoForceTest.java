package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.State;

/** Art. 17 — Entry into force. */
class EntryIntoForceTest {

  @Nested
  class Paragraph1 {

    @Test
    void burkinaFasosFortiethInstrumentBroughtTheConventionIntoForceOnFirstMarch1999() {
      State burkina = Cases.ratified("Burkina Faso", "BFA", day(1998, 9, 16)).build();
      Finding finding = Cases.only(Cases.assess(burkina, day(2000, 1, 1)), "Art. 17");
      FindingAssert.assertThat(finding).hasStatus(Status.INFORMATION).says("In force for Burkina Faso since 1 March 1999").hasReasonCiting("Art. 17(1)");
    }
  }

  @Nested
  class Paragraph2 {

    @Test
    void sriLankaDepositedOn13December2017AndWasBoundFrom1June2018() {
      State sriLanka = Cases.acceded("Sri Lanka", "LKA", day(2017, 12, 13)).build();
      Assessment before = Cases.assess(sriLanka, day(2018, 5, 31));
      Assessment after = Cases.assess(sriLanka, day(2018, 6, 1));
      FindingAssert.assertThat(Cases.only(before, "Art. 17")).hasStatus(Status.NOT_YET_BINDING).says("will enter into force for Sri Lanka on 1 June 2018").hasReasonCiting("Art. 17(2)");
      FindingAssert.assertThat(Cases.only(after, "Art. 17")).hasStatus(Status.INFORMATION);
      assertThat(after.deadlines().entryIntoForce()).contains(day(2018, 6, 1));
      assertThat(after.deadlines().initialReport()).contains(day(2018, 11, 28));
    }

    @Test
    void aDepositTheDayAfterTheFortiethStillEntersIntoForceOnFirstMarch1999UnderParagraph2() {
      State state = Cases.ratified("Later", "LAT", day(1998, 9, 17)).build();
      Finding finding = Cases.only(Cases.assess(state, day(2000, 1, 1)), "Art. 17");
      FindingAssert.assertThat(finding).hasReasonCiting("Art. 17(2)").says("since 1 March 1999");
    }

    @Test
    void beforeEntryIntoForceEveryDeadlineArticleSaysNotYetBinding() {
      Assessment assessment = Cases.assess(Cases.acceded("Tonga", "TON", day(2025, 6, 25)).build(), day(2025, 11, 30));
      assertThat(assessment.findings()).isNotEmpty().allSatisfy(finding -> assertThat(finding.status()).isEqualTo(Status.NOT_YET_BINDING));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 4")).hasDeadline(day(2029, 12, 1));
    }
  }

  @Nested
  class Succession {

    @Test
    void southSudanIsBoundFromItsIndependenceOn9July2011AsTheDepositaryRecords() {
      State southSudan = State.builder().name("South Sudan").iso3("SSD")
          .instrument(Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(day(2011, 11, 11)).successionDate(day(2011, 7, 9)).build())
          .build();
      Assessment assessment = Cases.assess(southSudan, day(2020, 1, 1));
      assertThat(assessment.deadlines().entryIntoForce()).contains(day(2011, 7, 9));
      assertThat(assessment.deadlines().stockpileDestruction()).contains(day(2015, 7, 9));
      assertThat(assessment.deadlines().minedAreaOriginal()).contains(day(2021, 7, 9));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 17")).hasReasonCiting(Interpretations.SUCCESSION.reference());
    }

    @Test
    void withoutADateOfSuccessionTheNotificationIsTreatedAsADeposit() {
      State state = State.builder().name("South Sudan").iso3("SSD")
          .instrument(Instrument.of(InstrumentKind.SUCCESSION, day(2011, 11, 11))).build();
      assertThat(Cases.assess(state, day(2020, 1, 1)).deadlines().entryIntoForce()).contains(day(2012, 5, 1));
    }
  }

  @Nested
  class NoInstrument {

    @Test
    void aSignatoryThatHasNotRatifiedIsNotBound() {
      State marshallIslands = State.builder().name("Marshall Islands").iso3("MHL").signedOn(day(1997, 12, 4)).build();
      Assessment assessment = Cases.assess(marshallIslands, day(2020, 1, 1));
      assertThat(assessment.findings()).hasSize(1);
      FindingAssert.assertThat(assessment.findings().get(0)).cites("Art. 17").hasStatus(Status.NOT_APPLICABLE).says("signed on 4 December 1997");
      assertThat(assessment.deadlines().entryIntoForce()).isEmpty();
    }

    @Test
    void anInstrumentDepositedAfterTheAssessmentDateIsNotYetKnown() {
      State marshallIslands = State.builder().name("Marshall Islands").iso3("MHL").signedOn(day(1997, 12, 4))
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, day(2025, 3, 12))).build();
      assertThat(Cases.assess(marshallIslands, day(2025, 3, 11)).findings()).singleElement()
          .satisfies(f -> assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE));
      assertThat(Cases.assess(marshallIslands, day(2025, 3, 12)).deadlines().entryIntoForce()).contains(day(2025, 9, 1));
    }
  }

  @Nested
  class Article18ProvisionalApplication {

    @Test
    void aDeclarationIsExplainedAndMovesNoDeadline() {
      State state = State.builder().name("Mauritius").iso3("MUS").signedOn(day(1997, 12, 3))
          .instrument(Instrument.builder().kind(InstrumentKind.RATIFICATION).depositedOn(day(1997, 12, 3)).provisionalApplication(true).build())
          .build();
      Assessment assessment = Cases.assess(state, day(1998, 6, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 17")).hasStatus(Status.NOT_YET_BINDING).hasReasonCiting("Art. 18");
      assertThat(assessment.deadlines().stockpileDestruction()).contains(day(2003, 3, 1));
    }
  }
}
