package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.AmendmentProposal;
import org.minebantreaty.core.ClarificationCase;
import org.minebantreaty.core.FactFindingMission;
import org.minebantreaty.core.Majorities;
import org.minebantreaty.core.Meeting;
import org.minebantreaty.core.MeetingKind;
import org.minebantreaty.core.ProcedureDecision;
import org.minebantreaty.core.SpecialMeetingProposal;
import org.minebantreaty.core.Votes;

/** Arts. 8, 11, 12 and 13: the procedures of the States Parties. */
class ProceduresTest {

  static ClarificationCase.Builder request() {
    return ClarificationCase.builder().addRequestingState("NOR").requestedState("XXX").requestReceivedOn(day(2030, 3, 2));
  }

  @Nested
  class Article8Paragraph2 {

    @Test
    void theRequestedStateAnswersWithin28Days() {
      FindingAssert.assertThat(ComplianceProcedure.assess(request().build(), day(2030, 3, 30)).get(0)).hasStatus(Status.PENDING).hasDeadline(day(2030, 3, 30));
      FindingAssert.assertThat(ComplianceProcedure.assess(request().build(), day(2030, 3, 31)).get(0)).isOverdueSince(day(2030, 3, 31)).hasReasonCiting("Art. 8(3)");
      FindingAssert.assertThat(ComplianceProcedure.assess(request().answeredOn(day(2030, 3, 30)).build(), day(2030, 4, 1)).get(0)).wasMetOn(Status.MET, day(2030, 3, 30));
    }
  }

  @Nested
  class Article8Paragraph3 {

    @Test
    void theMatterGoesToAMeetingOnlyOnceTheTwentyEightDaysHaveRunOutWithoutAnAnswer() {
      FindingAssert.assertThat(ComplianceProcedure.assess(request().submittedToMeetingOn(day(2030, 3, 31)).build(), day(2030, 4, 1)).get(1))
          .cites("Art. 8(3)").hasStatus(Status.INFORMATION);
      FindingAssert.assertThat(ComplianceProcedure.assess(request().submittedToMeetingOn(day(2030, 3, 30)).build(), day(2030, 4, 1)).get(1))
          .cites("Art. 8(3)").hasStatus(Status.NONCOMPLIANT).says("before the 28 days");
      Finding afterAnAnswer = ComplianceProcedure.assess(request().answeredOn(day(2030, 3, 20)).submittedToMeetingOn(day(2030, 4, 5)).build(), day(2030, 4, 6)).get(1);
      FindingAssert.assertThat(afterAnAnswer).hasStatus(Status.UNKNOWN).says("lawful only if that answer was unsatisfactory");
    }
  }

  @Nested
  class Article8Paragraph5 {

    SpecialMeetingProposal.Builder proposal(int inFavour) {
      return SpecialMeetingProposal.builder().communicatedOn(day(2030, 5, 1)).statesParties(164).inFavourWithin14Days(inFavour);
    }

    @Test
    void oneThirdOf164IsMetBy55AndNotBy54() {
      assertThat(Majorities.atLeastOneThird(55, 164)).isTrue();
      assertThat(Majorities.atLeastOneThird(54, 164)).isFalse();
      List<Finding> refused = ComplianceProcedure.assess(request().specialMeeting(proposal(54).build()).build(), day(2030, 6, 1));
      FindingAssert.assertThat(refused.get(1)).cites("Art. 8(5)").hasStatus(Status.INFORMATION).says("fewer than one third");
      List<Finding> supported = ComplianceProcedure.assess(request().specialMeeting(proposal(55).build()).build(), day(2030, 5, 20));
      FindingAssert.assertThat(supported.get(1)).hasStatus(Status.PENDING).hasDeadline(day(2030, 5, 29));
    }

    @Test
    void aSupportedSpecialMeetingConvenesWithinTwentyEightDaysOfTheCommunicationWithAQuorum() {
      List<Finding> findings = ComplianceProcedure.assess(
          request().specialMeeting(proposal(60).convenedOn(day(2030, 5, 29)).present(82).build()).build(), day(2030, 6, 1));
      FindingAssert.assertThat(findings.get(1)).wasMetOn(Status.MET, day(2030, 5, 29));
      FindingAssert.assertThat(findings.get(2)).hasStatus(Status.NONCOMPLIANT).says("82 of 164 States Parties present: no quorum (a majority is 83)");
      FindingAssert.assertThat(ComplianceProcedure.assess(
          request().specialMeeting(proposal(60).convenedOn(day(2030, 5, 30)).build()).build(), day(2030, 6, 1)).get(1))
          .wasMetOn(Status.MET_LATE, day(2030, 5, 30));
    }
  }

  @Nested
  class Article8FactFinding {

    FactFindingMission.Builder mission() {
      return FactFindingMission.builder()
          .addExpertNationalities("CHE", "SWE", "NZL")
          .notifiedAt(LocalDateTime.of(2030, 7, 1, 9, 0))
          .arrivedAt(LocalDateTime.of(2030, 7, 4, 9, 0))
          .daysInTerritory(14)
          .putDaysAtSite("site A", 7);
    }

    @Test
    void aMissionAuthorisedByMajorityThatKeepsEveryLimitMeetsTheArticle() {
      ClarificationCase clarification = request().answeredOn(day(2030, 3, 20))
          .addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.FACT_FINDING_MISSION, day(2030, 6, 1), Votes.of(70, 40, 20)))
          .mission(mission().build()).build();
      List<Finding> findings = ComplianceProcedure.assess(clarification, day(2030, 8, 1));
      assertThat(findings).noneMatch(f -> f.status().isAdverse());
      FindingAssert.assertThat(findings.get(findings.size() - 1)).cites("Art. 8(8)").says("met every requirement");
    }

    @Test
    void aMissionThatOverstaysArrivesOnShortNoticeAndIncludesANationalOfTheRequesterIsFlaggedOnEachCount() {
      ClarificationCase clarification = request().answeredOn(day(2030, 3, 20))
          .addDecision(ProcedureDecision.byConsensus(ProcedureDecision.Matter.FACT_FINDING_MISSION, day(2030, 6, 1)))
          .mission(mission().addExpertNationalities("NOR")
              .arrivedAt(LocalDateTime.of(2030, 7, 4, 8, 0))
              .daysInTerritory(16).putDaysAtSite("site B", 8).build())
          .build();
      List<Finding> adverse = ComplianceProcedure.assess(clarification, day(2030, 8, 1)).stream().filter(f -> f.status().isAdverse()).toList();
      assertThat(adverse).extracting(f -> f.citation().reference()).containsExactly("Art. 8(10)", "Art. 8(11)", "Art. 8(15)", "Art. 8(15)");
      assertThat(adverse.get(1).summary()).contains("71 hours");
    }

    @Test
    void tenExpertsAreOneTooMany() {
      ClarificationCase clarification = request().answeredOn(day(2030, 3, 20))
          .mission(mission().invitedByRequestedState(true).expertNationalities(List.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10")).build())
          .build();
      assertThat(ComplianceProcedure.assess(clarification, day(2030, 8, 1))).anySatisfy(f ->
          FindingAssert.assertThat(f).cites("Art. 8(8)").hasStatus(Status.NONCOMPLIANT).says("10 experts"));
    }

    @Test
    void measuresNeedTwoThirdsOfThoseVoting() {
      ClarificationCase clarification = request().answeredOn(day(2030, 3, 20))
          .addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.MEASURES, day(2030, 9, 1), Votes.of(80, 40, 30)))
          .addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.MEASURES, day(2030, 9, 2), Votes.of(79, 40, 30)))
          .build();
      List<Finding> findings = ComplianceProcedure.assess(clarification, day(2030, 9, 3));
      FindingAssert.assertThat(findings.get(1)).cites("Art. 8(20)").says("Adopted");
      FindingAssert.assertThat(findings.get(2)).cites("Art. 8(20)").says("Not adopted");
    }
  }

  @Nested
  class Articles11And12 {

    final List<Meeting> record = List.of(
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "1MSP (Maputo)", day(1999, 5, 3), day(1999, 5, 7)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "2MSP (Geneva)", day(2000, 9, 11), day(2000, 9, 15)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "3MSP (Managua)", day(2001, 9, 18), day(2001, 9, 21)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "4MSP (Geneva)", day(2002, 9, 16), day(2002, 9, 20)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "5MSP (Bangkok)", day(2003, 9, 15), day(2003, 9, 19)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "First Review Conference (Nairobi)", day(2004, 11, 29), day(2004, 12, 3)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "Second Review Conference (Cartagena)", day(2009, 11, 30), day(2009, 12, 4)),
        Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "12MSP (Geneva)", day(2012, 12, 3), day(2012, 12, 7)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "Third Review Conference (Maputo)", day(2014, 6, 23), day(2014, 6, 27)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "Fourth Review Conference (Oslo)", day(2019, 11, 25), day(2019, 11, 29)),
        Meeting.of(MeetingKind.REVIEW_CONFERENCE, "Fifth Review Conference (Siem Reap-Angkor)", day(2024, 11, 25), day(2024, 11, 29)));

    @Test
    void theStatesPartiesOwnCalendarKeepsEverySpacingRule() {
      List<Finding> findings = MeetingCalendar.check(record);
      assertThat(findings).noneMatch(f -> f.status().isAdverse());
      FindingAssert.assertThat(findings.get(0)).cites("Art. 11(2)").wasMetOn(Status.MET, day(1999, 5, 3));
      assertThat(findings).anySatisfy(f -> FindingAssert.assertThat(f).says("Third Review Conference (Maputo) opened in 2014, 5 years after").hasReasonCiting(MeetingCalendar.INTERVALS.reference()));
    }

    @Test
    void aReviewConferenceFourYearsAfterTheLastIsTooSoonAndAMissingAnnualMeetingIsFound() {
      List<Finding> findings = MeetingCalendar.check(List.of(
          Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "1MSP", day(1999, 5, 3), day(1999, 5, 7)),
          Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, "3MSP", day(2001, 9, 18), day(2001, 9, 21)),
          Meeting.of(MeetingKind.REVIEW_CONFERENCE, "1RC", day(2004, 11, 29), day(2004, 12, 3)),
          Meeting.of(MeetingKind.REVIEW_CONFERENCE, "2RC", day(2008, 11, 30), day(2008, 12, 4))));
      assertThat(findings.stream().filter(f -> f.status().isAdverse()).map(Finding::summary))
          .anySatisfy(s -> assertThat(s).contains("No Meeting of the States Parties in 2000"))
          .anySatisfy(s -> assertThat(s).contains("2RC opened in 2008, 4 years after"));
    }

    @Test
    void theForumsThatCanDecideARequestBeforeADeadline() {
      assertThat(MeetingCalendar.forumsBefore(day(2014, 3, 1), record, day(2012, 1, 1))).extracting(Meeting::name).containsExactly("12MSP (Geneva)");
      assertThat(MeetingCalendar.forumsBefore(day(2012, 12, 6), record, day(2012, 1, 1))).isEmpty();
    }
  }

  @Nested
  class Article13 {

    AmendmentProposal.Builder proposal(int support) {
      return AmendmentProposal.builder().circulatedOn(day(2031, 1, 10)).statesParties(160).supportWithin30Days(support);
    }

    @Test
    void aConferenceNeedsAMajorityWithin30DaysAndAdoptionTwoThirds() {
      FindingAssert.assertThat(AmendmentProcedure.assess(proposal(80).build(), day(2031, 3, 1)).get(0)).says("not a majority; none is convened");
      FindingAssert.assertThat(AmendmentProcedure.assess(proposal(80).conferenceOpenedOn(day(2031, 11, 1)).build(), day(2031, 12, 1)).get(0))
          .hasStatus(Status.NONCOMPLIANT);
      List<Finding> adopted = AmendmentProcedure.assess(proposal(81).conferenceOpenedOn(day(2031, 11, 1)).adoptionVote(Votes.of(100, 50, 10)).build(), day(2031, 12, 1));
      FindingAssert.assertThat(adopted.get(1)).cites("Art. 13(4)").says("Adopted");
    }

    @Test
    void anAmendmentEntersIntoForceOnTheMajorityDepositThenOnEachLaterOne() {
      AmendmentProposal.Builder builder = proposal(120).conferenceOpenedOn(day(2031, 11, 1)).adoptionVote(Votes.of(120, 10, 0));
      for (int i = 0; i < 81; i++) {
        builder.addAcceptance(day(2032, 1, 1).plusDays(i));
      }
      AmendmentProposal amendment = builder.build();
      // 81 of 160 is the smallest majority; the 81st deposit is 1 January 2032 + 80 days = 21 March 2032 (a leap year).
      assertThat(AmendmentProcedure.entryIntoForce(amendment, day(2032, 3, 21))).contains(day(2032, 3, 21));
      assertThat(AmendmentProcedure.entryIntoForce(amendment, day(2032, 3, 20))).isEmpty();
      assertThat(AmendmentProcedure.entryIntoForceFor(amendment, day(2032, 1, 5), day(2033, 1, 1))).contains(day(2032, 3, 21));
      assertThat(AmendmentProcedure.entryIntoForceFor(amendment, day(2032, 6, 1), day(2033, 1, 1))).contains(day(2032, 6, 1));
    }
  }

  /**
   * Nothing dated after the day judged counts: a case holding answers, referrals, meetings, decisions,
   * missions, votes and acceptances still to come is found on each day exactly as the same case
   * written with only what had happened by then.
   */
  @Nested
  class NoHindsight {

    private final java.time.LocalDate[] days = {day(2030, 3, 20), day(2030, 4, 1), day(2030, 4, 12), day(2030, 4, 22), day(2030, 5, 10),
        day(2030, 5, 22), day(2030, 5, 28), day(2030, 6, 15), day(2030, 7, 10)};

    /** The clarification as it stood on {@code asOf}, written out by hand. */
    private ClarificationCase clarificationKnownOn(java.time.LocalDate asOf) {
      ClarificationCase.Builder known = request();
      if (!day(2030, 4, 10).isAfter(asOf)) {
        known.answeredOn(day(2030, 4, 10));
      }
      if (!day(2030, 4, 20).isAfter(asOf)) {
        known.submittedToMeetingOn(day(2030, 4, 20));
      }
      if (!day(2030, 5, 1).isAfter(asOf)) {
        SpecialMeetingProposal.Builder meeting = SpecialMeetingProposal.builder().communicatedOn(day(2030, 5, 1)).statesParties(164).inFavourWithin14Days(60);
        if (!day(2030, 5, 20).isAfter(asOf)) {
          meeting.convenedOn(day(2030, 5, 20)).present(90);
        }
        known.specialMeeting(meeting.build());
      }
      if (!day(2030, 5, 25).isAfter(asOf)) {
        known.addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.FACT_FINDING_MISSION, day(2030, 5, 25), Votes.of(90, 60, 20)));
      }
      if (!day(2030, 7, 4).isAfter(asOf)) {
        known.mission(FactFindingMission.builder().addExpertNationalities("CHE", "SWE", "NZL").notifiedAt(LocalDateTime.of(2030, 7, 1, 9, 0))
            .arrivedAt(LocalDateTime.of(2030, 7, 4, 9, 0)).daysInTerritory(14).putDaysAtSite("site A", 7).build());
      }
      return known.build();
    }

    @Test
    void aClarificationIsFoundOnEachDayAsItStoodThen() {
      ClarificationCase whole = clarificationKnownOn(day(2100, 1, 1));
      for (java.time.LocalDate asOf : days) {
        assertThat(ComplianceProcedure.assess(whole, asOf)).as("on %s", asOf).isEqualTo(ComplianceProcedure.assess(clarificationKnownOn(asOf), asOf));
      }
      // The law is not empty: each of those facts changes what is found once its day has come.
      assertThat(ComplianceProcedure.assess(whole, day(2030, 7, 10))).isNotEqualTo(ComplianceProcedure.assess(clarificationKnownOn(day(2030, 7, 3)), day(2030, 7, 10)));
      assertThat(ComplianceProcedure.assess(whole, day(2030, 5, 28))).isNotEqualTo(ComplianceProcedure.assess(clarificationKnownOn(day(2030, 5, 24)), day(2030, 5, 28)));
      assertThat(ComplianceProcedure.assess(whole, day(2030, 5, 22))).isNotEqualTo(ComplianceProcedure.assess(clarificationKnownOn(day(2030, 5, 19)), day(2030, 5, 22)));
      assertThat(ComplianceProcedure.assess(whole, day(2030, 4, 22))).isNotEqualTo(ComplianceProcedure.assess(clarificationKnownOn(day(2030, 4, 19)), day(2030, 4, 22)));
      assertThat(ComplianceProcedure.assess(whole, day(2030, 4, 12))).isNotEqualTo(ComplianceProcedure.assess(clarificationKnownOn(day(2030, 4, 9)), day(2030, 4, 12)));
    }

    @Test
    void aReferralAfterALateAnswerIsTheRightOfArticle8Paragraph3() {
      // Answered after the 28 days (30 March), then referred: no timely answer stood in the way.
      Finding referral = ComplianceProcedure.assess(request().answeredOn(day(2030, 4, 10)).submittedToMeetingOn(day(2030, 4, 20)).build(), day(2030, 4, 21)).get(1);
      FindingAssert.assertThat(referral).cites("Art. 8(3)").hasStatus(Status.INFORMATION);
      // Referred on 29 March, before the 28 days ran out on 30 March: too early, though the answer then came in time.
      Finding beforeTheAnswer = ComplianceProcedure.assess(request().answeredOn(day(2030, 3, 30)).submittedToMeetingOn(day(2030, 3, 29)).build(), day(2030, 4, 21)).get(1);
      FindingAssert.assertThat(beforeTheAnswer).cites("Art. 8(3)").hasStatus(Status.NONCOMPLIANT);
    }

    /** The amendment as it stood on {@code asOf}, written out by hand. */
    private AmendmentProposal amendmentKnownOn(java.time.LocalDate asOf) {
      AmendmentProposal.Builder known = AmendmentProposal.builder().circulatedOn(day(2031, 1, 10)).statesParties(160).supportWithin30Days(100);
      if (!day(2031, 11, 1).isAfter(asOf)) {
        known.conferenceOpenedOn(day(2031, 11, 1)).adoptionVote(Votes.of(120, 10, 0));
      }
      for (int i = 0; i < 90; i++) {
        java.time.LocalDate accepted = day(2032, 1, 1).plusDays(i);
        if (!accepted.isAfter(asOf)) {
          known.addAcceptance(accepted);
        }
      }
      return known.build();
    }

    @Test
    void anAmendmentIsFoundOnEachDayAsItStoodThen() {
      AmendmentProposal whole = amendmentKnownOn(day(2100, 1, 1));
      for (java.time.LocalDate asOf : List.of(day(2031, 1, 20), day(2031, 3, 1), day(2031, 10, 31), day(2031, 11, 1), day(2032, 1, 15),
          day(2032, 3, 20), day(2032, 3, 21), day(2032, 5, 1))) {
        assertThat(AmendmentProcedure.assess(whole, asOf)).as("on %s", asOf).isEqualTo(AmendmentProcedure.assess(amendmentKnownOn(asOf), asOf));
      }
      assertThat(AmendmentProcedure.assess(whole, day(2031, 11, 2))).isNotEqualTo(AmendmentProcedure.assess(amendmentKnownOn(day(2031, 10, 31)), day(2031, 11, 2)));
      assertThat(AmendmentProcedure.assess(whole, day(2032, 1, 15))).isNotEqualTo(AmendmentProcedure.assess(amendmentKnownOn(day(2032, 1, 10)), day(2032, 1, 15)));
    }
  }

  /** The clocks and counts of Art. 8 on either side of their edges. */
  @Nested
  class Edges {

    @Test
    void supportForASpecialMeetingIsCountedForFourteenDaysAndNoLonger() {
      SpecialMeetingProposal unsupported = SpecialMeetingProposal.builder().communicatedOn(day(2030, 5, 1)).statesParties(164).inFavourWithin14Days(54)
          .convenedOn(day(2030, 5, 20)).present(90).build();
      java.time.LocalDate closes = org.minebantreaty.core.TreatyCalendar.specialMeetingSupportDeadline(day(2030, 5, 1));
      assertThat(closes).isEqualTo(day(2030, 5, 15));
      Finding open = ComplianceProcedure.assess(request().specialMeeting(unsupported).build(), closes).get(1);
      FindingAssert.assertThat(open).cites("Art. 8(5)").hasStatus(Status.PENDING).hasDeadline(closes);
      // Convened only on 20 May: on the 15th it has not been.
      assertThat(open.convened()).contains(false);
      Finding closed = ComplianceProcedure.assess(request().specialMeeting(unsupported).build(), closes.plusDays(1)).get(1);
      // Without a third's support and not yet convened: nothing to object to until it is.
      assertThat(closed.status()).isEqualTo(Status.INFORMATION);
      FindingAssert.assertThat(ComplianceProcedure.assess(request().specialMeeting(unsupported).build(), day(2030, 5, 20)).get(1))
          .hasStatus(Status.NONCOMPLIANT);
      // A proposal communicated after the day judged is not yet one.
      assertThat(ComplianceProcedure.assess(request().specialMeeting(unsupported).build(), day(2030, 4, 30))).hasSize(1);
      assertThat(closed.deadline()).isEmpty();
    }

    @Test
    void aMissionTheRequestedStateInvitedNeedsNoDecisionAndMayHaveNineExperts() {
      ClarificationCase invited = request().answeredOn(day(2030, 3, 20))
          .mission(FactFindingMission.builder().invitedByRequestedState(true)
              .expertNationalities(List.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09"))
              .notifiedAt(LocalDateTime.of(2030, 7, 1, 9, 0)).arrivedAt(LocalDateTime.of(2030, 7, 4, 9, 0)).daysInTerritory(14)
              .putDaysAtSite("site A", 7).build())
          .build();
      List<Finding> findings = ComplianceProcedure.assess(invited, day(2030, 8, 1));
      assertThat(findings).noneMatch(f -> f.status().isAdverse());
      FindingAssert.assertThat(findings.get(findings.size() - 1)).cites("Art. 8(8)").says("met every requirement");
    }

    @Test
    void aDecisionByConsensusIsAdoptedAMissionByVoteNeedsAMajorityAndMeasuresTwoThirds() {
      List<Finding> byConsensus = ComplianceProcedure.assess(request().answeredOn(day(2030, 3, 20))
          .addDecision(ProcedureDecision.byConsensus(ProcedureDecision.Matter.MEASURES, day(2030, 9, 1))).build(), day(2030, 9, 2));
      assertThat(byConsensus).filteredOn(f -> f.code().equals(FindingCodes.ART8_20_MEASURES)).singleElement()
          .satisfies(f -> assertThat(f.adopted()).contains(true));
      List<Finding> byVote = ComplianceProcedure.assess(request().answeredOn(day(2030, 3, 20))
          .addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.FACT_FINDING_MISSION, day(2030, 6, 1), Votes.of(40, 40, 0))).build(), day(2030, 9, 2));
      // A tie is no majority of those voting.
      assertThat(byVote).filteredOn(f -> f.code().equals(FindingCodes.ART8_8_DECISION)).singleElement()
          .satisfies(f -> assertThat(f.adopted()).contains(false));
      // 60 of 90 votes cast is two thirds; 59 of 90 is not.
      for (int inFavour : new int[] {60, 59}) {
        List<Finding> measures = ComplianceProcedure.assess(request().answeredOn(day(2030, 3, 20))
            .addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.MEASURES, day(2030, 9, 1), Votes.of(inFavour, 90 - inFavour, 5))).build(), day(2030, 9, 2));
        assertThat(measures).filteredOn(f -> f.code().equals(FindingCodes.ART8_20_MEASURES)).singleElement()
            .satisfies(f -> assertThat(f.adopted()).contains(inFavour == 60));
      }
    }

    @Test
    void aRetainedCountIsJudgedUnchangedAfterOneToAHundredYears() {
      assertThat(Policies.builder().retainedMinesUnchangedYears(100).build().retainedMinesUnchangedYears()).isEqualTo(100);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Policies.builder().retainedMinesUnchangedYears(101).build())
          .isInstanceOf(org.minebantreaty.core.InvalidFactException.class).hasMessageContaining("Policies.retainedMinesUnchangedYears = 101");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Policies.builder().retainedMinesUnchangedYears(0).build())
          .isInstanceOf(org.minebantreaty.core.InvalidFactException.class).hasMessageContaining("Policies.retainedMinesUnchangedYears = 0");
    }
  }
}
