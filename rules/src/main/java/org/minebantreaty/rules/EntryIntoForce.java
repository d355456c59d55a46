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
      return List.of(finding.status(Status.NOT_APPLICABLE)
          .summary(Phrase.of("art17.no-instrument", "state", StateName.of(state), "signed", state.signedOn()))
          .addReasons(Reason.of(Phrase.of("art16.bound-after-deposit"), Citation.article(16)))
          .build());
    }
    finding.addReasons(context.entryIntoForceReason());
    if (state.instrument().get().provisionalApplication()) {
      finding.addReasons(Reason.of(
          Phrase.of("art18.provisional-application", "deposited", state.instrument().get().depositedOn()),
          Citation.article(18)));
    }
    if (!context.isInForce()) {
      return List.of(finding.status(Status.NOT_YET_BINDING)
          .summary(Phrase.of("art17.will-enter-into-force", "state", StateName.of(state), "entryIntoForce", context.entryIntoForce().orElseThrow()))
          .build());
    }
    return List.of(finding.status(Status.INFORMATION)
        .summary(Phrase.of("art17.in-force-since", "state", StateName.of(state), "entryIntoForce", context.entryIntoForce().orElseThrow()))
        .build());
  }
}
