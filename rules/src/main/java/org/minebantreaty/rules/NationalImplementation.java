package org.minebantreaty.rules;

import java.util.List;
import java.util.Optional;
import org.minebantreaty.core.NationalMeasure;
import org.minebantreaty.core.State;

/**
 * Art. 9 — National implementation measures.
 *
 * <p>Each State Party takes all appropriate legal, administrative and other measures, including the
 * imposition of penal sanctions, to prevent and suppress any prohibited activity by persons or on
 * territory under its jurisdiction or control. The treaty sets no date: a bound State with no
 * measure recorded, or with none imposing penal sanctions, is non-compliant; measures are reported
 * under Art. 7(1)(a).
 */
public final class NationalImplementation extends ArticleRule<State> {

  private static final Citation CITATION = Citation.article(9);

  /** Creates the rule. */
  public NationalImplementation() {
    super(Subject.STATE, CITATION);
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (!context.isInForce()) {
      return List.of();
    }
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART9_NATIONAL_MEASURES).citation(CITATION).subject(context.stateName());
    if (state.nationalMeasures().isEmpty()) {
      if (!state.nationalMeasuresKnown()) {
        return List.of(finding.status(Status.UNKNOWN)
            .summary("The national implementation measures of " + state.name() + " are not recorded")
            .addMissingFacts("the legal, administrative and other measures taken, or that none were (Art. 7(1)(a))")
            .build());
      }
      return List.of(finding.status(Status.NONCOMPLIANT)
          .summary(state.name() + " has taken no national implementation measure")
          .addReasons(Reason.of("Each State Party takes all appropriate legal, administrative and other measures, including penal sanctions", CITATION))
          .build());
    }
    Optional<NationalMeasure> penal = state.nationalMeasures().stream()
        .filter(NationalMeasure::penalSanctions)
        .min((a, b) -> a.adoptedOn().compareTo(b.adoptedOn()));
    if (penal.isEmpty()) {
      return List.of(finding.status(Status.NONCOMPLIANT)
          .summary(Wording.count(state.nationalMeasures().size(), "measure is", "measures are") + " recorded, but none imposes penal sanctions")
          .addReasons(Reason.of("The measures include the imposition of penal sanctions", CITATION))
          .build());
    }
    return List.of(finding.status(Status.MET)
        .metOn(penal.get().adoptedOn())
        .summary("\"" + penal.get().title() + "\", adopted on " + Wording.date(penal.get().adoptedOn()) + ", imposes penal sanctions")
        .build());
  }
}
