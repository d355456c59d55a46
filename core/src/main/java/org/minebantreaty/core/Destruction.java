package org.minebantreaty.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A number of stockpiled mines destroyed on one day (or, for a programme, the day it was reported finished). */
@Value.Immutable
public abstract class Destruction {

  Destruction() {}

  /**
   * Returns {@code quantity} mines destroyed on {@code on}.
   *
   * @param on the day of destruction
   * @param quantity how many mines were destroyed; at least 1
   * @return the destruction
   */
  public static Destruction of(LocalDate on, long quantity) {
    return ImmutableDestruction.builder().on(on).quantity(quantity).build();
  }

  /**
   * The day of destruction.
   *
   * @return the day of destruction
   */
  public abstract LocalDate on();

  /**
   * How many mines were destroyed; at least 1.
   *
   * @return how many mines were destroyed
   */
  public abstract long quantity();

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Destruction.on", on());
    InvalidFactException.require(quantity() > 0, "Destruction.quantity", quantity(), "a destruction must destroy at least one mine");
  }
}
