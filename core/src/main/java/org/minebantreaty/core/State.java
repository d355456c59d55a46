package org.minebantreaty.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything recorded about one State under the Convention: its signature and instrument, its
 * stockpiles, mined areas, extension requests, transparency reports, withdrawal and armed
 * conflicts.
 *
 * <p>An empty list of stockpiles or mined areas means "none recorded", which is not the same as
 * "none held": set {@link #stockpileHoldingsKnown()} or {@link #minedAreasKnown()} when the list is
 * the complete record, so the rules can tell an empty stockpile from an unknown one.
 *
 * <p>Build one with {@link #builder()}; a State that could not exist (an accession by a signatory, a
 * signature after 1 March 1999) is refused with an {@link InvalidFactException}.
 */
@Value.Immutable
public abstract class State {

  /**
   * Returns whether {@code code} has the form of an ISO 3166-1 alpha-3 code, three upper-case ASCII
   * letters, as {@link #iso3()} must. Checked for every State, every cut of one to a day included, and
   * every row of a data file: a loop rather than a pattern.
   *
   * @param code the text to check
   * @return whether it is three letters from A to Z
   */
  public static boolean isAlpha3(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  State() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The State's short name in English ("Ukraine").
   *
   * @return the State's short name in English
   */
  public abstract String name();

  /**
   * The State's ISO 3166-1 alpha-3 code ("UKR").
   *
   * @return the State's ISO 3166-1 alpha-3 code
   */
  public abstract String iso3();

  /**
   * The day the State signed the Convention (Art. 15), if it did.
   *
   * @return the day the State signed, or empty when it did not sign or the date is not recorded
   */
  public abstract Optional<LocalDate> signedOn();

  /**
   * Whether the State signed on a date the record does not give. Defaults to {@code false}: with no
   * {@link #signedOn()} the State did not sign. Set it for a signatory whose signature date is
   * unknown, so that its ratification, acceptance or approval is not refused.
   *
   * @return whether the State signed on a date the record does not give
   */
  @Value.Default
  public boolean signatoryWithUnknownDate() {
    return false;
  }

  /**
   * Returns whether the State signed the Convention, on a recorded date or not.
   *
   * @return whether a signature date is recorded or the State signed on an unknown date
   */
  public final boolean isSignatory() {
    return signedOn().isPresent() || signatoryWithUnknownDate();
  }

  /**
   * The State's instrument of consent to be bound (Art. 16), once deposited.
   *
   * @return the State's instrument, or empty before it is deposited
   */
  public abstract Optional<Instrument> instrument();

  /**
   * The stockpiles of anti-personnel mines recorded for the State (Art. 4, Art. 7(1)(b)).
   *
   * @return the stockpiles recorded for the State
   */
  public abstract ImmutableList<Stockpile> stockpiles();

  /**
   * Whether {@link #stockpiles()} is the State's complete holding, so that an empty list means it
   * held none. Defaults to {@code false}: an unrecorded stockpile is unknown, not empty.
   *
   * @return whether the recorded stockpiles are the State's complete holding
   */
  @Value.Default
  public boolean stockpileHoldingsKnown() {
    return false;
  }

  /**
   * The day the State declared it had destroyed all its stockpiled anti-personnel mines (Art. 4), if
   * it has; it judges Art. 4 when no stockpile with quantities is recorded.
   *
   * @return the day the State declared its stockpile destruction complete, or empty when it has not
   */
  public abstract Optional<LocalDate> stockpileDestructionCompletedOn();

  /**
   * Whether the State held stockpiled anti-personnel mines at entry into force in a quantity the
   * record does not give. Defaults to {@code false}. With no {@link #stockpiles()} recorded, it lets
   * the Art. 4 finding say that a stockpile was held instead of that nothing is known.
   *
   * @return whether the State held stockpiled mines at entry into force in an unrecorded quantity
   */
  @Value.Default
  public boolean stockpileHeldInUnknownQuantity() {
    return false;
  }

  /**
   * The State's own counts of the stockpiled anti-personnel mines that remained, each on its day
   * (Art. 7(1)(b)), in any order. The latest count on or before an assessment's date supersedes what
   * {@link #stockpiles()} and their destructions would give.
   *
   * @return the State's own counts of its remaining stockpiled mines, in any order
   */
  public abstract ImmutableList<StockpileCount> stockpileCounts();

  /**
   * The mined areas recorded under the State's jurisdiction or control (Art. 5, Art. 7(1)(c)).
   *
   * @return the mined areas recorded for the State
   */
  public abstract ImmutableList<MinedArea> minedAreas();

  /**
   * Whether {@link #minedAreas()} is the complete record, so that an empty list means no mined areas.
   * Defaults to {@code false}.
   *
   * @return whether the recorded mined areas are the complete record
   */
  @Value.Default
  public boolean minedAreasKnown() {
    return false;
  }

  /**
   * The day the State declared it had destroyed all anti-personnel mines in mined areas under its
   * jurisdiction or control (Art. 5(1)), if it has. An area identified after this day is a
   * previously unknown area found after completion; one identified earlier is covered by it.
   *
   * @return the day the State declared all mines in its mined areas destroyed, or empty when it has not
   */
  public abstract Optional<LocalDate> minedAreaCompletionDeclaredOn();

  /**
   * Whether {@link #minedAreaCompletionDeclaredOn()} is the complete record of the State's
   * declaration of completion, so that none recorded means none was made. Defaults to {@code false}.
   * A State that was granted an extension had mined areas outstanding then; with this set and no
   * declaration since, they are taken as still outstanding.
   *
   * @return whether the record of the State's declaration of completion is complete
   */
  @Value.Default
  public boolean minedAreaCompletionKnown() {
    return false;
  }

  /**
   * The State's Art. 5 extension requests, in any order.
   *
   * @return the State's extension requests, in any order
   */
  public abstract ImmutableList<ExtensionRequest> extensionRequests();

  /**
   * The State's Art. 7 transparency reports, in any order.
   *
   * @return the State's transparency reports, in any order
   */
  public abstract ImmutableList<TransparencyReport> transparencyReports();

  /**
   * Whether {@link #transparencyReports()} is the complete record, so that a report not listed was
   * not submitted. Defaults to {@code false}: a report missing from an incomplete record is unknown.
   *
   * @return whether the recorded transparency reports are the complete record
   */
  @Value.Default
  public boolean transparencyReportsKnown() {
    return false;
  }

  /**
   * The State's notice of withdrawal (Art. 20), if it gave one.
   *
   * @return the State's notice of withdrawal, or empty when it gave none
   */
  public abstract Optional<Withdrawal> withdrawal();

  /**
   * Recorded acts involving mines (Arts. 1–3).
   *
   * @return the recorded acts involving mines
   */
  public abstract ImmutableList<Activity> activities();

  /**
   * The State's mines retained under Art. 3(1), one record per reported count.
   *
   * @return the State's retention records, one per reported count
   */
  public abstract ImmutableList<RetentionRecord> retainedMines();

  /**
   * The State's national implementation measures (Art. 9).
   *
   * @return the State's national implementation measures
   */
  public abstract ImmutableList<NationalMeasure> nationalMeasures();

  /**
   * Whether {@link #nationalMeasures()} is the complete record, so that an empty list means none were
   * taken. Defaults to {@code false}.
   *
   * @return whether the recorded national measures are the complete record
   */
  @Value.Default
  public boolean nationalMeasuresKnown() {
    return false;
  }

  /**
   * The State's notification that it suspends the Convention, if it made one.
   *
   * @return the State's notification of suspension, or empty when it made none
   */
  public abstract Optional<Suspension> suspension();

  /**
   * The periods in which the State was or is engaged in an armed conflict.
   *
   * @return the State's periods of armed conflict
   */
  public abstract ImmutableList<ArmedConflict> armedConflicts();

  /**
   * Returns the facts as they stood at the end of {@code date}: everything dated after it removed,
   * releases and decisions after it undone, and conflicts that ended after it still ongoing. Rules
   * judge this view, so facts dated after an assessment's date can never change it.
   *
   * @param date the last day whose facts are kept
   * @return the State as known at the end of {@code date}; this State when nothing recorded is dated after it
   */
  public final State asKnownOn(LocalDate date) {
    if (!hasFactsAfter(date)) {
      return this;
    }
    ImmutableState.Builder known = ImmutableState.builder()
        .name(name())
        .iso3(iso3())
        .signatoryWithUnknownDate(signatoryWithUnknownDate())
        .stockpileHoldingsKnown(stockpileHoldingsKnown())
        .minedAreasKnown(minedAreasKnown())
        .stockpileHeldInUnknownQuantity(stockpileHeldInUnknownQuantity())
        .minedAreaCompletionKnown(minedAreaCompletionKnown())
        .transparencyReportsKnown(transparencyReportsKnown())
        .nationalMeasuresKnown(nationalMeasuresKnown());
    signedOn().filter(on -> !on.isAfter(date)).ifPresent(known::signedOn);
    Optional<Instrument> instrument = instrument().filter(i -> !i.depositedOn().isAfter(date));
    instrument.ifPresent(known::instrument);
    for (Stockpile stockpile : stockpiles()) {
      if (stockpile.foundOn().map(found -> !found.isAfter(date)).orElse(true)) {
        known.addStockpile(Hindsight.stockpileKnownOn(stockpile, date));
      }
    }
    for (MinedArea area : minedAreas()) {
      if (area.identifiedOn().map(identified -> !identified.isAfter(date)).orElse(true)) {
        known.addMinedArea(Hindsight.areaKnownOn(area, date));
      }
    }
    stockpileCounts().stream().filter(count -> !count.on().isAfter(date)).forEach(known::addStockpileCount);
    minedAreaCompletionDeclaredOn().filter(on -> !on.isAfter(date)).ifPresent(known::minedAreaCompletionDeclaredOn);
    stockpileDestructionCompletedOn().filter(on -> !on.isAfter(date)).ifPresent(known::stockpileDestructionCompletedOn);
    for (ExtensionRequest request : extensionRequests()) {
      if (!request.firstRecordedOn().isAfter(date)) {
        known.addExtensionRequest(Hindsight.requestKnownOn(request, date));
      }
    }
    for (TransparencyReport report : transparencyReports()) {
      if (!report.submittedOn().isAfter(date)) {
        known.addTransparencyReport(report);
      }
    }
    if (instrument.isPresent()) {
      withdrawal().filter(w -> !w.receivedOn().isAfter(date)).ifPresent(known::withdrawal);
      suspension().filter(s -> !s.notifiedOn().isAfter(date)).ifPresent(known::suspension);
    }
    activities().stream().filter(a -> !a.on().isAfter(date)).forEach(known::addActivity);
    retainedMines().stream().filter(r -> !r.on().isAfter(date)).forEach(known::addRetainedMine);
    nationalMeasures().stream().filter(m -> !m.adoptedOn().isAfter(date)).forEach(known::addNationalMeasure);
    for (ArmedConflict conflict : armedConflicts()) {
      if (!conflict.firstDay().isAfter(date)) {
        known.addArmedConflict(Hindsight.conflictKnownOn(conflict, date));
      }
    }
    return known.build();
  }

  /**
   * Returns every date on which something recorded about the State happened — a signature, a
   * deposit, a destruction, a report, a decision, a conflict's first and last days — in order. An
   * assessment can change only on these days, the deadlines they fix, and the days after them.
   *
   * @return the dates of the recorded facts, in ascending order
   */
  public final com.google.common.collect.ImmutableSortedSet<LocalDate> factDates() {
    com.google.common.collect.ImmutableSortedSet.Builder<LocalDate> dates = com.google.common.collect.ImmutableSortedSet.naturalOrder();
    Hindsight.forEachFactDate(this, dates::add);
    return dates.build();
  }

  private boolean hasFactsAfter(LocalDate date) {
    return latestFactDay().isAfter(date);
  }

  /**
   * The latest day a fact recorded about the State happened, {@link LocalDate#MIN} if none is dated;
   * found once, since every assessment asks it first to know whether it must cut the facts back.
   */
  @Value.Lazy
  LocalDate latestFactDay() {
    return Hindsight.latestFactDate(this).orElse(LocalDate.MIN);
  }

  /** A builder of {@link State}; {@code from(value)} copies an existing value, and a later setter call replaces an earlier one. */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    InvalidFactException.requireRecordable("State.minedAreaCompletionDeclaredOn", minedAreaCompletionDeclaredOn());
    InvalidFactException.requireRecordable("State.stockpileDestructionCompletedOn", stockpileDestructionCompletedOn());
    // Each message is written only when its check fails: a State is built again for each day its facts are cut to.
    if (name().isBlank()) {
      throw new InvalidFactException("State.name", "\"" + name() + "\"", "a State must be named");
    }
    if (!isAlpha3(iso3())) {
      throw new InvalidFactException("State.iso3", "\"" + iso3() + "\"", "a State's code must be three upper-case letters (ISO 3166-1 alpha-3)");
    }
    signedOn().ifPresent(signed -> InvalidFactException.require(
        !signed.isBefore(TreatyCalendar.SIGNATURE_OPENED) && signed.isBefore(TreatyCalendar.CONVENTION_ENTRY_INTO_FORCE),
        "State.signedOn",
        signed,
        "a signature must be dated from 3 December 1997 until the Convention's entry into force on 1 March 1999 (Art. 15)"));
    if (signatoryWithUnknownDate() && signedOn().isPresent()) {
      throw new InvalidFactException("State.signatoryWithUnknownDate", true, "the signature date is recorded as " + signedOn().get() + ", so it is not unknown");
    }
    instrument().ifPresent(this::checkInstrument);
    withdrawal().ifPresent(withdrawal -> {
      InvalidFactException.require(
          instrument().isPresent(), "State.withdrawal", withdrawal.receivedOn(), "only a State that deposited an instrument can withdraw (Art. 20(2))");
      if (!withdrawal.receivedOn().isAfter(instrument().get().depositedOn())) {
        throw new InvalidFactException("Withdrawal.receivedOn", withdrawal.receivedOn(),
            "a withdrawal must be received after the instrument deposited on " + instrument().get().depositedOn());
      }
    });
    suspension().ifPresent(suspension -> InvalidFactException.require(
        instrument().isPresent() && suspension.notifiedOn().isAfter(instrument().get().depositedOn()),
        "Suspension.notifiedOn",
        suspension.notifiedOn(),
        "only a State that deposited an instrument can notify a suspension, after depositing it"));
    long stockpiled = 0;
    for (Stockpile stockpile : stockpiles()) {
      stockpiled = InvalidFactException.addCounts("State.stockpiles", stockpiled, stockpile.quantity());
    }
    Set<String> ids = new HashSet<>();
    for (MinedArea area : minedAreas()) {
      if (!ids.add(area.id())) {
        throw new InvalidFactException("MinedArea.id", "\"" + area.id() + "\"", "each mined area of " + iso3() + " needs its own identifier");
      }
    }
  }

  private void checkInstrument(Instrument instrument) {
    InstrumentKind kind = instrument.kind();
    if (kind.requiresSignature()) {
      if (!isSignatory()) {
        throw new InvalidFactException("Instrument.kind", kind.word(),
            "only a signatory can deposit an instrument of " + kind.word() + "; a State that did not sign accedes (Art. 16)");
      }
    } else if (kind == InstrumentKind.ACCESSION) {
      InvalidFactException.require(
          !isSignatory(),
          "Instrument.kind",
          kind.word(),
          "a signatory ratifies, accepts or approves; only a State that did not sign accedes (Art. 16)");
    }
    if (signedOn().isPresent() && instrument.depositedOn().isBefore(signedOn().get())) {
      throw new InvalidFactException("Instrument.depositedOn", instrument.depositedOn(),
          "an instrument cannot be deposited before the signature of " + signedOn().get());
    }
  }
}
