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
 * <p>It also knows when the State declared completion, and which areas were previously unknown:
 * identified after that declaration, or after the deadline had passed with no mined area known
 * (Interpretation I-5.4). Under the decision of the Twelfth Meeting of the States Parties (2012), an
 * extension requested for areas found after the deadline runs from their discovery, not from the
 * long-passed deadline.
 */
public final class ClearanceSchedule {

  private static final Comparator<ExtensionRequest> BY_DECISION = Comparator
      .comparing((ExtensionRequest request) -> request.decision().orElseThrow().decidedOn())
      .thenComparing(request -> request.decision().orElseThrow().grantedUntil().orElseThrow());

  private final LocalDate originalDeadline;
  private final ImmutableList<ExtensionStep> steps;
  private final ImmutableList<ExtensionRequest> pendingRequests;
  private final Optional<LocalDate> completedOn;
  private final ImmutableList<MinedArea> previouslyUnknownAreas;
  private final Optional<LocalDate> rediscoveredOn;
  /** The previously unknown areas, for asking of each area whether it is one without a scan. */
  private final java.util.Set<MinedArea> previouslyUnknown;
  /** Each granted request's step, by the request: the first step of equal requests, as a scan in order would find. */
  private final java.util.Map<ExtensionRequest, ExtensionStep> stepsByRequest;

  private ClearanceSchedule(
      LocalDate originalDeadline,
      ImmutableList<ExtensionStep> steps,
      ImmutableList<ExtensionRequest> pending,
      Optional<LocalDate> completedOn,
      ImmutableList<MinedArea> previouslyUnknownAreas,
      Optional<LocalDate> rediscoveredOn) {
    this.originalDeadline = originalDeadline;
    this.steps = steps;
    this.pendingRequests = pending;
    this.completedOn = completedOn;
    this.previouslyUnknownAreas = previouslyUnknownAreas;
    this.rediscoveredOn = rediscoveredOn;
    // Most schedules have neither: they make no table.
    this.previouslyUnknown = previouslyUnknownAreas.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(previouslyUnknownAreas);
    java.util.Map<ExtensionRequest, ExtensionStep> byRequest = steps.isEmpty() ? java.util.Map.of() : new java.util.HashMap<>();
    for (ExtensionStep step : steps) {
      byRequest.putIfAbsent(step.request(), step);
    }
    this.stepsByRequest = byRequest;
  }

  static ClearanceSchedule of(State state, LocalDate entryIntoForce) {
    LocalDate deadline = TreatyCalendar.minedAreaDestructionDeadline(entryIntoForce);
    Optional<LocalDate> completed = state.minedAreaCompletionDeclaredOn();
    // Most States never asked for more time and list no area found late: their schedule is the deadline alone.
    if (state.extensionRequests().isEmpty() && state.minedAreas().isEmpty()) {
      return new ClearanceSchedule(deadline, ImmutableList.of(), ImmutableList.of(), completed, ImmutableList.of(), Optional.empty());
    }
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
    ImmutableList<ExtensionStep> ordinary = steps(deadline, granted, Optional.empty());
    Optional<LocalDate> rediscovered = rediscovery(state, completed, deadline, ordinary);
    if (rediscovered.isEmpty()) {
      return new ClearanceSchedule(deadline, ordinary, pending.build(), completed, ImmutableList.of(), Optional.empty());
    }
    ImmutableList<MinedArea> previouslyUnknown = state.minedAreas().stream()
        .filter(area -> area.identifiedOn().map(identified -> !identified.isBefore(rediscovered.get())).orElse(false))
        .collect(ImmutableList.toImmutableList());
    return new ClearanceSchedule(deadline, steps(deadline, granted, rediscovered), pending.build(), completed, previouslyUnknown, rediscovered);
  }

  private static ImmutableList<ExtensionStep> steps(LocalDate deadline, List<ExtensionRequest> granted, Optional<LocalDate> rediscovered) {
    ImmutableList.Builder<ExtensionStep> steps = ImmutableList.builder();
    LocalDate current = deadline;
    for (ExtensionRequest request : granted) {
      LocalDate decided = request.decision().orElseThrow().decidedOn();
      boolean fromDiscovery = rediscovered.isPresent() && !decided.isBefore(rediscovered.get()) && current.isBefore(rediscovered.get());
      ExtensionStep step = new ExtensionStep(request, fromDiscovery ? rediscovered.get() : current, fromDiscovery);
      steps.add(step);
      current = step.resultingDeadline();
    }
    return steps.build();
  }

  /**
   * The day the first previously unknown mined area was identified, if one was: an area identified
   * after the State declared completion, or — when its record of mined areas is complete and none it
   * knew was outstanding — after the deadline then in force had passed. Grants decided before that
   * day are the same with or without it, so the deadline then in force is read from the ordinary chain.
   */
  private static Optional<LocalDate> rediscovery(State state, Optional<LocalDate> completed, LocalDate deadline, List<ExtensionStep> ordinary) {
    // Earliest first, so the first area that qualifies is the answer: listed newest first, a scan that
    // kept the earliest so far would test every area against every other.
    List<MinedArea> dated = new ArrayList<>();
    for (MinedArea area : state.minedAreas()) {
      if (area.identifiedOn().isPresent()) {
        dated.add(area);
      }
    }
    dated.sort(java.util.Comparator.comparing(area -> area.identifiedOn().get()));
    for (MinedArea area : dated) {
      LocalDate identified = area.identifiedOn().get();
      if (completed.filter(identified::isAfter).isPresent()) {
        return Optional.of(identified);
      }
      boolean afterDeadline = state.minedAreasKnown()
          && identified.isAfter(deadlineInForceOn(deadline, ordinary, identified))
          && state.minedAreas().stream().noneMatch(known -> known.identifiedOn().map(identified::isAfter).orElse(true)
              && known.isOutstandingOn(identified.minusDays(1)));
      if (afterDeadline) {
        return Optional.of(identified);
      }
    }
    return Optional.empty();
  }

  private static LocalDate deadlineInForceOn(LocalDate original, List<ExtensionStep> steps, LocalDate date) {
    LocalDate deadline = original;
    for (ExtensionStep step : steps) {
      if (step.decision().decidedOn().isAfter(date)) {
        break;
      }
      deadline = step.resultingDeadline();
    }
    return deadline;
  }

  /**
   * Returns the day the State declared completion of Art. 5(1), if it has.
   *
   * @return the day of the declaration of completion; empty if none was made
   */
  public Optional<LocalDate> completedOn() {
    return completedOn;
  }

  /**
   * Returns the previously unknown mined areas: those identified on or after {@link #rediscoveredOn()},
   * judged under the decision of the Twelfth Meeting of the States Parties rather than against the
   * Art. 5(1) deadline. Empty if none was found after completion or after the deadline had passed.
   *
   * @return the previously unknown mined areas, possibly none
   */
  public ImmutableList<MinedArea> previouslyUnknownAreas() {
    return previouslyUnknownAreas;
  }

  /**
   * Returns whether the previously unknown areas were found after a declaration of completion, rather than
   * after a deadline passed with none known.
   *
   * @return whether they were found after a declaration of completion
   */
  public boolean rediscoveredAfterCompletion() {
    return rediscoveredOn.isPresent() && completedOn.filter(rediscoveredOn.get()::isAfter).isPresent();
  }

  /**
   * Returns the day a previously unknown area was released: its own release, or else a declaration of
   * completion made after it was identified, which covers every area then known.
   *
   * @param area a previously unknown mined area
   * @return the day {@code area} was released; empty if it has not been
   */
  public Optional<LocalDate> releaseOf(MinedArea area) {
    return area.releasedOn().or(() -> completedOn.filter(declared -> area.identifiedOn().map(identified -> !declared.isBefore(identified)).orElse(true)));
  }

  /**
   * Returns the original deadline: ten years after entry into force (Art. 5(1)).
   *
   * @return the original Art. 5(1) deadline
   */
  public LocalDate originalDeadline() {
    return originalDeadline;
  }

  /**
   * Returns each granted extension in the order decided, with the deadline it extended and the one that resulted.
   *
   * @return the granted extensions, in the order decided, possibly none
   */
  public ImmutableList<ExtensionStep> steps() {
    return steps;
  }

  /**
   * Returns the requests not yet decided.
   *
   * @return the extension requests not yet decided, possibly none
   */
  public ImmutableList<ExtensionRequest> pendingRequests() {
    return pendingRequests;
  }

  /**
   * Returns the deadline in force after every grant known: the current Art. 5 deadline.
   *
   * @return the current Art. 5 deadline
   */
  public LocalDate currentDeadline() {
    return steps.isEmpty() ? originalDeadline : steps.get(steps.size() - 1).resultingDeadline();
  }

  /**
   * Returns the deadline in force at the end of {@code date}: the original one moved by every grant decided on or before it.
   *
   * @param date the day judged, at its end
   * @return the Art. 5 deadline in force at the end of {@code date}
   */
  public LocalDate deadlineInForceOn(LocalDate date) {
    return deadlineInForceOn(originalDeadline, steps, date);
  }

  /**
   * Returns whether {@code area} is one of the {@link #previouslyUnknownAreas()}.
   *
   * @param area a mined area of the State
   * @return whether {@code area} is previously unknown
   */
  public boolean isPreviouslyUnknown(MinedArea area) {
    return previouslyUnknown.contains(area);
  }

  /**
   * Returns the step that granted {@code request}, if it was granted.
   *
   * @param request an extension request of the State
   * @return the step of {@code request}; empty if it was not granted
   */
  public Optional<ExtensionStep> stepFor(ExtensionRequest request) {
    // Looked up once per request by several rules: a scan here made a State's requests cost their square.
    return Optional.ofNullable(stepsByRequest.get(request));
  }

  /**
   * Returns the deadline a request would extend: the one in force just before its decision, or now if
   * undecided — or, for previously unknown areas found after the deadline and no grant yet running
   * from their discovery, the day of the discovery.
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

  /**
   * Returns the day the first previously unknown mined area was identified, if any was (see {@link #previouslyUnknownAreas()}).
   *
   * @return the day the first previously unknown mined area was identified; empty if none was
   */
  public Optional<LocalDate> rediscoveredOn() {
    return rediscoveredOn;
  }
}
