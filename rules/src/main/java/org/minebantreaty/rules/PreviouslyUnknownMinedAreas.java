package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;

/**
 * Previously unknown mined areas, found after a State declared completion or after its deadline had
 * passed with no mined area known — a decision of the States Parties, not treaty text.
 *
 * <p>Decision of the Twelfth Meeting of the States Parties (2012), carried into later action plans: a
 * State that discovers a previously unknown mined area informs the States Parties, destroys the mines
 * as soon as possible, and, if it cannot do so before the next Meeting or Review Conference, requests
 * an extension under Art. 5(3)–(6). Which areas count is Interpretation I-5.4 ({@link
 * ClearanceSchedule#previouslyUnknownAreas()}). Found after the deadline had passed, the areas have no
 * dated deadline until an extension is granted, which then runs from their discovery; found before it,
 * they fall under the deadline in force and any extension granted since. A declaration of completion
 * made after they were found counts as their release.
 */
public final class PreviouslyUnknownMinedAreas extends ArticleRule<State> {

  /** The decision this rule applies, which every finding it makes cites. */
  public static final Citation DECISION = Citation.meetingDecision("Twelfth Meeting of the States Parties (2012)", 5);

  /** Creates the rule. */
  public PreviouslyUnknownMinedAreas() {
    super(Subject.STATE, DECISION);
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (!context.isInForce() || context.clearance().isEmpty() || context.clearance().get().previouslyUnknownAreas().isEmpty()) {
      return List.of();
    }
    ClearanceSchedule schedule = context.clearance().get();
    List<MinedArea> found = schedule.previouslyUnknownAreas();
    LocalDate judgedOn = context.judgedOn();
    LocalDate discovered = schedule.rediscoveredOn().orElseThrow();
    LocalDate deadlineAtDiscovery = schedule.deadlineInForceOn(discovered);
    boolean afterCompletion = schedule.rediscoveredAfterCompletion();
    long outstanding = found.stream().filter(area -> schedule.releaseOf(area).map(judgedOn::isBefore).orElse(true)).count();
    long areas = found.size();
    // Whether every area found is a single area, so that findings may count them.
    boolean counted = found.stream().noneMatch(MinedArea::standsForAnUnreportedNumberOfAreas);
    List<ExtensionStep> sinceDiscovery = schedule.steps().stream().filter(step -> !step.decision().decidedOn().isBefore(discovered)).toList();
    Optional<ExtensionStep> extension = sinceDiscovery.isEmpty() ? Optional.empty() : Optional.of(sinceDiscovery.get(sinceDiscovery.size() - 1));
    // Counted only where the areas were reported with their number, and only where the verdict rests on their release.
    OptionalLong outstandingCount = counted ? OptionalLong.of(outstanding) : OptionalLong.empty();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.DECISION_PREVIOUSLY_UNKNOWN_AREAS)
        .citation(DECISION)
        .subject(context.stateName() + ", previously unknown mined areas")
        .addReasons(Reason.of(afterCompletion
                ? Phrase.of("art5.previously-unknown.found-after-completion", "state", StateName.of(state),
                    "completed", schedule.completedOn().orElseThrow(), "counted", counted, "areas", areas, "identified", discovered)
                : Phrase.of("art5.previously-unknown.found-after-deadline",
                    "noneKnown", Findings.noneKnownWhenDeadlinePassed(state, deadlineAtDiscovery), "counted", counted, "areas", areas,
                    "identified", discovered),
            Interpretations.PREVIOUSLY_UNKNOWN));
    sinceDiscovery.forEach(step -> finding.addReasons(Reason.of(
        Phrase.of("art5.previously-unknown.extension", "decided", step.decision().decidedOn(), "fromDiscovery", step.runsFromDiscovery(),
            "to", step.resultingDeadline()),
        Citation.article(5, 3))));
    // Found before the deadline in force, the areas share it until an extension moves it.
    Optional<LocalDate> deadline = extension.map(ExtensionStep::resultingDeadline)
        .or(() -> discovered.isAfter(deadlineAtDiscovery) ? Optional.empty() : Optional.of(deadlineAtDiscovery));
    if (outstanding == 0) {
      LocalDate released = found.stream().map(area -> schedule.releaseOf(area).orElseThrow()).max(LocalDate::compareTo).orElseThrow();
      deadline.ifPresent(finding::deadline);
      if (deadline.isPresent() && released.isAfter(deadline.get())) {
        return List.of(finding.areasOutstanding(outstandingCount).status(Status.MET_LATE).metOn(released)
            .summary(Phrase.of("art5.previously-unknown.released-late", "counted", counted, "areas", areas, "afterCompletion", afterCompletion,
                "released", released, "deadline", deadline.get()))
            .build());
      }
      return List.of(finding.areasOutstanding(outstandingCount).status(Status.MET).metOn(released)
          .summary(Phrase.of("art5.previously-unknown.released", "counted", counted, "areas", areas, "afterCompletion", afterCompletion,
              "released", released))
          .build());
    }
    if (deadline.isEmpty()) {
      return List.of(finding.areasOutstanding(outstandingCount).status(Status.PENDING)
          .summary(Phrase.of("art5.previously-unknown.remain-no-deadline", "counted", counted, "outstanding", outstanding, "areas", areas,
              "afterCompletion", afterCompletion, "discovered", discovered))
          .build());
    }
    if (!judgedOn.isAfter(deadline.get())) {
      return List.of(finding.areasOutstanding(outstandingCount).status(Status.PENDING).deadline(deadline.get())
          .summary(Phrase.of("art5.previously-unknown.remain-to-release", "counted", counted, "outstanding", outstanding, "areas", areas,
              "afterCompletion", afterCompletion, "deadline", deadline.get()))
          .build());
    }
    if (found.stream().anyMatch(area -> area.knownOnlyFromItsDiscovery() && schedule.releaseOf(area).isEmpty())) {
      return List.of(finding.status(Status.UNKNOWN).deadline(deadline.get())
          .summary(Phrase.of("art5.previously-unknown.release-unrecorded", "counted", counted, "areas", areas, "afterCompletion", afterCompletion,
              "deadline", deadline.get()))
          .addMissingFacts(Phrase.of("art5.previously-unknown.missing.release", "counted", counted, "areas", areas,
              "afterCompletion", afterCompletion))
          .build());
    }
    return List.of(finding.areasOutstanding(outstandingCount).status(Status.OVERDUE).deadline(deadline.get())
        .summary(Phrase.of("art5.previously-unknown.overdue", "since", deadline.get().plusDays(1), "counted", counted, "outstanding", outstanding,
            "areas", areas, "afterCompletion", afterCompletion))
        .build());
  }
}
