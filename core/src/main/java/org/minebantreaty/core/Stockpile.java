package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stockpile of anti-personnel mines a State owns or possesses, or that is under its jurisdiction or
 * control (Art. 4), with the destructions recorded against it.
 *
 * <p>A stockpile held at entry into force has no {@link #foundOn()} date. A stockpile discovered
 * later records the day it was found and, once the State informed the States Parties, the day it
 * reported the discovery: whether it falls under Art. 4 or under the action plans' six-month rule
 * depends on those dates and is decided by the rules.
 */
@Value.Immutable
public abstract class Stockpile {

  Stockpile() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What mines the stockpile holds. Defaults to unspecified anti-personnel mines.
   *
   * @return what mines the stockpile holds
   */
  @Value.Default
  public MineType mineType() {
    return MineType.unspecifiedAntiPersonnel();
  }

  /**
   * How many mines the stockpile held when declared (at entry into force, or when found).
   *
   * @return how many mines the stockpile held when declared
   */
  public abstract long quantity();

  /**
   * The destructions recorded against this stockpile, in any order.
   *
   * @return the destructions recorded against this stockpile, in any order
   */
  public abstract ImmutableList<Destruction> destructions();

  /**
   * The day a previously unknown stockpile was discovered; empty for one held at entry into force.
   *
   * @return the day the stockpile was discovered, or empty for one held at entry into force
   */
  public abstract Optional<LocalDate> foundOn();

  /**
   * The day the State informed the States Parties of the discovery; empty if it has not (yet).
   *
   * @return the day the State reported the discovery, or empty when it has not
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * Returns how many mines remain at the end of {@code date}: the quantity less destructions on or before it.
   *
   * @param date the day at whose end the mines are counted
   * @return the quantity less the mines destroyed on or before {@code date}
   */
  public final long remainingOn(LocalDate date) {
    long remaining = quantity();
    for (Destruction destruction : destructions()) {
      if (!destruction.on().isAfter(date)) {
        remaining -= destruction.quantity();
      }
    }
    return remaining;
  }

  /**
   * Returns the day the last mine was destroyed, or empty if mines remain after every recorded destruction.
   *
   * @return the day of the last destruction if destructions account for every mine; {@link #foundOn()} for a stockpile of none; else empty
   */
  public final Optional<LocalDate> destroyedCompletelyOn() {
    if (quantity() == 0) {
      return foundOn();
    }
    LocalDate last = null;
    long destroyed = 0;
    for (Destruction destruction : destructions()) {
      destroyed += destruction.quantity();
      if (last == null || destruction.on().isAfter(last)) {
        last = destruction.on();
      }
    }
    return destroyed == quantity() ? Optional.ofNullable(last) : Optional.empty();
  }

  /**
   * Returns whether this stockpile was discovered after entry into force rather than held at it.
   *
   * @return whether the stockpile has a {@link #foundOn()} date
   */
  public final boolean isFoundLater() {
    return foundOn().isPresent();
  }

  /** A builder of {@link Stockpile}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableStockpile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Stockpile.foundOn", foundOn());
    InvalidFactException.requireRecordable("Stockpile.reportedOn", reportedOn());
    InvalidFactException.require(quantity() >= 0, "Stockpile.quantity", quantity(), "a quantity of mines must be zero or more");
    long destroyed = 0;
    for (Destruction destruction : destructions()) {
      destroyed = InvalidFactException.addCounts("Stockpile.destructions", destroyed, destruction.quantity());
      foundOn().ifPresent(found -> InvalidFactException.require(
          !destruction.on().isBefore(found),
          "Stockpile.destructions",
          destruction.on(),
          "a destruction cannot be dated before the stockpile was found on " + found));
    }
    InvalidFactException.require(
        destroyed <= quantity(),
        "Stockpile.destructions",
        destroyed + " mines destroyed",
        "more mines cannot be destroyed than the " + quantity() + " the stockpile held");
    reportedOn().ifPresent(reported -> {
      InvalidFactException.require(
          foundOn().isPresent(), "Stockpile.reportedOn", reported, "only a stockpile with a foundOn date can have its discovery reported");
      InvalidFactException.require(
          !reported.isBefore(foundOn().get()),
          "Stockpile.reportedOn",
          reported,
          "a discovery cannot be reported before it was made on " + foundOn().get());
    });
  }
}
