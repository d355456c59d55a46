package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How many anti-personnel mines a State retained under Art. 3(1) on one day (usually as reported
 * under Art. 7(1)(d)), for which purposes, and which institutions were authorised to hold them.
 */
@Value.Immutable
public abstract class RetentionRecord {

  RetentionRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The day the count stood.
   *
   * @return the day the count stood
   */
  public abstract LocalDate on();

  /**
   * How many mines were retained.
   *
   * @return how many mines were retained
   */
  public abstract long quantity();

  /**
   * The purposes given; empty when none was.
   *
   * @return the purposes given, or empty when none was
   */
  public abstract ImmutableSet<Purpose> purposes();

  /**
   * The institutions authorised to hold the mines (Art. 7(1)(d)).
   *
   * @return the institutions authorised to hold the mines
   */
  public abstract ImmutableList<String> institutions();

  /** A builder of {@link RetentionRecord}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableRetentionRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("RetentionRecord.on", on());
    InvalidFactException.require(quantity() >= 0, "RetentionRecord.quantity", quantity(), "a quantity of mines must be zero or more");
  }
}
