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
    String name = state.name();
    LocalDate received = withdrawal.receivedOn().orElseThrow();
    LocalDate expiry = withdrawal.noticeExpiresOn().orElseThrow();
    Finding.Builder finding = Finding.builder()
        .code(FindingCodes.ART20_WITHDRAWAL)
        .citation(CITATION)
        .status(Status.INFORMATION)
        .subject(context.stateName())
        .addReasons(Reason.of("The Depositary received " + name + "'s instrument of withdrawal on " + Wording.date(received), Citation.article(20, 2)))
        .addReasons(Reason.of("A withdrawal takes effect six months after receipt: " + Wording.date(expiry), CITATION));
    switch (withdrawal.phase()) {
      case NOTICE_RUNNING:
        if (withdrawal.conflictAtExpiry().isPresent()) {
          ArmedConflict conflict = withdrawal.conflictAtExpiry().get();
          finding.summary("Withdrawal notified; the six months expire on " + Wording.date(expiry) + ", but " + name
                  + " is engaged in an armed conflict (" + describe(conflict) + "): if it still is then, the withdrawal will not take effect before the conflict ends. Every obligation binds until then")
              .addReasons(Reason.of("If the State is engaged in an armed conflict when the six months expire, the withdrawal does not take effect before the end of the armed conflict", CITATION))
              .addReasons(Reason.of("An armed conflict ongoing on " + Wording.date(context.asOf()) + " is taken to continue", Interpretations.PROJECTION));
        } else {
          finding.summary("Withdrawal notified; it takes effect on " + Wording.date(expiry) + " unless " + name
              + " is then engaged in an armed conflict. Every obligation binds until then");
        }
        break;
      case HELD_BY_ARMED_CONFLICT:
        ArmedConflict conflict = withdrawal.conflictAtExpiry().orElseThrow();
        finding.summary("The six months expired on " + Wording.date(expiry) + " while " + name + " was engaged in an armed conflict ("
                + describe(conflict) + "); the withdrawal does not take effect before the conflict ends, and every obligation still binds")
            .addReasons(Reason.of("If the State is engaged in an armed conflict when the six months expire, the withdrawal does not take effect before the end of the armed conflict", CITATION))
            .addReasons(Reason.of("It will take effect the day after the last day of the conflict", Interpretations.END_OF_CONFLICT));
        break;
      case TAKEN_EFFECT:
        LocalDate effective = withdrawal.effectiveOn().orElseThrow();
        if (effective.isAfter(expiry)) {
          finding.addReasons(Reason.of(
              name + " was engaged in an armed conflict (" + describe(withdrawal.conflictAtExpiry().orElseThrow())
                  + ") when the six months expired; the withdrawal took effect the day after the conflict ended",
              Interpretations.END_OF_CONFLICT));
        }
        finding.summary("Withdrawal took effect on " + Wording.date(effective) + "; the Convention has not bound " + name
                + " since. Findings on other articles describe its position on " + Wording.date(effective.minusDays(1)) + ", its last day bound")
            .addReasons(Reason.of("Withdrawal does not affect the duty to fulfil obligations under any relevant rules of international law", Citation.article(20, 4)));
        break;
      default:
        throw new AssertionError(withdrawal.phase());
    }
    return List.of(finding.build());
  }

  private static String describe(ArmedConflict conflict) {
    return conflict.name() + ", since " + Wording.date(conflict.firstDay())
        + conflict.lastDay().map(last -> ", until " + Wording.date(last)).orElse("");
  }
}
