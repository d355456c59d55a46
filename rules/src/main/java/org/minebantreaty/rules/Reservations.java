package org.minebantreaty.rules;

import java.util.List;
import org.minebantreaty.core.State;

/**
 * Art. 19 — Reservations.
 *
 * <p>The articles of the Convention are not subject to reservations. An instrument recorded with a
 * reservation is invalid as recorded; the other findings still treat the instrument as deposited, so
 * that the deadlines it would set are visible.
 */
public final class Reservations extends ArticleRule<State> {

  private static final Citation CITATION = Citation.article(19);

  /** Creates the rule. */
  public Reservations() {
    super(Subject.STATE, CITATION);
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (state.instrument().isEmpty() || state.instrument().get().reservations().isEmpty()) {
      return List.of();
    }
    List<String> reservations = state.instrument().get().reservations();
    return List.of(Finding.builder()
        .code(FindingCodes.ART19_RESERVATIONS)
        .citation(CITATION)
        .status(Status.NONCOMPLIANT)
        .subject(context.stateName() + ", instrument of " + state.instrument().get().kind().word())
        .summary("The instrument was recorded with " + Wording.count(reservations.size(), "reservation", "reservations")
            + " (\"" + String.join("\"; \"", reservations) + "\"): as recorded it is invalid, for no article may be subject to reservations")
        .addReasons(Reason.of("The articles of this Convention shall not be subject to reservations", CITATION))
        .addReasons(Reason.of("The other findings treat the instrument as deposited, to show the deadlines it would set", CITATION))
        .build());
  }
}
