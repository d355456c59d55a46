package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import com.google.common.collect.ImmutableSet;
import java.time.Year;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ReportKind;
import org.minebantreaty.core.ReportSection;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TransparencyReport;

/** Art. 7 — Transparency measures. Palestine: acceded 29 December 2017, in force 1 June 2018, initial report due 28 November 2018. */
class TransparencyReportsTest {

  static State.Builder palestine() {
    return Cases.acceded("State of Palestine", "PSE", day(2017, 12, 29));
  }

  @Nested
  class Paragraph1 {

    @Test
    void theInitialReportIsDue180DaysAfterEntryIntoForce() {
      FindingAssert.assertThat(Cases.only(Cases.assess(palestine().build(), day(2018, 7, 1)), "Art. 7(1)"))
          .hasStatus(Status.PENDING).hasDeadline(day(2018, 11, 28));
    }

    @Test
    void anInitialReportOnTheDeadlineIsOnTimeAndADayLaterIsLate() {
      FindingAssert.assertThat(Cases.only(Cases.assess(palestine().addTransparencyReport(TransparencyReport.initial(day(2018, 11, 28))).build(), day(2019, 1, 1)), "Art. 7(1)"))
          .wasMetOn(Status.MET, day(2018, 11, 28));
      FindingAssert.assertThat(Cases.only(Cases.assess(palestine().addTransparencyReport(TransparencyReport.initial(day(2018, 11, 29))).build(), day(2019, 1, 1)), "Art. 7(1)"))
          .wasMetOn(Status.MET_LATE, day(2018, 11, 29)).says("1 day later than due");
    }

    @Test
    void aMissingInitialReportIsOverdueOnlyWhenTheRecordIsComplete() {
      FindingAssert.assertThat(Cases.only(Cases.assess(palestine().transparencyReportsKnown(true).build(), day(2019, 1, 1)), "Art. 7(1)"))
          .isOverdueSince(day(2018, 11, 29));
      FindingAssert.assertThat(Cases.only(Cases.assess(palestine().build(), day(2019, 1, 1)), "Art. 7(1)")).hasStatus(Status.UNKNOWN);
    }

    @Test
    void aReportLackingASectionIsFlaggedUnderThatSubParagraph() {
      ImmutableSet<ReportSection> noMinedAreas = ImmutableSet.copyOf(EnumSet.complementOf(EnumSet.of(ReportSection.MINED_AREAS)));
      State state = palestine().addTransparencyReport(TransparencyReport.builder().kind(ReportKind.INITIAL).submittedOn(day(2018, 11, 1)).sections(noMinedAreas).build()).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2019, 1, 1)), "Art. 7(1)(c)"))
          .hasStatus(Status.NONCOMPLIANT).hasReasonCiting(Interpretations.NIL_RETURNS.reference());
    }
  }

  @Nested
  class Paragraph2 {

    @Test
    void theFirstAnnualReportCoversTheYearOfEntryIntoForceAndIsDueOn30AprilOfTheNext() {
      Assessment assessment = Cases.assess(palestine().build(), day(2019, 1, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 7(2)")).hasStatus(Status.PENDING).hasDeadline(day(2019, 4, 30)).says("covering 2018");
      assertThat(assessment.deadlines().nextAnnualReport()).contains(day(2019, 4, 30));
    }

    @Test
    void onThirtiethAprilItselfTheAnnualReportIsStillPendingAndOverdueTheDayAfter() {
      State state = palestine().transparencyReportsKnown(true).addTransparencyReport(TransparencyReport.initial(day(2018, 11, 1))).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2019, 4, 30)), "Art. 7(2)")).hasStatus(Status.PENDING).hasDeadline(day(2019, 4, 30));
      FindingAssert.assertThat(Cases.citing(Cases.assess(state, day(2019, 5, 1)), "Art. 7(2)").get(0)).isOverdueSince(day(2019, 5, 1));
    }

    @Test
    void aStateBoundFromDecemberOwesNoReportForThatYearBecauseTheInitialReportCoversIt() {
      State tonga = Cases.acceded("Tonga", "TON", day(2025, 6, 25)).build();
      assertThat(Cases.assess(tonga, day(2026, 1, 1)).deadlines().nextAnnualReport()).contains(day(2027, 4, 30));
    }

    @Test
    void aYearReportedTwiceCountsByItsFirstSubmissionWhateverTheOrderListed() {
      TransparencyReport onTime = TransparencyReport.annual(Year.of(2018), day(2019, 4, 20));
      TransparencyReport resubmitted = TransparencyReport.annual(Year.of(2018), day(2019, 9, 1));
      for (boolean onTimeFirst : new boolean[] {true, false}) {
        State state = palestine().transparencyReportsKnown(true)
            .addTransparencyReport(TransparencyReport.initial(day(2018, 11, 1)))
            .addTransparencyReport(onTimeFirst ? onTime : resubmitted)
            .addTransparencyReport(onTimeFirst ? resubmitted : onTime)
            .build();
        Assessment assessment = Cases.assess(state, day(2019, 12, 1));
        assertThat(Cases.citing(assessment, "Art. 7(2)")).extracting(Finding::status).as("on time first: %s", onTimeFirst)
            .containsExactly(Status.PENDING, Status.MET);
        FindingAssert.assertThat(Cases.citing(assessment, "Art. 7(2)").get(1)).wasMetOn(Status.MET, day(2019, 4, 20));
      }
    }

    @Test
    void lateAndMissingAnnualReportsAreFoundAndOnTimeOnesAreCounted() {
      State state = palestine().transparencyReportsKnown(true)
          .addTransparencyReport(TransparencyReport.initial(day(2018, 11, 1)))
          .addTransparencyReport(TransparencyReport.annual(Year.of(2018), day(2019, 4, 30)))
          .addTransparencyReport(TransparencyReport.annual(Year.of(2019), day(2020, 5, 1)))
          .build();
      Assessment assessment = Cases.assess(state, day(2021, 5, 1));
      assertThat(Cases.citing(assessment, "Art. 7(2)")).extracting(Finding::status)
          .containsExactly(Status.MET_LATE, Status.OVERDUE, Status.PENDING, Status.MET);
      FindingAssert.assertThat(Cases.citing(assessment, "Art. 7(2)").get(1)).isOverdueSince(day(2021, 5, 1)).says("covering 2020");
    }
  }
}
