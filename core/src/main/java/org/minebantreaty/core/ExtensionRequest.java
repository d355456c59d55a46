package org.minebantreaty.core;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to extend the Art. 5(1) deadline (Art. 5(3)–(6)): when it was submitted, what it asked
 * for, what it contained, and the decision on it. Records from the public record often know only the
 * decision, so every part but one date is optional; unknown contents are not empty contents.
 */
@Value.Immutable
public abstract class ExtensionRequest {

  ExtensionRequest() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a request known only by its grant: decided on {@code decidedOn} (without a vote, by a
   * Meeting of the States Parties), granted until {@code grantedUntil}.
   *
   * @param decidedOn the day of the decision
   * @param grantedUntil the last day of the extended period
   * @return the request, with only its decision known
   */
  public static ExtensionRequest grantedOn(LocalDate decidedOn, LocalDate grantedUntil) {
    return builder().decision(ExtensionDecision.grantedUntil(decidedOn, grantedUntil)).build();
  }

  /**
   * The day the request was submitted, if known.
   *
   * @return the day the request was submitted, or empty when not known
   */
  public abstract Optional<LocalDate> submittedOn();

  /**
   * The last day of the extension asked for, if known.
   *
   * @return the last day of the extension asked for, or empty when not known
   */
  public abstract Optional<LocalDate> requestedUntil();

  /**
   * The Art. 5(4) and 5(6) elements the request contains; empty when its contents are not known.
   *
   * @return the elements the request contains, or empty when its contents are not known
   */
  public abstract Optional<ImmutableSet<RequestElement>> contents();

  /**
   * The decision on the request; empty while it is pending.
   *
   * @return the decision on the request, or empty while it is pending
   */
  public abstract Optional<ExtensionDecision> decision();

  /**
   * Returns the first day the request is on record: its submission, or failing that its decision.
   *
   * @return the day of submission if known, else the day of the decision
   */
  public final LocalDate firstRecordedOn() {
    return submittedOn().orElseGet(() -> decision().orElseThrow().decidedOn());
  }

  /**
   * Returns whether the request was granted.
   *
   * @return whether the request has a decision and that decision granted an extension
   */
  public final boolean isGranted() {
    return decision().map(ExtensionDecision::isGranted).orElse(false);
  }

  /** A builder of {@link ExtensionRequest}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableExtensionRequest.Builder {
    Builder() {}

    /**
     * Sets the elements of Art. 5(4) the request contains, from any set.
     *
     * @param elements the elements the request contains
     * @return this builder
     */
    public Builder contents(java.util.Set<RequestElement> elements) {
      return contents(ImmutableSet.copyOf(elements));
    }

    /**
     * Sets the elements of Art. 5(4) the request contains: {@code contents(DURATION, IMPEDIMENTS)}.
     *
     * @param elements the elements the request contains
     * @return this builder
     */
    public Builder contents(RequestElement... elements) {
      return contents(ImmutableSet.copyOf(elements));
    }
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("ExtensionRequest.submittedOn", submittedOn());
    InvalidFactException.requireRecordable("ExtensionRequest.requestedUntil", requestedUntil());
    InvalidFactException.require(
        submittedOn().isPresent() || decision().isPresent(),
        "ExtensionRequest.submittedOn",
        "(none)",
        "a request needs its submission date or its decision to be placed in time");
    submittedOn().ifPresent(submitted -> {
      decision().ifPresent(decision -> InvalidFactException.require(
          !decision.decidedOn().isBefore(submitted),
          "ExtensionDecision.decidedOn",
          decision.decidedOn(),
          "a request cannot be decided before it was submitted on " + submitted));
      requestedUntil().ifPresent(until -> InvalidFactException.require(
          until.isAfter(submitted),
          "ExtensionRequest.requestedUntil",
          until,
          "a request must ask for a day after its submission on " + submitted));
    });
  }
}
