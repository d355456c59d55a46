package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minebantreaty.core.TreatyCalendar;

/**
 * A State's dates at a glance on the assessment date: entry into force (Art. 17), the Art. 4
 * deadline, the original and current Art. 5 deadlines, the Art. 7 initial report and next annual
 * report, and the day a withdrawal takes effect (Art. 20). Each is empty where it does not exist
 * (no instrument, no withdrawal, a withdrawal held back by an armed conflict with no end).
 */
@Value.Immutable
public abstract class Deadlines {

  Deadlines() {}

  /** No deadline at all: before anything is known. */
  static Deadlines none() {
    return ImmutableDeadlines.builder().build();
  }

  static Deadlines of(Context context) {
    ImmutableDeadlines.Builder deadlines = ImmutableDeadlines.builder()
        .entryIntoForce(context.entryIntoForce())
        .stockpileDestruction(context.stockpileDestructionDeadline())
        .minedAreaOriginal(context.clearance().map(ClearanceSchedule::originalDeadline))
        .minedAreaCurrent(context.clearance().map(ClearanceSchedule::currentDeadline))
        .initialReport(context.initialReportDeadline())
        .withdrawalEffective(context.withdrawal().effectiveOn());
    return deadlines.nextAnnualReport(nextAnnualReport(context)).build();
  }

  /**
   * The deadlines at a glance in {@code later}, a context of the same facts as the one {@code
   * earlier} was made in, on a later day: only the next annual report can have moved, since the
   * others are fixed by the facts. The report due next on the earlier day is still due next while its
   * day has not passed.
   */
  static Deadlines later(Deadlines earlier, Context later) {
    Optional<LocalDate> next = earlier.nextAnnualReport();
    return next.isPresent() && !later.asOf().isAfter(next.get()) ? earlier
        : ((ImmutableDeadlines) earlier).withNextAnnualReport(nextAnnualReport(later));
  }

  /** The due date of the next annual report on or after the context's date: none without an instrument, or once the State has left. */
  private static Optional<LocalDate> nextAnnualReport(Context context) {
    if (context.withdrawal().hasTakenEffect() || context.firstAnnualReportYear().isEmpty()) {
      return Optional.empty();
    }
    return TreatyCalendar.nextAnnualReportDeadline(context.firstAnnualReportYear().get(), context.asOf());
  }

  /**
   * The Convention's entry into force for the State (Art. 17).
   *
   * @return the day of entry into force; empty without an instrument
   */
  public abstract Optional<LocalDate> entryIntoForce();

  /**
   * The Art. 4 deadline for destroying stockpiles.
   *
   * @return the Art. 4 deadline, four years after entry into force; empty without an instrument
   */
  public abstract Optional<LocalDate> stockpileDestruction();

  /**
   * The original Art. 5(1) deadline for clearing mined areas.
   *
   * @return the original Art. 5(1) deadline, ten years after entry into force; empty without an
   *     instrument
   */
  public abstract Optional<LocalDate> minedAreaOriginal();

  /**
   * The Art. 5 deadline in force on the assessment date, after every extension granted by then.
   *
   * @return the Art. 5 deadline in force; empty without an instrument
   */
  public abstract Optional<LocalDate> minedAreaCurrent();

  /**
   * The Art. 7(1) initial report deadline.
   *
   * @return the Art. 7(1) deadline, 180 days after entry into force; empty without an instrument
   */
  public abstract Optional<LocalDate> initialReport();

  /**
   * The due date of the next annual report on or after the assessment date (Art. 7(2)); empty once withdrawn.
   *
   * @return the due date of the next annual report; empty without an instrument or once the withdrawal
   *     has taken effect
   */
  public abstract Optional<LocalDate> nextAnnualReport();

  /**
   * The day the State's withdrawal takes or took effect (Art. 20(3)).
   *
   * @return the day the withdrawal takes or took effect; empty with no withdrawal, or while an armed
   *     conflict with no recorded end holds it back
   */
  public abstract Optional<LocalDate> withdrawalEffective();
}
