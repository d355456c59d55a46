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
        .summary(Phrase.of("art19.recorded-with-reservations", "count", reservations.size(), "reservations", quoted(reservations)))
        .addReasons(Reason.of(Phrase.of("art19.not-subject-to-reservations"), CITATION))
        .addReasons(Reason.of(Phrase.of("art19.instrument-treated-as-deposited"), CITATION))
        .build());
  }

  /** The reservations' texts, each quoted as given, one after another: {@code "a"; "b"}. */
  private static Phrase quoted(List<String> reservations) {
    Phrase list = Phrase.of("art19.reservation.first", "text", reservations.get(0));
    for (String reservation : reservations.subList(1, reservations.size())) {
      list = Phrase.of("art19.reservation.next", "earlier", list, "text", reservation);
    }
    return list;
  }
}
