package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.TreatyCalendar;

/**
 * The Maputo aspiration — an action-plan commitment, never a violation.
 *
 * <p>The Maputo Action Plan (2014) records the States Parties' aspiration to meet their time-bound
 * obligations "to the fullest extent possible" by 2025. For a State bound at the end of 2025 whose
 * stockpile destruction (Art. 4) or mine clearance (Art. 5) was unfinished on 31 December 2025, this
 * rule gives an informational finding.
 */
public final class CompletionBy2025 extends ArticleRule<State> {

  static final Citation ON_STOCKPILES = Citation.actionPlan("Maputo Action Plan (2014)", "aspiration to complete by 2025", 4);
  static final Citation ON_MINED_AREAS = Citation.actionPlan("Maputo Action Plan (2014)", "aspiration to complete by 2025", 5);

  /** Creates the rule. */
  public CompletionBy2025() {
    super(Subject.STATE, ON_STOCKPILES);
  }

  /** The aspiration is judged from the first day after 2025, before which this rule finds nothing. */
  @Override
  List<LocalDate> calendarDays() {
    return List.of(TreatyCalendar.MAPUTO_ASPIRATION_END.plusDays(1));
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    LocalDate end = TreatyCalendar.MAPUTO_ASPIRATION_END;
    if (!context.judgedOn().isAfter(end) || context.entryIntoForce().map(eif -> eif.isAfter(end)).orElse(true)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(2);
    long mines = 0;
    for (Stockpile stockpile : state.stockpiles()) {
      if (Findings.isAntiPersonnelKnownBy(stockpile, end)) {
        mines += stockpile.remainingOn(end);
      }
    }
    if (mines > 0) {
      findings.add(aspiration(ON_STOCKPILES, context, Phrase.of("action-plan.completion-2025.stockpiled-mines-remained", "mines", mines, "on", end))
          .minesRemaining(mines).build());
    }
    List<MinedArea> outstanding = new ArrayList<>();
    for (MinedArea area : state.minedAreas()) {
      if (area.isOutstandingOn(end)) {
        outstanding.add(area);
      }
    }
    if (!outstanding.isEmpty()) {
      boolean counted = outstanding.stream().noneMatch(org.minebantreaty.core.MinedArea::standsForAnUnreportedNumberOfAreas);
      findings.add(aspiration(ON_MINED_AREAS, context,
              Phrase.of("action-plan.completion-2025.mined-areas-remained", "counted", counted, "areas", outstanding.size(), "on", end))
          .areasOutstanding(counted ? java.util.OptionalLong.of(outstanding.size()) : java.util.OptionalLong.empty()).build());
    }
    return findings;
  }

  private static Finding.Builder aspiration(Citation citation, Context context, Phrase summary) {
    return Finding.builder()
        .code(citation.equals(ON_STOCKPILES) ? FindingCodes.ACTION_PLAN_2025_STOCKPILES : FindingCodes.ACTION_PLAN_2025_MINED_AREAS)
        .citation(citation)
        .status(Status.INFORMATION)
        .subject(context.stateName())
        .summary(summary)
        .addReasons(Reason.of(Phrase.of("action-plan.completion-2025.political-commitment"), citation));
  }
}
