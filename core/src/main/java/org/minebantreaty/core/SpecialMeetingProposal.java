package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal to convene a Special Meeting of the States Parties on a request for clarification (Art.
 * 8(5)): the Secretary-General's communication, how many States Parties favoured it within 14 days,
 * and whether and when the meeting was convened and with how many present.
 */
@Value.Immutable
public abstract class SpecialMeetingProposal {

  SpecialMeetingProposal() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The day the Secretary-General communicated the proposal to the States Parties.
   *
   * @return the day the Secretary-General communicated the proposal
   */
  public abstract LocalDate communicatedOn();

  /**
   * How many States Parties there were.
   *
   * @return how many States Parties there were
   */
  public abstract int statesParties();

  /**
   * How many States Parties favoured a Special Meeting within 14 days of the communication.
   *
   * @return how many States Parties favoured a Special Meeting within 14 days
   */
  public abstract int inFavourWithin14Days();

  /**
   * The day the Special Meeting convened, if it did.
   *
   * @return the day the Special Meeting convened, or empty when it did not
   */
  public abstract Optional<LocalDate> convenedOn();

  /**
   * How many States Parties were present, if it convened.
   *
   * @return how many States Parties were present, or empty when the meeting did not convene
   */
  public abstract Optional<Integer> present();

  /** A builder of {@link SpecialMeetingProposal}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableSpecialMeetingProposal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("SpecialMeetingProposal.communicatedOn", communicatedOn());
    InvalidFactException.requireRecordable("SpecialMeetingProposal.convenedOn", convenedOn());
    InvalidFactException.require(statesParties() > 0, "SpecialMeetingProposal.statesParties", statesParties(), "there is at least one State Party");
    InvalidFactException.require(
        inFavourWithin14Days() >= 0 && inFavourWithin14Days() <= statesParties(),
        "SpecialMeetingProposal.inFavourWithin14Days",
        inFavourWithin14Days(),
        "between 0 and the " + statesParties() + " States Parties");
    present().ifPresent(present -> InvalidFactException.require(
        present >= 0 && present <= statesParties(), "SpecialMeetingProposal.present", present, "between 0 and the " + statesParties() + " States Parties"));
    present().ifPresent(present -> InvalidFactException.require(
        convenedOn().isPresent(), "SpecialMeetingProposal.present", present, "attendance needs the day the meeting convened"));
    convenedOn().ifPresent(on -> InvalidFactException.require(
        !on.isBefore(communicatedOn()), "SpecialMeetingProposal.convenedOn", on, "a meeting cannot convene before it was proposed on " + communicatedOn()));
  }
}
