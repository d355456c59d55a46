package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A State's instrument of ratification, acceptance, approval, accession or succession, as deposited
 * with the Depositary (Art. 16), with any Art. 18 declaration of provisional application made at
 * deposit and any reservation recorded with it.
 *
 * <p>A reservation is possible to record but not lawful (Art. 19): it is accepted here and judged by
 * the rules.
 */
@Value.Immutable
public abstract class Instrument {

  Instrument() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an instrument of {@code kind} deposited on {@code depositedOn}, with no declaration or reservation.
   *
   * @param kind the kind of instrument
   * @param depositedOn the day the Depositary received the instrument
   * @return the instrument
   */
  public static Instrument of(InstrumentKind kind, LocalDate depositedOn) {
    return builder().kind(kind).depositedOn(depositedOn).build();
  }

  /**
   * The kind of instrument.
   *
   * @return the kind of instrument
   */
  public abstract InstrumentKind kind();

  /**
   * The day the Depositary received the instrument.
   *
   * @return the day the Depositary received the instrument
   */
  public abstract LocalDate depositedOn();

  /**
   * Whether the State declared at deposit that it applies Art. 1(1) provisionally until the
   * Convention enters into force for it (Art. 18). Defaults to {@code false}.
   *
   * @return whether the State declared provisional application of Art. 1(1) at deposit
   */
  @Value.Default
  public boolean provisionalApplication() {
    return false;
  }

  /**
   * For a notification of succession, the date of the State succession (a new State's independence)
   * from which the Depositary records the succession as effective; empty otherwise.
   *
   * @return the date of the State succession, or empty when the instrument is not a notification of succession
   */
  public abstract Optional<LocalDate> successionDate();

  /**
   * The text of each reservation recorded with the instrument (unlawful under Art. 19).
   *
   * @return the text of each reservation recorded with the instrument
   */
  public abstract ImmutableList<String> reservations();

  /** A builder of {@link Instrument}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Instrument.depositedOn", depositedOn());
    InvalidFactException.requireRecordable("Instrument.successionDate", successionDate());
    InvalidFactException.require(
        !depositedOn().isBefore(TreatyCalendar.SIGNATURE_OPENED),
        "Instrument.depositedOn",
        depositedOn(),
        "no instrument can be deposited before the Convention opened for signature on 3 December 1997 (Art. 15, 16)");
    successionDate().ifPresent(succession -> {
      InvalidFactException.require(
          kind() == InstrumentKind.SUCCESSION, "Instrument.successionDate", succession, "only a notification of succession has a date of State succession");
      InvalidFactException.require(
          !succession.isAfter(depositedOn()), "Instrument.successionDate", succession,
          "a State succession cannot follow the notification of it deposited on " + depositedOn());
    });
    for (String reservation : reservations()) {
      InvalidFactException.require(
          !reservation.isBlank(), "Instrument.reservations", "\"" + reservation + "\"", "a recorded reservation must have text");
    }
  }
}
