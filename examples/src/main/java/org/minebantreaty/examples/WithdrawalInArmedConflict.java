package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.Withdrawal;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;

/**
 * A State gives notice of withdrawal while engaged in an armed conflict (Art. 20(3)): when the six
 * months expire it is still engaged, so the withdrawal does not take effect and every obligation
 * keeps binding — its overdue stockpile destruction included. When the conflict ends, the
 * withdrawal takes effect the next day. The State is fictional.
 */
public final class WithdrawalInArmedConflict {

  private WithdrawalInArmedConflict() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    State.Builder facts = State.builder()
        .name("Freedonia").iso3("FRE")
        .instrument(Instrument.of(InstrumentKind.ACCESSION, LocalDate.of(2005, 12, 27)))
        .addStockpile(Stockpile.builder().quantity(40_000).build())
        .withdrawal(Withdrawal.receivedOn(LocalDate.of(2025, 7, 18)));
    State atWar = facts.armedConflicts(java.util.List.of(
        ArmedConflict.ongoingSince("international armed conflict", LocalDate.of(2022, 2, 24)))).build();
    State afterPeace = facts.armedConflicts(java.util.List.of(
        ArmedConflict.between("international armed conflict", LocalDate.of(2022, 2, 24), LocalDate.of(2027, 5, 9)))).build();

    Assessment stillBound = Convention.standard().assess(atWar, LocalDate.of(2026, 11, 22));
    Assessment afterwards = Convention.standard().assess(afterPeace, LocalDate.of(2027, 6, 1));
    return "On 22 November 2026, still engaged in the conflict:\n"
        + stillBound.findingsOn(20).get(0) + "\n"
        + stillBound.findingsOn(4).get(0) + "\n\n"
        + "On 1 June 2027, the conflict having ended on 9 May 2027:\n"
        + afterwards.findingsOn(20).get(0) + "\n";
  }
}
