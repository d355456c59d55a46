package org.minebantreaty.core;

/**
 * The Convention's majorities and fractions, in exact integer arithmetic: no division, no rounding.
 * One third of 164 States Parties is met by 55, not 54; a majority of 164 needs 83.
 */
public final class Majorities {

  private Majorities() {}

  /**
   * Returns whether {@code count} is at least one third of {@code total} (Art. 8(5)): {@code 3 × count ≥ total}.
   *
   * @param count the count to test
   * @param total the total it is a part of
   * @return whether {@code 3 × count ≥ total}
   */
  public static boolean atLeastOneThird(int count, int total) {
    return 3L * count >= total;
  }

  /**
   * Returns whether {@code count} is a majority of {@code total}: more than half, {@code 2 × count > total}
   * (Art. 8(5) quorum, 13(2), 13(5)).
   *
   * @param count the count to test
   * @param total the total it is a part of
   * @return whether {@code 2 × count > total}
   */
  public static boolean majorityOf(int count, int total) {
    return 2L * count > total;
  }

  /**
   * Returns the smallest count that is a majority of {@code total}.
   *
   * @param total the total
   * @return half of {@code total}, rounded down, plus one
   */
  public static int smallestMajorityOf(int total) {
    return total / 2 + 1;
  }

  /**
   * Returns the smallest count that is at least one third of {@code total}.
   *
   * @param total the total
   * @return one third of {@code total}, rounded up
   */
  public static int smallestThirdOf(int total) {
    return (total + 2) / 3;
  }

  /**
   * Returns whether {@code inFavour} is at least two thirds of those present and voting ({@code
   * inFavour + against}; abstentions are not votes cast): {@code 3 × inFavour ≥ 2 × (inFavour +
   * against)} (Art. 8(20), 13(4)). With no votes cast, nothing is adopted.
   *
   * @param inFavour the votes in favour
   * @param against the votes against
   * @return whether at least one vote was cast and {@code 3 × inFavour ≥ 2 × (inFavour + against)}
   */
  public static boolean twoThirdsOfThoseVoting(int inFavour, int against) {
    return inFavour + against > 0 && 3L * inFavour >= 2L * (inFavour + against);
  }
}
