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
  private static final String UNEXTENDABLE = "The Art. 4 deadline cannot be extended: the State remains in non-compliance until every mine is destroyed";

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
    Optional<Finding> notYet = Findings.notYetBinding(context, FindingCodes.ART4_STOCKPILE_DESTRUCTION, CITATION, "destroy stockpiled anti-personnel mines", Optional.of(deadline));
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
        Findings.entryIntoForceReason(context),
        Reason.of("Stockpiles must be destroyed not later than four years after entry into force: " + Wording.date(deadline), CITATION));
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART4_STOCKPILE_DESTRUCTION).citation(CITATION).subject(context.stateName()).deadline(deadline).addAllReasons(basis);
    Optional<StockpileCount> count = state.stockpileCounts().stream().max(Comparator.comparing(StockpileCount::on));
    boolean declaredAfterCount = state.stockpileDestructionCompletedOn()
        .map(declared -> count.map(c -> declared.isAfter(c.on())).orElse(true)).orElse(false);
    if (count.isPresent() && !declaredAfterCount) {
      return List.of(fromCount(state.name(), count.get(), deadline, context.judgedOn(), finding));
    }
    if ((underArticle4.isEmpty() || declaredAfterCount && count.isPresent()) && state.stockpileDestructionCompletedOn().isPresent()) {
      LocalDate declared = state.stockpileDestructionCompletedOn().get();
      boolean late = declared.isAfter(deadline);
      return List.of(finding.status(late ? Status.MET_LATE : Status.MET)
          .metOn(declared)
          .summary(state.name() + " declared that it had destroyed all its stockpiled anti-personnel mines as of " + Wording.date(declared)
              + (late ? ", after the deadline of " : ", by the deadline of ") + Wording.date(deadline))
          .build());
    }
    if (underArticle4.isEmpty()) {
      if (state.stockpiles().stream().anyMatch(stockpile -> !stockpile.mineType().isAntiPersonnel())) {
        finding.addReasons(Reason.of(
            "Mines designed to be detonated by a vehicle or on command are not anti-personnel mines, even with an anti-handling device",
            Citation.article(2, 1)));
      }
      if (state.stockpileHeldInUnknownQuantity()) {
        String held = state.name() + " held stockpiled anti-personnel mines at entry into force, in a number the record does not give";
        if (!context.judgedOn().isAfter(deadline)) {
          return List.of(finding.status(Status.PENDING).summary(held + "; they are to be destroyed by " + Wording.date(deadline)).build());
        }
        return List.of(finding.status(Status.UNKNOWN)
            .summary(held + "; whether it destroyed them by " + Wording.date(deadline) + " is not recorded")
            .addMissingFacts("the day " + state.name() + " completed the destruction of its stockpile, or a count of the mines remaining after "
                + Wording.date(deadline))
            .build());
      }
      if (!state.stockpileHoldingsKnown()) {
        return List.of(finding.status(Status.UNKNOWN)
            .summary("Whether " + state.name() + " held stockpiled anti-personnel mines is not recorded")
            .addMissingFacts("the stockpiles " + state.name() + " held at entry into force, or that it held none (Art. 7(1)(b))")
            .build());
      }
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .summary(state.name() + " held no stockpiled anti-personnel mines")
          .build());
    }
    return List.of(Findings.destruction(
        FindingCodes.ART4_STOCKPILE_DESTRUCTION, CITATION, context.stateName(), underArticle4, deadline, context.judgedOn(), basis,
        UNEXTENDABLE));
  }

  /**
   * The verdict from the State's latest count: what it reported remaining on that day, never more.
   * A count after the deadline with mines remaining shows the deadline passed with them undestroyed.
   */
  private static Finding fromCount(String name, StockpileCount count, LocalDate deadline, LocalDate judgedOn, Finding.Builder finding) {
    if (!count.approximate()) {
      finding.minesRemaining(count.remaining());
    }
    String mines = (count.approximate() ? "about " : "") + Wording.count(count.remaining(), "mine", "mines");
    String on = Wording.date(count.on());
    if (count.remaining() == 0 && !count.on().isAfter(deadline)) {
      return finding.status(Status.MET)
          .metOn(count.on())
          .summary(name + " reported no stockpiled anti-personnel mine remaining on " + on + ", by the deadline of " + Wording.date(deadline))
          .build();
    }
    if (count.remaining() == 0) {
      // A count of none after the deadline says the work was done, not when: it may have been on time.
      return finding.status(Status.UNKNOWN)
          .summary(name + " reported no stockpiled anti-personnel mine remaining on " + on + "; whether the last was destroyed by the deadline of "
              + Wording.date(deadline) + " is not recorded")
          .addMissingFacts("the day " + name + " completed the destruction of its stockpile")
          .build();
    }
    String reported = mines + " remained on " + on;
    if (!judgedOn.isAfter(deadline)) {
      return finding.status(Status.PENDING)
          .summary(reported + ", by the latest count recorded; they are to be destroyed by " + Wording.date(deadline))
          .build();
    }
    if (!count.on().isAfter(deadline)) {
      return finding.status(Status.UNKNOWN)
          .summary(reported + ", before the deadline of " + Wording.date(deadline) + "; whether they were destroyed by it is not recorded")
          .addMissingFacts("the day " + name + " completed the destruction of its stockpile, or a count of the mines remaining after "
              + Wording.date(deadline))
          .build();
    }
    return finding.status(Status.OVERDUE)
        .summary("Overdue since " + Wording.date(deadline.plusDays(1)) + ": " + reported + ", by the latest count recorded")
        .addReasons(Reason.of("The deadline of " + Wording.date(deadline) + " passed with stockpiled anti-personnel mines undestroyed: "
            + mines + " remained on " + on + ", by the latest count of " + name + "'s stockpile recorded", CITATION))
        .addReasons(Reason.of(UNEXTENDABLE, CITATION))
        .build();
  }
}
