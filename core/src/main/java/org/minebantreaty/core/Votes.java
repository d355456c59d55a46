package org.minebantreaty.core;

import org.immutables.value.Value;

/** A recorded vote: States Parties present and voting in favour and against, and those abstaining. */
@Value.Immutable
public abstract class Votes {

  Votes() {}

  /**
   * Returns a vote with the given counts.
   *
   * @param inFavour the votes in favour
   * @param against the votes against
   * @param abstaining the abstentions
   * @return the vote
   */
  public static Votes of(int inFavour, int against, int abstaining) {
    return ImmutableVotes.builder().inFavour(inFavour).against(against).abstaining(abstaining).build();
  }

  /**
   * Votes in favour.
   *
   * @return the votes in favour
   */
  public abstract int inFavour();

  /**
   * Votes against.
   *
   * @return the votes against
   */
  public abstract int against();

  /**
   * Abstentions: present, but not votes cast.
   *
   * @return the abstentions
   */
  public abstract int abstaining();

  /**
   * Returns whether the motion carried by a majority of those present and voting: more in favour
   * than against, abstentions not counted (Art. 5(5), 8(6)).
   *
   * @return whether more voted in favour than against
   */
  public final boolean isMajorityOfThoseVoting() {
    return inFavour() > against();
  }

  @Value.Check
  void check() {
    InvalidFactException.require(inFavour() >= 0, "Votes.inFavour", inFavour(), "a vote count must be zero or more");
    InvalidFactException.require(against() >= 0, "Votes.against", against(), "a vote count must be zero or more");
    InvalidFactException.require(abstaining() >= 0, "Votes.abstaining", abstaining(), "a vote count must be zero or more");
  }
}
