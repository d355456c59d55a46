package org.minebantreaty.rules;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
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
            .summary("Asks for an extension of " + Wording.span(extended, until) + ", until " + Wording.date(until)
                + ": more than the ten years Art. 5(3) allows")
            .addReasons(Reason.of(
                "An extension may run at most ten years beyond the deadline it extends, " + Wording.date(extended) + ": to "
                    + Wording.date(ceiling),
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
        .summary("The deadline of " + Wording.date(step.deadlineExtended()) + " passed before the extension was granted on "
            + Wording.date(step.decision().decidedOn()) + ": overdue from " + Wording.date(step.deadlineExtended().plusDays(1))
            + " until then")
        .addReasons(Reason.of(
            "A request for extension shows mined areas remained; with no extension granted on or before the deadline, the State was in non-compliance from the next day",
            Citation.article(5, 1)))
        .addReasons(Reason.of("The extension still runs from the deadline it replaces, " + Wording.date(step.deadlineExtended()), Interpretations.LATE_GRANT))
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
          .summary("Whether the request contains what Art. 5(4) requires is not recorded")
          .addMissingFacts("the elements of Art. 5(4)(a)–(d) the request contains" + (isRenewal(request, schedule) ? ", and whether it reports on the previous extension period (Art. 5(6))" : ""))
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
            .summary("The request does not contain " + element.description())
            .addReasons(Reason.of("Each request must contain " + element.description(), citation))
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
          .summary("The request renews an extension but does not say what was done in the previous extension period")
          .addReasons(Reason.of("A further request must add information on what was done in the previous extension period", citation))
          .build());
    }
    return findings;
  }

  private static Finding decision(ExtensionRequest request, ClearanceSchedule schedule, LocalDate extended, LocalDate judgedOn, String subject) {
    Finding.Builder finding = Finding.builder().subject(subject);
    if (request.decision().isEmpty()) {
      String standing;
      if (schedule.rediscoveredOn().filter(extended::equals).isPresent()) {
        standing = "the extension would run from the discovery of previously unknown mined areas on " + Wording.date(extended)
            + "; until it is granted their mines are to be destroyed as soon as possible";
      } else if (extended.isBefore(judgedOn)) {
        standing = "the deadline of " + Wording.date(extended) + " has passed, and until an extension is granted the State is overdue under Art. 5(1)";
      } else {
        standing = "the deadline of " + Wording.date(extended) + " stands until an extension is granted";
      }
      return finding.code(FindingCodes.ART5_5_DECISION).citation(Citation.article(5, 5)).status(Status.PENDING)
          .summary("Awaits a decision by a Meeting of the States Parties or a Review Conference; " + standing)
          .build();
    }
    ExtensionDecision decision = request.decision().get();
    String by = decision.meeting().map(m -> "by " + m + " ").orElse("") + "on " + Wording.date(decision.decidedOn());
    String vote = decision.votes().map(ExtensionRequests::describe).orElse("adopted without a vote");
    finding.addReasons(Reason.of("Decided " + by + ": " + vote, Citation.article(5, 5)));
    if (!decision.isGranted()) {
      return finding.code(FindingCodes.ART5_5_DECISION).adopted(false).citation(Citation.article(5, 5)).status(Status.INFORMATION)
          .summary("Refused " + by + "; the deadline of " + Wording.date(extended) + " stands")
          .build();
    }
    ExtensionStep step = schedule.stepFor(request).orElseThrow();
    if (step.lacksMajority()) {
      return finding.code(FindingCodes.ART5_5_DECISION).adopted(false).citation(Citation.article(5, 5)).status(Status.NONCOMPLIANT)
          .summary("Recorded as granted until " + Wording.date(step.grantedUntil()) + ", but the vote (" + vote
              + ") is not a majority of the States Parties present and voting; the deadline stays " + Wording.date(step.resultingDeadline()))
          .addReasons(Reason.of("A request is granted by a majority of votes of the States Parties present and voting", Citation.article(5, 5)))
          .addReasons(Reason.of("A decision without that majority moves no deadline", Interpretations.NO_MAJORITY))
          .build();
    }
    if (step.exceedsCeiling()) {
      return finding.code(FindingCodes.ART5_3_REQUEST).adopted(true).citation(CITATION).status(Status.NONCOMPLIANT)
          .summary("Granted until " + Wording.date(step.grantedUntil()) + ", " + Wording.span(extended, step.grantedUntil())
              + (step.runsFromDiscovery() ? " after the discovery it runs from" : " beyond the deadline it extends") + ": more than the ten years Art. 5(3) allows")
          .addReasons(Reason.of("An extension may be granted for a period of up to ten years: to " + Wording.date(step.ceiling()), CITATION))
          .addReasons(Reason.of("The deadline moves only to the ceiling, " + Wording.date(step.resultingDeadline()), Interpretations.CEILING))
          .build();
    }
    if (step.extendsNothing()) {
      return finding.code(FindingCodes.ART5_3_REQUEST).adopted(true).citation(CITATION).status(Status.WARNING)
          .summary("Recorded as granted until " + Wording.date(step.grantedUntil()) + ", which is not after the deadline it extends, "
              + Wording.date(extended) + "; the deadline does not move")
          .build();
    }
    return finding.code(FindingCodes.ART5_3_REQUEST).adopted(true).citation(CITATION).status(Status.INFORMATION)
        .deadline(step.resultingDeadline())
        .summary("Granted " + by + " until " + Wording.date(step.grantedUntil()) + ": " + Wording.span(extended, step.grantedUntil())
            + (step.runsFromDiscovery() ? " after the discovery of previously unknown mined areas on " : " beyond the deadline of ") + Wording.date(extended))
        .addReasons(Reason.of("An extension may be granted for a period of up to ten years", CITATION))
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

  private static String describe(Votes votes) {
    return votes.inFavour() + " in favour, " + votes.against() + " against, " + votes.abstaining() + " abstaining";
  }
}
