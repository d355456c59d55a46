package org.minebantreaty.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
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

  /** Why areas found after a deadline are previously unknown (Interpretation I-5.4), as both Art. 5 findings say it. */
  static Phrase noneKnownWhenDeadlinePassed(State state, LocalDate deadline) {
    return Phrase.of("art5.none-known-when-deadline-passed", "state", StateName.of(state), "deadline", deadline);
  }

  /** The reason that fixes the date of entry into force, citing Art. 17(1) or 17(2), or the interpretation on succession. */
  static Reason entryIntoForceReason(Context context) {
    Instrument instrument = context.state().instrument().orElseThrow();
    LocalDate eif = context.entryIntoForce().orElseThrow();
    StateName state = StateName.of(context.state());
    if (instrument.successionDate().isPresent()) {
      return Reason.of(Phrase.of("art17.in-force-from-succession", "state", state, "entryIntoForce", eif,
              "succession", instrument.successionDate().get(), "deposited", instrument.depositedOn()),
          Interpretations.SUCCESSION);
    }
    if (TreatyCalendar.isAmongFirstForty(instrument.depositedOn())) {
      return Reason.of(Phrase.of("art17.in-force-with-the-convention", "state", state, "entryIntoForce", eif,
              "instrument", instrument.kind(), "deposited", instrument.depositedOn()),
          Citation.article(17, 1));
    }
    return Reason.of(Phrase.of("art17.in-force-six-months-after-deposit", "state", state, "entryIntoForce", eif,
            "instrument", instrument.kind(), "deposited", instrument.depositedOn()),
        Citation.article(17, 2));
  }

  /**
   * Returns a {@link Status#NOT_YET_BINDING} finding when the State has deposited but the Convention
   * is not yet in force for it; empty when it is in force.
   */
  static Optional<Finding> notYetBinding(Context context, String code, Citation citation, Phrase duty, Optional<LocalDate> deadline) {
    if (context.isInForce()) {
      return Optional.empty();
    }
    return Optional.of(Finding.builder()
        .code(code)
        .citation(citation)
        .status(Status.NOT_YET_BINDING)
        .subject(context.stateName())
        .deadline(deadline)
        .summary(Phrase.of("general.not-yet-binding", "duty", duty, "state", StateName.of(context.state()),
            "from", context.entryIntoForce().orElseThrow(), "deadline", deadline))
        .addReasons(context.entryIntoForceReason())
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
      List<Reason> basis, Optional<Phrase> unextendable) {
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
    if (held == 0) {
      return finding.status(Status.NOT_APPLICABLE).summary(Phrase.of("stockpiles.hold-none")).build();
    }
    if (remaining == 0) {
      LocalDate metOn = completed;
      boolean late = metOn.isAfter(deadline);
      finding.status(late ? Status.MET_LATE : Status.MET).metOn(metOn);
      finding.addReasons(Reason.of(
          Phrase.of("stockpiles.all-destroyed-by", "held", held, "metOn", metOn, "days", Math.abs(ChronoUnit.DAYS.between(deadline, metOn)),
              "late", late, "deadline", deadline),
          citation));
      return finding.summary(Phrase.of("stockpiles.destroyed-all", "held", held, "metOn", metOn, "late", late, "deadline", deadline)).build();
    }
    if (!judgedOn.isAfter(deadline)) {
      return finding.status(Status.PENDING)
          .summary(Phrase.of("stockpiles.remain-to-destroy", "remaining", remaining, "held", held, "deadline", deadline))
          .addReasons(Reason.of(Phrase.of("stockpiles.remain-on", "remaining", remaining, "held", held, "on", judgedOn, "deadline", deadline), citation))
          .build();
    }
    finding.status(Status.OVERDUE)
        .summary(Phrase.of("stockpiles.overdue", "since", deadline.plusDays(1), "remaining", remaining, "held", held))
        .addReasons(Reason.of(
            Phrase.of("stockpiles.deadline-passed-undestroyed", "deadline", deadline, "remaining", remaining, "held", held, "on", judgedOn),
            citation));
    unextendable.ifPresent(reason -> finding.addReasons(Reason.of(reason, citation)));
    return finding.build();
  }
}
