package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.minebantreaty.core.ClarificationCase;
import org.minebantreaty.core.FactFindingMission;
import org.minebantreaty.core.Majorities;
import org.minebantreaty.core.ProcedureDecision;
import org.minebantreaty.core.SpecialMeetingProposal;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.core.Votes;

/**
 * Art. 8 — Facilitation and clarification of compliance, as a case with clocks and thresholds.
 *
 * <p>A request for clarification reaches the requested State through the Secretary-General, which
 * answers within 28 days (8(2)); without a satisfactory answer the matter may go to the next Meeting
 * (8(3)). A Special Meeting may be proposed: if at least one third of the States Parties favour it
 * within 14 days of the Secretary-General's communication, it is convened within a further 14 days,
 * with a quorum of a majority of the States Parties (8(5)). Decisions are by consensus if possible,
 * otherwise by a majority of those present and voting (8(6)); a fact-finding mission needs such a
 * majority or the requested State's invitation (8(8)), has at most nine experts (8(8)), none a
 * national of a requesting or directly affected State (8(10)), arrives on at least 72 hours' notice
 * (8(11)), and stays at most 14 days in the territory and 7 at any one site unless otherwise agreed
 * (8(15)). Measures under 8(18)–(19) need consensus or two thirds of those present and voting
 * (8(20)). Every threshold is exact integer arithmetic ({@link Majorities}).
 */
public final class ComplianceProcedure {

  private ComplianceProcedure() {}

  /**
   * Returns the findings on {@code clarification} as of the end of {@code asOf}, in the order of the article's paragraphs.
   *
   * @param clarification the request for clarification and what followed it
   * @param asOf the day judged, at its end
   * @return the findings, beginning with the one on the answer (8(2))
   */
  public static ImmutableList<Finding> assess(ClarificationCase clarification, LocalDate asOf) {
    String subject = "request for clarification of " + clarification.requestedState() + " by " + String.join(", ", clarification.requestingStates());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    findings.add(answer(clarification, asOf, subject));
    clarification.submittedToMeetingOn().filter(on -> !on.isAfter(asOf)).ifPresent(on -> findings.add(submission(clarification, on, subject)));
    clarification.specialMeeting().filter(proposal -> !proposal.communicatedOn().isAfter(asOf))
        .ifPresent(proposal -> findings.addAll(specialMeeting(proposal, asOf, subject)));
    for (ProcedureDecision decision : clarification.decisions()) {
      if (!decision.decidedOn().isAfter(asOf)) {
        findings.add(decision(decision, subject));
      }
    }
    clarification.mission().filter(mission -> !mission.arrivedAt().toLocalDate().isAfter(asOf))
        .ifPresent(mission -> findings.addAll(mission(clarification, mission, subject)));
    return findings.build();
  }

  private static Finding answer(ClarificationCase clarification, LocalDate asOf, String subject) {
    Citation citation = Citation.article(8, 2);
    String code = FindingCodes.ART8_2_ANSWER;
    LocalDate deadline = TreatyCalendar.clarificationAnswerDeadline(clarification.requestReceivedOn());
    Finding.Builder finding = Finding.builder().code(code).citation(citation).subject(subject).deadline(deadline)
        .addReasons(Reason.of(Phrase.of("art8.2.answer-within-28-days", "received", clarification.requestReceivedOn(), "deadline", deadline),
            citation));
    if (clarification.answeredOn().filter(on -> !on.isAfter(asOf)).isPresent()) {
      LocalDate answered = clarification.answeredOn().get();
      boolean late = answered.isAfter(deadline);
      return finding.status(late ? Status.MET_LATE : Status.MET).metOn(answered)
          .summary(Phrase.of("art8.2.answered", "state", clarification.requestedState(), "answered", answered, "late", late))
          .build();
    }
    if (!asOf.isAfter(deadline)) {
      return finding.status(Status.PENDING)
          .summary(Phrase.of("art8.2.answer-due", "state", clarification.requestedState(), "deadline", deadline))
          .build();
    }
    return finding.status(Status.OVERDUE)
        .summary(Phrase.of("art8.2.no-answer", "state", clarification.requestedState(), "deadline", deadline))
        .addReasons(Reason.of(Phrase.of("art8.3.may-submit-without-answer"), Citation.article(8, 3)))
        .build();
  }

  private static Finding submission(ClarificationCase clarification, LocalDate submitted, String subject) {
    Citation citation = Citation.article(8, 3);
    String code = FindingCodes.ART8_3_REFERRAL;
    LocalDate deadline = TreatyCalendar.clarificationAnswerDeadline(clarification.requestReceivedOn());
    boolean answeredInTime = clarification.answeredOn().filter(on -> !on.isAfter(deadline) && !on.isAfter(submitted)).isPresent();
    Finding.Builder finding = Finding.builder().code(code).citation(citation).subject(subject)
        .addReasons(Reason.of(Phrase.of("art8.3.may-submit"), citation));
    if (answeredInTime) {
      return finding.status(Status.UNKNOWN)
          .summary(Phrase.of("art8.3.submitted-after-timely-answer", "submitted", submitted))
          .addMissingFacts(Phrase.of("art8.missing.answer-found-unsatisfactory", "answered", clarification.answeredOn().get()))
          .build();
    }
    if (!submitted.isAfter(deadline)) {
      return finding.status(Status.NONCOMPLIANT)
          .summary(Phrase.of("art8.3.submitted-too-early", "submitted", submitted, "deadline", deadline))
          .build();
    }
    return finding.status(Status.INFORMATION)
        .summary(Phrase.of("art8.3.submitted-without-answer", "submitted", submitted))
        .build();
  }

  private static ImmutableList<Finding> specialMeeting(SpecialMeetingProposal proposal, LocalDate asOf, String subject) {
    Citation citation = Citation.article(8, 5);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    LocalDate supportDeadline = TreatyCalendar.specialMeetingSupportDeadline(proposal.communicatedOn());
    LocalDate conveningDeadline = TreatyCalendar.specialMeetingConveningDeadline(proposal.communicatedOn());
    int total = proposal.statesParties();
    int favour = proposal.inFavourWithin14Days();
    boolean supported = Majorities.atLeastOneThird(favour, total);
    Reason threshold = Reason.of(Phrase.of("art8.5.one-third-threshold", "third", Majorities.smallestThirdOf(total), "total", total,
        "communicated", proposal.communicatedOn()), citation);
    boolean convenedSoFar = proposal.convenedOn().filter(on -> !on.isAfter(asOf)).isPresent();
    if (!asOf.isAfter(supportDeadline) && !supported) {
      return findings.add(Finding.builder().code(FindingCodes.ART8_5_SUPPORT).convened(convenedSoFar).citation(citation).status(Status.PENDING).subject(subject).deadline(supportDeadline)
          .summary(Phrase.of("art8.5.support-so-far", "favour", favour, "total", total, "closes", supportDeadline)).addReasons(threshold).build()).build();
    }
    boolean convened = proposal.convenedOn().filter(on -> !on.isAfter(asOf)).isPresent();
    if (!supported) {
      Finding.Builder finding = Finding.builder().code(FindingCodes.ART8_5_SUPPORT).convened(convened).citation(citation).subject(subject).addReasons(threshold);
      if (convened) {
        findings.add(finding.status(Status.NONCOMPLIANT)
            .summary(Phrase.of("art8.5.convened-without-support", "convened", proposal.convenedOn().get(), "favour", favour, "total", total))
            .build());
      } else {
        findings.add(finding.status(Status.INFORMATION).summary(Phrase.of("art8.5.too-little-support", "favour", favour, "total", total)).build());
      }
      return findings.build();
    }
    Finding.Builder convening = Finding.builder().code(FindingCodes.ART8_5_CONVENING).convened(convened).citation(citation).subject(subject).deadline(conveningDeadline).addReasons(threshold)
        .addReasons(Reason.of(Phrase.of("art8.5.supported", "favour", favour, "total", total, "deadline", conveningDeadline), citation));
    if (convened) {
      LocalDate on = proposal.convenedOn().get();
      boolean late = on.isAfter(conveningDeadline);
      findings.add(convening.status(late ? Status.MET_LATE : Status.MET).metOn(on)
          .summary(Phrase.of("art8.5.convened-on", "on", on, "late", late))
          .build());
      proposal.present().ifPresent(present -> {
        boolean quorum = Majorities.majorityOf(present, total);
        findings.add(Finding.builder().code(FindingCodes.ART8_5_QUORUM).convened(true).citation(citation).subject(subject)
            .status(quorum ? Status.MET : Status.NONCOMPLIANT)
            .metOn(on)
            .summary(Phrase.of("art8.5.present", "present", present, "total", total, "quorum", quorum, "majority", Majorities.smallestMajorityOf(total)))
            .addReasons(Reason.of(Phrase.of("art8.5.quorum-is-a-majority"), citation))
            .build());
      });
    } else if (asOf.isAfter(conveningDeadline)) {
      findings.add(convening.status(Status.OVERDUE).summary(Phrase.of("art8.5.not-convened-by", "deadline", conveningDeadline)).build());
    } else {
      findings.add(convening.status(Status.PENDING).summary(Phrase.of("art8.5.to-be-convened-by", "deadline", conveningDeadline)).build());
    }
    return findings.build();
  }

  private static Finding decision(ProcedureDecision decision, String subject) {
    boolean measures = decision.matter() == ProcedureDecision.Matter.MEASURES;
    Citation citation = measures ? Citation.article(8, 20) : Citation.article(8, 8);
    Finding.Builder finding = Finding.builder().code(measures ? FindingCodes.ART8_20_MEASURES : FindingCodes.ART8_8_DECISION)
        .citation(citation).status(Status.INFORMATION).subject(subject);
    if (decision.votes().isEmpty()) {
      return finding.adopted(true).summary(Phrase.of("art8.decision.by-consensus", "on", decision.decidedOn(), "measures", measures))
          .addReasons(Reason.of(Phrase.of("art8.6.consensus-if-possible"), Citation.article(8, 6)))
          .build();
    }
    Votes votes = decision.votes().get();
    boolean carried = measures
        ? Majorities.twoThirdsOfThoseVoting(votes.inFavour(), votes.against())
        : votes.isMajorityOfThoseVoting();
    return finding.adopted(carried)
        .summary(Phrase.of("art8.decision.by-vote", "adopted", carried, "measures", measures, "on", decision.decidedOn(),
            "inFavour", votes.inFavour(), "against", votes.against(), "abstaining", votes.abstaining()))
        .addReasons(Reason.of(Phrase.of("art8.decision.failing-consensus", "measures", measures), citation))
        .build();
  }

  private static ImmutableList<Finding> mission(ClarificationCase clarification, FactFindingMission mission, String subject) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    boolean authorised = mission.invitedByRequestedState() || clarification.decisions().stream()
        .anyMatch(d -> d.matter() == ProcedureDecision.Matter.FACT_FINDING_MISSION
            && d.votes().map(Votes::isMajorityOfThoseVoting).orElse(true)
            && !d.decidedOn().isAfter(mission.arrivedAt().toLocalDate()));
    if (!authorised) {
      findings.add(finding(Citation.article(8, 8), Status.NONCOMPLIANT, subject,
          Phrase.of("art8.8.mission-unauthorised"),
          Phrase.of("art8.8.mission-authorisation")));
    }
    int experts = mission.expertNationalities().size();
    if (experts > TreatyCalendar.MISSION_EXPERTS) {
      findings.add(finding(Citation.article(8, 8), Status.NONCOMPLIANT, subject,
          Phrase.of("art8.8.too-many-experts", "experts", experts, "most", TreatyCalendar.MISSION_EXPERTS),
          Phrase.of("art8.8.up-to-nine-experts")));
    }
    for (String nationality : mission.expertNationalities()) {
      if (clarification.requestingStates().contains(nationality) || clarification.directlyAffectedStates().contains(nationality)) {
        findings.add(finding(Citation.article(8, 10), Status.NONCOMPLIANT, subject,
            Phrase.of("art8.10.expert-excluded", "nationality", nationality),
            Phrase.of("art8.10.no-national-of-a-party-concerned")));
      }
    }
    Duration notice = Duration.between(mission.notifiedAt(), mission.arrivedAt());
    if (notice.compareTo(TreatyCalendar.MISSION_NOTICE) < 0) {
      findings.add(finding(Citation.article(8, 11), Status.NONCOMPLIANT, subject,
          Phrase.of("art8.11.short-notice", "hours", notice.toHours()),
          Phrase.of("art8.11.notice-of-72-hours")));
    }
    if (!mission.longerStayAgreed()) {
      if (mission.daysInTerritory() > TreatyCalendar.MISSION_DAYS_IN_TERRITORY) {
        findings.add(finding(Citation.article(8, 15), Status.NONCOMPLIANT, subject,
            Phrase.of("art8.15.too-long-in-territory", "days", mission.daysInTerritory()),
            Phrase.of("art8.15.stay-limits")));
      }
      for (Map.Entry<String, Integer> site : mission.daysAtSites().entrySet()) {
        if (site.getValue() > TreatyCalendar.MISSION_DAYS_AT_A_SITE) {
          findings.add(finding(Citation.article(8, 15), Status.NONCOMPLIANT, subject,
              Phrase.of("art8.15.too-long-at-a-site", "days", site.getValue(), "site", site.getKey()),
              Phrase.of("art8.15.stay-limits")));
        }
      }
    }
    if (authorised && findings.build().isEmpty()) {
      findings.add(finding(Citation.article(8, 8), Status.INFORMATION, subject,
          Phrase.of("art8.mission.met-every-requirement", "experts", experts),
          Phrase.of("art8.mission.requirements")));
    }
    return findings.build();
  }

  private static Finding finding(Citation citation, Status status, String subject, Phrase summary, Phrase rule) {
    return Finding.builder().code(FindingCodes.ART8_MISSION).citation(citation).status(status).subject(subject).summary(summary)
        .addReasons(Reason.of(rule, citation)).build();
  }
}
