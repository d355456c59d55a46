package org.minebantreaty.rules;

import java.time.LocalDate;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.TreatyCalendar;

/**
 * One granted Art. 5 extension as it moved the deadline: the deadline it extended, the date it was
 * granted until, and the deadline that resulted. The resulting deadline differs from the granted
 * date only where the grant could not lawfully move it that far: beyond ten years (Interpretation
 * I-5.2) or without the Art. 5(5) majority (Interpretation I-5.3).
 */
public final class ExtensionStep {

  private final ExtensionRequest request;
  private final LocalDate deadlineExtended;
  private final LocalDate resultingDeadline;
  private final boolean runsFromDiscovery;

  ExtensionStep(ExtensionRequest request, LocalDate deadlineExtended, boolean runsFromDiscovery) {
    this.request = request;
    this.deadlineExtended = deadlineExtended;
    this.runsFromDiscovery = runsFromDiscovery;
    LocalDate resulting = deadlineExtended;
    if (!lacksMajority()) {
      LocalDate granted = grantedUntil();
      LocalDate ceiling = ceiling();
      LocalDate capped = granted.isAfter(ceiling) ? ceiling : granted;
      resulting = capped.isAfter(deadlineExtended) ? capped : deadlineExtended;
    }
    this.resultingDeadline = resulting;
  }

  /**
   * Returns the granted request.
   *
   * @return the granted request
   */
  public ExtensionRequest request() {
    return request;
  }

  /**
   * Returns the decision that granted it.
   *
   * @return the decision that granted the request
   */
  public ExtensionDecision decision() {
    return request.decision().orElseThrow();
  }

  /**
   * Returns whether this grant concerns previously unknown mined areas found after the deadline had
   * passed, so that it runs from their discovery (decision of the Twelfth Meeting of the States Parties, 2012): {@link #deadlineExtended()}
   * is then the day of the discovery.
   *
   * @return whether the grant runs from the discovery of previously unknown mined areas
   */
  public boolean runsFromDiscovery() {
    return runsFromDiscovery;
  }

  /**
   * Returns the deadline in force before this grant, the one it extends (for previously unknown areas found
   * after it had passed, their discovery).
   *
   * @return the deadline this grant extends
   */
  public LocalDate deadlineExtended() {
    return deadlineExtended;
  }

  /**
   * Returns the last day the Meeting granted, as recorded.
   *
   * @return the last day granted, as recorded
   */
  public LocalDate grantedUntil() {
    return decision().grantedUntil().orElseThrow();
  }

  /**
   * Returns the latest day a lawful grant could reach: ten years after the deadline extended (Art. 5(3)).
   *
   * @return ten years after {@link #deadlineExtended()}
   */
  public LocalDate ceiling() {
    return TreatyCalendar.extensionCeiling(deadlineExtended);
  }

  /**
   * Returns the deadline in force after this grant.
   *
   * @return the deadline in force after this grant
   */
  public LocalDate resultingDeadline() {
    return resultingDeadline;
  }

  /**
   * Returns whether the grant runs beyond ten years after the deadline it extends.
   *
   * @return whether {@link #grantedUntil()} is after {@link #ceiling()}
   */
  public boolean exceedsCeiling() {
    return grantedUntil().isAfter(ceiling());
  }

  /**
   * Returns whether the grant ends on or before the deadline it extends, and so extends nothing.
   *
   * @return whether {@link #grantedUntil()} is on or before {@link #deadlineExtended()}
   */
  public boolean extendsNothing() {
    return !grantedUntil().isAfter(deadlineExtended);
  }

  /**
   * Returns whether a recorded vote fell short of a majority of those present and voting (Art. 5(5)).
   *
   * @return whether a recorded vote fell short of the Art. 5(5) majority; {@code false} when no vote is
   *     recorded
   */
  public boolean lacksMajority() {
    return decision().votes().map(votes -> !votes.isMajorityOfThoseVoting()).orElse(false);
  }

  /**
   * Returns whether the grant was decided after the deadline it extends had passed (Interpretation I-5.1).
   *
   * @return whether the grant was decided after {@link #deadlineExtended()}; {@code false} for a grant
   *     that runs from discovery
   */
  public boolean decidedAfterDeadline() {
    return !runsFromDiscovery && decision().decidedOn().isAfter(deadlineExtended);
  }
}
