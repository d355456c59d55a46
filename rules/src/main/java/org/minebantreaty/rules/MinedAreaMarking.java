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
    String described = area.evidence().name().toLowerCase(java.util.Locale.ROOT) + " " + named
        + area.identifiedOn().map(on -> ", identified on " + Wording.date(on) + ",").orElse("");
    String is = many ? " are" : " is";
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART5_2_MARKING).citation(CITATION).subject(context.stateName() + ", " + named);
    if (area.protectedSince().isPresent()) {
      return List.of(finding.status(Status.MET)
          .metOn(area.protectedSince().get())
          .summary("The " + described + (many ? " have" : " has") + " been marked, monitored and protected since " + Wording.date(area.protectedSince().get()))
          .build());
    }
    if (area.knownOnlyFromItsDiscovery()) {
      return List.of(finding.status(Status.UNKNOWN)
          .summary("Whether the " + described + is + " perimeter-marked, monitored and protected is not recorded")
          .addMissingFacts("the day from which the " + (many ? "areas were" : "area was") + " marked and protected (Art. 7(1)(c)), or that " + (many ? "they were" : "it was") + " not")
          .build());
    }
    return List.of(finding.status(Status.NONCOMPLIANT)
        .summary("The " + described + is + " not recorded as perimeter-marked, monitored and protected")
        .addReasons(Reason.of(
            "Every mined area must be perimeter-marked, monitored and protected as soon as possible, until all its mines are destroyed",
            CITATION))
        .build());
  }
}
