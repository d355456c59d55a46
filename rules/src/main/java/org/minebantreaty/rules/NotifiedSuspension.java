package org.minebantreaty.rules;

import java.util.List;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Suspension;

/**
 * A notified suspension: an exit the Convention does not provide.
 *
 * <p>The Convention has no suspension clause; its only exit is withdrawal under Art. 20, which takes
 * effect six months after notice and not while the State is engaged in an armed conflict (20(3)); and
 * no article may be subject to reservations (Art. 19). The library records a suspension as a fact
 * and reports that under the Convention every obligation still binds. Whether general treaty law
 * (the Vienna Convention on the Law of Treaties) gives the notification any effect is disputed, and
 * the library does not decide it (Interpretation I-20.3).
 */
public final class NotifiedSuspension extends ArticleRule<State> {

  /** Creates the rule. */
  public NotifiedSuspension() {
    super(Subject.STATE, Citation.article(20, 3));
  }

  @Override
  public List<Finding> evaluate(State state, Context context) {
    if (state.suspension().isEmpty()) {
      return List.of();
    }
    Suspension suspension = state.suspension().get();
    return List.of(Finding.builder()
        .code(FindingCodes.SUSPENSION)
        .citation(Interpretations.SUSPENSION)
        .status(Status.INFORMATION)
        .subject(context.stateName())
        .summary(Phrase.of("suspension.notified", "state", StateName.of(state), "notifiedOn", suspension.notifiedOn(),
            "basis", suspension.basis()))
        .addReasons(Reason.of(Phrase.of("suspension.only-exit-is-withdrawal"), Citation.article(20, 3)))
        .addReasons(Reason.of(Phrase.of("suspension.no-withdrawal-during-conflict"), Citation.article(20, 3)))
        .addReasons(Reason.of(Phrase.of("suspension.no-reservations"), Citation.article(19)))
        .addReasons(Reason.of(Phrase.of("suspension.recorded-as-fact"), Interpretations.SUSPENSION))
        .build());
  }
}
