package org.minebantreaty.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of the facts is checked at its edge: a value on the edge is accepted, and the first value just past it is refused. */
class EveryRuleOfTheFactsTest {

  static final LocalDate EARLIEST = TreatyCalendar.EARLIEST_RECORDABLE_DAY;
  static final LocalDate LATEST = TreatyCalendar.LATEST_RECORDABLE_DAY;
  static final LocalDate BEFORE_EARLIEST = EARLIEST.minusDays(1);
  static final LocalDate AFTER_LATEST = LATEST.plusDays(1);
  static final String RECORDABLE_RULE = "a recorded fact is dated from 1 January 1800 to 31 December 9999";

  /** An ordinary day well inside every window, for the attributes a test does not bear on. */
  static final LocalDate DAY = LocalDate.of(2004, 5, 10);

  /** The message names field, value and rule in that order, so one string pins all three to one refusal. */
  static void assertRefused(ThrowingCallable building, String field, Object value, String rule) {
    assertThatThrownBy(building)
        .isInstanceOf(InvalidFactException.class)
        .hasMessageContaining(field + " = " + value + ": " + rule);
  }

  /**
   * A date outside the recordable days is refused by that rule and no other: where an ordering rule
   * names the same field and value, only the rule's words tell the two refusals apart.
   */
  static void assertNotRecordable(ThrowingCallable building, String field, LocalDate day) {
    assertRefused(building, field, day, RECORDABLE_RULE);
  }

  /**
   * A date {@code building} puts in {@code field} is kept on the earliest and the latest recordable
   * days, and refused a day before the one and a day after the other.
   */
  static <T> void assertRecordableExactlyWithin(java.util.function.Function<LocalDate, T> building,
      java.util.function.Function<T, ?> read, String field) {
    for (LocalDate edge : List.of(EARLIEST, LATEST)) {
      Object kept = read.apply(building.apply(edge));
      assertThat(kept instanceof java.util.Optional ? ((java.util.Optional<?>) kept).orElseThrow() : kept).isEqualTo(edge);
    }
    assertNotRecordable(() -> building.apply(BEFORE_EARLIEST), field, BEFORE_EARLIEST);
    assertNotRecordable(() -> building.apply(AFTER_LATEST), field, AFTER_LATEST);
  }

  @Nested
  class Activities {

    @Test
    void anActIsRecordableFromTheEarliestToTheLatestDayAndNotADayBeyond() {
      assertRecordableExactlyWithin(day -> Activity.of(ActivityKind.USE, day), built -> built.on(), "Activity.on");
    }

    @Test
    void aQuantityOfZeroMinesIsAcceptedAndMinusOneRefused() {
      assertThat(Activity.builder().kind(ActivityKind.TRANSFER).on(DAY).quantity(0).build().quantity()).hasValue(0);
      assertRefused(() -> Activity.builder().kind(ActivityKind.TRANSFER).on(DAY).quantity(-1).build(),
          "Activity.quantity", -1L, "a quantity of mines must be zero or more");
    }

    @Test
    void anArticle3PurposeQualifiesARetentionOrATransferAndNoOtherAct() {
      for (ActivityKind kind : ActivityKind.values()) {
        if (kind == ActivityKind.RETENTION || kind == ActivityKind.TRANSFER) {
          assertThat(Activity.builder().kind(kind).on(DAY).purpose(Purpose.TRAINING_IN_DETECTION).build().purpose())
              .contains(Purpose.TRAINING_IN_DETECTION);
        } else {
          assertRefused(() -> Activity.builder().kind(kind).on(DAY).purpose(Purpose.TRAINING_IN_DETECTION).build(),
              "Activity.purpose", Purpose.TRAINING_IN_DETECTION, "Art. 3 purposes qualify only a retention or a transfer");
        }
      }
    }
  }

  @Nested
  class AmendmentProposals {

    AmendmentProposal.Builder proposal(int statesParties, int support) {
      return AmendmentProposal.builder().circulatedOn(DAY).statesParties(statesParties).supportWithin30Days(support);
    }

    @Test
    void theCirculationIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> proposal(3, 1).circulatedOn(day).build(), built -> built.circulatedOn(), "AmendmentProposal.circulatedOn");
    }

    @Test
    void theConferenceIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> proposal(3, 1).conferenceOpenedOn(day).build(), built -> built.conferenceOpenedOn(), "AmendmentProposal.conferenceOpenedOn");
    }

    @Test
    void oneStatePartyIsEnoughAndNoneIsRefused() {
      assertThat(proposal(1, 0).build().statesParties()).isEqualTo(1);
      // No support and no acceptances, so nothing but the count of States Parties can refuse it.
      assertRefused(() -> proposal(0, 0).build(), "AmendmentProposal.statesParties", 0, "there is at least one State Party");
    }

    @Test
    void supportRunsFromNoneToEveryStatePartyAndNoFurther() {
      assertThat(proposal(3, 0).build().supportWithin30Days()).isZero();
      assertThat(proposal(3, 3).build().supportWithin30Days()).isEqualTo(3);
      assertRefused(() -> proposal(3, -1).build(), "AmendmentProposal.supportWithin30Days", -1, "between 0 and the 3 States Parties");
      assertRefused(() -> proposal(3, 4).build(), "AmendmentProposal.supportWithin30Days", 4, "between 0 and the 3 States Parties");
    }

    @Test
    void everyStatePartyMayAcceptButNoMoreAcceptancesThanStatesParties() {
      LocalDate first = LocalDate.of(2005, 1, 1);
      assertThat(proposal(2, 2).addAcceptances(first, first.plusDays(1)).build().acceptances()).hasSize(2);
      assertRefused(() -> proposal(2, 2).addAcceptances(first, first.plusDays(1), first.plusDays(2)).build(),
          "AmendmentProposal.acceptances", "3 acceptances", "no more acceptances than the 2 States Parties");
    }
  }

  @Nested
  class ArmedConflicts {

    @Test
    void aConflictMayRunFromTheEarliestToTheLatestDay() {
      ArmedConflict longest = ArmedConflict.between("x", EARLIEST, LATEST);
      assertThat(longest.firstDay()).isEqualTo(EARLIEST);
      assertThat(longest.lastDay()).contains(LATEST);
    }

    @Test
    void theFirstDayIsRecordableAndNotADayBeyond() {
      assertNotRecordable(() -> ArmedConflict.ongoingSince("x", BEFORE_EARLIEST), "ArmedConflict.firstDay", BEFORE_EARLIEST);
      assertNotRecordable(() -> ArmedConflict.ongoingSince("x", AFTER_LATEST), "ArmedConflict.firstDay", AFTER_LATEST);
    }

    @Test
    void theLastDayIsRecordableAndNotADayBeyond() {
      assertNotRecordable(() -> ArmedConflict.between("x", LATEST, AFTER_LATEST), "ArmedConflict.lastDay", AFTER_LATEST);
      assertNotRecordable(() -> ArmedConflict.between("x", EARLIEST, BEFORE_EARLIEST), "ArmedConflict.lastDay", BEFORE_EARLIEST);
    }

    @Test
    void aConflictOfOneDayIsAcceptedAndOneEndingTheDayBeforeItBeganIsRefused() {
      assertThat(ArmedConflict.between("x", DAY, DAY).lastDay()).contains(DAY);
      assertRefused(() -> ArmedConflict.between("x", DAY, DAY.minusDays(1)), "ArmedConflict.lastDay", DAY.minusDays(1),
          "a conflict cannot end before it began on " + DAY);
    }

    @Test
    void aConflictNeedsANameOfAtLeastOneVisibleCharacter() {
      assertThat(ArmedConflict.ongoingSince("x", DAY).name()).isEqualTo("x");
      assertRefused(() -> ArmedConflict.ongoingSince(" ", DAY), "ArmedConflict.name", "\" \"", "a conflict must be named");
      assertRefused(() -> ArmedConflict.ongoingSince("", DAY), "ArmedConflict.name", "\"\"", "a conflict must be named");
    }
  }

  @Nested
  class ClarificationCases {

    ClarificationCase.Builder request(LocalDate received) {
      return ClarificationCase.builder().addRequestingState("CAN").requestedState("UKR").requestReceivedOn(received);
    }

    @Test
    void theRequestIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> request(day).build(), built -> built.requestReceivedOn(), "ClarificationCase.requestReceivedOn");
    }

    @Test
    void theAnswerIsRecordableUpToTheLatestDayAndNotADayBeyond() {
      assertThat(request(LATEST).answeredOn(LATEST).build().answeredOn()).contains(LATEST);
      assertNotRecordable(() -> request(LATEST).answeredOn(AFTER_LATEST).build(), "ClarificationCase.answeredOn", AFTER_LATEST);
      assertNotRecordable(() -> request(EARLIEST).answeredOn(BEFORE_EARLIEST).build(), "ClarificationCase.answeredOn", BEFORE_EARLIEST);
    }

    @Test
    void theSubmissionToAMeetingIsRecordableUpToTheLatestDayAndNotADayBeyond() {
      assertThat(request(LATEST).submittedToMeetingOn(LATEST).build().submittedToMeetingOn()).contains(LATEST);
      assertNotRecordable(() -> request(LATEST).submittedToMeetingOn(AFTER_LATEST).build(),
          "ClarificationCase.submittedToMeetingOn", AFTER_LATEST);
      assertNotRecordable(() -> request(EARLIEST).submittedToMeetingOn(BEFORE_EARLIEST).build(),
          "ClarificationCase.submittedToMeetingOn", BEFORE_EARLIEST);
    }

    @Test
    void oneRequestingStateIsEnoughAndNoneIsRefused() {
      assertThat(request(DAY).build().requestingStates()).containsExactly("CAN");
      assertRefused(() -> ClarificationCase.builder().requestedState("UKR").requestReceivedOn(DAY).build(),
          "ClarificationCase.requestingStates", "[]", "a request needs at least one requesting State Party (Art. 8(2))");
    }

    @Test
    void aStateMayAskAnotherButNotItself() {
      assertThat(request(DAY).addRequestingState("NOR").build().requestedState()).isEqualTo("UKR");
      assertRefused(() -> request(DAY).addRequestingState("UKR").build(),
          "ClarificationCase.requestedState", "UKR", "a State cannot request clarification of itself");
    }

    @Test
    void theMatterMayGoToAMeetingOnTheDayTheRequestArrivesButNotTheDayBefore() {
      assertThat(request(DAY).submittedToMeetingOn(DAY).build().submittedToMeetingOn()).contains(DAY);
      assertRefused(() -> request(DAY).submittedToMeetingOn(DAY.minusDays(1)).build(),
          "ClarificationCase.submittedToMeetingOn", DAY.minusDays(1), "a matter cannot go to a Meeting before the request was received on " + DAY);
    }

    @Test
    void anAnswerMayComeOnTheDayTheRequestArrivesButNotTheDayBefore() {
      assertThat(request(DAY).answeredOn(DAY).build().answeredOn()).contains(DAY);
      assertRefused(() -> request(DAY).answeredOn(DAY.minusDays(1)).build(),
          "ClarificationCase.answeredOn", DAY.minusDays(1), "an answer cannot precede the request received on " + DAY);
    }
  }

  @Nested
  class Destructions {

    @Test
    void aDestructionIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> Destruction.of(day, 1), built -> built.on(), "Destruction.on");
    }

    @Test
    void oneMineIsTheLeastADestructionDestroys() {
      assertThat(Destruction.of(DAY, 1).quantity()).isEqualTo(1);
      assertRefused(() -> Destruction.of(DAY, 0), "Destruction.quantity", 0L, "a destruction must destroy at least one mine");
    }
  }

  @Nested
  class ExtensionDecisions {

    @Test
    void aDecisionIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> ExtensionDecision.builder().decidedOn(day).build(), built -> built.decidedOn(), "ExtensionDecision.decidedOn");
    }

    @Test
    void anExtensionMayRunToTheLatestDayAndNotADayBeyond() {
      assertThat(ExtensionDecision.grantedUntil(LATEST.minusDays(1), LATEST).grantedUntil()).contains(LATEST);
      assertNotRecordable(() -> ExtensionDecision.grantedUntil(LATEST, AFTER_LATEST), "ExtensionDecision.grantedUntil", AFTER_LATEST);
      assertNotRecordable(() -> ExtensionDecision.grantedUntil(EARLIEST, BEFORE_EARLIEST), "ExtensionDecision.grantedUntil", BEFORE_EARLIEST);
    }

    @Test
    void anExtensionRunsAtLeastToTheDayAfterItsDecision() {
      assertThat(ExtensionDecision.grantedUntil(DAY, DAY.plusDays(1)).grantedUntil()).contains(DAY.plusDays(1));
      assertRefused(() -> ExtensionDecision.grantedUntil(DAY, DAY), "ExtensionDecision.grantedUntil", DAY,
          "an extension must run to a day after its decision on " + DAY);
    }
  }

  @Nested
  class ExtensionRequests {

    /** A request known by its refusal alone, so that no submission date constrains what it asked for. */
    ExtensionRequest.Builder knownByItsDecision() {
      return ExtensionRequest.builder().decision(ExtensionDecision.builder().decidedOn(DAY).build());
    }

    @Test
    void aSubmissionIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> ExtensionRequest.builder().submittedOn(day).build(), built -> built.submittedOn(), "ExtensionRequest.submittedOn");
    }

    @Test
    void theDayAskedForIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> knownByItsDecision().requestedUntil(day).build(), built -> built.requestedUntil(), "ExtensionRequest.requestedUntil");
    }

    @Test
    void aRequestAsksAtLeastForTheDayAfterItsSubmission() {
      assertThat(ExtensionRequest.builder().submittedOn(DAY).requestedUntil(DAY.plusDays(1)).build().requestedUntil()).contains(DAY.plusDays(1));
      assertRefused(() -> ExtensionRequest.builder().submittedOn(DAY).requestedUntil(DAY).build(),
          "ExtensionRequest.requestedUntil", DAY, "a request must ask for a day after its submission on " + DAY);
    }

    @Test
    void aRequestMayBeDecidedOnTheDayItIsSubmitted() {
      ExtensionRequest decidedAtOnce = ExtensionRequest.builder().submittedOn(DAY)
          .decision(ExtensionDecision.grantedUntil(DAY, DAY.plusYears(5))).build();
      assertThat(decidedAtOnce.isGranted()).isTrue();
    }
  }

  @Nested
  class FactFindingMissions {

    final LocalDateTime noticeGiven = LocalDateTime.of(2004, 5, 10, 9, 0);

    FactFindingMission.Builder mission(LocalDateTime notified, LocalDateTime arrived) {
      return FactFindingMission.builder().addExpertNationality("NOR").notifiedAt(notified).arrivedAt(arrived).daysInTerritory(14);
    }

    @Test
    void theNoticeIsRecordableFromTheEarliestToTheLatestDay() {
      LocalDateTime firstMoment = EARLIEST.atStartOfDay();
      LocalDateTime lastMoment = LATEST.atTime(23, 59);
      assertThat(mission(firstMoment, firstMoment).build().notifiedAt()).isEqualTo(firstMoment);
      assertThat(mission(lastMoment, lastMoment).build().notifiedAt()).isEqualTo(lastMoment);
      assertNotRecordable(() -> mission(firstMoment.minusMinutes(1), firstMoment).build(), "FactFindingMission.notifiedAt", BEFORE_EARLIEST);
      assertNotRecordable(() -> mission(lastMoment.plusMinutes(1), lastMoment.plusMinutes(1)).build(), "FactFindingMission.notifiedAt", AFTER_LATEST);
    }

    @Test
    void theArrivalIsRecordableFromTheEarliestToTheLatestDay() {
      LocalDateTime firstMoment = EARLIEST.atStartOfDay();
      LocalDateTime lastMoment = LATEST.atTime(23, 59);
      assertThat(mission(firstMoment, firstMoment).build().arrivedAt()).isEqualTo(firstMoment);
      assertThat(mission(lastMoment, lastMoment).build().arrivedAt()).isEqualTo(lastMoment);
      assertNotRecordable(() -> mission(lastMoment, lastMoment.plusMinutes(1)).build(), "FactFindingMission.arrivedAt", AFTER_LATEST);
      assertNotRecordable(() -> mission(firstMoment, firstMoment.minusMinutes(1)).build(), "FactFindingMission.arrivedAt", BEFORE_EARLIEST);
    }

    @Test
    void aMissionMayStayNoDaysButNotMinusOne() {
      assertThat(mission(noticeGiven, noticeGiven).daysInTerritory(0).build().daysInTerritory()).isZero();
      assertRefused(() -> mission(noticeGiven, noticeGiven).daysInTerritory(-1).build(),
          "FactFindingMission.daysInTerritory", -1, "a number of days is zero or more");
    }

    @Test
    void daysAtASiteRunFromNoneToTheDaysInTheTerritoryAndNoFurther() {
      assertThat(mission(noticeGiven, noticeGiven).putDaysAtSite("Site A", 0).putDaysAtSite("Site B", 14).build().daysAtSites())
          .containsEntry("Site A", 0).containsEntry("Site B", 14);
      assertRefused(() -> mission(noticeGiven, noticeGiven).putDaysAtSite("Site A", -1).build(),
          "FactFindingMission.daysAtSites", "Site A=-1", "days at one site are between 0 and the 14 days in the territory");
      assertRefused(() -> mission(noticeGiven, noticeGiven).putDaysAtSite("Site A", 15).build(),
          "FactFindingMission.daysAtSites", "Site A=15", "days at one site are between 0 and the 14 days in the territory");
    }

    @Test
    void aMissionMayArriveTheMomentNoticeIsGivenButNotAMinuteBefore() {
      assertThat(mission(noticeGiven, noticeGiven).build().arrivedAt()).isEqualTo(noticeGiven);
      LocalDateTime early = noticeGiven.minusMinutes(1);
      assertRefused(() -> mission(noticeGiven, early).build(),
          "FactFindingMission.arrivedAt", early, "a mission cannot arrive before notice was given on " + noticeGiven);
    }

    @Test
    void aMissionIsNotInvitedUnlessTheRecordSaysSo() {
      assertThat(mission(noticeGiven, noticeGiven).build().invitedByRequestedState()).isFalse();
      assertThat(mission(noticeGiven, noticeGiven).invitedByRequestedState(true).build().invitedByRequestedState()).isTrue();
    }
  }

  @Nested
  class Instruments {

    @Test
    void anInstrumentMayBeDepositedOnTheDayTheConventionOpenedForSignatureButNotTheDayBefore() {
      LocalDate opened = TreatyCalendar.SIGNATURE_OPENED;
      assertThat(Instrument.of(InstrumentKind.ACCESSION, opened).depositedOn()).isEqualTo(opened);
      assertRefused(() -> Instrument.of(InstrumentKind.ACCESSION, opened.minusDays(1)), "Instrument.depositedOn", opened.minusDays(1),
          "no instrument can be deposited before the Convention opened for signature on 3 December 1997 (Art. 15, 16)");
    }

    @Test
    void aDepositIsRecordableUpToTheLatestDayAndNotADayBeyond() {
      assertThat(Instrument.of(InstrumentKind.ACCESSION, LATEST).depositedOn()).isEqualTo(LATEST);
      assertNotRecordable(() -> Instrument.of(InstrumentKind.ACCESSION, AFTER_LATEST), "Instrument.depositedOn", AFTER_LATEST);
      // Before 1800 the Art. 15 window refuses it too, under the same field: the words say which rule did.
      assertNotRecordable(() -> Instrument.of(InstrumentKind.ACCESSION, BEFORE_EARLIEST), "Instrument.depositedOn", BEFORE_EARLIEST);
    }

    @Test
    void aStateSuccessionIsRecordableFromTheEarliestToTheLatestDay() {
      assertThat(Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(DAY).successionDate(EARLIEST).build().successionDate())
          .contains(EARLIEST);
      assertThat(Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(LATEST).successionDate(LATEST).build().successionDate())
          .contains(LATEST);
      assertNotRecordable(() -> Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(DAY).successionDate(BEFORE_EARLIEST).build(),
          "Instrument.successionDate", BEFORE_EARLIEST);
      assertNotRecordable(() -> Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(LATEST).successionDate(AFTER_LATEST).build(),
          "Instrument.successionDate", AFTER_LATEST);
    }

    @Test
    void aStateSuccessionMayFallOnTheDayOfItsNotificationButNotTheDayAfter() {
      assertThat(Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(DAY).successionDate(DAY).build().successionDate()).contains(DAY);
      assertRefused(() -> Instrument.builder().kind(InstrumentKind.SUCCESSION).depositedOn(DAY).successionDate(DAY.plusDays(1)).build(),
          "Instrument.successionDate", DAY.plusDays(1), "a State succession cannot follow the notification of it deposited on " + DAY);
    }

    @Test
    void aReservationNeedsAtLeastOneVisibleCharacter() {
      assertThat(Instrument.builder().kind(InstrumentKind.ACCESSION).depositedOn(DAY).addReservation("x").build().reservations()).containsExactly("x");
      assertRefused(() -> Instrument.builder().kind(InstrumentKind.ACCESSION).depositedOn(DAY).addReservation(" ").build(),
          "Instrument.reservations", "\" \"", "a recorded reservation must have text");
      assertRefused(() -> Instrument.builder().kind(InstrumentKind.ACCESSION).depositedOn(DAY).addReservation("x").addReservation("").build(),
          "Instrument.reservations", "\"\"", "a recorded reservation must have text");
    }
  }

  @Nested
  class Meetings {

    static final String NAME = "Fifth Meeting of the States Parties";

    @Test
    void aMeetingIsRecordableFromTheEarliestToTheLatestDay() {
      Meeting longest = Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, NAME, EARLIEST, LATEST);
      assertThat(longest.opensOn()).isEqualTo(EARLIEST);
      assertThat(longest.closesOn()).isEqualTo(LATEST);
    }

    @Test
    void theOpeningIsRecordableAndNotADayBeyond() {
      assertNotRecordable(() -> Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, NAME, BEFORE_EARLIEST, EARLIEST), "Meeting.opensOn", BEFORE_EARLIEST);
      assertNotRecordable(() -> Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, NAME, AFTER_LATEST, AFTER_LATEST), "Meeting.opensOn", AFTER_LATEST);
    }

    @Test
    void theClosingIsRecordableAndNotADayBeyond() {
      assertNotRecordable(() -> Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, NAME, LATEST, AFTER_LATEST), "Meeting.closesOn", AFTER_LATEST);
      assertNotRecordable(() -> Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, NAME, EARLIEST, BEFORE_EARLIEST), "Meeting.closesOn", BEFORE_EARLIEST);
    }

    @Test
    void aMeetingNeedsANameOfAtLeastOneVisibleCharacter() {
      assertThat(Meeting.of(MeetingKind.SPECIAL_MEETING, "x", DAY, DAY).name()).isEqualTo("x");
      assertRefused(() -> Meeting.of(MeetingKind.SPECIAL_MEETING, " ", DAY, DAY), "Meeting.name", "\" \"", "a meeting must be named");
    }

    @Test
    void aMeetingMayCloseOnTheDayItOpensButNotTheDayBefore() {
      assertThat(Meeting.of(MeetingKind.SPECIAL_MEETING, NAME, DAY, DAY).closesOn()).isEqualTo(DAY);
      assertRefused(() -> Meeting.of(MeetingKind.SPECIAL_MEETING, NAME, DAY, DAY.minusDays(1)), "Meeting.closesOn", DAY.minusDays(1),
          "a meeting cannot close before it opens on " + DAY);
    }

    @Test
    void onlyAMeetingOfTheStatesPartiesOrAReviewConferenceDecidesExtensions() {
      assertThat(Meeting.of(MeetingKind.MEETING_OF_STATES_PARTIES, NAME, DAY, DAY).decidesExtensions()).isTrue();
      assertThat(Meeting.of(MeetingKind.REVIEW_CONFERENCE, NAME, DAY, DAY).decidesExtensions()).isTrue();
      assertThat(Meeting.of(MeetingKind.SPECIAL_MEETING, NAME, DAY, DAY).decidesExtensions()).isFalse();
      assertThat(Meeting.of(MeetingKind.AMENDMENT_CONFERENCE, NAME, DAY, DAY).decidesExtensions()).isFalse();
    }
  }

  @Nested
  class MineTypes {

    @Test
    void aMineTypeNeedsANameOfAtLeastOneVisibleCharacter() {
      assertThat(MineType.antiPersonnel("x").name()).isEqualTo("x");
      assertRefused(() -> MineType.antiPersonnel(" "), "MineType.name", "\" \"", "a mine type must be named");
      assertRefused(() -> MineType.antiVehicle("", false), "MineType.name", "\"\"", "a mine type must be named");
    }

    @Test
    void aMineCarriesNoAntiHandlingDeviceUnlessTheRecordSaysSo() {
      assertThat(MineType.antiPersonnel("PMN-2").antiHandlingDevice()).isFalse();
      assertThat(MineType.builder().name("TM-62M").trigger(Trigger.VEHICLE).build().antiHandlingDevice()).isFalse();
      assertThat(MineType.antiVehicle("TM-62M", true).antiHandlingDevice()).isTrue();
    }
  }

  @Nested
  class MinedAreas {

    @Test
    void theIdentificationIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> MinedArea.builder().id("A").identifiedOn(day).build(), built -> built.identifiedOn(), "MinedArea.identifiedOn");
    }

    @Test
    void theProtectionIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> MinedArea.builder().id("A").protectedSince(day).build(), built -> built.protectedSince(), "MinedArea.protectedSince");
    }

    @Test
    void theReleaseIsRecordableFromTheEarliestToTheLatestDay() {
      assertThat(MinedArea.builder().id("A").released(EARLIEST, ReleaseMethod.CLEARED).build().releasedOn()).contains(EARLIEST);
      assertThat(MinedArea.builder().id("A").released(LATEST, ReleaseMethod.CLEARED).build().releasedOn()).contains(LATEST);
      assertNotRecordable(() -> MinedArea.builder().id("A").released(BEFORE_EARLIEST, ReleaseMethod.CLEARED).build(),
          "MinedArea.releasedOn", BEFORE_EARLIEST);
      assertNotRecordable(() -> MinedArea.builder().id("A").released(AFTER_LATEST, ReleaseMethod.CLEARED).build(),
          "MinedArea.releasedOn", AFTER_LATEST);
    }

    @Test
    void anAreaNeedsAnIdentifierOfAtLeastOneVisibleCharacter() {
      assertThat(MinedArea.builder().id("A").build().id()).isEqualTo("A");
      assertRefused(() -> MinedArea.builder().id(" ").build(), "MinedArea.id", "\" \"", "a mined area must have an identifier");
    }

    @Test
    void anAreaMayBeProtectedFromTheDayItIsIdentifiedButNotTheDayBefore() {
      assertThat(MinedArea.builder().id("A").identifiedOn(DAY).protectedSince(DAY).build().protectedSince()).contains(DAY);
      assertRefused(() -> MinedArea.builder().id("A").identifiedOn(DAY).protectedSince(DAY.minusDays(1)).build(),
          "MinedArea.protectedSince", DAY.minusDays(1), "area A cannot be marked and protected before it was identified on " + DAY);
    }

    @Test
    void anAreaIsOutstandingFromTheDayItIsIdentifiedUntilTheDayBeforeItsRelease() {
      LocalDate identified = LocalDate.of(2005, 3, 10);
      LocalDate released = LocalDate.of(2010, 6, 30);
      MinedArea area = MinedArea.builder().id("A").identifiedOn(identified).released(released, ReleaseMethod.CLEARED).build();
      assertThat(area.isOutstandingOn(identified.minusDays(1))).isFalse();
      assertThat(area.isOutstandingOn(identified)).isTrue();
      assertThat(area.isOutstandingOn(released.minusDays(1))).isTrue();
      assertThat(area.isOutstandingOn(released)).isFalse();
    }

    @Test
    void anAreaWithNeitherIdentificationNorReleaseIsAlwaysOutstanding() {
      MinedArea area = MinedArea.builder().id("A").build();
      assertThat(area.isOutstandingOn(EARLIEST)).isTrue();
      assertThat(area.isOutstandingOn(LATEST)).isTrue();
    }
  }

  @Nested
  class NationalMeasures {

    NationalMeasure.Builder measure(String title, LocalDate adopted) {
      return NationalMeasure.builder().title(title).kind(NationalMeasure.Kind.LEGISLATIVE).adoptedOn(adopted).penalSanctions(true);
    }

    @Test
    void anAdoptionIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> measure("Act", day).build(), built -> built.adoptedOn(), "NationalMeasure.adoptedOn");
    }

    @Test
    void aMeasureNeedsATitleOfAtLeastOneVisibleCharacter() {
      assertThat(measure("x", DAY).build().title()).isEqualTo("x");
      assertRefused(() -> measure(" ", DAY).build(), "NationalMeasure.title", "\" \"", "a measure must have a title");
    }
  }

  @Nested
  class RequestElements {

    @Test
    void eachElementNamesTheParagraphOfArticle5ThatRequiresIt() {
      assertThat(RequestElement.DURATION.paragraph()).isEqualTo("4(a)");
      assertThat(RequestElement.DEMINING_STATUS.paragraph()).isEqualTo("4(b)(i)");
      assertThat(RequestElement.MEANS_AVAILABLE.paragraph()).isEqualTo("4(b)(ii)");
      assertThat(RequestElement.IMPEDIMENTS.paragraph()).isEqualTo("4(b)(iii)");
      assertThat(RequestElement.IMPLICATIONS.paragraph()).isEqualTo("4(c)");
      assertThat(RequestElement.OTHER_INFORMATION.paragraph()).isEqualTo("4(d)");
      assertThat(RequestElement.PREVIOUS_PERIOD_WORK.paragraph()).isEqualTo("6");
    }

    @Test
    void eachElementSaysInWordsWhatTheRequestMustContain() {
      assertThat(RequestElement.DURATION.description()).isEqualTo("the duration of the proposed extension");
      assertThat(RequestElement.DEMINING_STATUS.description()).isEqualTo("the preparation and status of national demining work");
      assertThat(RequestElement.MEANS_AVAILABLE.description()).isEqualTo("the financial and technical means available");
      assertThat(RequestElement.IMPEDIMENTS.description()).isEqualTo("the circumstances that impede the destruction of all mines");
      assertThat(RequestElement.IMPLICATIONS.description()).isEqualTo("the humanitarian, social, economic and environmental implications");
      assertThat(RequestElement.OTHER_INFORMATION.description()).isEqualTo("any other information relevant to the request");
      assertThat(RequestElement.PREVIOUS_PERIOD_WORK.description()).isEqualTo("what was done in the previous extension period");
    }
  }

  @Nested
  class RetentionRecords {

    @Test
    void aCountIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> RetentionRecord.builder().on(day).quantity(100).build(), built -> built.on(), "RetentionRecord.on");
    }

    @Test
    void retainingNoMinesIsAcceptedAndMinusOneRefused() {
      assertThat(RetentionRecord.builder().on(DAY).quantity(0).build().quantity()).isZero();
      assertRefused(() -> RetentionRecord.builder().on(DAY).quantity(-1).build(),
          "RetentionRecord.quantity", -1L, "a quantity of mines must be zero or more");
    }
  }

  @Nested
  class SpecialMeetingProposals {

    SpecialMeetingProposal.Builder proposal(LocalDate communicated, int statesParties, int inFavour) {
      return SpecialMeetingProposal.builder().communicatedOn(communicated).statesParties(statesParties).inFavourWithin14Days(inFavour);
    }

    @Test
    void theCommunicationIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> proposal(day, 164, 55).build(), built -> built.communicatedOn(), "SpecialMeetingProposal.communicatedOn");
    }

    @Test
    void theConveningIsRecordableUpToTheLatestDayAndNotADayBeyond() {
      assertThat(proposal(LATEST, 164, 55).convenedOn(LATEST).build().convenedOn()).contains(LATEST);
      assertNotRecordable(() -> proposal(LATEST, 164, 55).convenedOn(AFTER_LATEST).build(), "SpecialMeetingProposal.convenedOn", AFTER_LATEST);
      assertNotRecordable(() -> proposal(EARLIEST, 164, 55).convenedOn(BEFORE_EARLIEST).build(), "SpecialMeetingProposal.convenedOn", BEFORE_EARLIEST);
    }

    @Test
    void oneStatePartyIsEnoughAndNoneIsRefused() {
      assertThat(proposal(DAY, 1, 0).build().statesParties()).isEqualTo(1);
      // Nobody in favour and no attendance, so nothing but the count of States Parties can refuse it.
      assertRefused(() -> proposal(DAY, 0, 0).build(), "SpecialMeetingProposal.statesParties", 0, "there is at least one State Party");
    }

    @Test
    void thoseInFavourRunFromNoneToEveryStatePartyAndNoFurther() {
      assertThat(proposal(DAY, 164, 0).build().inFavourWithin14Days()).isZero();
      assertThat(proposal(DAY, 164, 164).build().inFavourWithin14Days()).isEqualTo(164);
      assertRefused(() -> proposal(DAY, 164, -1).build(),
          "SpecialMeetingProposal.inFavourWithin14Days", -1, "between 0 and the 164 States Parties");
      assertRefused(() -> proposal(DAY, 164, 165).build(),
          "SpecialMeetingProposal.inFavourWithin14Days", 165, "between 0 and the 164 States Parties");
    }

    @Test
    void attendanceRunsFromNoneToEveryStatePartyAndNoFurther() {
      assertThat(proposal(DAY, 164, 55).convenedOn(DAY).present(0).build().present()).contains(0);
      assertThat(proposal(DAY, 164, 55).convenedOn(DAY).present(164).build().present()).contains(164);
      assertRefused(() -> proposal(DAY, 164, 55).convenedOn(DAY).present(-1).build(),
          "SpecialMeetingProposal.present", -1, "between 0 and the 164 States Parties");
      assertRefused(() -> proposal(DAY, 164, 55).convenedOn(DAY).present(165).build(),
          "SpecialMeetingProposal.present", 165, "between 0 and the 164 States Parties");
    }

    @Test
    void attendanceNeedsTheDayTheMeetingConvened() {
      assertRefused(() -> proposal(DAY, 164, 55).present(83).build(),
          "SpecialMeetingProposal.present", 83, "attendance needs the day the meeting convened");
    }

    @Test
    void theMeetingMayConveneOnTheDayItIsProposedButNotTheDayBefore() {
      assertThat(proposal(DAY, 164, 55).convenedOn(DAY).build().convenedOn()).contains(DAY);
      assertRefused(() -> proposal(DAY, 164, 55).convenedOn(DAY.minusDays(1)).build(),
          "SpecialMeetingProposal.convenedOn", DAY.minusDays(1), "a meeting cannot convene before it was proposed on " + DAY);
    }
  }

  @Nested
  class States {

    static final LocalDate SIGNED = LocalDate.of(1997, 12, 3);
    static final LocalDate RATIFIED = LocalDate.of(1998, 6, 1);

    State.Builder named() {
      return State.builder().name("Canada").iso3("CAN");
    }

    State.Builder ratified() {
      return named().signedOn(SIGNED).instrument(Instrument.of(InstrumentKind.RATIFICATION, RATIFIED));
    }

    @Test
    void aDeclarationOfMinedAreasClearedIsRecordableFromTheEarliestToTheLatestDay() {
      assertThat(named().minedAreaCompletionDeclaredOn(EARLIEST).build().minedAreaCompletionDeclaredOn()).contains(EARLIEST);
      assertThat(named().minedAreaCompletionDeclaredOn(LATEST).build().minedAreaCompletionDeclaredOn()).contains(LATEST);
      assertNotRecordable(() -> named().minedAreaCompletionDeclaredOn(BEFORE_EARLIEST).build(),
          "State.minedAreaCompletionDeclaredOn", BEFORE_EARLIEST);
      assertNotRecordable(() -> named().minedAreaCompletionDeclaredOn(AFTER_LATEST).build(),
          "State.minedAreaCompletionDeclaredOn", AFTER_LATEST);
    }

    @Test
    void aDeclarationOfStockpilesDestroyedIsRecordableFromTheEarliestToTheLatestDay() {
      assertThat(named().stockpileDestructionCompletedOn(EARLIEST).build().stockpileDestructionCompletedOn()).contains(EARLIEST);
      assertThat(named().stockpileDestructionCompletedOn(LATEST).build().stockpileDestructionCompletedOn()).contains(LATEST);
      assertNotRecordable(() -> named().stockpileDestructionCompletedOn(BEFORE_EARLIEST).build(),
          "State.stockpileDestructionCompletedOn", BEFORE_EARLIEST);
      assertNotRecordable(() -> named().stockpileDestructionCompletedOn(AFTER_LATEST).build(),
          "State.stockpileDestructionCompletedOn", AFTER_LATEST);
    }

    @Test
    void aCodeIsExactlyThreeLettersFromAToZ() {
      for (String code : List.of("AAA", "ZZZ", "CAN")) {
        assertThat(State.builder().name("X").iso3(code).build().iso3()).isEqualTo(code);
      }
      // Two and four letters lie either side of the length; '@' and '[' either side of A to Z.
      for (String code : List.of("", "CA", "CANA", "@AN", "CA[", "can")) {
        assertRefused(() -> State.builder().name("X").iso3(code).build(),
            "State.iso3", "\"" + code + "\"", "a State's code must be three upper-case letters (ISO 3166-1 alpha-3)");
      }
    }

    @Test
    void aStateThatDepositedNoInstrumentCannotWithdraw() {
      assertRefused(() -> named().withdrawal(Withdrawal.receivedOn(DAY)).build(),
          "State.withdrawal", DAY, "only a State that deposited an instrument can withdraw (Art. 20(2))");
    }

    @Test
    void aWithdrawalMayBeReceivedTheDayAfterTheDepositButNotOnIt() {
      assertThat(ratified().withdrawal(Withdrawal.receivedOn(RATIFIED.plusDays(1))).build().withdrawal()).isPresent();
      assertRefused(() -> ratified().withdrawal(Withdrawal.receivedOn(RATIFIED)).build(),
          "Withdrawal.receivedOn", RATIFIED, "a withdrawal must be received after the instrument deposited on " + RATIFIED);
    }

    @Test
    void aStateThatDepositedNoInstrumentCannotNotifyASuspension() {
      assertRefused(() -> named().suspension(Suspension.notifiedOn(DAY, "Art. 62 VCLT")).build(),
          "Suspension.notifiedOn", DAY, "only a State that deposited an instrument can notify a suspension");
    }

    @Test
    void aSuspensionMayBeNotifiedTheDayAfterTheDepositButNotOnIt() {
      assertThat(ratified().suspension(Suspension.notifiedOn(RATIFIED.plusDays(1), "Art. 62 VCLT")).build().suspension()).isPresent();
      assertRefused(() -> ratified().suspension(Suspension.notifiedOn(RATIFIED, "Art. 62 VCLT")).build(),
          "Suspension.notifiedOn", RATIFIED, "only a State that deposited an instrument can notify a suspension, after depositing it");
    }

    @Test
    void theRecordOfADeclarationOfCompletionIsIncompleteUnlessSaidToBeComplete() {
      assertThat(named().build().minedAreaCompletionKnown()).isFalse();
      assertThat(named().minedAreaCompletionKnown(true).build().minedAreaCompletionKnown()).isTrue();
    }

    @Test
    void aStateKnownOnTheDayOfItsLatestFactIsTheStateItselfAndTheDayBeforeItIsNot() {
      State canada = ratified().build();
      assertThat(canada.asKnownOn(RATIFIED)).isSameAs(canada);
      State beforeRatifying = canada.asKnownOn(RATIFIED.minusDays(1));
      assertThat(beforeRatifying).isNotSameAs(canada);
      assertThat(beforeRatifying.instrument()).isEmpty();
      assertThat(beforeRatifying.signedOn()).contains(SIGNED);
    }

    @Test
    void aStateWithNoDatedFactIsTheSameOnEveryDay() {
      State undated = named().build();
      assertThat(undated.asKnownOn(EARLIEST)).isSameAs(undated);
      assertThat(undated.asKnownOn(LATEST)).isSameAs(undated);
    }
  }

  @Nested
  class Stockpiles {

    @Test
    void aDiscoveryIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> Stockpile.builder().quantity(0).foundOn(day).build(), built -> built.foundOn(), "Stockpile.foundOn");
    }

    @Test
    void theReportOfADiscoveryIsRecordableFromTheEarliestToTheLatestDay() {
      assertThat(Stockpile.builder().quantity(0).foundOn(EARLIEST).reportedOn(EARLIEST).build().reportedOn()).contains(EARLIEST);
      assertThat(Stockpile.builder().quantity(0).foundOn(LATEST).reportedOn(LATEST).build().reportedOn()).contains(LATEST);
      assertNotRecordable(() -> Stockpile.builder().quantity(0).foundOn(LATEST).reportedOn(AFTER_LATEST).build(),
          "Stockpile.reportedOn", AFTER_LATEST);
      assertNotRecordable(() -> Stockpile.builder().quantity(0).foundOn(EARLIEST).reportedOn(BEFORE_EARLIEST).build(),
          "Stockpile.reportedOn", BEFORE_EARLIEST);
    }

    @Test
    void onlyADiscoveredStockpileHasItsDiscoveryReported() {
      assertRefused(() -> Stockpile.builder().quantity(10).reportedOn(DAY).build(),
          "Stockpile.reportedOn", DAY, "only a stockpile with a foundOn date can have its discovery reported");
    }

    @Test
    void aStockpileOfNoMinesIsAccepted() {
      assertThat(Stockpile.builder().quantity(0).build().quantity()).isZero();
    }

    @Test
    void aStockpileFoundEmptyIsDestroyedCompletelyOnTheDayItWasFound() {
      assertThat(Stockpile.builder().quantity(0).foundOn(DAY).build().destroyedCompletelyOn()).contains(DAY);
      assertThat(Stockpile.builder().quantity(0).build().destroyedCompletelyOn()).isEmpty();
    }

    @Test
    void aStockpileIsDestroyedCompletelyOnTheDayOfItsLastDestructionWhateverTheOrderListed() {
      LocalDate first = LocalDate.of(2001, 3, 1);
      LocalDate last = LocalDate.of(2002, 9, 30);
      Stockpile whole = Stockpile.builder().quantity(10)
          .addDestruction(Destruction.of(last, 4)).addDestruction(Destruction.of(first, 6)).build();
      assertThat(whole.destroyedCompletelyOn()).contains(last);
      Stockpile partly = Stockpile.builder().quantity(10).addDestruction(Destruction.of(first, 9)).build();
      assertThat(partly.destroyedCompletelyOn()).isEmpty();
    }

    @Test
    void aStockpileIsFoundLaterExactlyWhenItHasADayOfDiscovery() {
      assertThat(Stockpile.builder().quantity(10).foundOn(DAY).build().isFoundLater()).isTrue();
      assertThat(Stockpile.builder().quantity(10).build().isFoundLater()).isFalse();
    }
  }

  @Nested
  class StockpileCounts {

    @Test
    void aCountIsRecordableFromTheEarliestToTheLatestDay() {
      assertThat(StockpileCount.of(EARLIEST, 5).on()).isEqualTo(EARLIEST);
      assertThat(StockpileCount.of(LATEST, 5).on()).isEqualTo(LATEST);
      assertNotRecordable(() -> StockpileCount.of(BEFORE_EARLIEST, 5), "StockpileCount.on", BEFORE_EARLIEST);
      assertNotRecordable(() -> StockpileCount.about(AFTER_LATEST, 5), "StockpileCount.on", AFTER_LATEST);
    }

    @Test
    void noMinesRemainingIsAcceptedAndMinusOneRefused() {
      assertThat(StockpileCount.of(DAY, 0).remaining()).isZero();
      assertRefused(() -> StockpileCount.of(DAY, -1), "StockpileCount.remaining", -1L, "a count of mines must be zero or more");
    }
  }

  @Nested
  class Suspensions {

    static final String BASIS = "Art. 62 of the Vienna Convention on the Law of Treaties";

    @Test
    void aNotificationIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> Suspension.notifiedOn(day, BASIS), built -> built.notifiedOn(), "Suspension.notifiedOn");
    }

    @Test
    void aSuspensionNamesWhatItInvokes() {
      assertThat(Suspension.notifiedOn(DAY, "x").basis()).isEqualTo("x");
      assertRefused(() -> Suspension.notifiedOn(DAY, " "), "Suspension.basis", "\" \"", "say what the notification invoked");
    }
  }

  @Nested
  class TransparencyReports {

    @Test
    void aSubmissionIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> TransparencyReport.initial(day), built -> built.submittedOn(), "TransparencyReport.submittedOn");
    }

    @Test
    void anAnnualReportCoversAYearFrom1800To9999() {
      assertThat(TransparencyReport.annual(Year.of(1800), DAY).coveredYear()).contains(Year.of(1800));
      assertThat(TransparencyReport.annual(Year.of(9999), DAY).coveredYear()).contains(Year.of(9999));
      // The year is refused by its first day, so the message gives that day.
      assertNotRecordable(() -> TransparencyReport.annual(Year.of(1799), DAY), "TransparencyReport.coveredYear", BEFORE_EARLIEST.withDayOfYear(1));
      assertNotRecordable(() -> TransparencyReport.annual(Year.of(10000), DAY), "TransparencyReport.coveredYear", AFTER_LATEST);
    }

    @Test
    void settingTheSectionsFromAnySetReturnsTheSameBuilderToGoOn() {
      TransparencyReport.Builder builder = TransparencyReport.builder().kind(ReportKind.INITIAL).submittedOn(DAY);
      Set<ReportSection> sections = EnumSet.of(ReportSection.STOCKPILES, ReportSection.MINED_AREAS);
      assertThat(builder.sections(sections)).isSameAs(builder);
      assertThat(builder.sections(ReportSection.NATIONAL_MEASURES)).isSameAs(builder);
      TransparencyReport chained = TransparencyReport.builder().sections(sections).kind(ReportKind.INITIAL).submittedOn(DAY).build();
      assertThat(chained.sections()).contains(ImmutableSet.copyOf(sections));
    }
  }

  @Nested
  class VoteCounts {

    @Test
    void noVoteAtAllIsAValidCount() {
      Votes none = Votes.of(0, 0, 0);
      assertThat(none.inFavour()).isZero();
      assertThat(none.against()).isZero();
      assertThat(none.abstaining()).isZero();
    }

    @Test
    void minusOneAgainstIsRefused() {
      assertRefused(() -> Votes.of(0, -1, 0), "Votes.against", -1, "a vote count must be zero or more");
    }

    @Test
    void minusOneAbstainingIsRefused() {
      assertRefused(() -> Votes.of(0, 0, -1), "Votes.abstaining", -1, "a vote count must be zero or more");
    }
  }

  @Nested
  class Withdrawals {

    @Test
    void aWithdrawalIsRecordableFromTheEarliestToTheLatestDay() {
      assertRecordableExactlyWithin(day -> Withdrawal.receivedOn(day), built -> built.receivedOn(), "Withdrawal.receivedOn");
    }
  }

  @Nested
  class TwoThirdsOfThoseVoting {

    @Test
    void twoOfThreeIsExactlyTwoThirdsAndOneOfTwoIsNot() {
      assertThat(Majorities.twoThirdsOfThoseVoting(2, 1)).isTrue();
      assertThat(Majorities.twoThirdsOfThoseVoting(1, 1)).isFalse();
    }

    @Test
    void ofOneHundredAndOneVotesCastSixtyEightAreTheFewestThatAreTwoThirds() {
      // 2 × 101 / 3 is 67.33: 67 falls short, 68 is enough.
      assertThat(Majorities.twoThirdsOfThoseVoting(68, 33)).isTrue();
      assertThat(Majorities.twoThirdsOfThoseVoting(67, 34)).isFalse();
    }

    @Test
    void abstentionsAloneAdoptNothing() {
      assertThat(Majorities.twoThirdsOfThoseVoting(0, 0)).isFalse();
    }
  }
}
