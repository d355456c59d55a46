package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period in which a State is engaged in an armed conflict, from its first day to its last day
 * (both inclusive); with no last day, the conflict is ongoing. It matters for Art. 20(3): a
 * withdrawal does not take effect while the withdrawing State is engaged in an armed conflict.
 */
@Value.Immutable
public abstract class ArmedConflict {

  ArmedConflict() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an ongoing conflict named {@code name} that began on {@code firstDay}.
   *
   * @param name a short description of the conflict
   * @param firstDay the first day of the engagement (inclusive)
   * @return the ongoing conflict
   */
  public static ArmedConflict ongoingSince(String name, LocalDate firstDay) {
    return builder().name(name).firstDay(firstDay).build();
  }

  /**
   * Returns a conflict named {@code name} from {@code firstDay} to {@code lastDay}, both inclusive.
   *
   * @param name a short description of the conflict
   * @param firstDay the first day of the engagement (inclusive)
   * @param lastDay the last day of the engagement (inclusive)
   * @return the conflict
   */
  public static ArmedConflict between(String name, LocalDate firstDay, LocalDate lastDay) {
    return builder().name(name).firstDay(firstDay).lastDay(lastDay).build();
  }

  /**
   * A short description of the conflict, for explanations.
   *
   * @return a short description of the conflict
   */
  public abstract String name();

  /**
   * The first day of the engagement (inclusive).
   *
   * @return the first day of the engagement (inclusive)
   */
  public abstract LocalDate firstDay();

  /**
   * The last day of the engagement (inclusive); empty while it is ongoing.
   *
   * @return the last day of the engagement (inclusive), or empty while it is ongoing
   */
  public abstract Optional<LocalDate> lastDay();

  /**
   * Returns whether the State is engaged in this conflict on {@code date}.
   *
   * @param date the day to test
   * @return whether {@code date} falls between the first day and the last day, both inclusive
   */
  public final boolean isOngoingOn(LocalDate date) {
    return !date.isBefore(firstDay()) && lastDay().map(last -> !date.isAfter(last)).orElse(true);
  }

  /** A builder of {@link ArmedConflict}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableArmedConflict.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("ArmedConflict.firstDay", firstDay());
    InvalidFactException.requireRecordable("ArmedConflict.lastDay", lastDay());
    InvalidFactException.require(!name().isBlank(), "ArmedConflict.name", "\"" + name() + "\"", "a conflict must be named");
    lastDay().ifPresent(last -> InvalidFactException.require(
        !last.isBefore(firstDay()), "ArmedConflict.lastDay", last, "a conflict cannot end before it began on " + firstDay()));
  }
}
