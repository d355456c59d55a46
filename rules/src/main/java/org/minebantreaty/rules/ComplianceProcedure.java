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

  /** Returns the findings on {@code clarification} as of the end of {@code asOf}, in the order of the article's paragraphs. */
  public static ImmutableList<Finding> assess(ClarificationCase clarification, LocalDate asOf) {
    String subject = "request for clarification of " + clarification.requestedState() + " by " + String.join(", ", clarification.requestingStates());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    findings.add(answer(clarification, asOf, subject));
    clarification.submittedToMeetingOn().filter(on -> !on.isAfter(asOf)).ifPresent(on -> findings.add(submission(clarification, on, subject)));
    clarification.specialMeeting().ifPresent(proposal -> findings.addAll(specialMeeting(proposal, asOf, subject)));
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
        .addReasons(Reason.of("The requested State provides clarification within 28 days of receiving the request on "
            + Wording.date(clarification.requestReceivedOn()) + ": by " + Wording.date(deadline), citation));
    if (clarification.answeredOn().filter(on -> !on.isAfter(asOf)).isPresent()) {
      LocalDate answered = clarification.answeredOn().get();
      boolean late = answered.isAfter(deadline);
      return finding.status(late ? Status.MET_LATE : Status.MET).metOn(answered)
          .summary(clarification.requestedState() + " answered on " + Wording.date(answered) + (late ? ", after the 28 days" : ", within the 28 days"))
          .build();
    }
    if (!asOf.isAfter(deadline)) {
      return finding.status(Status.PENDING).summary("An answer from " + clarification.requestedState() + " is due by " + Wording.date(deadline)).build();
    }
    return finding.status(Status.OVERDUE)
        .summary("No answer from " + clarification.requestedState() + " by " + Wording.date(deadline) + ": the matter may be submitted to the next Meeting of the States Parties")
        .addReasons(Reason.of("Without a satisfactory answer in time, the requesting States may submit the matter to the next Meeting", Citation.article(8, 3)))
        .build();
  }

  private static Finding submission(ClarificationCase clarification, LocalDate submitted, String subject) {
    Citation citation = Citation.article(8, 3);
    String code = FindingCodes.ART8_3_REFERRAL;
    LocalDate deadline = TreatyCalendar.clarificationAnswerDeadline(clarification.requestReceivedOn());
    boolean answeredInTime = clarification.answeredOn().filter(on -> !on.isAfter(deadline) && !on.isAfter(submitted)).isPresent();
    Finding.Builder finding = Finding.builder().code(code).citation(citation).subject(subject)
        .addReasons(Reason.of("If no answer is received within 28 days, or the answer is unsatisfactory, the requesting States may submit"
            + " the matter through the Secretary-General to the next Meeting of the States Parties", citation));
    if (answeredInTime) {
      return finding.status(Status.UNKNOWN)
          .summary("Submitted to a Meeting on " + Wording.date(submitted) + " after an answer given in time; lawful only if that answer was unsatisfactory")
          .addMissingFacts("whether the requesting States found the answer of " + Wording.date(clarification.answeredOn().get()) + " unsatisfactory")
          .build();
    }
    if (!submitted.isAfter(deadline)) {
      return finding.status(Status.NONCOMPLIANT)
          .summary("Submitted to a Meeting on " + Wording.date(submitted) + ", before the 28 days for an answer had run out on " + Wording.date(deadline))
          .build();
    }
    return finding.status(Status.INFORMATION)
        .summary("Submitted to a Meeting on " + Wording.date(submitted) + ", no answer having come within the 28 days")
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
    String tally = favour + " of " + total + " States Parties";
    Reason threshold = Reason.of("A Special Meeting is convened if at least one third of the States Parties — " + Majorities.smallestThirdOf(total)
        + " of " + total + " — favour it within 14 days of the communication of " + Wording.date(proposal.communicatedOn()), citation);
    boolean convenedSoFar = proposal.convenedOn().filter(on -> !on.isAfter(asOf)).isPresent();
    if (!asOf.isAfter(supportDeadline) && !supported) {
      return findings.add(Finding.builder().code(FindingCodes.ART8_5_SUPPORT).convened(convenedSoFar).citation(citation).status(Status.PENDING).subject(subject).deadline(supportDeadline)
          .summary(tally + " favour a Special Meeting so far; support closes on " + Wording.date(supportDeadline)).addReasons(threshold).build()).build();
    }
    boolean convened = proposal.convenedOn().filter(on -> !on.isAfter(asOf)).isPresent();
    if (!supported) {
      Finding.Builder finding = Finding.builder().code(FindingCodes.ART8_5_SUPPORT).convened(convened).citation(citation).subject(subject).addReasons(threshold);
      if (convened) {
        findings.add(finding.status(Status.NONCOMPLIANT)
            .summary("A Special Meeting convened on " + Wording.date(proposal.convenedOn().get()) + " though only " + tally + " favoured it, fewer than one third")
            .build());
      } else {
        findings.add(finding.status(Status.INFORMATION).summary("Only " + tally + " favoured a Special Meeting, fewer than one third: none is convened").build());
      }
      return findings.build();
    }
    Finding.Builder convening = Finding.builder().code(FindingCodes.ART8_5_CONVENING).convened(convened).citation(citation).subject(subject).deadline(conveningDeadline).addReasons(threshold)
        .addReasons(Reason.of(tally + " favoured it: at least one third. It is convened within a further 14 days: by " + Wording.date(conveningDeadline), citation));
    if (convened) {
      LocalDate on = proposal.convenedOn().get();
      boolean late = on.isAfter(conveningDeadline);
      findings.add(convening.status(late ? Status.MET_LATE : Status.MET).metOn(on)
          .summary("The Special Meeting convened on " + Wording.date(on) + (late ? ", later than the 28 days allow" : ", within the 28 days"))
          .build());
      proposal.present().ifPresent(present -> {
        boolean quorum = Majorities.majorityOf(present, total);
        findings.add(Finding.builder().code(FindingCodes.ART8_5_QUORUM).convened(true).citation(citation).subject(subject)
            .status(quorum ? Status.MET : Status.NONCOMPLIANT)
            .metOn(on)
            .summary(present + " of " + total + " States Parties present: " + (quorum ? "a quorum" : "no quorum") + " (a majority is " + Majorities.smallestMajorityOf(total) + ")")
            .addReasons(Reason.of("The quorum for a Special Meeting is a majority of the States Parties", citation))
            .build());
      });
    } else if (asOf.isAfter(conveningDeadline)) {
      findings.add(convening.status(Status.OVERDUE).summary("The Special Meeting was not convened by " + Wording.date(conveningDeadline)).build());
    } else {
      findings.add(convening.status(Status.PENDING).summary("The Special Meeting is to be convened by " + Wording.date(conveningDeadline)).build());
    }
    return findings.build();
  }

  private static Finding decision(ProcedureDecision decision, String subject) {
    boolean measures = decision.matter() == ProcedureDecision.Matter.MEASURES;
    Citation citation = measures ? Citation.article(8, 20) : Citation.article(8, 8);
    String what = measures ? "measures under Art. 8(18)–(19)" : "a fact-finding mission";
    Finding.Builder finding = Finding.builder().code(measures ? FindingCodes.ART8_20_MEASURES : FindingCodes.ART8_8_DECISION)
        .citation(citation).status(Status.INFORMATION).subject(subject);
    if (decision.votes().isEmpty()) {
      return finding.adopted(true).summary("Decided by consensus on " + Wording.date(decision.decidedOn()) + ": " + what)
          .addReasons(Reason.of("Decisions are taken by consensus if at all possible", Citation.article(8, 6)))
          .build();
    }
    Votes votes = decision.votes().get();
    boolean carried = measures
        ? Majorities.twoThirdsOfThoseVoting(votes.inFavour(), votes.against())
        : votes.isMajorityOfThoseVoting();
    String needed = measures ? "two thirds of those present and voting" : "a majority of those present and voting";
    return finding.adopted(carried).summary((carried ? "Adopted " : "Not adopted ") + what + " on " + Wording.date(decision.decidedOn()) + ": "
            + votes.inFavour() + " in favour, " + votes.against() + " against (" + votes.abstaining() + " abstaining); " + needed + " was needed")
        .addReasons(Reason.of("Failing consensus, " + what + " need" + (measures ? "" : "s") + " " + needed, citation))
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
          "The mission was neither authorised by a majority of those present and voting nor invited by the requested State",
          "A fact-finding mission is authorised by a majority of the States Parties present and voting, or invited by the requested State"));
    }
    int experts = mission.expertNationalities().size();
    if (experts > TreatyCalendar.MISSION_EXPERTS) {
      findings.add(finding(Citation.article(8, 8), Status.NONCOMPLIANT, subject,
          "The mission has " + experts + " experts; at most " + TreatyCalendar.MISSION_EXPERTS + " may be appointed",
          "A fact-finding mission consists of up to nine experts"));
    }
    for (String nationality : mission.expertNationalities()) {
      if (clarification.requestingStates().contains(nationality) || clarification.directlyAffectedStates().contains(nationality)) {
        findings.add(finding(Citation.article(8, 10), Status.NONCOMPLIANT, subject,
            "An expert is a national of " + nationality + ", a requesting or directly affected State, and may not be appointed",
            "No national of a requesting or directly affected State Party may be appointed to the mission"));
      }
    }
    Duration notice = Duration.between(mission.notifiedAt(), mission.arrivedAt());
    if (notice.compareTo(TreatyCalendar.MISSION_NOTICE) < 0) {
      findings.add(finding(Citation.article(8, 11), Status.NONCOMPLIANT, subject,
          "The mission arrived " + notice.toHours() + " hours after notice; at least 72 hours' notice is required",
          "The requested State is notified of the mission's arrival at least 72 hours in advance"));
    }
    if (!mission.longerStayAgreed()) {
      if (mission.daysInTerritory() > TreatyCalendar.MISSION_DAYS_IN_TERRITORY) {
        findings.add(finding(Citation.article(8, 15), Status.NONCOMPLIANT, subject,
            "The mission stayed " + mission.daysInTerritory() + " days in the territory; at most 14 unless otherwise agreed",
            "A mission stays no more than 14 days in the territory, and no more than 7 days at any one site, unless otherwise agreed"));
      }
      for (Map.Entry<String, Integer> site : mission.daysAtSites().entrySet()) {
        if (site.getValue() > TreatyCalendar.MISSION_DAYS_AT_A_SITE) {
          findings.add(finding(Citation.article(8, 15), Status.NONCOMPLIANT, subject,
              "The mission stayed " + site.getValue() + " days at " + site.getKey() + "; at most 7 at any one site unless otherwise agreed",
              "A mission stays no more than 14 days in the territory, and no more than 7 days at any one site, unless otherwise agreed"));
        }
      }
    }
    if (authorised && findings.build().isEmpty()) {
      findings.add(finding(Citation.article(8, 8), Status.INFORMATION, subject,
          "The mission of " + experts + " experts met every requirement of Art. 8(8)–(15) the record shows",
          "Authorisation, composition, notice and length of stay are as Art. 8(8)–(15) require"));
    }
    return findings.build();
  }

  private static Finding finding(Citation citation, Status status, String subject, String summary, String rule) {
    return Finding.builder().code(FindingCodes.ART8_MISSION).citation(citation).status(status).subject(subject).summary(summary)
        .addReasons(Reason.of(rule, citation)).build();
  }
}
