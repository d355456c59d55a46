package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Meeting's or Review Conference's decision on an Art. 5 extension request (Art. 5(5)): granted
 * until a date, or refused. Most decisions are adopted without a vote; when a vote was taken its
 * counts are recorded.
 */
@Value.Immutable
public abstract class ExtensionDecision {

  ExtensionDecision() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a decision adopted without a vote by a Meeting of the States Parties on {@code decidedOn},
   * granting until {@code grantedUntil}.
   *
   * @param decidedOn the day of the decision
   * @param grantedUntil the last day of the extended period
   * @return the decision granting the extension
   */
  public static ExtensionDecision grantedUntil(LocalDate decidedOn, LocalDate grantedUntil) {
    return builder().decidedOn(decidedOn).grantedUntil(grantedUntil).build();
  }

  /**
   * The deciding body. Defaults to a Meeting of the States Parties.
   *
   * @return the deciding body
   */
  @Value.Default
  public Forum forum() {
    return Forum.MEETING_OF_STATES_PARTIES;
  }

  /**
   * The meeting's name as the record gives it ("12MSP", "Fourth Review Conference"), if known.
   *
   * @return the meeting's name as the record gives it, or empty when not known
   */
  public abstract Optional<String> meeting();

  /**
   * The day of the decision.
   *
   * @return the day of the decision
   */
  public abstract LocalDate decidedOn();

  /**
   * The vote, when one was taken; empty for a decision adopted without a vote.
   *
   * @return the vote, or empty for a decision adopted without a vote
   */
  public abstract Optional<Votes> votes();

  /**
   * The last day of the extended period; empty when the request was refused.
   *
   * @return the last day of the extended period, or empty when the request was refused
   */
  public abstract Optional<LocalDate> grantedUntil();

  /**
   * Returns whether the decision granted an extension.
   *
   * @return whether the decision has a last day of the extended period
   */
  public final boolean isGranted() {
    return grantedUntil().isPresent();
  }

  /** A builder of {@link ExtensionDecision}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableExtensionDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("ExtensionDecision.decidedOn", decidedOn());
    InvalidFactException.requireRecordable("ExtensionDecision.grantedUntil", grantedUntil());
    grantedUntil().ifPresent(until -> InvalidFactException.require(
        until.isAfter(decidedOn()),
        "ExtensionDecision.grantedUntil",
        until,
        "an extension must run to a day after its decision on " + decidedOn()));
  }
}
