package org.minebantreaty.rules;

import java.time.LocalDate;
import java.util.List;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.State;

/**
 * Art. 20 — Duration and withdrawal.
 *
 * <p>The Convention is of unlimited duration (20(1)). A State Party may withdraw by notice to all
 * States Parties, the Depositary and the Security Council, with a full explanation of its reasons
 * (20(2)). The withdrawal takes effect six months after the Depositary receives the instrument; if,
 * when those six months expire, the State is engaged in an armed conflict, not before the end of
 * that armed conflict (20(3)). Until it takes effect, every obligation binds. Withdrawal does not
 * affect duties under other rules of international law (20(4)).
 */
public final class DurationAndWithdrawal extends ArticleRule<State> {

  private static final Citation CITATION = Citation.article(20, 3);

  /** Creates the rule. */
  public DurationAndWithdrawal() {
    super(Subject.STATE, CITATION);
  }



  @Override
  public List<Finding> evaluate(State state, Context context) {
    WithdrawalStatus withdrawal = context.withdrawal();
    if (withdrawal.phase() == WithdrawalStatus.Phase.NONE) {
      return List.of();
    }
    StateName name = StateName.of(state);
    LocalDate received = withdrawal.receivedOn().orElseThrow();
    LocalDate expiry = withdrawal.noticeExpiresOn().orElseThrow();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.ART20_WITHDRAWAL)
        .citation(CITATION)
        .status(Status.INFORMATION)
        .subject(context.stateName())
        .addReasons(Reason.of(Phrase.of("art20.instrument-received", "state", name, "received", received), Citation.article(20, 2)))
        .addReasons(Reason.of(Phrase.of("art20.six-months-after-receipt", "expiry", expiry), CITATION));
    switch (withdrawal.phase()) {
      case NOTICE_RUNNING:
        if (withdrawal.conflictAtExpiry().isPresent()) {
          ArmedConflict conflict = withdrawal.conflictAtExpiry().get();
          finding.summary(Phrase.of("art20.notified-during-conflict", "expiry", expiry, "state", name, "conflict", describe(conflict)))
              .addReasons(Reason.of(Phrase.of("art20.not-before-conflict-ends"), CITATION))
              .addReasons(Reason.of(Phrase.of("art20.conflict-taken-to-continue", "on", context.asOf()), Interpretations.PROJECTION));
        } else {
          finding.summary(Phrase.of("art20.notified", "expiry", expiry, "state", name));
        }
        break;
      case HELD_BY_ARMED_CONFLICT:
        ArmedConflict conflict = withdrawal.conflictAtExpiry().orElseThrow();
        finding.summary(Phrase.of("art20.held-by-conflict", "expiry", expiry, "state", name, "conflict", describe(conflict)))
            .addReasons(Reason.of(Phrase.of("art20.not-before-conflict-ends"), CITATION))
            .addReasons(Reason.of(Phrase.of("art20.effect-after-conflict"), Interpretations.END_OF_CONFLICT));
        break;
      case TAKEN_EFFECT:
        LocalDate effective = withdrawal.effectiveOn().orElseThrow();
        if (effective.isAfter(expiry)) {
          finding.addReasons(Reason.of(
              Phrase.of("art20.took-effect-after-conflict", "state", name, "conflict", describe(withdrawal.conflictAtExpiry().orElseThrow())),
              Interpretations.END_OF_CONFLICT));
        }
        finding.summary(Phrase.of("art20.took-effect", "effective", effective, "state", name, "lastBound", effective.minusDays(1)))
            .addReasons(Reason.of(Phrase.of("art20.other-law-unaffected"), Citation.article(20, 4)));
        break;
      default:
        throw new AssertionError(withdrawal.phase());
    }
    return List.of(finding.build());
  }

  /** The armed conflict as a finding names it: its name (as recorded), since when, and until when if it ended. */
  private static Phrase describe(ArmedConflict conflict) {
    return Phrase.of("art20.conflict", "name", conflict.name(), "since", conflict.firstDay(), "until", conflict.lastDay());
  }
}
