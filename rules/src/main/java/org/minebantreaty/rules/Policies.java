package org.minebantreaty.rules;

import org.immutables.value.Value;
import org.minebantreaty.core.InvalidFactException;

/**
 * The choices a caller makes where the treaty and the States Parties' texts allow more than one
 * reading. Every finding produced under a choice cites the text whose wording it applied.
 *
 * <p>Choices out of range (a retained count unchanged for zero years, a negative threshold) are
 * refused with an {@link InvalidFactException} when the policies are built.
 */
@Value.Immutable
// The package's style, but not strict: a caller's builder may set a choice twice, the last one
// counting, as State.builder() allows; a strict builder would throw an exception of its own.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    throwForInvalidImmutableState = InvalidFactException.class,
    allowedClasspathAnnotations = {Override.class})
public abstract class Policies {

  private static final Policies DEFAULTS = builder().build();

  Policies() {}

  /**
   * Returns a new builder, every choice at its default.
   *
   * @return a builder with every choice at its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the defaults: the Maputo Action Plan's clock for stockpiles found late, the narrow reading
   * of Art. 1(1)(c), a warning on retained mines unchanged for three years, and no retained-mine
   * threshold.
   *
   * @return the default policies
   */
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

  /**
   * When the six months for a stockpile found late begin. Defaults to {@link LateStockpileClock#REPORT_OF_DISCOVERY}.
   *
   * @return what the six months run from
   */
  @Value.Default
  public LateStockpileClock lateStockpileClock() {
    return LateStockpileClock.REPORT_OF_DISCOVERY;
  }

  /** How Art. 1(1)(c) ("assist, encourage or induce") is read. */
  public enum AssistanceReading {
    /** Only assisting, encouraging or inducing a prohibited act is prohibited. The default. */
    NARROW,
    /**
     * Also taking part in joint operations in which a partner uses, transfers or stockpiles
     * anti-personnel mines, and deriving direct benefit from a minefield another party laid, as many
     * States and the ICBL read it.
     */
    STRICT
  }

  /**
   * The reading of Art. 1(1)(c). Defaults to {@link AssistanceReading#NARROW}.
   *
   * @return the reading applied
   */
  @Value.Default
  public AssistanceReading assistanceReading() {
    return AssistanceReading.NARROW;
  }

  /**
   * After how many years an unchanged count of mines retained under Art. 3(1) draws a warning. The
   * treaty sets no figure; defaults to 3.
   *
   * @return the number of years, 1 to 100
   */
  @Value.Default
  public int retainedMinesUnchangedYears() {
    return 3;
  }

  /**
   * Above how many retained mines a warning is given; empty (the default) for no threshold. The treaty sets no figure.
   *
   * @return the threshold; empty for none
   */
  public abstract java.util.OptionalLong retainedMinesThreshold();

  /** The most years a retained count may stay unchanged before a warning; a longer period would never warn in a State's lifetime. */
  static final int MOST_UNCHANGED_YEARS = 100;

  /** A builder of {@link Policies}; {@code from(value)} copies existing policies. */
  public static final class Builder extends ImmutablePolicies.Builder {
    Builder() {}
  }

  /** Refuses choices no reading supports, as a fact is refused: with the field, the value and the rule. */
  @Value.Check
  void check() {
    if (retainedMinesUnchangedYears() < 1 || retainedMinesUnchangedYears() > MOST_UNCHANGED_YEARS) {
      throw new InvalidFactException("Policies.retainedMinesUnchangedYears", retainedMinesUnchangedYears(),
          "a retained count is judged unchanged after 1 to " + MOST_UNCHANGED_YEARS + " years");
    }
    if (retainedMinesThreshold().isPresent() && retainedMinesThreshold().getAsLong() < 0) {
      throw new InvalidFactException("Policies.retainedMinesThreshold", retainedMinesThreshold().getAsLong(),
          "a threshold of retained mines is zero or more");
    }
  }
}
