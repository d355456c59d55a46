package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.TreatyCalendar;

/** What several rules say alike: the entry-into-force preamble, and the verdict on destroying stockpiles. */
final class Findings {

  private Findings() {}

  /** Whether {@code stockpile} holds anti-personnel mines (Art. 2(1)) and was held from the start or found on or before {@code day}. */
  static boolean isAntiPersonnelKnownBy(Stockpile stockpile, LocalDate day) {
    return stockpile.mineType().isAntiPersonnel() && stockpile.foundOn().map(found -> !found.isAfter(day)).orElse(true);
  }

  /** The day the last of {@code areas}, all released, was released. */
  static LocalDate lastRelease(List<MinedArea> areas) {
    LocalDate last = null;
    for (MinedArea area : areas) {
      LocalDate released = area.releasedOn().orElseThrow();
      if (last == null || released.isAfter(last)) {
        last = released;
      }
    }
    return java.util.Objects.requireNonNull(last, "no area to release");
  }

  /** The reason that fixes the date of entry into force, citing Art. 17(1) or 17(2). */
  /** Why areas found after a deadline are previously unknown (Interpretation I-5.4), in the words both Art. 5 findings use. */
  static String noneKnownWhenDeadlinePassed(String stateName, LocalDate deadline) {
    return "No mined area under " + stateName + "'s jurisdiction or control was known to be outstanding when its deadline of "
        + Wording.date(deadline) + " passed";
  }

  static Reason entryIntoForceReason(Context context) {
    Instrument instrument = context.state().instrument().orElseThrow();
    LocalDate eif = context.entryIntoForce().orElseThrow();
    String deposit = "its instrument of " + instrument.kind().word() + " was deposited on " + Wording.date(instrument.depositedOn());
    if (instrument.successionDate().isPresent()) {
      return Reason.of(
          "The Convention entered into force for " + context.state().name() + " on " + Wording.date(eif)
              + ", from the State succession of " + Wording.date(instrument.successionDate().get())
              + "; the notification of succession was deposited on " + Wording.date(instrument.depositedOn()),
          Interpretations.SUCCESSION);
    }
    if (TreatyCalendar.isAmongFirstForty(instrument.depositedOn())) {
      return Reason.of(
          "The Convention entered into force for " + context.state().name() + " with the Convention itself, on " + Wording.date(eif)
              + ": " + deposit + ", by the day of the 40th instrument",
          Citation.article(17, 1));
    }
    return Reason.of(
        "The Convention entered into force for " + context.state().name() + " on " + Wording.date(eif)
            + ", the first day of the sixth month after " + deposit,
        Citation.article(17, 2));
  }

  /**
   * Returns a {@link Status#NOT_YET_BINDING} finding when the State has deposited but the Convention
   * is not yet in force for it; empty when it is in force.
   */
  static Optional<Finding> notYetBinding(Context context, String code, Citation citation, String duty, Optional<LocalDate> deadline) {
    if (context.isInForce()) {
      return Optional.empty();
    }
    return Optional.of(Finding.builder()
        .code(code)
        .citation(citation)
        .status(Status.NOT_YET_BINDING)
        .subject(context.stateName())
        .deadline(deadline)
        .summary("The duty to " + duty + " binds " + context.state().name() + " from "
            + Wording.date(context.entryIntoForce().orElseThrow()) + deadline.map(d -> "; its deadline will be " + Wording.date(d)).orElse(""))
        .addReasons(entryIntoForceReason(context))
        .build());
  }

  /**
   * The verdict on destroying {@code stockpiles} by {@code deadline}, judged at the end of {@code
   * judgedOn}: not applicable when they hold no mine, met or met late once every mine is destroyed,
   * pending or overdue while any remains.
   */
  static Finding destruction(
      String code,
      Citation citation, String subject, List<Stockpile> stockpiles, LocalDate deadline, LocalDate judgedOn,
      List<Reason> basis, String unextendable) {
    long held = 0;
    long remaining = 0;
    LocalDate completed = null;
    for (Stockpile stockpile : stockpiles) {
      held += stockpile.quantity();
      remaining += stockpile.remainingOn(judgedOn);
      Optional<LocalDate> done = stockpile.destroyedCompletelyOn();
      if (done.isPresent() && (completed == null || done.get().isAfter(completed))) {
        completed = done.get();
      }
    }
    Finding.Builder finding = Finding.builder().code(code).citation(citation).subject(subject).deadline(deadline).addAllReasons(basis)
        .minesRemaining(remaining);
    String mines = Wording.count(held, "mine", "mines");
    if (held == 0) {
      return finding.status(Status.NOT_APPLICABLE)
          .summary("The recorded stockpiles hold no anti-personnel mine; nothing is left to destroy")
          .build();
    }
    if (remaining == 0) {
      LocalDate metOn = completed;
      boolean late = metOn.isAfter(deadline);
      finding.status(late ? Status.MET_LATE : Status.MET).metOn(metOn);
      finding.addReasons(Reason.of(
          "All " + mines + " were destroyed by " + Wording.date(metOn) + ", " + Wording.daysFrom(deadline, metOn)
              + " than the deadline of " + Wording.date(deadline),
          citation));
      return finding.summary(late
              ? "Destroyed all " + mines + " on " + Wording.date(metOn) + ", after the deadline of " + Wording.date(deadline)
              : "Destroyed all " + mines + " on " + Wording.date(metOn) + ", on time (deadline " + Wording.date(deadline) + ")")
          .build();
    }
    String left = Wording.countOf(remaining, held, "mine", "mines");
    if (!judgedOn.isAfter(deadline)) {
      return finding.status(Status.PENDING)
          .summary(left + Wording.remain(remaining) + " to be destroyed by " + Wording.date(deadline))
          .addReasons(Reason.of(left + Wording.remain(remaining) + " on " + Wording.date(judgedOn) + "; the deadline is " + Wording.date(deadline), citation))
          .build();
    }
    finding.status(Status.OVERDUE)
        .summary("Overdue since " + Wording.date(deadline.plusDays(1)) + ": " + left + Wording.remain(remaining) + " undestroyed")
        .addReasons(Reason.of(
            "The deadline of " + Wording.date(deadline) + " passed with " + left + " undestroyed; "
                + Wording.count(remaining, "mine remains", "mines remain") + " on " + Wording.date(judgedOn),
            citation));
    if (!unextendable.isEmpty()) {
      finding.addReasons(Reason.of(unextendable, citation));
    }
    return finding.build();
  }
}
