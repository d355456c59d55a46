package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.StockpileCount;

/**
 * Art. 4 — Destruction of stockpiled anti-personnel mines.
 *
 * <p>Except as Art. 3 allows, a State Party destroys all stockpiled anti-personnel mines it owns or
 * possesses, or that are under its jurisdiction or control, as soon as possible and not later than
 * four years after the Convention enters into force for it. The deadline cannot be extended.
 *
 * <p>The rule judges every stockpile held at entry into force and every stockpile found on or
 * before the deadline (it joins the stockpile under the same deadline). Stockpiles found after the
 * deadline are judged by {@link StockpilesFoundLate}. With no stockpile recorded, a declaration of
 * completion ({@link State#stockpileDestructionCompletedOn()}) is judged against the deadline; with
 * neither, the record is unknown unless the State's holdings are recorded as known ({@link
 * State#stockpileHoldingsKnown()}).
 */
public final class StockpileDestruction extends ArticleRule<State> {

  private static final Citation CITATION = Citation.article(4);
  // Named once: the duty is named only before it binds, but an assessment is made on every day.
  private static final Phrase DUTY = Phrase.of("art4.duty");
  private static final Phrase UNEXTENDABLE = Phrase.of("art4.unextendable");

  /** Creates the rule. */
  public StockpileDestruction() {
    super(Subject.STATE, CITATION);
  }



  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (state.instrument().isEmpty()) {
      return List.of();
    }
    LocalDate deadline = context.stockpileDestructionDeadline().orElseThrow();
    Optional<Finding> notYet = Findings.notYetBinding(context, FindingCodes.ART4_STOCKPILE_DESTRUCTION, CITATION, DUTY, Optional.of(deadline));
    if (notYet.isPresent()) {
      return List.of(notYet.get());
    }
    List<Stockpile> underArticle4 = new ArrayList<>();
    for (Stockpile stockpile : state.stockpiles()) {
      if (Findings.isAntiPersonnelKnownBy(stockpile, deadline)) {
        underArticle4.add(stockpile);
      }
    }
    List<Reason> basis = List.of(
        context.entryIntoForceReason(),
        Reason.of(Phrase.of("art4.four-years", "deadline", deadline), CITATION));
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART4_STOCKPILE_DESTRUCTION).citation(CITATION).subject(context.stateName()).deadline(deadline).addAllReasons(basis);
    Optional<StockpileCount> count = state.stockpileCounts().stream().max(Comparator.comparing(StockpileCount::on));
    boolean declaredAfterCount = state.stockpileDestructionCompletedOn()
        .map(declared -> count.map(c -> declared.isAfter(c.on())).orElse(true)).orElse(false);
    if (count.isPresent() && !declaredAfterCount) {
      return List.of(fromCount(StateName.of(state), count.get(), deadline, context.judgedOn(), finding));
    }
    if ((underArticle4.isEmpty() || declaredAfterCount && count.isPresent()) && state.stockpileDestructionCompletedOn().isPresent()) {
      LocalDate declared = state.stockpileDestructionCompletedOn().get();
      boolean late = declared.isAfter(deadline);
      return List.of(finding.status(late ? Status.MET_LATE : Status.MET)
          .metOn(declared)
          .summary(Phrase.of("art4.declared-complete", "state", StateName.of(state), "declared", declared, "late", late, "deadline", deadline))
          .build());
    }
    if (underArticle4.isEmpty()) {
      if (state.stockpiles().stream().anyMatch(stockpile -> !stockpile.mineType().isAntiPersonnel())) {
        finding.addReasons(Reason.of(Phrase.of("art2.not-anti-personnel"), Citation.article(2, 1)));
      }
      if (state.stockpileHeldInUnknownQuantity()) {
        if (!context.judgedOn().isAfter(deadline)) {
          return List.of(finding.status(Status.PENDING)
              .summary(Phrase.of("art4.held-unknown-quantity-due", "state", StateName.of(state), "deadline", deadline)).build());
        }
        return List.of(finding.status(Status.UNKNOWN)
            .summary(Phrase.of("art4.held-unknown-quantity-unrecorded", "state", StateName.of(state), "deadline", deadline))
            .addMissingFacts(Phrase.of("art4.missing.completion-or-count", "state", StateName.of(state), "deadline", deadline))
            .build());
      }
      if (!state.stockpileHoldingsKnown()) {
        return List.of(finding.status(Status.UNKNOWN)
            .summary(Phrase.of("art4.holdings-unrecorded", "state", StateName.of(state)))
            .addMissingFacts(Phrase.of("art4.missing.holdings", "state", StateName.of(state)))
            .build());
      }
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .summary(Phrase.of("art4.held-none", "state", StateName.of(state)))
          .build());
    }
    return List.of(Findings.destruction(
        FindingCodes.ART4_STOCKPILE_DESTRUCTION, CITATION, context.stateName(), underArticle4, deadline, context.judgedOn(), basis,
        Optional.of(UNEXTENDABLE)));
  }

  /**
   * The verdict from the State's latest count: what it reported remaining on that day, never more.
   * A count after the deadline with mines remaining shows the deadline passed with them undestroyed.
   */
  private static Finding fromCount(StateName name, StockpileCount count, LocalDate deadline, LocalDate judgedOn, Finding.Builder finding) {
    if (!count.approximate()) {
      finding.minesRemaining(count.remaining());
    }
    if (count.remaining() == 0 && !count.on().isAfter(deadline)) {
      return finding.status(Status.MET)
          .metOn(count.on())
          .summary(Phrase.of("art4.count-none-by-deadline", "state", name, "on", count.on(), "deadline", deadline))
          .build();
    }
    if (count.remaining() == 0) {
      // A count of none after the deadline says the work was done, not when: it may have been on time.
      return finding.status(Status.UNKNOWN)
          .summary(Phrase.of("art4.count-none-after-deadline", "state", name, "on", count.on(), "deadline", deadline))
          .addMissingFacts(Phrase.of("art4.missing.completion", "state", name))
          .build();
    }
    Phrase reported = Phrase.of("art4.count-remained", "approximate", count.approximate(), "remaining", count.remaining(), "on", count.on());
    if (!judgedOn.isAfter(deadline)) {
      return finding.status(Status.PENDING)
          .summary(Phrase.of("art4.count-pending", "reported", reported, "deadline", deadline))
          .build();
    }
    if (!count.on().isAfter(deadline)) {
      return finding.status(Status.UNKNOWN)
          .summary(Phrase.of("art4.count-before-deadline", "reported", reported, "deadline", deadline))
          .addMissingFacts(Phrase.of("art4.missing.completion-or-count", "state", name, "deadline", deadline))
          .build();
    }
    return finding.status(Status.OVERDUE)
        .summary(Phrase.of("art4.count-overdue", "since", deadline.plusDays(1), "reported", reported))
        .addReasons(Reason.of(Phrase.of("art4.count-deadline-passed", "deadline", deadline, "reported", reported, "state", name), CITATION))
        .addReasons(Reason.of(UNEXTENDABLE, CITATION))
        .build();
  }
}
