package org.minebantreaty.rules;

import java.util.List;
import org.minebantreaty.core.State;

/**
 * Art. 17 — Entry into force.
 *
 * <p>The Convention entered into force on 1 March 1999, the first day of the sixth month after the
 * month in which the 40th instrument was deposited (Art. 17(1)). For a State depositing later, it
 * enters into force on the first day of the sixth month after the date of its deposit (Art. 17(2)).
 * This rule says since when, or from when, the Convention binds the State; the dates themselves come
 * from {@link org.minebantreaty.core.TreatyCalendar#entryIntoForce} through the {@link Context}.
 */
public final class EntryIntoForce extends ArticleRule<State> {

  private static final Citation CITATION = Citation.article(17);

  /** Creates the rule. */
  public EntryIntoForce() {
    super(Subject.STATE, CITATION);
  }



  @Override
  public List<Finding> evaluate(State state, Context context) {
    Finding.Builder finding = Finding.builder().code(FindingCodes.ART17_ENTRY_INTO_FORCE).citation(CITATION).subject(context.stateName());
    if (state.instrument().isEmpty()) {
      String signed = state.signedOn()
          .map(on -> " It signed on " + Wording.date(on) + " but has not ratified, accepted or approved the Convention.")
          .orElse("");
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .summary(state.name() + " has deposited no instrument; the Convention does not bind it." + signed)
          .addReasons(Reason.of("A State is bound once the Convention enters into force for it after it deposits an instrument of ratification, acceptance, approval or accession", Citation.article(16)))
          .build());
    }
    finding.addReasons(Findings.entryIntoForceReason(context));
    if (state.instrument().get().provisionalApplication()) {
      finding.addReasons(Reason.of(
          "At deposit it declared it would apply Art. 1(1) provisionally until then; that paragraph alone binds it from "
              + Wording.date(state.instrument().get().depositedOn()),
          Citation.article(18)));
    }
    if (!context.isInForce()) {
      return List.of(finding.status(Status.NOT_YET_BINDING)
          .summary("The Convention will enter into force for " + state.name() + " on " + Wording.date(context.entryIntoForce().orElseThrow()))
          .build());
    }
    return List.of(finding.status(Status.INFORMATION)
        .summary("In force for " + state.name() + " since " + Wording.date(context.entryIntoForce().orElseThrow()))
        .build());
  }
}
