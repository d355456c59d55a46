package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A period in which a State was not in compliance with the obligation a finding judges: from the
 * day after its deadline to the day before it was met, both inclusive, or still running.
 *
 * @param firstDay the first day of non-compliance: the day after the deadline
 * @param lastDay the last day of non-compliance, the day before the obligation was met; empty while
 *     it runs on
 */
public record NonCompliance(LocalDate firstDay, Optional<LocalDate> lastDay) {

  /**
   * Returns how many days it lasted, both ends counted; empty while it runs on.
   *
   * @return the number of days; empty while it runs on
   */
  public OptionalLong days() {
    return lastDay.isPresent() ? OptionalLong.of(ChronoUnit.DAYS.between(firstDay, lastDay.get()) + 1) : OptionalLong.empty();
  }

  /**
   * Returns whether it is still running: the obligation is not met.
   *
   * @return whether {@code lastDay} is empty
   */
  public boolean isOngoing() {
    return lastDay.isEmpty();
  }
}
