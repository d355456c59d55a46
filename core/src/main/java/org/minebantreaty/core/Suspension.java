package org.minebantreaty.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A State's notification that it suspends the operation of the Convention, as recorded: Ukraine
 * informed the UN Secretary-General on 18 July 2025, invoking Art. 62 of the Vienna Convention on the
 * Law of Treaties. The Convention has no suspension clause; what the notification changes is for the
 * rules to say, and they say it binds nothing away.
 */
@Value.Immutable
public abstract class Suspension {

  Suspension() {}

  /**
   * Returns a suspension notified on {@code notifiedOn}, invoking {@code basis}.
   *
   * @param notifiedOn the day the notification reached the Depositary
   * @param basis the legal basis the State invoked
   * @return the suspension
   */
  public static Suspension notifiedOn(LocalDate notifiedOn, String basis) {
    return ImmutableSuspension.builder().notifiedOn(notifiedOn).basis(basis).build();
  }

  /**
   * The day the notification reached the Depositary.
   *
   * @return the day the notification reached the Depositary
   */
  public abstract LocalDate notifiedOn();

  /**
   * The legal basis the State invoked ("Art. 62 of the Vienna Convention on the Law of Treaties").
   *
   * @return the legal basis the State invoked
   */
  public abstract String basis();

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Suspension.notifiedOn", notifiedOn());
    InvalidFactException.require(!basis().isBlank(), "Suspension.basis", "\"" + basis() + "\"", "say what the notification invoked");
  }
}
