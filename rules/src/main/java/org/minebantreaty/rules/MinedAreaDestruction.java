package org.minebantreaty.rules;

import java.time.LocalDate;
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
        context, FindingCodes.ART5_1_CLEARANCE, CITATION, "destroy anti-personnel mines in mined areas", Optional.of(schedule.originalDeadline()));
    if (notYet.isPresent()) {
      return List.of(notYet.get());
    }
    LocalDate current = schedule.currentDeadline();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.ART5_1_CLEARANCE)
        .citation(CITATION)
        .subject(context.stateName())
        .addReasons(Findings.entryIntoForceReason(context))
        .addReasons(Reason.of(
            "Mined areas must be cleared not later than ten years after entry into force: " + Wording.date(schedule.originalDeadline()),
            CITATION));
    for (ExtensionStep step : schedule.steps()) {
      if (step.runsFromDiscovery()) {
        continue;
      }
      finding.addReasons(Reason.of(
          "Extended from " + Wording.date(step.deadlineExtended()) + " to " + Wording.date(step.resultingDeadline())
              + step.decision().meeting().map(m -> " by " + m + " on ").orElse(" by the decision of ") + Wording.date(step.decision().decidedOn()),
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
          .summary(Findings.noneKnownWhenDeadlinePassed(state.name(), passed) + "; the areas identified from " + Wording.date(schedule.rediscoveredOn().get())
              + " are previously unknown mined areas, judged under the decision of the Twelfth Meeting of the States Parties")
          .addReasons(Reason.of("Areas identified after the deadline passed with none known are previously unknown", Interpretations.PREVIOUSLY_UNKNOWN))
          .build());
    }
    if (judged.isEmpty() && schedule.completedOn().isPresent()) {
      LocalDate declared = schedule.completedOn().get();
      LocalDate deadlineThen = schedule.deadlineInForceOn(declared);
      boolean late = declared.isAfter(deadlineThen);
      return List.of(finding.status(late ? Status.MET_LATE : Status.MET)
          .metOn(declared)
          .deadline(deadlineThen)
          .summary(state.name() + " declared that it had destroyed all anti-personnel mines in mined areas as of " + Wording.date(declared)
              + (late ? ", after the deadline of " : ", within the deadline of ") + Wording.date(deadlineThen))
          .build());
    }
    if (state.minedAreas().isEmpty()) {
      if (!state.minedAreasKnown() && !schedule.steps().isEmpty()) {
        boolean passed = judgedOn.isAfter(current);
        if (!passed && state.minedAreaCompletionKnown()) {
          ExtensionStep last = schedule.steps().get(schedule.steps().size() - 1);
          String granted = Wording.date(last.decision().decidedOn()) + last.decision().meeting().map(m -> " by " + m).orElse("");
          return List.of(finding.status(Status.PENDING)
              .deadline(current)
              .summary("Mined areas under " + state.name() + "'s jurisdiction or control, in a number not recorded, are to be released by "
                  + Wording.date(current))
              .addReasons(Reason.of("An extension was granted on " + granted + ", so mined areas remained then; "
                  + state.name() + " has declared no completion since", Citation.article(5, 3)))
              .build());
        }
        return List.of(finding.status(Status.UNKNOWN)
            .deadline(current)
            .summary(Wording.count(schedule.steps().size(), "extension was", "extensions were") + " granted, so mined areas remained; whether any remain "
                + (passed ? "after the deadline of " + Wording.date(current) + " passed" : "is not recorded; the deadline is " + Wording.date(current))
                + (passed ? " is not recorded, and no completion is declared" : ""))
            .addMissingFacts("the mined areas under " + state.name() + "'s jurisdiction or control and their release (Art. 7(1)(c)), or its declaration of completion")
            .build());
      }
      if (!state.minedAreasKnown()) {
        return List.of(finding.status(Status.UNKNOWN)
            .summary("The mined areas under " + state.name() + "'s jurisdiction or control are not recorded")
            .addMissingFacts("the mined areas known or suspected at entry into force, or that there were none (Art. 7(1)(c))")
            .build());
      }
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .summary(state.name() + " has no recorded mined areas under its jurisdiction or control")
          .build());
    }
    long outstanding = judged.stream().filter(area -> area.isOutstandingOn(judgedOn)).count();
    String areas = Wording.areas(judged);
    boolean single = Wording.oneArea(judged);
    // Counted only where the areas were reported with their number, and only where the verdict rests on their release.
    java.util.OptionalLong counted = Wording.counted(judged) ? java.util.OptionalLong.of(outstanding) : java.util.OptionalLong.empty();
    if (outstanding == 0) {
      LocalDate completed = Findings.lastRelease(judged);
      LocalDate deadlineThen = schedule.deadlineInForceOn(completed);
      boolean late = completed.isAfter(deadlineThen);
      return List.of(finding.areasOutstanding(counted).status(late ? Status.MET_LATE : Status.MET)
          .metOn(completed)
          .deadline(deadlineThen)
          .summary((single ? "Released the mined area" : "Released all " + areas) + " by " + Wording.date(completed)
              + (late ? ", after the deadline of " : ", within the deadline of ") + Wording.date(deadlineThen))
          .addReasons(Reason.of(
              (single ? "The mined area" : "The last of the " + areas) + " was released on " + Wording.date(completed) + ", "
                  + Wording.daysFrom(deadlineThen, completed)
                  + " than the deadline then in force",
              CITATION))
          .build());
    }
    String left = Wording.areasRemaining(outstanding, judged, "");
    if (!judgedOn.isAfter(current)) {
      return List.of(finding.areasOutstanding(counted).status(Status.PENDING)
          .deadline(current)
          .summary(Wording.opening(left) + " to be released by " + Wording.date(current))
          .build());
    }
    if (judged.stream().anyMatch(area -> area.knownOnlyFromItsDiscovery() && area.isOutstandingOn(judgedOn))) {
      return List.of(finding.status(Status.UNKNOWN)
          .deadline(current)
          .summary("Whether the " + areas + " " + Wording.were(judged) + " released by the deadline of " + Wording.date(current) + " is not recorded, and no later extension is recorded")
          .addMissingFacts("the release of the mined areas (Art. 7(1)(c)), a declaration of completion, or a later extension")
          .build());
    }
    finding.areasOutstanding(counted).status(Status.OVERDUE)
        .deadline(current)
        .summary("Overdue since " + Wording.date(current.plusDays(1)) + ": " + left + " unreleased and no extension runs beyond "
            + Wording.date(current));
    for (ExtensionRequest pending : schedule.pendingRequests()) {
      finding.addReasons(Reason.of(
          "A request for extension" + pending.submittedOn().map(d -> " submitted on " + Wording.date(d)).orElse("")
              + " awaits decision; until granted, the deadline of " + Wording.date(current) + " stands",
          Citation.article(5, 3)));
    }
    return List.of(finding.build());
  }
}
