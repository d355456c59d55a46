package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.math.IntMath;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.AmendmentProposal;
import org.minebantreaty.core.ClarificationCase;
import org.minebantreaty.core.Majorities;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.core.testing.TreatyFacts;

/** Laws of the procedures of Arts. 8, 12 and 13. */
class ProcedurePropertiesTest {

  @Test
  void thresholdsAgreeWithExactRationalArithmeticForEveryNumberOfStatesPartiesFrom40To200() {
    for (int total = 40; total <= 200; total++) {
      int third = IntMath.divide(total, 3, RoundingMode.CEILING);
      int majority = 0;
      while (majority * 2 <= total) {
        majority++;
      }
      assertThat(Majorities.smallestThirdOf(total)).isEqualTo(third);
      assertThat(Majorities.smallestMajorityOf(total)).isEqualTo(majority);
      for (int count = 0; count <= total; count++) {
        assertThat(Majorities.atLeastOneThird(count, total)).as("%s of %s", count, total).isEqualTo(count >= third);
        assertThat(Majorities.majorityOf(count, total)).as("%s of %s", count, total).isEqualTo(count >= majority);
        for (int against = 0; against <= total - count; against += 7) {
          boolean twoThirds = count + against > 0 && (long) count * 3 >= (long) (count + against) * 2;
          assertThat(Majorities.twoThirdsOfThoseVoting(count, against)).isEqualTo(twoThirds).isEqualTo(count + against > 0 && count >= 2 * against);
        }
      }
    }
    assertThat(Majorities.atLeastOneThird(55, 164)).isTrue();
    assertThat(Majorities.atLeastOneThird(54, 164)).isFalse();
    assertThat(Majorities.smallestMajorityOf(164)).isEqualTo(83);
  }

  @Test
  void aSpecialMeetingIsNeverFoundConvenedInTimeLaterThan28DaysAfterTheCommunication() {
    qt().forAll(TreatyFacts.specialMeetingProposals(), TreatyFacts.days()).checkAssert((proposal, day) -> {
      ClarificationCase clarification = ClarificationCase.builder().addRequestingState("NOR").requestedState("XXX")
          .requestReceivedOn(proposal.communicatedOn().minusDays(60)).specialMeeting(proposal).build();
      for (Finding finding : ComplianceProcedure.assess(clarification, day)) {
        if (!finding.citation().equals(Citation.article(8, 5)) || finding.deadline().isEmpty()) {
          continue;
        }
        assertThat(ChronoUnit.DAYS.between(proposal.communicatedOn(), finding.deadline().get())).isIn(14L, 28L);
        if (finding.status() == Status.MET && finding.summary().contains("convened")) {
          assertThat(finding.metOn().get()).isBeforeOrEqualTo(TreatyCalendar.specialMeetingConveningDeadline(proposal.communicatedOn()));
          assertThat(Majorities.atLeastOneThird(proposal.inFavourWithin14Days(), proposal.statesParties())).isTrue();
        }
      }
    });
  }

  @Test
  void everyMissionLimitIsFlaggedExactlyWhenBroken() {
    qt().forAll(TreatyFacts.missions()).checkAssert(mission -> {
      ClarificationCase clarification = ClarificationCase.builder().addRequestingState("NOR").requestedState("XXX")
          .requestReceivedOn(LocalDate.of(2029, 1, 1)).answeredOn(LocalDate.of(2029, 1, 2)).mission(mission).build();
      List<Finding> findings = ComplianceProcedure.assess(clarification, LocalDate.of(2040, 1, 1));
      long experts = findings.stream().filter(f -> f.citation().equals(Citation.article(8, 8)) && f.summary().contains(" experts; at most")).count();
      assertThat(experts).isEqualTo(mission.expertNationalities().size() > 9 ? 1 : 0);
      long nationals = findings.stream().filter(f -> f.citation().equals(Citation.article(8, 10))).count();
      assertThat(nationals).isEqualTo(mission.expertNationalities().stream().filter("NOR"::equals).count());
      long notice = findings.stream().filter(f -> f.citation().equals(Citation.article(8, 11))).count();
      assertThat(notice).isEqualTo(java.time.Duration.between(mission.notifiedAt(), mission.arrivedAt()).toHours() < 72 ? 1 : 0);
      long stays = findings.stream().filter(f -> f.citation().equals(Citation.article(8, 15))).count();
      long expectedStays = mission.longerStayAgreed() ? 0
          : (mission.daysInTerritory() > 14 ? 1 : 0) + mission.daysAtSites().values().stream().filter(d -> d > 7).count();
      assertThat(stays).isEqualTo(expectedStays);
    });
  }

  @Test
  void anAmendmentEntersIntoForceForAnAcceptorNeitherBeforeTheMajorityNorBeforeItsOwnDeposit() {
    qt().forAll(TreatyFacts.amendmentProposals(), TreatyFacts.days()).checkAssert((proposal, day) -> {
      List<LocalDate> deposits = new ArrayList<>(proposal.acceptances().stream().filter(d -> !d.isAfter(day)).toList());
      Collections.sort(deposits);
      int majority = Majorities.smallestMajorityOf(proposal.statesParties());
      assertThat(AmendmentProcedure.entryIntoForce(proposal, day).isPresent()).isEqualTo(deposits.size() >= majority);
      for (LocalDate accepted : deposits) {
        AmendmentProcedure.entryIntoForceFor(proposal, accepted, day).ifPresent(inForce ->
            assertThat(inForce).isAfterOrEqualTo(accepted).isAfterOrEqualTo(deposits.get(majority - 1)));
      }
      assertThat(AmendmentProcedure.assess(proposal, day)).isNotEmpty();
    });
  }

  @Test
  void reviewConferencesLessThanFiveCalendarYearsApartAreAlwaysFlagged() {
    qt().forAll(TreatyFacts.daysBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2040, 12, 31)), TreatyFacts.daysBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2040, 12, 31)))
        .checkAssert((a, b) -> {
          LocalDate first = a.isBefore(b) ? a : b;
          LocalDate second = a.isBefore(b) ? b : a;
          List<Meeting> calendar = List.of(
              Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "1MSP", LocalDate.of(1999, 5, 3), LocalDate.of(1999, 5, 7)),
              Meeting.of(MeetingKind.REVIEW_CONFERENCE, "1RC", LocalDate.of(2004, 11, 29), LocalDate.of(2004, 12, 3)),
              Meeting.of(MeetingKind.REVIEW_CONFERENCE, "A", first, first),
              Meeting.of(MeetingKind.REVIEW_CONFERENCE, "B", second, second));
          List<Finding> findings = MeetingCalendar.check(calendar);
          Finding onB = findings.stream().filter(f -> f.subject().equals("B")).findFirst().orElseThrow();
          assertThat(onB.status() == Status.NONCOMPLIANT).isEqualTo(second.getYear() - first.getYear() < 5);
        });
  }
}
