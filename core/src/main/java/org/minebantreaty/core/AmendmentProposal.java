package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposed amendment and its course under Art. 13: circulation by the Depositary, the States
 * Parties' support for an Amendment Conference within 30 days, the vote to adopt it, and the deposits
 * of instruments of acceptance.
 */
@Value.Immutable
public abstract class AmendmentProposal {

  AmendmentProposal() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The day the Depositary circulated the proposal (Art. 13(1)).
   *
   * @return the day the Depositary circulated the proposal
   */
  public abstract LocalDate circulatedOn();

  /**
   * How many States Parties there were.
   *
   * @return how many States Parties there were
   */
  public abstract int statesParties();

  /**
   * How many States Parties supported further consideration within 30 days of circulation (Art. 13(1)).
   *
   * @return how many States Parties supported further consideration within 30 days of circulation
   */
  public abstract int supportWithin30Days();

  /**
   * The day the Amendment Conference opened, if it did.
   *
   * @return the day the Amendment Conference opened, or empty when it did not
   */
  public abstract Optional<LocalDate> conferenceOpenedOn();

  /**
   * The vote on adoption at the Conference, if it was taken (Art. 13(4)).
   *
   * @return the vote on adoption, or empty when none was taken
   */
  public abstract Optional<Votes> adoptionVote();

  /**
   * The days instruments of acceptance were deposited, one per accepting State, in any order (Art. 13(5)).
   *
   * @return the days instruments of acceptance were deposited, in any order
   */
  public abstract ImmutableList<LocalDate> acceptances();

  /** A builder of {@link AmendmentProposal}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableAmendmentProposal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("AmendmentProposal.circulatedOn", circulatedOn());
    InvalidFactException.requireRecordable("AmendmentProposal.conferenceOpenedOn", conferenceOpenedOn());
    InvalidFactException.require(statesParties() > 0, "AmendmentProposal.statesParties", statesParties(), "there is at least one State Party");
    InvalidFactException.require(
        supportWithin30Days() >= 0 && supportWithin30Days() <= statesParties(), "AmendmentProposal.supportWithin30Days", supportWithin30Days(),
        "between 0 and the " + statesParties() + " States Parties");
    InvalidFactException.require(
        acceptances().size() <= statesParties(), "AmendmentProposal.acceptances", acceptances().size() + " acceptances",
        "no more acceptances than the " + statesParties() + " States Parties");
  }
}
