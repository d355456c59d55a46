package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * A fact-finding mission under Art. 8(8)–(17): its experts and their nationalities, when the
 * requested State was notified and when the mission arrived, how long it stayed in the territory and
 * at each site, and whether a longer stay was agreed.
 */
@Value.Immutable
public abstract class FactFindingMission {

  FactFindingMission() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the requested State invited the mission, which then needs no decision (Art. 8(8)). Defaults to {@code false}.
   *
   * @return whether the requested State invited the mission
   */
  @Value.Default
  public boolean invitedByRequestedState() {
    return false;
  }

  /**
   * The ISO 3166-1 alpha-3 nationality of each expert appointed.
   *
   * @return the ISO 3166-1 alpha-3 nationality of each expert appointed
   */
  public abstract ImmutableList<String> expertNationalities();

  /**
   * When the requested State was notified of the mission's arrival.
   *
   * @return when the requested State was notified of the mission's arrival
   */
  public abstract LocalDateTime notifiedAt();

  /**
   * When the mission arrived in the requested State.
   *
   * @return when the mission arrived in the requested State
   */
  public abstract LocalDateTime arrivedAt();

  /**
   * How many days the mission stayed in the territory of the requested State.
   *
   * @return how many days the mission stayed in the territory of the requested State
   */
  public abstract int daysInTerritory();

  /**
   * How many days the mission stayed at each site it visited.
   *
   * @return how many days the mission stayed at each site, by site
   */
  public abstract ImmutableMap<String, Integer> daysAtSites();

  /**
   * Whether the requested State agreed to a longer stay than Art. 8(15) allows. Defaults to {@code false}.
   *
   * @return whether the requested State agreed to a longer stay
   */
  @Value.Default
  public boolean longerStayAgreed() {
    return false;
  }

  /** A builder of {@link FactFindingMission}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableFactFindingMission.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("FactFindingMission.notifiedAt", notifiedAt().toLocalDate());
    InvalidFactException.requireRecordable("FactFindingMission.arrivedAt", arrivedAt().toLocalDate());
    InvalidFactException.require(daysInTerritory() >= 0, "FactFindingMission.daysInTerritory", daysInTerritory(), "a number of days is zero or more");
    daysAtSites().forEach((site, days) -> InvalidFactException.require(
        days >= 0 && days <= daysInTerritory(), "FactFindingMission.daysAtSites", site + "=" + days,
        "days at one site are between 0 and the " + daysInTerritory() + " days in the territory"));
    InvalidFactException.require(
        !arrivedAt().isBefore(notifiedAt()), "FactFindingMission.arrivedAt", arrivedAt(), "a mission cannot arrive before notice was given on " + notifiedAt());
  }
}
