package org.minebantreaty.core;

import org.immutables.value.Value;

/**
 * A type of mine, classified by its design (Art. 2). It is an anti-personnel mine when it is designed
 * to be exploded by the presence, proximity or contact of a person (Art. 2(1)). A mine designed to be
 * detonated by a vehicle is not, even when it carries an anti-handling device (Art. 2(1), 2(3)).
 */
@Value.Immutable
public abstract class MineType {

  private static final MineType UNSPECIFIED_ANTI_PERSONNEL = antiPersonnel("anti-personnel mines");

  MineType() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an anti-personnel mine type named {@code name} ("PMN-2").
   *
   * @param name the type's designation
   * @return the anti-personnel mine type, with no anti-handling device
   */
  public static MineType antiPersonnel(String name) {
    return builder().name(name).trigger(Trigger.PERSON).build();
  }

  /**
   * Returns an anti-vehicle mine type named {@code name}, with or without an anti-handling device.
   *
   * @param name the type's designation
   * @param antiHandlingDevice whether the mine carries an anti-handling device
   * @return the anti-vehicle mine type
   */
  public static MineType antiVehicle(String name, boolean antiHandlingDevice) {
    return builder().name(name).trigger(Trigger.VEHICLE).antiHandlingDevice(antiHandlingDevice).build();
  }

  /**
   * Returns the type used when a record says only "anti-personnel mines".
   *
   * @return the anti-personnel mine type named {@code "anti-personnel mines"}
   */
  public static MineType unspecifiedAntiPersonnel() {
    return UNSPECIFIED_ANTI_PERSONNEL;
  }

  /**
   * The type's designation.
   *
   * @return the type's designation
   */
  public abstract String name();

  /**
   * What the mine is designed to be exploded by.
   *
   * @return what the mine is designed to be exploded by
   */
  public abstract Trigger trigger();

  /**
   * Whether the mine carries an anti-handling device (Art. 2(3)). Defaults to {@code false}.
   *
   * @return whether the mine carries an anti-handling device
   */
  @Value.Default
  public boolean antiHandlingDevice() {
    return false;
  }

  /**
   * Returns whether this is an anti-personnel mine under Art. 2(1): designed to be exploded by a
   * person. An anti-handling device never makes a vehicle mine one.
   *
   * @return whether the mine is designed to be exploded by a person
   */
  public final boolean isAntiPersonnel() {
    return trigger() == Trigger.PERSON;
  }

  /** A builder of {@link MineType}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableMineType.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.require(!name().isBlank(), "MineType.name", "\"" + name() + "\"", "a mine type must be named");
  }
}
