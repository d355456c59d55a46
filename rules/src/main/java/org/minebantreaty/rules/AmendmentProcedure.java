package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.AmendmentProposal;
import org.minebantreaty.core.Majorities;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.core.Votes;

/**
 * Art. 13 — Amendments.
 *
 * <p>A proposal is circulated by the Depositary; an Amendment Conference is convened if a majority of
 * the States Parties support it within 30 days (13(1)–(2)); it adopts an amendment by two thirds of
 * the States Parties present and voting (13(4)); the amendment enters into force for every accepting
 * State once a majority of States Parties have deposited instruments of acceptance, and for each
 * later acceptor on the day of its deposit (13(5)).
 */
public final class AmendmentProcedure {

  private AmendmentProcedure() {}

  /**
   * Returns the findings on {@code proposal} as of the end of {@code asOf}.
   *
   * @param proposal the proposal, as circulated by the Depositary, and what followed it
   * @param asOf the day judged, at its end
   * @return the findings on the conference (13(2)), then, once they apply, on the vote (13(4)) and on
   *     entry into force (13(5))
   */
  public static ImmutableList<Finding> assess(AmendmentProposal proposal, LocalDate asOf) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    String subject = "amendment circulated on " + proposal.circulatedOn();
    int total = proposal.statesParties();
    LocalDate supportDeadline = TreatyCalendar.amendmentSupportDeadline(proposal.circulatedOn());
    boolean supported = Majorities.majorityOf(proposal.supportWithin30Days(), total);
    Citation conference = Citation.article(13, 2);
    Reason rule = Reason.of(Phrase.of("art13.1.majority-threshold", "majority", Majorities.smallestMajorityOf(total), "total", total,
        "deadline", supportDeadline), Citation.article(13, 1));
    boolean convened = proposal.conferenceOpenedOn().filter(on -> !on.isAfter(asOf)).isPresent();
    if (!asOf.isAfter(supportDeadline) && !supported) {
      findings.add(Finding.builder().code(FindingCodes.ART13_2_CONFERENCE).convened(convened).citation(conference).status(Status.PENDING).subject(subject).deadline(supportDeadline)
          .summary(Phrase.of("art13.2.support-so-far", "support", proposal.supportWithin30Days(), "total", total)).addReasons(rule).build());
      return findings.build();
    }
    findings.add(Finding.builder().code(FindingCodes.ART13_2_CONFERENCE).convened(convened).citation(conference)
        .status(supported || !convened ? Status.INFORMATION : Status.NONCOMPLIANT)
        .subject(subject)
        .summary(Phrase.of("art13.2.support-counted", "support", proposal.supportWithin30Days(), "total", total, "supported", supported,
            "convened", convened))
        .addReasons(rule)
        .build());
    Optional<Votes> vote = proposal.adoptionVote().filter(v -> convened);
    if (vote.isEmpty()) {
      return findings.build();
    }
    boolean adopted = Majorities.twoThirdsOfThoseVoting(vote.get().inFavour(), vote.get().against());
    findings.add(Finding.builder().code(FindingCodes.ART13_4_ADOPTION).adopted(adopted).citation(Citation.article(13, 4)).status(Status.INFORMATION).subject(subject)
        .summary(Phrase.of("art13.4.vote", "adopted", adopted, "inFavour", vote.get().inFavour(), "against", vote.get().against()))
        .build());
    if (!adopted) {
      return findings.build();
    }
    Optional<LocalDate> inForce = entryIntoForce(proposal, asOf);
    int needed = Majorities.smallestMajorityOf(total);
    long accepted = proposal.acceptances().stream().filter(on -> !on.isAfter(asOf)).count();
    findings.add(Finding.builder().code(FindingCodes.ART13_5_ENTRY_INTO_FORCE).citation(Citation.article(13, 5)).status(Status.INFORMATION).subject(subject)
        .summary(inForce.map(day -> Phrase.of("art13.5.in-force-since", "since", day, "needed", needed, "total", total))
            .orElse(Phrase.of("art13.5.not-yet-in-force", "accepted", accepted, "needed", needed)))
        .build());
    return findings.build();
  }

  /**
   * Returns the day the amendment entered into force for the States that had accepted it: the deposit
   * that brought acceptances to a majority of the States Parties, if it happened by {@code asOf}.
   *
   * @param proposal the proposal and its instruments of acceptance
   * @param asOf the last day whose deposits count
   * @return the day of the deposit that made the majority; empty while fewer than a majority of the
   *     States Parties have accepted
   */
  public static Optional<LocalDate> entryIntoForce(AmendmentProposal proposal, LocalDate asOf) {
    List<LocalDate> deposits = new ArrayList<>();
    proposal.acceptances().stream().filter(on -> !on.isAfter(asOf)).forEach(deposits::add);
    Collections.sort(deposits);
    int needed = Majorities.smallestMajorityOf(proposal.statesParties());
    return deposits.size() >= needed ? Optional.of(deposits.get(needed - 1)) : Optional.empty();
  }

  /**
   * Returns the day the amendment enters into force for a State that deposited its acceptance on
   * {@code accepted}: the majority day if it accepted by then, otherwise its own deposit (13(5)).
   *
   * @param proposal the proposal and its instruments of acceptance
   * @param accepted the day the State deposited its instrument of acceptance
   * @param asOf the last day whose deposits count
   * @return the day the amendment enters into force for that State; empty while fewer than a majority of
   *     the States Parties have accepted
   */
  public static Optional<LocalDate> entryIntoForceFor(AmendmentProposal proposal, LocalDate accepted, LocalDate asOf) {
    return entryIntoForce(proposal, asOf).map(majority -> accepted.isAfter(majority) ? accepted : majority);
  }
}
