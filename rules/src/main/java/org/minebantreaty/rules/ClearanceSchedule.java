package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TreatyCalendar;

/**
 * The Art. 5 deadline of one State and how it moved: the original deadline ten years after entry
 * into force (Art. 5(1)), then each granted extension in the order decided (Art. 5(3)–(6)). Each
 * grant extends the deadline in force before it, even when decided after that deadline had passed
 * (Interpretation I-5.1). Computed once per assessment by the {@link Context}.
 *
 * <p>It also knows when the State declared completion, and which areas were identified after that
 * day. Under the decision of
 * the Twelfth Meeting of the States Parties (2012), an extension requested for such areas runs from
 * their discovery, not from the long-passed deadline.
 */
public final class ClearanceSchedule {

  private static final Comparator<ExtensionRequest> BY_DECISION = Comparator
      .comparing((ExtensionRequest request) -> request.decision().orElseThrow().decidedOn())
      .thenComparing(request -> request.decision().orElseThrow().grantedUntil().orElseThrow());

  private final LocalDate originalDeadline;
  private final ImmutableList<ExtensionStep> steps;
  private final ImmutableList<ExtensionRequest> pendingRequests;
  private final Optional<LocalDate> completedOn;
  private final ImmutableList<MinedArea> foundAfterCompletion;
  private final Optional<LocalDate> rediscoveredOn;

  private ClearanceSchedule(
      LocalDate originalDeadline,
      ImmutableList<ExtensionStep> steps,
      ImmutableList<ExtensionRequest> pending,
      Optional<LocalDate> completedOn,
      ImmutableList<MinedArea> foundAfterCompletion,
      Optional<LocalDate> rediscoveredOn) {
    this.originalDeadline = originalDeadline;
    this.steps = steps;
    this.pendingRequests = pending;
    this.completedOn = completedOn;
    this.foundAfterCompletion = foundAfterCompletion;
    this.rediscoveredOn = rediscoveredOn;
  }

  static ClearanceSchedule of(State state, LocalDate entryIntoForce) {
    LocalDate deadline = TreatyCalendar.minedAreaDestructionDeadline(entryIntoForce);
    List<ExtensionRequest> granted = new ArrayList<>();
    ImmutableList.Builder<ExtensionRequest> pending = ImmutableList.builder();
    for (ExtensionRequest request : state.extensionRequests()) {
      if (request.isGranted()) {
        granted.add(request);
      } else if (request.decision().isEmpty()) {
        pending.add(request);
      }
    }
    granted.sort(BY_DECISION);
    Optional<LocalDate> completed = state.minedAreaCompletionDeclaredOn();
    ImmutableList<MinedArea> foundLater = completed
        .map(day -> state.minedAreas().stream()
            .filter(area -> area.identifiedOn().map(identified -> identified.isAfter(day)).orElse(false))
            .collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
    Optional<LocalDate> rediscovered = foundLater.stream()
        .map(area -> area.identifiedOn().orElseThrow())
        .min(LocalDate::compareTo);
    ImmutableList.Builder<ExtensionStep> steps = ImmutableList.builder();
    LocalDate current = deadline;
    for (ExtensionRequest request : granted) {
      LocalDate decided = request.decision().orElseThrow().decidedOn();
      boolean fromDiscovery = rediscovered.isPresent() && !decided.isBefore(rediscovered.get()) && current.isBefore(rediscovered.get());
      ExtensionStep step = new ExtensionStep(request, fromDiscovery ? rediscovered.get() : current, fromDiscovery);
      steps.add(step);
      current = step.resultingDeadline();
    }
    return new ClearanceSchedule(deadline, steps.build(), pending.build(), completed, foundLater, rediscovered);
  }

  /** Returns the day the State declared completion of Art. 5(1), if it has. */
  public Optional<LocalDate> completedOn() {
    return completedOn;
  }

  /** Returns the mined areas identified after the declaration of completion: previously unknown areas found after completion. */
  public ImmutableList<MinedArea> foundAfterCompletion() {
    return foundAfterCompletion;
  }

  /** Returns the original deadline: ten years after entry into force (Art. 5(1)). */
  public LocalDate originalDeadline() {
    return originalDeadline;
  }

  /** Returns each granted extension in the order decided, with the deadline it extended and the one that resulted. */
  public ImmutableList<ExtensionStep> steps() {
    return steps;
  }

  /** Returns the requests not yet decided. */
  public ImmutableList<ExtensionRequest> pendingRequests() {
    return pendingRequests;
  }

  /** Returns the deadline in force after every grant known: the current Art. 5 deadline. */
  public LocalDate currentDeadline() {
    return steps.isEmpty() ? originalDeadline : steps.get(steps.size() - 1).resultingDeadline();
  }

  /** Returns the deadline in force at the end of {@code date}: the original one moved by every grant decided on or before it. */
  public LocalDate deadlineInForceOn(LocalDate date) {
    LocalDate deadline = originalDeadline;
    for (ExtensionStep step : steps) {
      if (step.decision().decidedOn().isAfter(date)) {
        break;
      }
      deadline = step.resultingDeadline();
    }
    return deadline;
  }

  /** Returns the step that granted {@code request}, if it was granted. */
  public Optional<ExtensionStep> stepFor(ExtensionRequest request) {
    for (ExtensionStep step : steps) {
      if (step.request() == request || step.request().equals(request)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the deadline a request would extend: the one in force just before its decision, or now if
   * undecided — or, for areas found after completion and no grant yet running from their discovery,
   * the day of the discovery.
   */
  LocalDate deadlineExtendedBy(ExtensionRequest request) {
    Optional<ExtensionStep> step = stepFor(request);
    if (step.isPresent()) {
      return step.get().deadlineExtended();
    }
    LocalDate inForce = request.decision()
        .map(decision -> deadlineInForceOn(decision.decidedOn().minusDays(1)))
        .orElseGet(this::currentDeadline);
    return rediscoveredOn().filter(inForce::isBefore).orElse(inForce);
  }

  /** Returns the day the first mined area found after the declaration of completion was identified, if any was. */
  public Optional<LocalDate> rediscoveredOn() {
    return rediscoveredOn;
  }
}
