package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.ReleaseMethod;
import org.minebantreaty.core.RequestElement;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Votes;

/** Art. 5 — Destruction of anti-personnel mines in mined areas, one nested class per paragraph. */
class MinedAreaArticleTest {

  static final LocalDate TODAY = day(2026, 11, 22);
  /** Greece: in force 1 March 2004, original Art. 5 deadline 1 March 2014. */
  static final LocalDate ORIGINAL = day(2014, 3, 1);

  static MinedArea open(String id) {
    return MinedArea.builder().id(id).identifiedOn(day(2004, 6, 1)).build();
  }

  static ImmutableSet<RequestElement> complete() {
    return ImmutableSet.copyOf(EnumSet.allOf(RequestElement.class));
  }

  @Nested
  class Paragraph1 {

    @Test
    void grantsExtendOneAnotherInTheOrderDecidedWhateverTheOrderListed() {
      ExtensionRequest first = ExtensionRequest.grantedOn(day(2013, 12, 5), day(2016, 3, 1));
      ExtensionRequest second = ExtensionRequest.grantedOn(day(2015, 12, 4), day(2018, 3, 1));
      for (List<ExtensionRequest> listed : List.of(List.of(first, second), List.of(second, first))) {
        State state = Cases.greece().addAllExtensionRequests(listed).build();
        ClearanceSchedule schedule = Context.of(state, day(2016, 6, 1), Policies.defaults()).clearance().orElseThrow();
        assertThat(schedule.steps()).extracting(ExtensionStep::deadlineExtended, ExtensionStep::resultingDeadline)
            .as("listed %s", listed)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(ORIGINAL, day(2016, 3, 1)), org.assertj.core.groups.Tuple.tuple(day(2016, 3, 1), day(2018, 3, 1)));
        assertThat(Cases.assess(state, day(2016, 6, 1)).deadlines().minedAreaCurrent()).contains(day(2018, 3, 1));
      }
    }

    @Test
    void theOriginalDeadlineIsTenYearsAfterEntryIntoForce() {
      Assessment assessment = Cases.assess(Cases.greece().addMinedArea(open("A")).build(), day(2010, 1, 1));
      assertThat(assessment.deadlines().minedAreaOriginal()).contains(ORIGINAL);
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).hasStatus(Status.PENDING).hasDeadline(ORIGINAL);
    }

    @Test
    void areasRemainingAfterTheDeadlineWithNoExtensionAreOverdueFromTheNextDay() {
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().addMinedArea(open("A")).build(), TODAY), "Art. 5(1)"))
          .isOverdueSince(day(2014, 3, 2))
          .says("1 of 1 mined area remains unreleased");
    }

    @Test
    void areasOfAnUnreportedNumberAreNotCountedAsOne() {
      MinedArea uncounted = MinedArea.builder().from(open("A")).standsForAnUnreportedNumberOfAreas(true).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().addMinedArea(uncounted).addMinedArea(open("B")).build(), TODAY), "Art. 5(1)"))
          .isOverdueSince(day(2014, 3, 2))
          .says("Overdue since 2 March 2014: mined areas remain unreleased");
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().addMinedArea(uncounted).build(), day(2010, 1, 1)), "Art. 5(1)"))
          .says("Mined areas remain to be released by 1 March 2014");
    }

    @Test
    void completionByReleaseOfEveryAreaOnOrBeforeTheDeadlineIsMet() {
      State state = Cases.greece()
          .addMinedArea(MinedArea.builder().id("A").identifiedOn(day(2004, 6, 1)).released(day(2009, 1, 1), ReleaseMethod.CANCELLED).build())
          .addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2004, 6, 1)).released(ORIGINAL, ReleaseMethod.CLEARED).build())
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 5(1)")).wasMetOn(Status.MET, ORIGINAL);
    }

    @Test
    void completionAfterTheDeadlineIsMetLate() {
      State state = Cases.greece()
          .addMinedArea(MinedArea.builder().id("A").identifiedOn(day(2004, 6, 1)).released(day(2015, 1, 1), ReleaseMethod.CLEARED).build())
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 5(1)")).wasMetOn(Status.MET_LATE, day(2015, 1, 1));
    }

    @Test
    void withExtensionsGrantedButNoAreasRecordedTheFindingIsUnknownAgainstTheDeadlineInForce() {
      State croatia = Cases.ratified("Croatia", "HRV", day(1998, 5, 20))
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2008, 11, 28), day(2019, 3, 1)))
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2018, 11, 30), day(2026, 3, 1)))
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(croatia, TODAY), "Art. 5(1)"))
          .hasStatus(Status.UNKNOWN).hasDeadline(day(2026, 3, 1))
          .says("2 extensions were granted, so mined areas remained; whether any remain after the deadline of 1 March 2026 passed is not recorded");
    }

    @Test
    void unrecordedAreasAreUnknownAndRecordedNoneIsNotApplicable() {
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().build(), TODAY), "Art. 5(1)")).hasStatus(Status.UNKNOWN);
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().minedAreasKnown(true).build(), TODAY), "Art. 5(1)")).hasStatus(Status.NOT_APPLICABLE);
    }
  }

  @Nested
  class AreasFoundAfterCompletion {

    final String decision = PreviouslyUnknownMinedAreas.DECISION.reference();

    State.Builder declaredCompleteIn2012() {
      return Cases.greece()
          .addMinedArea(MinedArea.builder().id("A").identifiedOn(day(2004, 6, 1)).released(day(2012, 5, 1), ReleaseMethod.CLEARED).build())
          .minedAreaCompletionDeclaredOn(day(2012, 6, 1));
    }

    @Test
    void aDeclarationOfCompletionMeetsParagraph1EvenWithoutAnAreaRecorded() {
      FindingAssert.assertThat(Cases.only(Cases.assess(Cases.greece().minedAreaCompletionDeclaredOn(day(2013, 1, 10)).build(), TODAY), "Art. 5(1)"))
          .wasMetOn(Status.MET, day(2013, 1, 10)).hasDeadline(ORIGINAL);
    }

    @Test
    void anAreaFoundAfterCompletionIsPendingWithNoDeadlineUntilAnExtensionRunsFromItsDiscovery() {
      State state = declaredCompleteIn2012().addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2020, 3, 10)).build()).build();
      Assessment assessment = Cases.assess(state, TODAY);
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).wasMetOn(Status.MET, day(2012, 5, 1));
      Finding found = Cases.only(assessment, decision);
      FindingAssert.assertThat(found).hasStatus(Status.PENDING).says("running from the discovery on 10 March 2020");
      assertThat(found.deadline()).isEmpty();
    }

    @Test
    void anExtensionForAnAreaFoundAfterCompletionRunsFromTheDiscoveryNotTheOldDeadline() {
      State state = declaredCompleteIn2012()
          .addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2020, 3, 10)).build())
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2020, 11, 20), day(2025, 3, 10)))
          .build();
      Assessment assessment = Cases.assess(state, TODAY);
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(day(2025, 3, 10));
      FindingAssert.assertThat(Cases.only(assessment, decision)).isOverdueSince(day(2025, 3, 11));
      assertThat(Cases.citing(assessment, Interpretations.LATE_GRANT.reference())).as("not a late grant").isEmpty();
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(3)")).hasStatus(Status.INFORMATION).says("5 years after the discovery of previously unknown mined areas on 10 March 2020");
    }

    @Test
    void aPendingRequestForAreasFoundAfterCompletionIsMeasuredFromTheDiscovery() {
      State state = declaredCompleteIn2012()
          .addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2020, 3, 10)).build())
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(day(2020, 6, 1)).requestedUntil(day(2030, 3, 10)).contents(complete()).build())
          .build();
      Assessment assessment = Cases.assess(state, day(2020, 7, 1));
      assertThat(Cases.citing(assessment, "Art. 5(3)")).as("ten years from the discovery, not from 1 March 2014").isEmpty();
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(5)")).hasStatus(Status.PENDING).says("would run from the discovery of previously unknown mined areas on 10 March 2020");
    }

    @Test
    void anAreaFoundAfterCompletionButBeforeTheDeadlineSharesItUntilAnExtensionMovesIt() {
      State state = Cases.greece()
          .minedAreasKnown(true)
          .minedAreaCompletionDeclaredOn(day(2012, 6, 1))
          .addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2013, 6, 1)).build())
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2014, 12, 5), day(2019, 3, 1)))
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2013, 12, 1)), decision))
          .hasStatus(Status.PENDING).hasDeadline(ORIGINAL).says("found after completion");
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2014, 6, 1)), decision)).isOverdueSince(ORIGINAL.plusDays(1));
      Assessment extended = Cases.assess(state, day(2016, 1, 1));
      FindingAssert.assertThat(Cases.only(extended, decision)).hasStatus(Status.PENDING).hasDeadline(day(2019, 3, 1)).explains("extends the deadline to 1 March 2019");
      assertThat(Cases.citing(extended, Interpretations.LATE_GRANT.reference())).as("the lapse before the grant is reported").isNotEmpty();
    }

    @Test
    void aDeclarationOfCompletionAfterTheDiscoveryReleasesTheAreasFoundLate() {
      State state = Cases.greece()
          .minedAreasKnown(true)
          .addMinedArea(MinedArea.builder().id("border strip").identifiedOn(day(2016, 9, 30)).build())
          .minedAreaCompletionDeclaredOn(day(2018, 12, 4))
          .build();
      Assessment assessment = Cases.assess(state, TODAY);
      FindingAssert.assertThat(Cases.only(assessment, decision)).wasMetOn(Status.MET, day(2018, 12, 4)).says("found after the deadline");
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).hasStatus(Status.NOT_APPLICABLE).hasDeadline(ORIGINAL)
          .says("No mined area under Greece's jurisdiction or control was known to be outstanding when its deadline of 1 March 2014 passed");
    }

    @Test
    void areasReportedWithoutTheirNumberAreNamedWithoutACount() {
      MinedArea reported = MinedArea.builder().id("areas reported in March 2020").identifiedOn(day(2020, 3, 10))
          .standsForAnUnreportedNumberOfAreas(true).knownOnlyFromItsDiscovery(true).build();
      State state = declaredCompleteIn2012().addMinedArea(reported)
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2021, 11, 19), day(2025, 12, 31)))
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2022, 1, 1)), decision))
          .hasStatus(Status.PENDING).hasDeadline(day(2025, 12, 31))
          .says("Mined areas found after completion remain to be released by 31 December 2025")
          .explains("mined areas not known then were identified from 10 March 2020");
      Assessment today = Cases.assess(state, TODAY);
      FindingAssert.assertThat(Cases.only(today, decision)).hasStatus(Status.UNKNOWN)
          .says("Whether the mined areas found after completion were released by the deadline of 31 December 2025 is not recorded");
      FindingAssert.assertThat(Cases.only(today, "Art. 5(2)")).hasStatus(Status.UNKNOWN)
          .says("Whether the suspected mined areas \"areas reported in March 2020\", identified on 10 March 2020, are perimeter-marked");
      assertThat(today.findings()).extracting(Finding::summary).anyMatch(summary -> summary.startsWith("Mined areas remained on 31 December 2025"));
    }

    @Test
    void releasingTheAreasFoundLaterMeetsTheDecision() {
      State state = declaredCompleteIn2012()
          .addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2020, 3, 10)).released(day(2020, 9, 1), ReleaseMethod.CLEARED).build())
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), decision)).wasMetOn(Status.MET, day(2020, 9, 1));
    }
  }

  /** Areas identified after the deadline passed with none known (Interpretation I-5.4): Germany, Hungary and Niger in 2012. */
  @Nested
  class AreasFoundAfterTheDeadline {

    final String decision = PreviouslyUnknownMinedAreas.DECISION.reference();

    State.Builder noneKnownThenOneFoundIn2016() {
      return Cases.greece().minedAreasKnown(true).addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2016, 6, 30)).build());
    }

    @Test
    void anAreaFoundAfterTheDeadlineWithNoneKnownIsPreviouslyUnknownAndHasNoDeadlineUntilAGrant() {
      Assessment assessment = Cases.assess(noneKnownThenOneFoundIn2016().build(), day(2017, 1, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).hasStatus(Status.NOT_APPLICABLE).hasReasonCiting(Interpretations.PREVIOUSLY_UNKNOWN.reference());
      Finding found = Cases.only(assessment, decision);
      FindingAssert.assertThat(found).hasStatus(Status.PENDING).says("found after the deadline").says("running from the discovery on 30 June 2016");
      assertThat(found.deadline()).isEmpty();
    }

    @Test
    void aGrantDecidedAfterTheDiscoveryRunsFromItWithNoLapseReported() {
      State state = noneKnownThenOneFoundIn2016().addExtensionRequest(ExtensionRequest.grantedOn(day(2017, 12, 21), day(2020, 12, 31))).build();
      Assessment assessment = Cases.assess(state, day(2019, 1, 1));
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(day(2020, 12, 31));
      FindingAssert.assertThat(Cases.only(assessment, decision)).hasStatus(Status.PENDING).hasDeadline(day(2020, 12, 31)).explains("runs from the discovery to 31 December 2020");
      assertThat(Cases.citing(assessment, Interpretations.LATE_GRANT.reference())).as("no lapse from 2014: nothing was known then").isEmpty();
    }

    @Test
    void anAreaKnownOnlyFromItsDiscoveryIsUnknownAfterItsDeadlineNotOverdue() {
      State state = Cases.greece().minedAreasKnown(true)
          .addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2016, 6, 30)).knownOnlyFromItsDiscovery(true).build())
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2017, 12, 21), day(2020, 12, 31)))
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2019, 1, 1)), decision)).hasStatus(Status.PENDING);
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), decision)).hasStatus(Status.UNKNOWN).hasDeadline(day(2020, 12, 31))
          .says("Whether the mined area found after the deadline was released by the deadline of 31 December 2020 is not recorded");
    }

    @Test
    void withoutACompleteRecordOrWithAKnownAreaOutstandingAnAreaFoundLaterJoinsTheOverdueWork() {
      State incompleteRecord = Cases.greece().addMinedArea(MinedArea.builder().id("B").identifiedOn(day(2016, 6, 30)).build()).build();
      State knownAreaOutstanding = noneKnownThenOneFoundIn2016().addMinedArea(open("A")).build();
      for (State state : List.of(incompleteRecord, knownAreaOutstanding)) {
        Assessment assessment = Cases.assess(state, day(2017, 1, 1));
        assertThat(Cases.citing(assessment, decision)).isEmpty();
        FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).isOverdueSince(ORIGINAL.plusDays(1));
      }
    }
  }

  @Nested
  class Paragraph2 {

    @Test
    void anOutstandingAreaThatIsNotMarkedIsNonCompliant() {
      Finding finding = Cases.only(Cases.assess(Cases.greece().addMinedArea(open("A")).build(), TODAY), "Art. 5(2)");
      FindingAssert.assertThat(finding).hasStatus(Status.NONCOMPLIANT).says("suspected mined area \"A\", identified on 1 June 2004");
      assertThat(finding.deadline()).as("the treaty sets no date for marking").isEmpty();
    }

    @Test
    void anAreaKnownOnlyFromItsDiscoveryIsUnknownNotNonCompliantOnMarkingAndRelease() {
      MinedArea reportedOnly = MinedArea.builder().from(open("A")).knownOnlyFromItsDiscovery(true).build();
      Assessment assessment = Cases.assess(Cases.greece().addMinedArea(reportedOnly).build(), TODAY);
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(2)")).hasStatus(Status.UNKNOWN).says("is not recorded");
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).hasStatus(Status.UNKNOWN).hasDeadline(ORIGINAL)
          .says("Whether the mined area was released by the deadline of 1 March 2014 is not recorded");
    }

    @Test
    void aMarkedAreaMeetsTheParagraphAndAReleasedAreaNeedsNoMarking() {
      State state = Cases.greece()
          .addMinedArea(MinedArea.builder().id("A").identifiedOn(day(2004, 6, 1)).protectedSince(day(2005, 1, 1)).build())
          .addMinedArea(MinedArea.builder().id("B").released(day(2005, 1, 1), ReleaseMethod.CLEARED).build())
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 5(2)")).wasMetOn(Status.MET, day(2005, 1, 1));
    }
  }

  @Nested
  class Paragraph3 {

    @Test
    void aGrantedExtensionMovesTheDeadline() {
      State state = Cases.greece().addMinedArea(open("A"))
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2013, 12, 6), day(2019, 3, 1))).build();
      Assessment assessment = Cases.assess(state, day(2018, 1, 1));
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(day(2019, 3, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).hasStatus(Status.PENDING).hasDeadline(day(2019, 3, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(3)")).hasStatus(Status.INFORMATION).says("5 years beyond the deadline of 1 March 2014");
    }

    @Test
    void aRequestForTwelveYearsIsFlaggedAndOneForExactlyTenIsNot() {
      ExtensionRequest twelve = ExtensionRequest.builder().submittedOn(day(2013, 3, 1)).requestedUntil(ORIGINAL.plusYears(12)).contents(complete()).build();
      ExtensionRequest ten = ExtensionRequest.builder().submittedOn(day(2013, 3, 1)).requestedUntil(ORIGINAL.plusYears(10)).contents(complete()).build();
      ExtensionRequest tenAndADay = ExtensionRequest.builder().submittedOn(day(2013, 3, 1)).requestedUntil(ORIGINAL.plusYears(10).plusDays(1)).contents(complete()).build();
      assertThat(noncompliantOn53(twelve)).singleElement().satisfies(f -> FindingAssert.assertThat(f).says("12 years").says("more than the ten years"));
      assertThat(noncompliantOn53(ten)).isEmpty();
      assertThat(noncompliantOn53(tenAndADay)).singleElement().satisfies(f -> FindingAssert.assertThat(f).says("10 years, 1 day"));
    }

    private List<Finding> noncompliantOn53(ExtensionRequest request) {
      Assessment assessment = Cases.assess(Cases.greece().addMinedArea(open("A")).addExtensionRequest(request).build(), day(2013, 6, 1));
      return Cases.citing(assessment, "Art. 5(3)").stream().filter(f -> f.status() == Status.NONCOMPLIANT).toList();
    }

    @Test
    void aGrantBeyondTenYearsIsFlaggedAndMovesTheDeadlineOnlyToTheCeiling() {
      State state = Cases.greece().addMinedArea(open("A"))
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2013, 12, 6), day(2026, 3, 1))).build();
      Assessment assessment = Cases.assess(state, day(2020, 1, 1));
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(day(2024, 3, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(3)")).hasStatus(Status.NONCOMPLIANT).hasReasonCiting(Interpretations.CEILING.reference());
    }

    @Test
    void ukrainesExtensionGrantedAfterItsDeadlineRunsFromThatDeadlineAndTheGapIsRecorded() {
      State ukraine = Cases.ukraine().addMinedArea(MinedArea.builder().id("Donbas").build())
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2016, 12, 2), day(2021, 6, 1))).build();
      Assessment assessment = Cases.assess(ukraine, day(2017, 1, 1));
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(day(2021, 6, 1));
      FindingAssert.assertThat(Cases.only(assessment, Interpretations.LATE_GRANT.reference()))
          .wasMetOn(Status.MET_LATE, day(2016, 12, 2))
          .hasDeadline(day(2016, 6, 1))
          .says("overdue from 2 June 2016");
      FindingAssert.assertThat(Cases.only(Cases.assess(ukraine, day(2016, 12, 1)), "Art. 5(1)")).isOverdueSince(day(2016, 6, 2));
    }

    @Test
    void aPendingRequestLeavesTheDeadlineStanding() {
      State state = Cases.greece().addMinedArea(open("A"))
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(day(2013, 3, 30)).requestedUntil(day(2019, 3, 1)).contents(complete()).build())
          .build();
      Assessment assessment = Cases.assess(state, day(2014, 3, 5));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(1)")).isOverdueSince(day(2014, 3, 2)).hasReasonCiting("Art. 5(3)");
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(5)")).hasStatus(Status.PENDING).says("the deadline of 1 March 2014 has passed");
    }
  }

  @Nested
  class Paragraph4 {

    @Test
    void eachMissingElementIsAFindingCitingItsOwnSubParagraph() {
      ImmutableSet<RequestElement> withoutMeansAndImplications = ImmutableSet.copyOf(EnumSet.complementOf(
          EnumSet.of(RequestElement.MEANS_AVAILABLE, RequestElement.IMPLICATIONS)));
      State state = Cases.greece().addMinedArea(open("A"))
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(day(2013, 3, 30)).requestedUntil(day(2019, 3, 1))
              .contents(withoutMeansAndImplications).build()).build();
      Assessment assessment = Cases.assess(state, day(2013, 6, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(4)(b)(ii)")).hasStatus(Status.NONCOMPLIANT).says("financial and technical means");
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(4)(c)")).hasStatus(Status.NONCOMPLIANT);
      assertThat(Cases.citing(assessment, "Art. 5(4)(a)")).isEmpty();
    }

    @Test
    void unrecordedContentsAreUnknown() {
      State state = Cases.greece().addMinedArea(open("A")).addExtensionRequest(ExtensionRequest.grantedOn(day(2013, 12, 6), day(2019, 3, 1))).build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, TODAY), "Art. 5(4)")).hasStatus(Status.UNKNOWN);
    }
  }

  @Nested
  class Paragraph5 {

    @Test
    void aRecordedVoteWithoutAMajorityOfThoseVotingMovesNoDeadline() {
      ExtensionRequest request = ExtensionRequest.builder().submittedOn(day(2013, 3, 30)).contents(complete())
          .decision(ExtensionDecision.builder().decidedOn(day(2013, 12, 6)).votes(Votes.of(40, 40, 70)).grantedUntil(day(2019, 3, 1)).build())
          .build();
      Assessment assessment = Cases.assess(Cases.greece().addMinedArea(open("A")).addExtensionRequest(request).build(), TODAY);
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(ORIGINAL);
      FindingAssert.assertThat(Cases.only(assessment, "Art. 5(5)")).hasStatus(Status.NONCOMPLIANT).says("40 in favour, 40 against, 70 abstaining");
    }

    @Test
    void abstentionsAreNotVotesCast() {
      ExtensionRequest request = ExtensionRequest.builder().submittedOn(day(2013, 3, 30)).contents(complete())
          .decision(ExtensionDecision.builder().decidedOn(day(2013, 12, 6)).votes(Votes.of(3, 2, 150)).grantedUntil(day(2019, 3, 1)).build())
          .build();
      Assessment assessment = Cases.assess(Cases.greece().addMinedArea(open("A")).addExtensionRequest(request).build(), TODAY);
      assertThat(assessment.deadlines().minedAreaCurrent()).contains(day(2019, 3, 1));
    }
  }

  @Nested
  class Paragraph6 {

    @Test
    void aRenewalWithoutAnAccountOfThePreviousPeriodIsFlagged() {
      ImmutableSet<RequestElement> noAccount = ImmutableSet.copyOf(EnumSet.complementOf(EnumSet.of(RequestElement.PREVIOUS_PERIOD_WORK)));
      State state = Cases.greece().addMinedArea(open("A"))
          .addExtensionRequest(ExtensionRequest.grantedOn(day(2013, 12, 6), day(2019, 3, 1)))
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(day(2018, 3, 30)).requestedUntil(day(2023, 3, 1)).contents(noAccount).build())
          .build();
      FindingAssert.assertThat(Cases.only(Cases.assess(state, day(2018, 6, 1)), "Art. 5(6)")).hasStatus(Status.NONCOMPLIANT);
    }

    @Test
    void aFirstRequestNeedsNoAccountOfAPreviousPeriod() {
      ImmutableSet<RequestElement> noAccount = ImmutableSet.copyOf(EnumSet.complementOf(EnumSet.of(RequestElement.PREVIOUS_PERIOD_WORK)));
      State state = Cases.greece().addMinedArea(open("A"))
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(day(2013, 3, 30)).requestedUntil(day(2019, 3, 1)).contents(noAccount).build())
          .build();
      assertThat(Cases.citing(Cases.assess(state, day(2013, 6, 1)), "Art. 5(6)")).isEmpty();
    }
  }
}
