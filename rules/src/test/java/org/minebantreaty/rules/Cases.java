package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.State;

/** Short-hands for worked cases: States from the record, and picking findings out of an assessment. */
final class Cases {

  private Cases() {}

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A State that signed on 3 December 1997 and ratified on {@code deposit}. */
  static State.Builder ratified(String name, String iso3, LocalDate deposit) {
    return State.builder().name(name).iso3(iso3).signedOn(day(1997, 12, 3))
        .instrument(Instrument.of(InstrumentKind.RATIFICATION, deposit));
  }

  /** A State that acceded on {@code deposit}. */
  static State.Builder acceded(String name, String iso3, LocalDate deposit) {
    return State.builder().name(name).iso3(iso3).instrument(Instrument.of(InstrumentKind.ACCESSION, deposit));
  }

  /** Greece: signed 3 December 1997, ratified 25 September 2003, in force 1 March 2004. */
  static State.Builder greece() {
    return ratified("Greece", "GRC", day(2003, 9, 25));
  }

  /** Ukraine: signed 24 February 1999, ratified 27 December 2005, in force 1 June 2006. */
  static State.Builder ukraine() {
    return State.builder().name("Ukraine").iso3("UKR").signedOn(day(1999, 2, 24))
        .instrument(Instrument.of(InstrumentKind.RATIFICATION, day(2005, 12, 27)));
  }

  static Assessment assess(State state, LocalDate asOf) {
    return Convention.standard().assess(state, asOf);
  }

  /** The one finding citing {@code reference}; fails if there is not exactly one. */
  static Finding only(Assessment assessment, String reference) {
    return only(assessment, finding -> finding.citation().reference().equals(reference), reference);
  }

  static Finding only(Assessment assessment, Predicate<Finding> which, String description) {
    List<Finding> matching = assessment.findings().stream().filter(which).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one finding " + description + " but found " + matching.size() + " in:\n" + assessment.toText());
    }
    return matching.get(0);
  }

  static List<Finding> citing(Assessment assessment, String reference) {
    return assessment.findings().stream().filter(f -> f.citation().reference().equals(reference)).toList();
  }
}
