package org.minebantreaty.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A legal, administrative or other measure a State took to implement the Convention (Art. 9). */
@Value.Immutable
public abstract class NationalMeasure {

  NationalMeasure() {}

  /** The kinds of measure Art. 9 names. */
  public enum Kind {
    /** A law. */
    LEGISLATIVE,
    /** An administrative measure. */
    ADMINISTRATIVE,
    /** Any other measure. */
    OTHER
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The measure's title.
   *
   * @return the measure's title
   */
  public abstract String title();

  /**
   * The kind of measure.
   *
   * @return the kind of measure
   */
  public abstract Kind kind();

  /**
   * The day it was adopted.
   *
   * @return the day the measure was adopted
   */
  public abstract LocalDate adoptedOn();

  /**
   * Whether it imposes penal sanctions for prohibited activity (Art. 9).
   *
   * @return whether the measure imposes penal sanctions
   */
  public abstract boolean penalSanctions();

  /** A builder of {@link NationalMeasure}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableNationalMeasure.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("NationalMeasure.adoptedOn", adoptedOn());
    InvalidFactException.require(!title().isBlank(), "NationalMeasure.title", "\"" + title() + "\"", "a measure must have a title");
  }
}
