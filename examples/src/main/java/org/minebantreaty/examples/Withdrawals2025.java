package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.State;
import org.minebantreaty.data.Records.WithdrawalRecord;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.WithdrawalStatus;

/**
 * The withdrawals notified in 2025 (Art. 20), from the bundled data: when the Depositary received
 * each instrument, when the library computes it takes effect (six months later, unless the State is
 * then engaged in an armed conflict), whether that matches the date announced, and whether it has
 * taken effect by the chosen day. Then Ukraine, which notified a suspension, not a withdrawal.
 */
public final class Withdrawals2025 {

  private Withdrawals2025() {}

  /** Prints the example as of today. */
  public static void main(String[] args) {
    System.out.print(run(LocalDate.now()));
  }

  /** Returns what the example prints as of {@code asOf}. */
  public static String run(LocalDate asOf) {
    StringBuilder out = new StringBuilder("Withdrawals notified in 2025, as of " + asOf + "\n");
    for (WithdrawalRecord record : StatesParties.records().withdrawals()) {
      if (record.receivedOn().isAfter(asOf)) {
        continue;
      }
      State state = StatesParties.byCode(record.iso3()).orElseThrow();
      WithdrawalStatus status = Convention.standard().assess(state, asOf).withdrawal();
      String effective = status.effectiveOn().map(LocalDate::toString).orElse("not before the armed conflict ends");
      out.append(String.format("  %-10s received %s, effective %s%s: %s%n", state.name(), record.receivedOn(), effective,
          status.effectiveOn().equals(record.effectiveAnnounced()) ? " (as announced)" : " (announced: " + record.effectiveAnnounced().map(LocalDate::toString).orElse("none") + ")",
          status.hasTakenEffect() ? "has taken effect" : "has not yet taken effect"));
    }
    StatesParties.byCode("UKR").flatMap(ukraine -> Convention.standard().assess(ukraine, asOf).state().suspension()).ifPresent(suspension -> out.append("\nUkraine notified a suspension on ")
        .append(suspension.notifiedOn()).append(", not a withdrawal: the Convention has no suspension clause, so every obligation still binds;\n")
        .append("an Art. 20 withdrawal given now would not take effect while Ukraine remains engaged in the armed conflict (Art. 20(3)).\n"));
    return out.toString();
  }
}
