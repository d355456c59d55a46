package org.minebantreaty.examples;

import java.time.LocalDate;
import org.minebantreaty.core.State;
import org.minebantreaty.data.Records.ExtensionRecord;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Citation;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.Reason;

/**
 * The history of one heavily mined State's Art. 5 extensions, from the bundled data: each grant as
 * the sources record it, then the library's own reading — the original deadline, every extension it
 * applied, and the deadline in force today. Chad, with four grants, by default.
 */
public final class ExtensionHistory {

  private ExtensionHistory() {}

  /** Prints the example for the State named by the first argument (default TCD) as of today. */
  public static void main(String[] args) {
    System.out.print(run(args.length > 0 ? args[0] : "TCD", LocalDate.now()));
  }

  /** Returns what the example prints for the State with code {@code iso3} as of {@code asOf}. */
  public static String run(String iso3, LocalDate asOf) {
    State state = StatesParties.byCode(iso3).orElseThrow(() -> new IllegalArgumentException("no dated State with code " + iso3));
    StringBuilder out = new StringBuilder(state.name() + ": Art. 5 extensions as recorded, decided by " + asOf + "\n");
    for (ExtensionRecord extension : StatesParties.records().extensions()) {
      // A grant decided after asOf was not yet known then, and one the sources do not date cannot be placed.
      boolean knownThen = StatesParties.decisionDay(extension).map(day -> !day.isAfter(asOf)).orElse(false);
      if (extension.iso3().equals(state.iso3()) && knownThen) {
        out.append("  ").append(extension.meeting()).append(": ")
            .append(extension.previousDeadline().map(LocalDate::toString).orElse("?")).append(" -> ")
            .append(extension.grantedUntil().map(LocalDate::toString).orElse("?")).append("  [").append(extension.source()).append("]\n");
      }
    }
    if (StatesParties.incompleteExtensionHistories().contains(state.iso3())) {
      out.append("  (the history has a missing link, so the library applies none of these grants)\n");
    }
    Assessment assessment = Convention.standard().assess(state, asOf);
    out.append("\nAs the library reads it, as of ").append(asOf).append(":\n");
    for (Finding finding : assessment.findings()) {
      if (finding.citation().equals(Citation.article(5, 1))) {
        out.append("  ").append(finding.status()).append(": ").append(finding.summary()).append('\n');
        for (Reason reason : finding.reasons()) {
          out.append("    - ").append(reason.text()).append(" (").append(reason.citation().reference()).append(")\n");
        }
      }
    }
    out.append("  deadline in force: ").append(assessment.deadlines().minedAreaCurrent().map(LocalDate::toString).orElse("-")).append('\n');
    return out.toString();
  }
}
