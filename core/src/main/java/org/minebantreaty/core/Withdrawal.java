package org.minebantreaty.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A State's notice of withdrawal under Art. 20(2), dated by the day the Depositary received the
 * instrument. When it takes effect is for the rules to say (Art. 20(3)), with
 * {@link TreatyCalendar#withdrawalEffective}.
 */
@Value.Immutable
public abstract class Withdrawal {

  Withdrawal() {}

  /**
   * Returns a withdrawal whose instrument the Depositary received on {@code receivedOn}.
   *
   * @param receivedOn the day the Depositary received the instrument of withdrawal
   * @return the withdrawal
   */
  public static Withdrawal receivedOn(LocalDate receivedOn) {
    return ImmutableWithdrawal.builder().receivedOn(receivedOn).build();
  }

  /**
   * The day the Depositary received the instrument of withdrawal.
   *
   * @return the day the Depositary received the instrument of withdrawal
   */
  public abstract LocalDate receivedOn();

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("Withdrawal.receivedOn", receivedOn());
  }
}
