package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.Activity;
import org.minebantreaty.core.ActivityKind;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.MineType;
import org.minebantreaty.core.Purpose;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;

/**
 * Two transfers of the same mines: one to a demining school for training in detection (permitted by
 * Art. 3(1)), one to a broker for sale (prohibited by Art. 1(1)(b)); and a shipment of anti-vehicle
 * mines, which Art. 2(1) keeps out of the Convention's reach. The State is fictional.
 */
public final class ProhibitedTransfer {

  private ProhibitedTransfer() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    MineType pmn2 = MineType.antiPersonnel("PMN-2");
    State state = State.builder()
        .name("Freedonia").iso3("FRE")
        .instrument(Instrument.of(InstrumentKind.ACCESSION, LocalDate.of(2002, 6, 10)))
        .addActivity(Activity.builder().kind(ActivityKind.TRANSFER).on(LocalDate.of(2012, 3, 1))
            .mineType(pmn2).quantity(120).counterpart("the regional demining school").purpose(Purpose.TRAINING_IN_DETECTION).build())
        .addActivity(Activity.builder().kind(ActivityKind.TRANSFER).on(LocalDate.of(2012, 9, 14))
            .mineType(pmn2).quantity(2_000).counterpart("an arms broker").build())
        .addActivity(Activity.builder().kind(ActivityKind.TRANSFER).on(LocalDate.of(2013, 1, 20))
            .mineType(MineType.antiVehicle("TM-62M", true)).quantity(300).counterpart("an ally").build())
        .build();

    Assessment assessment = Convention.standard().assess(state, LocalDate.of(2013, 6, 1));
    StringBuilder out = new StringBuilder();
    for (int article = 1; article <= 3; article++) {
      for (Finding finding : assessment.findingsOn(article)) {
        out.append(finding).append("\n\n");
      }
    }
    return out.toString();
  }
}
