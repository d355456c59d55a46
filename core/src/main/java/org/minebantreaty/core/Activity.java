package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One recorded act involving mines by or on behalf of a State: a use, a transfer, an act of
 * assistance, ... on a date, with the mine type, quantity, counterpart and purpose where known.
 * Whether it is prohibited is for the rules to say (Arts. 1–3).
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an act of {@code kind} on {@code on} involving unspecified anti-personnel mines.
   *
   * @param kind what was done
   * @param on the day it was done
   * @return the act, with no quantity, counterpart, purpose or description
   */
  public static Activity of(ActivityKind kind, LocalDate on) {
    return builder().kind(kind).on(on).build();
  }

  /**
   * What was done.
   *
   * @return what was done
   */
  public abstract ActivityKind kind();

  /**
   * The day it was done (for an act over a period, its first day).
   *
   * @return the day it was done, or the first day of the period
   */
  public abstract LocalDate on();

  /**
   * The mines involved. Defaults to unspecified anti-personnel mines.
   *
   * @return the mines involved
   */
  @Value.Default
  public MineType mineType() {
    return MineType.unspecifiedAntiPersonnel();
  }

  /**
   * How many mines, if known.
   *
   * @return how many mines, or empty when not known
   */
  public abstract OptionalLong quantity();

  /**
   * The other party (a State, an armed group, a company), if any.
   *
   * @return the other party, or empty when there is none
   */
  public abstract Optional<String> counterpart();

  /**
   * The purpose given, for a retention or transfer (Art. 3).
   *
   * @return the purpose given, or empty when none was given
   */
  public abstract Optional<Purpose> purpose();

  /**
   * A short description, for explanations.
   *
   * @return a short description, or empty
   */
  public abstract Optional<String> description();

  /** A builder of {@link Activity}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Activity.on", on());
    quantity().ifPresent(q -> InvalidFactException.require(q >= 0, "Activity.quantity", q, "a quantity of mines must be zero or more"));
    purpose().ifPresent(purpose -> InvalidFactException.require(
        kind() == ActivityKind.RETENTION || kind() == ActivityKind.TRANSFER,
        "Activity.purpose",
        purpose,
        "Art. 3 purposes qualify only a retention or a transfer, not a " + kind().name().toLowerCase(java.util.Locale.ROOT)));
  }
}
