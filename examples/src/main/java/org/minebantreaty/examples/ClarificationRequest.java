package org.minebantreaty.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.minebantreaty.core.ClarificationCase;
import org.minebantreaty.core.FactFindingMission;
import org.minebantreaty.core.ProcedureDecision;
import org.minebantreaty.core.SpecialMeetingProposal;
import org.minebantreaty.core.Votes;
import org.minebantreaty.rules.ComplianceProcedure;
import org.minebantreaty.rules.Finding;

/**
 * A full Art. 8 case: a request for clarification answered late, a Special Meeting favoured by 55 of
 * 164 States Parties (one third, exactly) and convened on the 28th day, a fact-finding mission
 * authorised by vote that stays nine days at one site. The States are fictional.
 */
public final class ClarificationRequest {

  private ClarificationRequest() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    ClarificationCase clarification = ClarificationCase.builder()
        .addRequestingState("NOR")
        .requestedState("FRE")
        .requestReceivedOn(LocalDate.of(2030, 3, 2))
        .answeredOn(LocalDate.of(2030, 4, 2))
        .specialMeeting(SpecialMeetingProposal.builder()
            .communicatedOn(LocalDate.of(2030, 5, 1))
            .statesParties(164)
            .inFavourWithin14Days(55)
            .convenedOn(LocalDate.of(2030, 5, 29))
            .present(101)
            .build())
        .addDecision(ProcedureDecision.byVote(ProcedureDecision.Matter.FACT_FINDING_MISSION, LocalDate.of(2030, 5, 30), Votes.of(61, 30, 10)))
        .mission(FactFindingMission.builder()
            .addExpertNationalities("CHE", "SWE", "NZL", "CHL", "SEN")
            .notifiedAt(LocalDateTime.of(2030, 6, 10, 9, 0))
            .arrivedAt(LocalDateTime.of(2030, 6, 13, 10, 0))
            .daysInTerritory(13)
            .putDaysAtSite("northern depot", 9)
            .putDaysAtSite("border post 4", 4)
            .build())
        .build();

    StringBuilder out = new StringBuilder();
    for (Finding finding : ComplianceProcedure.assess(clarification, LocalDate.of(2030, 7, 1))) {
      out.append(finding).append("\n\n");
    }
    return out.toString();
  }
}
