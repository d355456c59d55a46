package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.TreatyCalendar;

/**
 * Stockpiles discovered after the Art. 4 deadline — an action-plan commitment, not treaty text.
 *
 * <p>Maputo Action Plan (2014), Action 7, carried into later plans: a State Party that discovers
 * previously unknown stockpiles after its Art. 4 deadline informs the States Parties as soon as
 * possible and destroys them as a matter of urgent priority, no later than six months after
 * reporting the discovery. The Oslo Action Plan (2019) is reported to run the six months from the
 * discovery itself; {@link Policies#lateStockpileClock()} chooses, and each finding cites the plan
 * whose wording it applied. A discovery not yet reported is itself a finding.
 */
public final class StockpilesFoundLate extends ArticleRule<Stockpile> {

  static final Citation MAPUTO = Citation.actionPlan("Maputo Action Plan (2014)", "Action 7", 4);
  static final Citation OSLO = Citation.actionPlan("Oslo Action Plan (2019)", "six months from discovery, as reported", 4);

  /** Creates the rule. */
  public StockpilesFoundLate() {
    super(Subject.STOCKPILES, MAPUTO);
  }



  @Override
  public List<Finding> evaluate(Stockpile stockpile, Context context) {
    if (stockpile.foundOn().isEmpty() || !context.isInForce() || !stockpile.mineType().isAntiPersonnel()) {
      return List.of();
    }
    LocalDate found = stockpile.foundOn().get();
    LocalDate article4Deadline = context.stockpileDestructionDeadline().orElseThrow();
    if (!found.isAfter(article4Deadline)) {
      return List.of();
    }
    boolean fromDiscovery = context.policies().lateStockpileClock() == Policies.LateStockpileClock.DISCOVERY;
    Citation citation = fromDiscovery ? OSLO : MAPUTO;
    String subject = context.stateName() + ", stockpile of " + stockpile.mineType().name() + " found on " + Language.ENGLISH.date(found);
    Reason discovered = Reason.of(
        Phrase.of("action-plan.stockpile-found-late.after-art4-deadline", "found", found, "deadline", article4Deadline),
        citation);
    List<Finding> findings = new ArrayList<>(2);
    if (stockpile.reportedOn().isEmpty()) {
      findings.add(Finding.builder()
          .code(FindingCodes.ACTION_PLAN_STOCKPILE_FOUND_LATE)
          .citation(citation)
          .status(Status.NONCOMPLIANT)
          .subject(subject)
          .summary(Phrase.of("action-plan.stockpile-found-late.unreported", "quantity", stockpile.quantity()))
          .addReasons(discovered)
          .addReasons(Reason.of(Phrase.of("action-plan.stockpile-found-late.inform-as-soon-as-possible"), citation))
          .build());
      if (!fromDiscovery) {
        return findings;
      }
    }
    LocalDate trigger = fromDiscovery ? found : stockpile.reportedOn().get();
    LocalDate deadline = TreatyCalendar.lateStockpileDestructionDeadline(trigger);
    Reason clock = Reason.of(
        Phrase.of("action-plan.stockpile-found-late.six-months-after", "fromDiscovery", fromDiscovery, "trigger", trigger, "deadline", deadline),
        citation);
    findings.add(Findings.destruction(FindingCodes.ACTION_PLAN_STOCKPILE_FOUND_LATE, citation, subject, List.of(stockpile), deadline, context.judgedOn(), List.of(discovered, clock), Optional.empty()));
    return findings;
  }
}
