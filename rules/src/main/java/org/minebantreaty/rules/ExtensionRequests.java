package org.minebantreaty.rules;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.RequestElement;
import org.minebantreaty.core.Votes;

/**
 * Art. 5(3)–(6) — Extensions of the deadline for clearing mined areas.
 *
 * <p>A State that cannot finish in time may ask a Meeting of the States Parties or a Review
 * Conference to extend its deadline for up to ten years (5(3)). The request states the duration,
 * the reasons — national demining work, the means available, what impedes destruction — the
 * implications, and any other relevant information (5(4)). The Meeting decides by a majority of the
 * States Parties present and voting (5(5)). An extension may be renewed; a renewal adds what was done
 * in the previous period (5(6)).
 *
 * <p>Each request gets findings on its duration, contents, renewal information and decision. The
 * deadline each grant extends, and the deadline that results, come from the {@link
 * ClearanceSchedule}.
 */
public final class ExtensionRequests extends ArticleRule<ExtensionRequest> {

  private static final Citation CITATION = Citation.article(5, 3);
  private static final List<RequestElement> REQUIRED = List.of(
      RequestElement.DURATION,
      RequestElement.DEMINING_STATUS,
      RequestElement.MEANS_AVAILABLE,
      RequestElement.IMPEDIMENTS,
      RequestElement.IMPLICATIONS,
      RequestElement.OTHER_INFORMATION);

  /** Creates the rule. */
  public ExtensionRequests() {
    super(Subject.EXTENSION_REQUESTS, CITATION);
  }



  @Override
  public List<Finding> evaluate(ExtensionRequest request, Context context) {
    if (context.clearance().isEmpty()) {
      return List.of();
    }
    ClearanceSchedule schedule = context.clearance().get();
    LocalDate extended = schedule.deadlineExtendedBy(request);
    String subject = context.stateName() + ", extension request " + describe(request);
    List<Finding> findings = new ArrayList<>();
    request.requestedUntil().ifPresent(until -> {
      LocalDate ceiling = org.minebantreaty.core.TreatyCalendar.extensionCeiling(extended);
      if (until.isAfter(ceiling)) {
        findings.add(Finding.builder()
            .code(FindingCodes.ART5_3_REQUEST)
            .citation(CITATION)
            .status(Status.NONCOMPLIANT)
            .subject(subject)
            .summary(Phrase.of("art5.3.request-exceeds-ten-years", "span", Period.between(extended, until), "until", until))
            .addReasons(Reason.of(
                Phrase.of("art5.3.at-most-ten-years-beyond", "extended", extended, "ceiling", ceiling),
                CITATION))
            .build());
      }
    });
    findings.addAll(contents(request, schedule, subject));
    findings.add(decision(request, schedule, extended, context.judgedOn(), subject));
    schedule.stepFor(request).filter(ExtensionStep::decidedAfterDeadline).ifPresent(step -> findings.add(Finding.builder()
        .code(FindingCodes.ART5_3_LATE_GRANT)
        .citation(Interpretations.LATE_GRANT)
        .status(Status.MET_LATE)
        .subject(subject)
        .deadline(step.deadlineExtended())
        .metOn(step.decision().decidedOn())
        .summary(Phrase.of("art5.3.deadline-passed-before-grant", "deadline", step.deadlineExtended(),
            "granted", step.decision().decidedOn(), "from", step.deadlineExtended().plusDays(1)))
        .addReasons(Reason.of(Phrase.of("art5.3.request-shows-areas-remained"), Citation.article(5, 1)))
        .addReasons(Reason.of(Phrase.of("art5.3.late-grant-runs-from-deadline", "deadline", step.deadlineExtended()), Interpretations.LATE_GRANT))
        .build()));
    return findings;
  }

  private static List<Finding> contents(ExtensionRequest request, ClearanceSchedule schedule, String subject) {
    if (request.contents().isEmpty()) {
      return List.of(Finding.builder()
          .code(FindingCodes.ART5_4_CONTENTS)
          .citation(Citation.article(5, 4))
          .status(Status.UNKNOWN)
          .subject(subject)
          .summary(Phrase.of("art5.4.contents-unrecorded"))
          .addMissingFacts(Phrase.of("art5.4.missing.contents", "renewal", isRenewal(request, schedule)))
          .build());
    }
    ImmutableSet<RequestElement> contained = request.contents().get();
    List<Finding> findings = new ArrayList<>();
    for (RequestElement element : REQUIRED) {
      if (!contained.contains(element)) {
        Citation citation = citationOf(element);
        findings.add(Finding.builder()
            .code(FindingCodes.ART5_4_CONTENTS)
            .citation(citation)
            .status(Status.NONCOMPLIANT)
            .subject(subject)
            .summary(Phrase.of("art5.4.lacks-element", "element", element))
            .addReasons(Reason.of(Phrase.of("art5.4.must-contain-element", "element", element), citation))
            .build());
      }
    }
    if (isRenewal(request, schedule) && !contained.contains(RequestElement.PREVIOUS_PERIOD_WORK)) {
      Citation citation = Citation.article(5, 6);
      findings.add(Finding.builder()
          .code(FindingCodes.ART5_4_CONTENTS)
          .citation(citation)
          .status(Status.NONCOMPLIANT)
          .subject(subject)
          .summary(Phrase.of("art5.6.renewal-lacks-previous-period"))
          .addReasons(Reason.of(Phrase.of("art5.6.must-add-previous-period"), citation))
          .build());
    }
    return findings;
  }

  private static Finding decision(ExtensionRequest request, ClearanceSchedule schedule, LocalDate extended, LocalDate judgedOn, String subject) {
    Finding.Builder finding = Finding.builder().subject(subject);
    if (request.decision().isEmpty()) {
      Phrase standing;
      if (schedule.rediscoveredOn().filter(extended::equals).isPresent()) {
        standing = Phrase.of("art5.5.standing.runs-from-discovery", "discovered", extended);
      } else if (extended.isBefore(judgedOn)) {
        standing = Phrase.of("art5.5.standing.deadline-passed", "deadline", extended);
      } else {
        standing = Phrase.of("art5.5.standing.deadline-stands", "deadline", extended);
      }
      return finding.code(FindingCodes.ART5_5_DECISION).citation(Citation.article(5, 5)).status(Status.PENDING)
          .summary(Phrase.of("art5.5.awaits-decision", "standing", standing))
          .build();
    }
    ExtensionDecision decision = request.decision().get();
    Phrase by = Phrase.of("art5.5.decided-by", "meeting", decision.meeting(), "on", decision.decidedOn());
    Phrase vote = decision.votes().map(ExtensionRequests::vote).orElse(Phrase.of("art5.5.adopted-without-vote"));
    finding.addReasons(Reason.of(Phrase.of("art5.5.decided", "by", by, "vote", vote), Citation.article(5, 5)));
    if (!decision.isGranted()) {
      return finding.code(FindingCodes.ART5_5_DECISION).adopted(false).citation(Citation.article(5, 5)).status(Status.INFORMATION)
          .summary(Phrase.of("art5.5.refused", "by", by, "deadline", extended))
          .build();
    }
    ExtensionStep step = schedule.stepFor(request).orElseThrow();
    if (step.lacksMajority()) {
      return finding.code(FindingCodes.ART5_5_DECISION).adopted(false).citation(Citation.article(5, 5)).status(Status.NONCOMPLIANT)
          .summary(Phrase.of("art5.5.granted-without-majority", "until", step.grantedUntil(), "vote", vote,
              "deadline", step.resultingDeadline()))
          .addReasons(Reason.of(Phrase.of("art5.5.majority-grants"), Citation.article(5, 5)))
          .addReasons(Reason.of(Phrase.of("art5.5.without-majority-moves-nothing"), Interpretations.NO_MAJORITY))
          .build();
    }
    if (step.exceedsCeiling()) {
      return finding.code(FindingCodes.ART5_3_REQUEST).adopted(true).citation(CITATION).status(Status.NONCOMPLIANT)
          .summary(Phrase.of("art5.3.granted-beyond-ten-years", "until", step.grantedUntil(),
              "span", Period.between(extended, step.grantedUntil()), "fromDiscovery", step.runsFromDiscovery()))
          .addReasons(Reason.of(Phrase.of("art5.3.up-to-ten-years-ceiling", "ceiling", step.ceiling()), CITATION))
          .addReasons(Reason.of(Phrase.of("art5.3.moves-only-to-ceiling", "deadline", step.resultingDeadline()), Interpretations.CEILING))
          .build();
    }
    if (step.extendsNothing()) {
      return finding.code(FindingCodes.ART5_3_REQUEST).adopted(true).citation(CITATION).status(Status.WARNING)
          .summary(Phrase.of("art5.3.granted-not-after-deadline", "until", step.grantedUntil(), "extended", extended))
          .build();
    }
    return finding.code(FindingCodes.ART5_3_REQUEST).adopted(true).citation(CITATION).status(Status.INFORMATION)
        .deadline(step.resultingDeadline())
        .summary(Phrase.of("art5.3.granted", "by", by, "until", step.grantedUntil(), "span", Period.between(extended, step.grantedUntil()),
            "fromDiscovery", step.runsFromDiscovery(), "extended", extended))
        .addReasons(Reason.of(Phrase.of("art5.3.up-to-ten-years"), CITATION))
        .build();
  }

  private static boolean isRenewal(ExtensionRequest request, ClearanceSchedule schedule) {
    LocalDate recorded = request.firstRecordedOn();
    for (ExtensionStep step : schedule.steps()) {
      if (step.request() != request && step.decision().decidedOn().isBefore(recorded)) {
        return true;
      }
    }
    return false;
  }

  private static Citation citationOf(RequestElement element) {
    switch (element) {
      case DURATION:
        return Citation.article(5, 4, "a");
      case DEMINING_STATUS:
        return Citation.article(5, 4, "b", "i");
      case MEANS_AVAILABLE:
        return Citation.article(5, 4, "b", "ii");
      case IMPEDIMENTS:
        return Citation.article(5, 4, "b", "iii");
      case IMPLICATIONS:
        return Citation.article(5, 4, "c");
      case OTHER_INFORMATION:
        return Citation.article(5, 4, "d");
      default:
        return Citation.article(5, 6);
    }
  }

  private static String describe(ExtensionRequest request) {
    return request.submittedOn()
        .map(on -> "submitted on " + on)
        .orElseGet(() -> "decided on " + request.decision().orElseThrow().decidedOn());
  }

  private static Phrase vote(Votes votes) {
    return Phrase.of("art5.5.vote", "inFavour", votes.inFavour(), "against", votes.against(), "abstaining", votes.abstaining());
  }
}
