package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    String subject = context.stateName() + ", stockpile of " + stockpile.mineType().name() + " found on " + Wording.date(found);
    Reason discovered = Reason.of(
        "The stockpile was found on " + Wording.date(found) + ", after the Art. 4 deadline of " + Wording.date(article4Deadline)
            + ", so it is not part of the Art. 4 stockpile",
        citation);
    List<Finding> findings = new ArrayList<>(2);
    if (stockpile.reportedOn().isEmpty()) {
      findings.add(Finding.builder()
          .code(FindingCodes.ACTION_PLAN_STOCKPILE_FOUND_LATE)
          .citation(citation)
          .status(Status.NONCOMPLIANT)
          .subject(subject)
          .summary("The discovery of " + Wording.count(stockpile.quantity(), "mine", "mines")
              + " has not been reported to the States Parties; it must be, as soon as possible")
          .addReasons(discovered)
          .addReasons(Reason.of("A State Party that discovers previously unknown stockpiles informs the States Parties as soon as possible", citation))
          .build());
      if (!fromDiscovery) {
        return findings;
      }
    }
    LocalDate trigger = fromDiscovery ? found : stockpile.reportedOn().get();
    LocalDate deadline = TreatyCalendar.lateStockpileDestructionDeadline(trigger);
    Reason clock = Reason.of(
        "Destruction is due no later than six months after the " + (fromDiscovery ? "discovery" : "report of the discovery")
            + " on " + Wording.date(trigger) + ": " + Wording.date(deadline),
        citation);
    findings.add(Findings.destruction(FindingCodes.ACTION_PLAN_STOCKPILE_FOUND_LATE, citation, subject, List.of(stockpile), deadline, context.judgedOn(), List.of(discovered, clock), ""));
    return findings;
  }
}
