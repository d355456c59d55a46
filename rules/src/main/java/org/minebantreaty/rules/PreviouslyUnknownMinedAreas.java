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
    String when = afterCompletion ? "found after completion" : "found after the deadline";
    long outstanding = found.stream().filter(area -> schedule.releaseOf(area).map(judgedOn::isBefore).orElse(true)).count();
    String areas = Wording.areas(found);
    String were = Wording.were(found);
    List<ExtensionStep> sinceDiscovery = schedule.steps().stream().filter(step -> !step.decision().decidedOn().isBefore(discovered)).toList();
    Optional<ExtensionStep> extension = sinceDiscovery.isEmpty() ? Optional.empty() : Optional.of(sinceDiscovery.get(sinceDiscovery.size() - 1));
    // Counted only where the areas were reported with their number, and only where the verdict rests on their release.
    OptionalLong counted = Wording.counted(found) ? OptionalLong.of(outstanding) : OptionalLong.empty();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.DECISION_PREVIOUSLY_UNKNOWN_AREAS)
        .citation(DECISION)
        .subject(context.stateName() + ", previously unknown mined areas")
        .addReasons(Reason.of(afterCompletion
                ? state.name() + " declared completion on " + Wording.date(schedule.completedOn().orElseThrow()) + "; " + areas + " not known then "
                    + were + " identified from " + Wording.date(discovered)
                : Findings.noneKnownWhenDeadlinePassed(state.name(), deadlineAtDiscovery) + "; " + areas + " " + were + " identified from " + Wording.date(discovered),
            Interpretations.PREVIOUSLY_UNKNOWN));
    sinceDiscovery.forEach(step -> finding.addReasons(Reason.of(
        "An extension decided on " + Wording.date(step.decision().decidedOn())
            + (step.runsFromDiscovery() ? " runs from the discovery to " : " extends the deadline to ") + Wording.date(step.resultingDeadline()),
        Citation.article(5, 3))));
    // Found before the deadline in force, the areas share it until an extension moves it.
    Optional<LocalDate> deadline = extension.map(ExtensionStep::resultingDeadline)
        .or(() -> discovered.isAfter(deadlineAtDiscovery) ? Optional.empty() : Optional.of(deadlineAtDiscovery));
    if (outstanding == 0) {
      LocalDate released = found.stream().map(area -> schedule.releaseOf(area).orElseThrow()).max(LocalDate::compareTo).orElseThrow();
      deadline.ifPresent(finding::deadline);
      if (deadline.isPresent() && released.isAfter(deadline.get())) {
        return List.of(finding.areasOutstanding(counted).status(Status.MET_LATE).metOn(released)
            .summary("Released the " + areas + " " + when + " on " + Wording.date(released) + ", after the deadline of " + Wording.date(deadline.get()))
            .build());
      }
      return List.of(finding.areasOutstanding(counted).status(Status.MET).metOn(released)
          .summary("Released the " + areas + " " + when + " by " + Wording.date(released))
          .build());
    }
    String left = Wording.areasRemaining(outstanding, found, " " + when);
    if (deadline.isEmpty()) {
      return List.of(finding.areasOutstanding(counted).status(Status.PENDING)
          .summary(Wording.opening(left) + ": the mines must be destroyed as soon as possible, and if that cannot be done before the next"
              + " Meeting of the States Parties or Review Conference, an extension requested whose deadline runs from the discovery on "
              + Wording.date(discovered))
          .build());
    }
    if (!judgedOn.isAfter(deadline.get())) {
      return List.of(finding.areasOutstanding(counted).status(Status.PENDING).deadline(deadline.get())
          .summary(Wording.opening(left) + " to be released by " + Wording.date(deadline.get()))
          .build());
    }
    if (found.stream().anyMatch(area -> area.knownOnlyFromItsDiscovery() && schedule.releaseOf(area).isEmpty())) {
      return List.of(finding.status(Status.UNKNOWN).deadline(deadline.get())
          .summary("Whether the " + areas + " " + when + " " + were + " released by the deadline of " + Wording.date(deadline.get())
              + " is not recorded, and no later extension is recorded")
          .addMissingFacts("the release of the " + areas + " " + when + " (Art. 7(1)(c)), a declaration of completion, or a later extension")
          .build());
    }
    return List.of(finding.areasOutstanding(counted).status(Status.OVERDUE).deadline(deadline.get())
        .summary("Overdue since " + Wording.date(deadline.get().plusDays(1)) + ": " + left + " unreleased")
        .build());
  }
}
