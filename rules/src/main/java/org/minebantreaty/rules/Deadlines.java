package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.Objects;
import org.minebantreaty.core.TreatyCalendar;

/**
 * A State's dates at a glance on the assessment date: entry into force (Art. 17), the Art. 4
 * deadline, the original and current Art. 5 deadlines, the Art. 7 initial report and next annual
 * report, and the day a withdrawal takes effect (Art. 20). Each is empty where it does not exist
 * (no instrument, no withdrawal, a withdrawal held back by an armed conflict with no end).
 */
public final class Deadlines {

  private static final Deadlines NONE = new Deadlines(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  // Kept as they are returned: a timeline compares every deadline on every day it visits.
  private final Optional<LocalDate> entryIntoForce;
  private final Optional<LocalDate> stockpileDestruction;
  private final Optional<LocalDate> minedAreaOriginal;
  private final Optional<LocalDate> minedAreaCurrent;
  private final Optional<LocalDate> initialReport;
  private final Optional<LocalDate> nextAnnualReport;
  private final Optional<LocalDate> withdrawalEffective;

  private Deadlines(Optional<LocalDate> entryIntoForce, Optional<LocalDate> stockpileDestruction, Optional<LocalDate> minedAreaOriginal,
      Optional<LocalDate> minedAreaCurrent, Optional<LocalDate> initialReport, Optional<LocalDate> nextAnnualReport,
      Optional<LocalDate> withdrawalEffective) {
    this.entryIntoForce = entryIntoForce;
    this.stockpileDestruction = stockpileDestruction;
    this.minedAreaOriginal = minedAreaOriginal;
    this.minedAreaCurrent = minedAreaCurrent;
    this.initialReport = initialReport;
    this.nextAnnualReport = nextAnnualReport;
    this.withdrawalEffective = withdrawalEffective;
  }

  /** No deadline at all: before anything is known. */
  static Deadlines none() {
    return NONE;
  }

  static Deadlines of(Context context) {
    return new Deadlines(context.entryIntoForce(), context.stockpileDestructionDeadline(),
        context.clearance().map(ClearanceSchedule::originalDeadline), context.clearance().map(ClearanceSchedule::currentDeadline),
        context.initialReportDeadline(), nextAnnualReport(context), context.withdrawal().effectiveOn());
  }

  /**
   * The deadlines at a glance in {@code later}, a context of the same facts as the one {@code
   * earlier} was made in, on a later day: only the next annual report can have moved, since the
   * others are fixed by the facts. The report due next on the earlier day is still due next while its
   * day has not passed.
   */
  static Deadlines later(Deadlines earlier, Context later) {
    Optional<LocalDate> next = earlier.nextAnnualReport;
    if (next.isPresent() && !later.asOf().isAfter(next.get())) {
      return earlier;
    }
    Optional<LocalDate> moved = nextAnnualReport(later);
    return moved.equals(next) ? earlier : new Deadlines(earlier.entryIntoForce, earlier.stockpileDestruction, earlier.minedAreaOriginal,
        earlier.minedAreaCurrent, earlier.initialReport, moved, earlier.withdrawalEffective);
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
  public Optional<LocalDate> entryIntoForce() {
    return entryIntoForce;
  }

  /**
   * The Art. 4 deadline for destroying stockpiles.
   *
   * @return the Art. 4 deadline, four years after entry into force; empty without an instrument
   */
  public Optional<LocalDate> stockpileDestruction() {
    return stockpileDestruction;
  }

  /**
   * The original Art. 5(1) deadline for clearing mined areas.
   *
   * @return the original Art. 5(1) deadline, ten years after entry into force; empty without an
   *     instrument
   */
  public Optional<LocalDate> minedAreaOriginal() {
    return minedAreaOriginal;
  }

  /**
   * The Art. 5 deadline in force on the assessment date, after every extension granted by then.
   *
   * @return the Art. 5 deadline in force; empty without an instrument
   */
  public Optional<LocalDate> minedAreaCurrent() {
    return minedAreaCurrent;
  }

  /**
   * The Art. 7(1) initial report deadline.
   *
   * @return the Art. 7(1) deadline, 180 days after entry into force; empty without an instrument
   */
  public Optional<LocalDate> initialReport() {
    return initialReport;
  }

  /**
   * The due date of the next annual report on or after the assessment date (Art. 7(2)); empty once withdrawn.
   *
   * @return the due date of the next annual report; empty without an instrument or once the withdrawal
   *     has taken effect
   */
  public Optional<LocalDate> nextAnnualReport() {
    return nextAnnualReport;
  }

  /**
   * The day the State's withdrawal takes or took effect (Art. 20(3)).
   *
   * @return the day the withdrawal takes or took effect; empty with no withdrawal, or while an armed
   *     conflict with no recorded end holds it back
   */
  public Optional<LocalDate> withdrawalEffective() {
    return withdrawalEffective;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Deadlines)) {
      return false;
    }
    Deadlines that = (Deadlines) other;
    return entryIntoForce.equals(that.entryIntoForce) && stockpileDestruction.equals(that.stockpileDestruction)
        && minedAreaOriginal.equals(that.minedAreaOriginal) && minedAreaCurrent.equals(that.minedAreaCurrent)
        && initialReport.equals(that.initialReport) && nextAnnualReport.equals(that.nextAnnualReport)
        && withdrawalEffective.equals(that.withdrawalEffective);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entryIntoForce, stockpileDestruction, minedAreaOriginal, minedAreaCurrent, initialReport, nextAnnualReport,
        withdrawalEffective);
  }

  /** Each deadline that exists, by name: {@code Deadlines{entryIntoForce=2004-03-01, stockpileDestruction=2008-03-01, ...}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Deadlines{");
    String[] names = {"entryIntoForce", "stockpileDestruction", "minedAreaOriginal", "minedAreaCurrent", "initialReport", "nextAnnualReport",
        "withdrawalEffective"};
    List<Optional<LocalDate>> dates = List.of(entryIntoForce, stockpileDestruction, minedAreaOriginal, minedAreaCurrent, initialReport,
        nextAnnualReport, withdrawalEffective);
    String separator = "";
    for (int i = 0; i < names.length; i++) {
      if (dates.get(i).isPresent()) {
        text.append(separator).append(names[i]).append('=').append(dates.get(i).get());
        separator = ", ";
      }
    }
    return text.append('}').toString();
  }

}
