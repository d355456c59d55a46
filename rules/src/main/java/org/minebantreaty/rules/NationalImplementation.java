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
            .summary(Phrase.of("art9.measures-unrecorded", "state", StateName.of(state)))
            .addMissingFacts(Phrase.of("art9.missing.measures"))
            .build());
      }
      return List.of(finding.status(Status.NONCOMPLIANT)
          .summary(Phrase.of("art9.no-measure", "state", StateName.of(state)))
          .addReasons(Reason.of(Phrase.of("art9.measures-required"), CITATION))
          .build());
    }
    Optional<NationalMeasure> penal = state.nationalMeasures().stream()
        .filter(NationalMeasure::penalSanctions)
        .min((a, b) -> a.adoptedOn().compareTo(b.adoptedOn()));
    if (penal.isEmpty()) {
      return List.of(finding.status(Status.NONCOMPLIANT)
          .summary(Phrase.of("art9.no-penal-sanctions", "measures", state.nationalMeasures().size()))
          .addReasons(Reason.of(Phrase.of("art9.penal-sanctions-required"), CITATION))
          .build());
    }
    return List.of(finding.status(Status.MET)
        .metOn(penal.get().adoptedOn())
        .summary(Phrase.of("art9.penal-sanctions-imposed", "title", penal.get().title(), "adopted", penal.get().adoptedOn()))
        .build());
  }
}
