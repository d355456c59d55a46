package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.State;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Citation;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.Status;

/**
 * Which real States Parties missed their Art. 4 stockpile destruction deadline? Assesses every State
 * of the bundled data set and prints each Art. 4 finding that is overdue or met late, with the
 * deadline and the reasons. The answer comes from the data, not from a list: Belarus, Greece and
 * Ukraine (and Turkey, once its record is sourced) are the cases the States Parties discuss, and the
 * data adds smaller ones.
 */
public final class MissedStockpileDeadlines {

  private MissedStockpileDeadlines() {}

  /** Prints the example as of today. */
  public static void main(String[] args) {
    System.out.print(run(LocalDate.now()));
  }

  /** Returns what the example prints as of {@code asOf}. */
  public static String run(LocalDate asOf) {
    StringBuilder out = new StringBuilder("Art. 4 deadlines missed, as of " + asOf + "\n");
    int overdue = 0;
    int late = 0;
    for (State state : StatesParties.all()) {
      Assessment assessment = Convention.standard().assess(state, asOf);
      for (Finding finding : assessment.findings()) {
        if (!finding.citation().equals(Citation.article(4))
            || (finding.status() != Status.OVERDUE && finding.status() != Status.MET_LATE)) {
          continue;
        }
        if (finding.status() == Status.OVERDUE) {
          overdue++;
        } else {
          late++;
        }
        out.append("\n").append(state.name()).append(" (").append(state.iso3()).append("), deadline ")
            .append(finding.deadline().map(LocalDate::toString).orElse("-")).append(": ")
            .append(finding.status() == Status.OVERDUE ? "still overdue" : "met late").append("\n  ").append(finding.summary()).append('\n');
        // The notes are written as of the data set's date and may tell what happened after asOf.
        if (!asOf.isBefore(StatesParties.CURRENT_AS_OF)) {
          StatesParties.records().stockpiles().stream().filter(record -> record.iso3().equals(state.iso3()) && !record.notes().isEmpty())
              .forEach(record -> out.append("  source note: ").append(record.notes()).append('\n'));
        }
      }
    }
    out.append("\n").append(overdue).append(" still overdue, ").append(late).append(" met late, among ")
        .append(StatesParties.all().size()).append(" States assessed")
        .append(StatesParties.undated().isEmpty() ? "" : "; " + StatesParties.undated().size() + " not yet assessed (deposit date not sourced)")
        .append(".\n");
    return out.toString();
  }
}
