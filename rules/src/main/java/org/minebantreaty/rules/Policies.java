package org.minebantreaty.rules;

import org.immutables.value.Value;

/**
 * The choices a caller makes where the treaty and the States Parties' texts allow more than one
 * reading. Every finding produced under a choice cites the text whose wording it applied.
 */
@Value.Immutable
public abstract class Policies {

  private static final Policies DEFAULTS = builder().build();

  Policies() {}

  /** Returns a new builder, every choice at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the defaults: the Maputo Action Plan's clock for stockpiles found late. */
  public static Policies defaults() {
    return DEFAULTS;
  }

  /** When the six months for destroying a stockpile found after the Art. 4 deadline begin to run. */
  public enum LateStockpileClock {
    /** From the report of the discovery to the States Parties (Maputo Action Plan (2014), Action 7). The default. */
    REPORT_OF_DISCOVERY,
    /** From the discovery itself (the Oslo Action Plan (2019) as reported). */
    DISCOVERY
  }

  /** When the six months for a stockpile found late begin. Defaults to {@link LateStockpileClock#REPORT_OF_DISCOVERY}. */
  @Value.Default
  public LateStockpileClock lateStockpileClock() {
    return LateStockpileClock.REPORT_OF_DISCOVERY;
  }

  /** A builder of {@link Policies}; each choice may be set once. */
  public static final class Builder extends ImmutablePolicies.Builder {
    Builder() {}
  }
}
