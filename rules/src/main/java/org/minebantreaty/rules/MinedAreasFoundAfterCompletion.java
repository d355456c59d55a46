package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;

/**
 * Previously unknown mined areas found after a State declared completion — a decision of the States
 * Parties, not treaty text.
 *
 * <p>Decision of the Twelfth Meeting of the States Parties (2012), carried into later action plans: a
 * State that discovers a previously unknown mined area after declaring completion of Art. 5(1)
 * informs the States Parties, destroys the mines as soon as possible, and, if it cannot do so
 * before the next Meeting or Review Conference, requests an extension under Art. 5(3)–(6) whose
 * deadline runs from the discovery. Until such an extension is granted there is no dated deadline,
 * so the areas are pending; once granted, they are judged against it.
 */
public final class MinedAreasFoundAfterCompletion extends ArticleRule<State> {

  static final Citation DECISION = Citation.meetingDecision("Twelfth Meeting of the States Parties (2012)", 5);

  /** Creates the rule. */
  public MinedAreasFoundAfterCompletion() {
    super(Subject.STATE, DECISION);
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (!context.isInForce() || context.clearance().isEmpty() || context.clearance().get().foundAfterCompletion().isEmpty()) {
      return List.of();
    }
    ClearanceSchedule schedule = context.clearance().get();
    List<MinedArea> found = schedule.foundAfterCompletion();
    LocalDate judgedOn = context.judgedOn();
    LocalDate declared = schedule.completedOn().orElseThrow();
    LocalDate discovered = schedule.rediscoveredOn().orElseThrow();
    long outstanding = found.stream().filter(area -> area.isOutstandingOn(judgedOn)).count();
    String areas = Wording.count(found.size(), "mined area", "mined areas");
    Optional<ExtensionStep> extension = schedule.steps().stream().filter(ExtensionStep::runsFromDiscovery).reduce((first, second) -> second);
    Finding.Builder finding = Finding.builder()
        .citation(DECISION)
        .subject(context.stateName() + ", mined areas found after completion")
        .addReasons(Reason.of(
            state.name() + " declared completion on " + Wording.date(declared) + "; " + areas + " not known then "
                + (found.size() == 1 ? "was" : "were") + " identified from " + Wording.date(discovered),
            DECISION));
    extension.ifPresent(step -> finding.addReasons(Reason.of(
        "An extension decided on " + Wording.date(step.decision().decidedOn()) + " runs from the discovery to "
            + Wording.date(step.resultingDeadline()),
        Citation.article(5, 3))));
    if (outstanding == 0) {
      LocalDate released = Findings.lastRelease(found);
      if (extension.isPresent() && released.isAfter(extension.get().resultingDeadline())) {
        return List.of(finding.status(Status.MET_LATE).deadline(extension.get().resultingDeadline()).metOn(released)
            .summary("Released the " + areas + " found after completion on " + Wording.date(released) + ", after the extended deadline")
            .build());
      }
      extension.ifPresent(step -> finding.deadline(step.resultingDeadline()));
      return List.of(finding.status(Status.MET).metOn(released)
          .summary("Released the " + areas + " found after completion by " + Wording.date(released))
          .build());
    }
    String left = Wording.countOf(outstanding, found.size(), "mined area", "mined areas") + " found after completion";
    if (extension.isEmpty()) {
      return List.of(finding.status(Status.PENDING)
          .summary(left + Wording.remain(outstanding) + ": the mines must be destroyed as soon as possible, and if that cannot be done before the next"
              + " Meeting of the States Parties or Review Conference, an extension requested whose deadline runs from the discovery on "
              + Wording.date(discovered))
          .build());
    }
    LocalDate deadline = extension.get().resultingDeadline();
    if (!judgedOn.isAfter(deadline)) {
      return List.of(finding.status(Status.PENDING).deadline(deadline)
          .summary(left + Wording.remain(outstanding) + " to be released by " + Wording.date(deadline))
          .build());
    }
    return List.of(finding.status(Status.OVERDUE).deadline(deadline)
        .summary("Overdue since " + Wording.date(deadline.plusDays(1)) + ": " + left + Wording.remain(outstanding) + " unreleased")
        .build());
  }
}
