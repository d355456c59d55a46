package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;

/**
 * Art. 5(1) — Destruction of anti-personnel mines in mined areas.
 *
 * <p>A State Party destroys, or ensures the destruction of, all anti-personnel mines in mined areas
 * under its jurisdiction or control as soon as possible and not later than ten years after the
 * Convention enters into force for it, or by the deadline as extended under Art. 5(3)–(6). The
 * deadline in force comes from the {@link ClearanceSchedule}. Completion means every mined area
 * released: cleared, or reduced or cancelled by survey. Previously unknown areas, found after
 * completion or after the deadline had passed with none known, are judged by {@link
 * PreviouslyUnknownMinedAreas}.
 */
public final class MinedAreaDestruction extends ArticleRule<State> {

  private static final Citation CITATION = Citation.article(5, 1);
  // Named once: the duty is named only before it binds, but an assessment is made on every day.
  private static final Phrase DUTY = Phrase.of("art5.1.duty");

  /** Creates the rule. */
  public MinedAreaDestruction() {
    super(Subject.STATE, CITATION);
  }



  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (state.instrument().isEmpty()) {
      return List.of();
    }
    ClearanceSchedule schedule = context.clearance().orElseThrow();
    Optional<Finding> notYet = Findings.notYetBinding(
        context, FindingCodes.ART5_1_CLEARANCE, CITATION, DUTY, Optional.of(schedule.originalDeadline()));
    if (notYet.isPresent()) {
      return List.of(notYet.get());
    }
    LocalDate current = schedule.currentDeadline();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.ART5_1_CLEARANCE)
        .citation(CITATION)
        .subject(context.stateName())
        .addReasons(context.entryIntoForceReason())
        .addReasons(Reason.of(Phrase.of("art5.1.ten-years", "deadline", schedule.originalDeadline()), CITATION));
    for (ExtensionStep step : schedule.steps()) {
      if (step.runsFromDiscovery()) {
        continue;
      }
      finding.addReasons(Reason.of(
          Phrase.of("art5.1.extended", "from", step.deadlineExtended(), "to", step.resultingDeadline(),
              "meeting", step.decision().meeting(), "decided", step.decision().decidedOn()),
          Citation.article(5, 3)));
    }
    LocalDate judgedOn = context.judgedOn();
    List<MinedArea> judged = state.minedAreas().stream()
        .filter(area -> !schedule.isPreviouslyUnknown(area))
        .toList();
    if (judged.isEmpty() && schedule.rediscoveredOn().isPresent() && !schedule.rediscoveredAfterCompletion()) {
      LocalDate passed = schedule.deadlineInForceOn(schedule.rediscoveredOn().get());
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .deadline(passed)
          .summary(Phrase.of("art5.1.only-previously-unknown", "noneKnown", Findings.noneKnownWhenDeadlinePassed(state, passed),
              "identified", schedule.rediscoveredOn().get()))
          .addReasons(Reason.of(Phrase.of("art5.1.identified-after-deadline-previously-unknown"), Interpretations.PREVIOUSLY_UNKNOWN))
          .build());
    }
    if (judged.isEmpty() && schedule.completedOn().isPresent()) {
      LocalDate declared = schedule.completedOn().get();
      LocalDate deadlineThen = schedule.deadlineInForceOn(declared);
      boolean late = declared.isAfter(deadlineThen);
      return List.of(finding.status(late ? Status.MET_LATE : Status.MET)
          .metOn(declared)
          .deadline(deadlineThen)
          .summary(Phrase.of("art5.1.declared-complete", "state", StateName.of(state), "declared", declared, "late", late, "deadline", deadlineThen))
          .build());
    }
    if (state.minedAreas().isEmpty()) {
      if (!state.minedAreasKnown() && !schedule.steps().isEmpty()) {
        boolean passed = judgedOn.isAfter(current);
        if (!passed && state.minedAreaCompletionKnown()) {
          ExtensionStep last = schedule.steps().get(schedule.steps().size() - 1);
          return List.of(finding.status(Status.PENDING)
              .deadline(current)
              .summary(Phrase.of("art5.1.unrecorded-number-to-release", "state", StateName.of(state), "deadline", current))
              .addReasons(Reason.of(Phrase.of("art5.1.extension-granted-areas-remained", "decided", last.decision().decidedOn(),
                  "meeting", last.decision().meeting(), "state", StateName.of(state)), Citation.article(5, 3)))
              .build());
        }
        return List.of(finding.status(Status.UNKNOWN)
            .deadline(current)
            .summary(Phrase.of("art5.1.extensions-granted-remainder-unrecorded", "extensions", schedule.steps().size(), "passed", passed,
                "deadline", current))
            .addMissingFacts(Phrase.of("art5.1.missing.areas-release-or-completion", "state", StateName.of(state)))
            .build());
      }
      if (!state.minedAreasKnown()) {
        return List.of(finding.status(Status.UNKNOWN)
            .summary(Phrase.of("art5.1.areas-unrecorded", "state", StateName.of(state)))
            .addMissingFacts(Phrase.of("art5.1.missing.areas"))
            .build());
      }
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .summary(Phrase.of("art5.1.no-areas", "state", StateName.of(state)))
          .build());
    }
    long outstanding = judged.stream().filter(area -> area.isOutstandingOn(judgedOn)).count();
    long areas = judged.size();
    // Whether every judged area is a single area, so that findings may count them.
    boolean counted = judged.stream().noneMatch(MinedArea::standsForAnUnreportedNumberOfAreas);
    // Counted only where the areas were reported with their number, and only where the verdict rests on their release.
    java.util.OptionalLong outstandingCount = counted ? java.util.OptionalLong.of(outstanding) : java.util.OptionalLong.empty();
    if (outstanding == 0) {
      LocalDate completed = Findings.lastRelease(judged);
      LocalDate deadlineThen = schedule.deadlineInForceOn(completed);
      boolean late = completed.isAfter(deadlineThen);
      return List.of(finding.areasOutstanding(outstandingCount).status(late ? Status.MET_LATE : Status.MET)
          .metOn(completed)
          .deadline(deadlineThen)
          .summary(Phrase.of("art5.1.released-all", "counted", counted, "areas", areas, "released", completed, "late", late,
              "deadline", deadlineThen))
          .addReasons(Reason.of(
              Phrase.of("art5.1.last-released", "counted", counted, "areas", areas, "released", completed,
                  "days", Math.abs(ChronoUnit.DAYS.between(deadlineThen, completed)), "late", late),
              CITATION))
          .build());
    }
    if (!judgedOn.isAfter(current)) {
      return List.of(finding.areasOutstanding(outstandingCount).status(Status.PENDING)
          .deadline(current)
          .summary(Phrase.of("art5.1.remain-to-release", "counted", counted, "outstanding", outstanding, "areas", areas, "deadline", current))
          .build());
    }
    if (judged.stream().anyMatch(area -> area.knownOnlyFromItsDiscovery() && area.isOutstandingOn(judgedOn))) {
      return List.of(finding.status(Status.UNKNOWN)
          .deadline(current)
          .summary(Phrase.of("art5.1.release-unrecorded", "counted", counted, "areas", areas, "deadline", current))
          .addMissingFacts(Phrase.of("art5.1.missing.release"))
          .build());
    }
    finding.areasOutstanding(outstandingCount).status(Status.OVERDUE)
        .deadline(current)
        .summary(Phrase.of("art5.1.overdue", "since", current.plusDays(1), "counted", counted, "outstanding", outstanding, "areas", areas,
            "deadline", current));
    for (ExtensionRequest pending : schedule.pendingRequests()) {
      finding.addReasons(Reason.of(
          Phrase.of("art5.1.request-awaits-decision", "submitted", pending.submittedOn(), "deadline", current),
          Citation.article(5, 3)));
    }
    return List.of(finding.build());
  }
}
