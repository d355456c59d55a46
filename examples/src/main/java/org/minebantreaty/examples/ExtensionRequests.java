package org.minebantreaty.examples;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.Forum;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.RequestElement;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;

/**
 * A State asks twice to extend its Art. 5 deadline: first for five years, granted; then, renewing,
 * for twelve years — more than Art. 5(3) allows — without saying what it did in the first period
 * (Art. 5(6)). The State is fictional; the rules are the treaty's.
 */
public final class ExtensionRequests {

  private ExtensionRequests() {}

  /** Prints the example. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** Returns what the example prints. */
  public static String run() {
    ImmutableSet<RequestElement> everything = ImmutableSet.copyOf(EnumSet.allOf(RequestElement.class));
    ImmutableSet<RequestElement> noAccountOfThePast =
        ImmutableSet.copyOf(EnumSet.complementOf(EnumSet.of(RequestElement.PREVIOUS_PERIOD_WORK)));

    State state = State.builder()
        .name("Freedonia").iso3("FRE")
        .instrument(Instrument.of(InstrumentKind.ACCESSION, LocalDate.of(2002, 6, 10)))  // in force 1 December 2002
        .addMinedArea(MinedArea.builder().id("North-7").identifiedOn(LocalDate.of(2003, 4, 2)).build())
        .addExtensionRequest(ExtensionRequest.builder()
            .submittedOn(LocalDate.of(2011, 3, 30))
            .requestedUntil(LocalDate.of(2017, 12, 1))
            .contents(everything)
            .decision(ExtensionDecision.builder()
                .forum(Forum.MEETING_OF_STATES_PARTIES).meeting("11MSP")
                .decidedOn(LocalDate.of(2011, 12, 2))
                .grantedUntil(LocalDate.of(2017, 12, 1))
                .build())
            .build())
        .addExtensionRequest(ExtensionRequest.builder()
            .submittedOn(LocalDate.of(2017, 3, 31))
            .requestedUntil(LocalDate.of(2029, 12, 1))
            .contents(noAccountOfThePast)
            .build())
        .build();

    Assessment assessment = Convention.standard().assess(state, LocalDate.of(2017, 6, 1));
    StringBuilder out = new StringBuilder();
    out.append("Art. 5 deadline in force: ").append(assessment.deadlines().minedAreaCurrent().orElseThrow()).append("\n\n");
    for (Finding finding : assessment.findingsOn(5)) {
      out.append(finding).append("\n\n");
    }
    return out.toString();
  }
}
