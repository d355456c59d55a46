package org.minebantreaty.rules;

import java.util.List;
import org.minebantreaty.core.MinedArea;

/**
 * Art. 5(2) — Marking, monitoring and protection of mined areas.
 *
 * <p>A State Party makes every effort to identify all areas where anti-personnel mines are known or
 * suspected, and ensures as soon as possible that each is perimeter-marked, monitored and protected
 * by fencing or other means to exclude civilians, until all its mines are destroyed. The treaty sets
 * no date, so an unprotected area is non-compliant, never overdue. Released areas need no marking.
 */
public final class MinedAreaMarking extends ArticleRule<MinedArea> {

  private static final Citation CITATION = Citation.article(5, 2);

  /** Creates the rule. */
  public MinedAreaMarking() {
    super(Subject.MINED_AREAS, CITATION);
  }



  @Override
  public List<Finding> evaluate(MinedArea area, Context context) {
    // A declaration of completion made after the area was identified covers it, as it does for Art. 5(1).
    boolean coveredByCompletion = context.clearance().flatMap(schedule -> schedule.releaseOf(area)).filter(day -> !day.isAfter(context.judgedOn())).isPresent();
    if (!context.isInForce() || !area.isOutstandingOn(context.judgedOn()) || coveredByCompletion) {
      return List.of();
    }
    // A value standing for areas reported without their number is spoken of in the plural.
    boolean many = area.standsForAnUnreportedNumberOfAreas();
    String named = (many ? "mined areas" : "mined area") + " \"" + area.id() + "\"";
    Phrase described = Phrase.of("art5.2.area", "evidence", area.evidence(), "many", many, "id", area.id(), "identified", area.identifiedOn());
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART5_2_MARKING).citation(CITATION).subject(context.stateName() + ", " + named);
    if (area.protectedSince().isPresent()) {
      return List.of(finding.status(Status.MET)
          .metOn(area.protectedSince().get())
          .summary(Phrase.of("art5.2.protected-since", "area", described, "many", many, "since", area.protectedSince().get()))
          .build());
    }
    if (area.knownOnlyFromItsDiscovery()) {
      return List.of(finding.status(Status.UNKNOWN)
          .summary(Phrase.of("art5.2.protection-unrecorded", "area", described, "many", many))
          .addMissingFacts(Phrase.of("art5.2.missing.protected-since", "many", many))
          .build());
    }
    return List.of(finding.status(Status.NONCOMPLIANT)
        .summary(Phrase.of("art5.2.not-recorded-protected", "area", described, "many", many))
        .addReasons(Reason.of(Phrase.of("art5.2.must-protect"), CITATION))
        .build());
  }
}
