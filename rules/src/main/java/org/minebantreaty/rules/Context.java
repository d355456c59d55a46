package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TreatyCalendar;

/**
 * Everything a rule needs besides its subject, computed once per assessment: the date, the facts as
 * known then, the caller's {@link Policies}, and the derived facts several rules share — entry into
 * force, the Art. 4 deadline, the Art. 5 {@link ClearanceSchedule}, the {@link WithdrawalStatus}.
 *
 * <p>Rules judge on {@link #judgedOn()}: the assessment date, or, when a withdrawal took effect on or
 * before it, the last day the Convention bound the State. Findings on an article then describe the
 * State's position when it left.
 */
public final class Context {

  private final LocalDate asOf;
  private final LocalDate judgedOn;
  private final State knownOnAsOf;
  private final State state;
  private final Policies policies;
  private final WithdrawalStatus withdrawal;
  private final Optional<LocalDate> entryIntoForce;
  private final Optional<ClearanceSchedule> clearance;
  private final Optional<LocalDate> initialReportDeadline;
  private final Optional<Year> firstAnnualReportYear;
  private String stateName;
  // Made on first use and shared by every rule of the assessment: several rules give the same reason.
  private Reason entryIntoForceReason;
  private Deadlines deadlines;
  private TransparencyReports.Record reportRecord;

  private Context(State facts, LocalDate asOf, Policies policies) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.policies = requireNonNull(policies, "policies");
    State known = facts.asKnownOn(asOf);
    this.knownOnAsOf = known;
    this.withdrawal = WithdrawalStatus.of(known, asOf);
    this.judgedOn = withdrawal.hasTakenEffect() ? withdrawal.effectiveOn().orElseThrow().minusDays(1) : asOf;
    this.state = judgedOn.equals(asOf) ? known : known.asKnownOn(judgedOn);
    this.entryIntoForce = state.instrument().map(TreatyCalendar::entryIntoForce);
    this.clearance = entryIntoForce.map(eif -> ClearanceSchedule.of(state, eif));
    this.initialReportDeadline = entryIntoForce.map(TreatyCalendar::initialReportDeadline);
    this.firstAnnualReportYear = entryIntoForce.map(TreatyCalendar::firstAnnualReportYear);
  }

  /** The context of a later day on which no new fact is known: the facts and what they fix are shared. */
  private Context(Context earlier, LocalDate asOf, WithdrawalStatus withdrawal) {
    this.asOf = asOf;
    this.policies = earlier.policies;
    this.knownOnAsOf = earlier.knownOnAsOf;
    this.withdrawal = withdrawal;
    this.judgedOn = asOf;
    this.state = earlier.state;
    this.entryIntoForce = earlier.entryIntoForce;
    this.clearance = earlier.clearance;
    this.initialReportDeadline = earlier.initialReportDeadline;
    this.firstAnnualReportYear = earlier.firstAnnualReportYear;
    this.stateName = earlier.stateName;
    this.entryIntoForceReason = earlier.entryIntoForceReason;
    this.reportRecord = earlier.reportRecord;
    if (earlier.deadlines != null) {
      this.deadlines = Deadlines.later(earlier.deadlines, this);
    }
  }

  /**
   * Returns the context of {@code asOf} when no fact of {@code facts} is dated after this context's
   * date and on or before {@code asOf}: equal to {@code of(facts, asOf, policies)}, but sharing what
   * the facts fix rather than cutting them back again. A timeline steps from one day to the next so.
   */
  Context laterWithSameFacts(State facts, LocalDate asOf) {
    if (!judgedOn.equals(this.asOf)) {
      return of(facts, asOf, policies);
    }
    WithdrawalStatus later = WithdrawalStatus.of(knownOnAsOf, asOf);
    return later.hasTakenEffect() ? of(facts, asOf, policies) : new Context(this, asOf, later);
  }

  /**
   * Returns the context of {@code asOf}, a later day on which new facts of {@code facts} are known:
   * equal to {@code of(facts, asOf, policies)}, but sharing with this context what the new facts
   * leave as it was — the entry-into-force reason while the instrument is the same, what the reports
   * fix while they are the same too — so that a timeline's findings on them stay the same findings.
   */
  Context laterWithNewFacts(State facts, LocalDate asOf) {
    Context later = of(facts, asOf, policies);
    State was = state;
    State is = later.state;
    if (is.name().equals(was.name()) && is.iso3().equals(was.iso3()) && is.instrument().equals(was.instrument())
        && later.entryIntoForce.equals(entryIntoForce)) {
      later.stateName = stateName;
      later.entryIntoForceReason = entryIntoForceReason;
      if (is.transparencyReports().equals(was.transparencyReports()) && is.transparencyReportsKnown() == was.transparencyReportsKnown()) {
        later.reportRecord = reportRecord;
      }
    }
    return later;
  }

  /**
   * Returns the context for assessing {@code state} at the end of {@code asOf} under {@code
   * policies}. Users need one only to call a {@link Rule} directly; {@link Convention#assess} builds
   * its own.
   *
   * @param state the State with all its facts, including any dated after {@code asOf}
   * @param asOf the assessment date
   * @param policies the caller's choices
   * @return the context of that assessment
   */
  public static Context of(State state, LocalDate asOf, Policies policies) {
    return new Context(requireNonNull(state, "state"), asOf, policies);
  }

  /**
   * Returns the assessment date.
   *
   * @return the day the State is assessed at the end of
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the day the rules judge: {@link #asOf()}, or the day before a withdrawal took effect if
   * it took effect on or before {@code asOf}.
   *
   * @return the day the rules judge
   */
  public LocalDate judgedOn() {
    return judgedOn;
  }

  /**
   * Returns the facts as known on {@link #judgedOn()}.
   *
   * @return the facts as known on {@link #judgedOn()}
   */
  public State state() {
    return state;
  }

  /**
   * Returns the facts as known at the end of {@link #asOf()}: what an assessment may show. It differs
   * from {@link #state()} only after a withdrawal took effect, when rules judge the day before.
   */
  State knownOnAsOf() {
    return knownOnAsOf;
  }

  /**
   * Returns the caller's choices.
   *
   * @return the policies the rules apply
   */
  public Policies policies() {
    return policies;
  }

  /**
   * Returns the withdrawal's status on {@link #asOf()}.
   *
   * @return where the State's withdrawal stands on {@link #asOf()}
   */
  public WithdrawalStatus withdrawal() {
    return withdrawal;
  }

  /**
   * Returns the Convention's entry into force for the State (Art. 17), once it has deposited an instrument.
   *
   * @return the day of entry into force; empty while the State has deposited no instrument
   */
  public Optional<LocalDate> entryIntoForce() {
    return entryIntoForce;
  }

  /**
   * Returns whether the Convention is in force for the State on {@link #judgedOn()}.
   *
   * @return whether entry into force is on or before {@link #judgedOn()}
   */
  public boolean isInForce() {
    return entryIntoForce.isPresent() && !entryIntoForce.get().isAfter(judgedOn);
  }

  /**
   * Returns the first day Art. 1(1) binds the State: the day of deposit if it declared provisional
   * application (Art. 18), otherwise entry into force.
   *
   * @return the first day Art. 1(1) binds the State; empty while the State has deposited no instrument
   */
  public Optional<LocalDate> prohibitionsBindFrom() {
    return state.instrument().map(instrument -> instrument.provisionalApplication() ? instrument.depositedOn() : entryIntoForce.orElseThrow());
  }

  /**
   * Returns the Art. 4 deadline: four years after entry into force.
   *
   * @return the Art. 4 deadline; empty while the State has deposited no instrument
   */
  public Optional<LocalDate> stockpileDestructionDeadline() {
    return entryIntoForce.map(TreatyCalendar::stockpileDestructionDeadline);
  }

  /**
   * Returns the Art. 5 deadlines: the original one and each extension.
   *
   * @return the Art. 5 clearance schedule; empty while the State has deposited no instrument
   */
  public Optional<ClearanceSchedule> clearance() {
    return clearance;
  }

  /**
   * Returns the Art. 7(1) initial report deadline: 180 days after entry into force.
   *
   * @return the Art. 7(1) deadline; empty while the State has deposited no instrument
   */
  public Optional<LocalDate> initialReportDeadline() {
    return initialReportDeadline;
  }

  /** Returns the first calendar year an annual report covers (Art. 7(2), Interpretation I-7.1); empty while no instrument is deposited. */
  Optional<Year> firstAnnualReportYear() {
    return firstAnnualReportYear;
  }

  /**
   * Returns the State's name and code for findings ("Greece (GRC)").
   *
   * @return the State's recorded name, then its ISO 3166-1 alpha-3 code in parentheses
   */
  public String stateName() {
    String made = stateName;
    if (made == null) {
      made = state.name() + " (" + state.iso3() + ")";
      stateName = made;
    }
    return made;
  }

  /** Returns the reason the Convention binds the State from its entry into force, made once per context. */
  Reason entryIntoForceReason() {
    Reason made = entryIntoForceReason;
    if (made == null) {
      made = Findings.entryIntoForceReason(this);
      entryIntoForceReason = made;
    }
    return made;
  }

  /** Returns what the State's transparency reports fix whatever the day, made once for these facts. */
  TransparencyReports.Record reportRecord() {
    TransparencyReports.Record made = reportRecord;
    if (made == null) {
      made = TransparencyReports.Record.of(this);
      reportRecord = made;
    }
    return made;
  }

  /** Returns the deadlines at a glance on {@link #asOf()}, made once per context. */
  Deadlines deadlines() {
    Deadlines made = deadlines;
    if (made == null) {
      made = Deadlines.of(this);
      deadlines = made;
    }
    return made;
  }
}
