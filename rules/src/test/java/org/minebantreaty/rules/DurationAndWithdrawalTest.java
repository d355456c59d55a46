package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minebantreaty.rules.Cases.day;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.Withdrawal;

/** Art. 20 — Duration and withdrawal. */
class DurationAndWithdrawalTest {

  static State.Builder lithuania() {
    return State.builder().name("Lithuania").iso3("LTU").signedOn(day(1999, 2, 26))
        .instrument(Instrument.of(InstrumentKind.RATIFICATION, day(2003, 5, 12)))
        .stockpileHoldingsKnown(true);
  }

  @Nested
  class Paragraph3 {

    @Test
    void theBalticWithdrawalsReceived27June2025TookEffect27December2025() {
      State state = lithuania().withdrawal(Withdrawal.receivedOn(day(2025, 6, 27))).build();
      Assessment running = Cases.assess(state, day(2025, 12, 26));
      Assessment done = Cases.assess(state, day(2025, 12, 27));
      FindingAssert.assertThat(Cases.only(running, "Art. 20(3)")).hasStatus(Status.INFORMATION).says("takes effect on 27 December 2025").says("Every obligation binds until then");
      assertThat(running.withdrawal().phase()).isEqualTo(WithdrawalStatus.Phase.NOTICE_RUNNING);
      FindingAssert.assertThat(Cases.only(done, "Art. 20(3)")).says("took effect on 27 December 2025").hasReasonCiting("Art. 20(4)");
      assertThat(done.deadlines().withdrawalEffective()).contains(day(2025, 12, 27));
      assertThat(done.deadlines().nextAnnualReport()).isEmpty();
    }

    @Test
    void aWithdrawalReceivedOn31AugustTakesEffectOnTheLastDayOfFebruary() {
      State received2025 = lithuania().withdrawal(Withdrawal.receivedOn(day(2025, 8, 31))).build();
      State received2027 = lithuania().withdrawal(Withdrawal.receivedOn(day(2027, 8, 31))).build();
      assertThat(Cases.assess(received2025, day(2026, 3, 1)).deadlines().withdrawalEffective()).contains(day(2026, 2, 28));
      assertThat(Cases.assess(received2027, day(2028, 3, 1)).deadlines().withdrawalEffective()).contains(day(2028, 2, 29));
    }

    @Test
    void aStateEngagedInAnArmedConflictAtExpiryStaysBoundUntilTheConflictEnds() {
      State state = Cases.ukraine().withdrawal(Withdrawal.receivedOn(day(2025, 7, 18)))
          .addArmedConflict(ArmedConflict.ongoingSince("armed conflict with the Russian Federation", day(2014, 2, 20)))
          .addStockpile(Stockpile.builder().quantity(3_000_000).build())
          .build();
      Assessment assessment = Cases.assess(state, day(2026, 11, 22));
      assertThat(assessment.withdrawal().phase()).isEqualTo(WithdrawalStatus.Phase.HELD_BY_ARMED_CONFLICT);
      assertThat(assessment.deadlines().withdrawalEffective()).isEmpty();
      FindingAssert.assertThat(Cases.only(assessment, "Art. 20(3)")).says("every obligation still binds").hasReasonCiting(Interpretations.END_OF_CONFLICT.reference());
      FindingAssert.assertThat(Cases.only(assessment, "Art. 4")).isOverdueSince(day(2010, 6, 2));
    }

    @Test
    void whenTheConflictEndsTheWithdrawalTakesEffectTheNextDay() {
      State state = Cases.ukraine().withdrawal(Withdrawal.receivedOn(day(2025, 7, 18)))
          .addArmedConflict(ArmedConflict.between("armed conflict", day(2014, 2, 20), day(2027, 5, 9)))
          .build();
      assertThat(Cases.assess(state, day(2027, 5, 9)).withdrawal().phase()).isEqualTo(WithdrawalStatus.Phase.HELD_BY_ARMED_CONFLICT);
      Assessment after = Cases.assess(state, day(2027, 5, 10));
      assertThat(after.withdrawal().phase()).isEqualTo(WithdrawalStatus.Phase.TAKEN_EFFECT);
      assertThat(after.deadlines().withdrawalEffective()).contains(day(2027, 5, 10));
    }

    @Test
    void whileTheNoticeRunsAnOngoingConflictIsProjectedToHoldTheWithdrawal() {
      State poland = State.builder().name("Poland").iso3("POL").signedOn(day(1997, 12, 4))
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, day(2012, 12, 27)))
          .withdrawal(Withdrawal.receivedOn(day(2025, 8, 20)))
          .addArmedConflict(ArmedConflict.ongoingSince("hypothetical conflict", day(2025, 10, 1)))
          .build();
      Assessment assessment = Cases.assess(poland, day(2025, 12, 1));
      FindingAssert.assertThat(Cases.only(assessment, "Art. 20(3)")).hasReasonCiting(Interpretations.PROJECTION.reference());
      assertThat(assessment.deadlines().withdrawalEffective()).isEmpty();
      State peaceful = State.builder().name("Poland").iso3("POL").signedOn(day(1997, 12, 4))
          .instrument(Instrument.of(InstrumentKind.RATIFICATION, day(2012, 12, 27)))
          .withdrawal(Withdrawal.receivedOn(day(2025, 8, 20))).build();
      assertThat(Cases.assess(peaceful, day(2025, 12, 1)).deadlines().withdrawalEffective()).contains(day(2026, 2, 20));
    }

    @Test
    void afterAWithdrawalTakesEffectOtherArticlesAreJudgedOnTheLastDayBound() {
      State state = lithuania()
          .addStockpile(Stockpile.builder().quantity(10).build())
          .withdrawal(Withdrawal.receivedOn(day(2025, 6, 27))).build();
      Assessment assessment = Cases.assess(state, day(2030, 1, 1));
      Finding article4 = Cases.only(assessment, "Art. 4");
      FindingAssert.assertThat(article4).isOverdueSince(day(2007, 11, 2));
      assertThat(article4.reasons()).anySatisfy(reason -> assertThat(reason.text()).contains("remain on 26 December 2025"));
    }
  }
}
