package org.minebantreaty.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.FindingCodes;

/**
 * One State, its deadlines and its findings: Greece, which ratified on 25 September 2003 and did not
 * destroy its stockpile by the Art. 4 deadline of 1 March 2008; its Art. 4 finding in French and
 * Spanish; then a fact that cannot be true, and the message it is refused with. The lines between
 * the README markers are the README's examples.
 */
public final class QuickStart {

  private QuickStart() {}

  /** Prints the example. */
  public static void main(String[] args) {
    // README:begin
    State greece = State.builder()
        .name("Greece").iso3("GRC")
        .signedOn(LocalDate.of(1997, 12, 3))
        .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(2003, 9, 25)))
        .addStockpile(Stockpile.builder()
            .quantity(1_586_159)
            .addDestruction(Destruction.of(LocalDate.of(2009, 6, 1), 1_000_000))
            .build())
        .build();

    Assessment assessment = Convention.standard().assess(greece, LocalDate.of(2026, 11, 22));
    System.out.println(assessment.deadlines());
    System.out.println(assessment.findings(FindingCodes.ART4_STOCKPILE_DESTRUCTION).get(0));
    // README:end

    // README:languages-begin
    Finding article4 = assessment.findings(FindingCodes.ART4_STOCKPILE_DESTRUCTION).get(0);
    System.out.println(article4.toText(Locale.FRENCH));
    System.out.println(article4.toText(Locale.forLanguageTag("es")));
    // README:languages-end

    try {
      State.builder().name("Narnia").iso3("NAR")
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, LocalDate.of(2001, 1, 1)))
          .build();
    } catch (InvalidFactException refused) {
      System.out.println("Refused: " + refused.getMessage());
    }
  }

  /** Returns what {@link #main} prints. */
  public static synchronized String run() {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main(new String[0]);
    } finally {
      System.setOut(console);
    }
    return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
