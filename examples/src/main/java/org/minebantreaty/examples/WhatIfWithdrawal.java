package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Withdrawal;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Convention;

/**
 * What changes if a State engaged in an armed conflict gives notice of withdrawal today: Ukraine, with
 * the conflict the data set records as ongoing, gives notice on 3 December 2026. Seven months later
 * the six months of Art. 20(3) have run, but the conflict holds the withdrawal back: the comparison
 * shows a withdrawal finding and nothing else, for every obligation keeps binding.
 *
 * <pre>
 * + Art. 20(3) — information: The six months expired on 3 June 2027 while Ukraine was engaged in an armed conflict (armed conflict with the Russian Federation (full-scale invasion), since 24 February 2022); the withdrawal does not take effect before the conflict ends, and every obligation still binds
 * </pre>
 */
public final class WhatIfWithdrawal {

  /** The day the example takes as today. */
  static final LocalDate NOTICE = LocalDate.of(2026, 12, 3);

  private WhatIfWithdrawal() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    State ukraine = StatesParties.byCode("UKR").orElseThrow();
    State notice = State.builder().from(ukraine).withdrawal(Withdrawal.receivedOn(NOTICE)).build();
    LocalDate later = NOTICE.plusMonths(7);
    Convention convention = Convention.standard();
    return convention.assess(ukraine, later).compare(convention.assess(notice, later)).toText();
  }
}
