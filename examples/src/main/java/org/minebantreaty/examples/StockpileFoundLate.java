package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.MineType;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Policies;

/**
 * A stockpile found after the Art. 4 deadline: the Maputo Action Plan gives six months from the
 * report of the discovery, the Oslo Action Plan (as reported) six months from the discovery. The
 * report on 31 August 2019 makes the deadline the last day of February: 29 February 2020. The State
 * is fictional.
 */
public final class StockpileFoundLate {

  private StockpileFoundLate() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    State state = State.builder()
        .name("Freedonia").iso3("FRE")
        .instrument(Instrument.of(InstrumentKind.ACCESSION, LocalDate.of(2002, 6, 10)))
        .stockpileHoldingsKnown(true)
        .addStockpile(Stockpile.builder()
            .mineType(MineType.antiPersonnel("PMN-2"))
            .quantity(312)
            .foundOn(LocalDate.of(2019, 7, 15))
            .reportedOn(LocalDate.of(2019, 8, 31))
            .build())
        .build();

    LocalDate asOf = LocalDate.of(2020, 3, 1);
    Policies oslo = Policies.builder().lateStockpileClock(Policies.LateStockpileClock.DISCOVERY).build();
    return "Under the Maputo Action Plan (the default):\n"
        + Convention.standard().assess(state, asOf).findingsOn(4).get(1) + "\n\n"
        + "Under the Oslo Action Plan's reading:\n"
        + Convention.standard().assess(state, asOf, oslo).findingsOn(4).get(1) + "\n";
  }
}
