package org.minebantreaty.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A State's own count of the stockpiled anti-personnel mines that remained to be destroyed at the
 * end of one day, as it reported it (in an Art. 7 report or a statement to the States Parties).
 *
 * <p>A count says what remained on its day and nothing about the stockpile's size at entry into
 * force, which sources often give differently: it lets a finding say "343,413 mines remained on 24
 * May 2019" without inventing the whole. A count the source gives as a round or "more than" figure
 * is {@link #approximate()}.
 */
@Value.Immutable
public abstract class StockpileCount {

  StockpileCount() {}

  /**
   * Returns the count of {@code remaining} mines at the end of {@code on}, as reported exactly.
   *
   * @param on the day the count stood
   * @param remaining how many stockpiled mines remained to be destroyed
   * @return the exact count
   */
  public static StockpileCount of(LocalDate on, long remaining) {
    return ImmutableStockpileCount.builder().on(on).remaining(remaining).build();
  }

  /**
   * Returns the count of about {@code remaining} mines at the end of {@code on}, as the source rounds it.
   *
   * @param on the day the count stood
   * @param remaining about how many stockpiled mines remained to be destroyed
   * @return the approximate count
   */
  public static StockpileCount about(LocalDate on, long remaining) {
    return ImmutableStockpileCount.builder().on(on).remaining(remaining).approximate(true).build();
  }

  /**
   * The day the count stood.
   *
   * @return the day the count stood
   */
  public abstract LocalDate on();

  /**
   * How many stockpiled mines remained to be destroyed; zero or more.
   *
   * @return how many stockpiled mines remained to be destroyed
   */
  public abstract long remaining();

  /**
   * Whether the source gives the count only roughly ("about 3.3 million"). Defaults to {@code false}.
   *
   * @return whether the source gives the count only roughly
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("StockpileCount.on", on());
    InvalidFactException.require(remaining() >= 0, "StockpileCount.remaining", remaining(), "a count of mines must be zero or more");
  }
}
