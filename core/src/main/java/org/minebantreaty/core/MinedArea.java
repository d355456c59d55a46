package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An area dangerous because of the presence or suspected presence of anti-personnel mines (Art.
 * 2(5)) under a State's jurisdiction or control, from its identification to its release.
 */
@Value.Immutable
public abstract class MinedArea {

  MinedArea() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The State's identifier for the area, unique within the State.
   *
   * @return the State's identifier for the area
   */
  public abstract String id();

  /**
   * Whether mines are confirmed or suspected. Defaults to {@link HazardEvidence#SUSPECTED}.
   *
   * @return whether mines are confirmed or suspected
   */
  @Value.Default
  public HazardEvidence evidence() {
    return HazardEvidence.SUSPECTED;
  }

  /**
   * The day the area was identified; empty when it was known at entry into force and the date was
   * not recorded.
   *
   * @return the day the area was identified, or empty when it was not recorded
   */
  public abstract Optional<LocalDate> identifiedOn();

  /**
   * The first day from which the area has been perimeter-marked, monitored and protected by fencing
   * or other means (Art. 5(2)); empty if it never was, or, for an area {@link #knownOnlyFromItsDiscovery()},
   * if the record does not say.
   *
   * @return the first day of marking, monitoring and protection, or empty
   */
  public abstract Optional<LocalDate> protectedSince();

  /**
   * Whether the record holds only the area's discovery, as a report of previously unknown areas gives
   * it: then an empty {@link #protectedSince()} or {@link #releasedOn()} means "not recorded" rather
   * than "never" or "not yet", and a finding that would rest on their absence is unknown instead.
   * Defaults to {@code false}.
   *
   * @return whether the record holds only the area's discovery
   */
  @Value.Default
  public boolean knownOnlyFromItsDiscovery() {
    return false;
  }

  /**
   * Whether this value stands for one or more areas reported together without their number, as a
   * report that gives the contamination but not its extent does: findings then speak of "mined
   * areas" without counting them. Defaults to {@code false}: the value is one area.
   *
   * @return whether this value stands for an unreported number of areas
   */
  @Value.Default
  public boolean standsForAnUnreportedNumberOfAreas() {
    return false;
  }

  /**
   * The day the area was released; empty while it is not.
   *
   * @return the day the area was released, or empty while it is not
   */
  public abstract Optional<LocalDate> releasedOn();

  /**
   * How the area was released; present exactly when {@link #releasedOn()} is.
   *
   * @return how the area was released, or empty while it is not released
   */
  public abstract Optional<ReleaseMethod> releaseMethod();

  /**
   * Returns whether the area is known on {@code date} and not released by the end of it.
   *
   * @param date the day to test
   * @return whether the area has no day of identification or one on or before {@code date}, and no release on or before it
   */
  public final boolean isOutstandingOn(LocalDate date) {
    return identifiedOn().map(identified -> !identified.isAfter(date)).orElse(true)
        && releasedOn().map(released -> released.isAfter(date)).orElse(true);
  }

  /** A builder of {@link MinedArea}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableMinedArea.Builder {
    Builder() {}

    /**
     * Records the release of the area on {@code on} by {@code method}.
     *
     * @param on the day of release
     * @param method how the area was released
     * @return this builder
     */
    public Builder released(LocalDate on, ReleaseMethod method) {
      releasedOn(on);
      releaseMethod(method);
      return this;
    }
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("MinedArea.identifiedOn", identifiedOn());
    InvalidFactException.requireRecordable("MinedArea.protectedSince", protectedSince());
    InvalidFactException.requireRecordable("MinedArea.releasedOn", releasedOn());
    InvalidFactException.require(!id().isBlank(), "MinedArea.id", "\"" + id() + "\"", "a mined area must have an identifier");
    InvalidFactException.require(
        releasedOn().isPresent() == releaseMethod().isPresent(),
        "MinedArea.releaseMethod",
        releaseMethod().map(Object::toString).orElse("(none)"),
        "a release needs both its date and its method (area " + id() + ")");
    identifiedOn().ifPresent(identified -> {
      releasedOn().ifPresent(released -> InvalidFactException.require(
          !released.isBefore(identified),
          "MinedArea.releasedOn",
          released,
          "area " + id() + " cannot be released before it was identified on " + identified));
      protectedSince().ifPresent(since -> InvalidFactException.require(
          !since.isBefore(identified),
          "MinedArea.protectedSince",
          since,
          "area " + id() + " cannot be marked and protected before it was identified on " + identified));
    });
  }
}
