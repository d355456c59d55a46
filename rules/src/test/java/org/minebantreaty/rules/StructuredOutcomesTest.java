package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.AmendmentProposal;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.SpecialMeetingProposal;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.StockpileCount;
import org.minebantreaty.core.Votes;

/** Outcomes that are facts are fields of the finding: a tool never parses a sentence to learn them. */
class StructuredOutcomesTest {

  private static final Convention CONVENTION = Convention.standard();

  @Test
  void anOverdueStockpileCarriesTheMinesRemainingAndAPeriodOfNonComplianceStillRunning() {
    Finding greece = CONVENTION.assess(Cases.greece().addStockpileCount(StockpileCount.of(day(2019, 5, 24), 343_413)).build(), day(2026, 12, 2))
        .findings(FindingCodes.ART4_STOCKPILE_DESTRUCTION).get(0);
    assertThat(greece.minesRemaining()).hasValue(343_413);
    assertThat(greece.nonCompliance()).contains(new NonCompliance(day(2008, 3, 2), Optional.empty()));
    assertThat(greece.nonCompliance().orElseThrow().isOngoing()).isTrue();
    assertThat(greece.daysLate()).isEmpty();
  }

  @Test
  void aStockpileDestroyedLateCarriesItsDaysLateAndAClosedPeriod() {
    State belarus = Cases.acceded("Belarus", "BLR", day(2003, 9, 3))
        .addStockpile(Stockpile.builder().quantity(3_371_984).addDestruction(Destruction.of(day(2017, 4, 5), 3_371_984)).build()).build();
    Finding article4 = CONVENTION.assess(belarus, day(2026, 12, 2)).findings(FindingCodes.ART4_STOCKPILE_DESTRUCTION).get(0);
    assertThat(article4.status()).isEqualTo(Status.MET_LATE);
    assertThat(article4.minesRemaining()).hasValue(0);
    assertThat(article4.daysLate()).hasValue(3322);
    assertThat(article4.nonCompliance()).contains(new NonCompliance(day(2008, 3, 2), Optional.of(day(2017, 4, 4))));
    assertThat(article4.nonCompliance().orElseThrow().days()).hasValue(3321);
    assertThat(CONVENTION.assess(belarus, day(2026, 12, 2)).toJson()).contains("\"daysLate\":3322")
        .contains("\"nonCompliance\":{\"firstDay\":\"2008-03-02\",\"lastDay\":\"2017-04-04\",\"days\":3321}").contains("\"minesRemaining\":0");
  }

  @Test
  void votesSayWhetherTheyWereAdoptedAndMeetingsWhetherTheyConvened() {
    List<Finding> amendment = AmendmentProcedure.assess(AmendmentProposal.builder().circulatedOn(day(2031, 1, 10)).statesParties(160).supportWithin30Days(90)
        .conferenceOpenedOn(day(2031, 11, 1)).adoptionVote(Votes.of(100, 20, 5)).build(), day(2031, 12, 1));
    assertThat(amendment).filteredOn(f -> f.code().equals(FindingCodes.ART13_2_CONFERENCE)).singleElement()
        .satisfies(f -> assertThat(f.convened()).contains(true));
    assertThat(amendment).filteredOn(f -> f.code().equals(FindingCodes.ART13_4_ADOPTION)).singleElement()
        .satisfies(f -> assertThat(f.adopted()).contains(true));
    List<Finding> rejected = AmendmentProcedure.assess(AmendmentProposal.builder().circulatedOn(day(2031, 1, 10)).statesParties(160).supportWithin30Days(90)
        .conferenceOpenedOn(day(2031, 11, 1)).adoptionVote(Votes.of(70, 50, 5)).build(), day(2031, 12, 1));
    assertThat(rejected).filteredOn(f -> f.code().equals(FindingCodes.ART13_4_ADOPTION)).singleElement()
        .satisfies(f -> assertThat(f.adopted()).contains(false));
    List<Finding> special = ComplianceProcedure.assess(org.minebantreaty.core.ClarificationCase.builder().addRequestingState("NOR").requestedState("XXX")
        .requestReceivedOn(day(2030, 3, 2)).specialMeeting(SpecialMeetingProposal.builder().communicatedOn(day(2030, 5, 1)).statesParties(164)
            .inFavourWithin14Days(40).build()).build(), day(2030, 6, 1));
    assertThat(special).filteredOn(f -> f.code().equals(FindingCodes.ART8_5_SUPPORT)).singleElement()
        .satisfies(f -> assertThat(f.convened()).contains(false));
  }

  @Test
  void aGrantedExtensionIsAdoptedAndAPendingRequestIsNotYetDecided() {
    State state = Cases.greece().addExtensionRequest(ExtensionRequest.grantedOn(day(2013, 12, 1), day(2016, 3, 1)))
        .addExtensionRequest(ExtensionRequest.builder().submittedOn(day(2015, 3, 1)).build()).build();
    Assessment assessment = CONVENTION.assess(state, day(2015, 6, 1));
    assertThat(assessment.findings(FindingCodes.ART5_3_REQUEST)).extracting(Finding::adopted).contains(Optional.of(true));
    assertThat(assessment.findings(FindingCodes.ART5_5_DECISION)).extracting(Finding::adopted).contains(Optional.empty());
  }
}
