package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;

/**
 * One State, its deadlines and its findings: Greece, which ratified on 25 September 2003 and did not
 * destroy its stockpile by the Art. 4 deadline of 1 March 2008. Then a fact that cannot be true,
 * and the message it is refused with.
 */
public final class QuickStart {

  private QuickStart() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    State greece = State.builder()
        .name("Greece").iso3("GRC")
        .signedOn(LocalDate.of(1997, 12, 3))
        .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(2003, 9, 25)))
        .addStockpile(Stockpile.builder()
            .quantity(1_586_159)
            .addDestruction(Destruction.of(LocalDate.of(2009, 6, 1), 1_000_000))
            .build())
        .minedAreasKnown(true)
        .build();

    Assessment assessment = Convention.standard().assess(greece, LocalDate.of(2026, 11, 22));

    StringBuilder out = new StringBuilder();
    out.append("Deadlines: ").append(assessment.deadlines()).append("\n\n");
    out.append(assessment.findingsOn(4).get(0)).append("\n\n");

    try {
      State.builder().name("Narnia").iso3("NAR")
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(2001, 1, 1)))
          .build();
    } catch (InvalidFactException refused) {
      out.append("Refused: ").append(refused.getMessage()).append('\n');
    }
    return out.toString();
  }
}
