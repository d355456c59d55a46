package org.minebantreaty.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TreatyCalendar;

/**
 * Where a State's withdrawal stands on a date under Art. 20(3): none given, notice running, held
 * back by an armed conflict, or taken effect. Computed once per assessment by the {@link Context}.
 */
public final class WithdrawalStatus {

  /** The stages of a withdrawal. */
  public enum Phase {
    /** No notice of withdrawal has been received. */
    NONE,
    /** The six-month notice has not yet expired. */
    NOTICE_RUNNING,
    /** The notice expired while the State was engaged in an armed conflict that has not ended (Art. 20(3)). */
    HELD_BY_ARMED_CONFLICT,
    /** The withdrawal has taken effect: the Convention no longer binds the State. */
    TAKEN_EFFECT
  }

  private static final WithdrawalStatus NONE =
      new WithdrawalStatus(Phase.NONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private final Phase phase;
  private final Optional<LocalDate> receivedOn;
  private final Optional<LocalDate> noticeExpiresOn;
  private final Optional<LocalDate> effectiveOn;
  private final Optional<ArmedConflict> conflictAtExpiry;

  private WithdrawalStatus(
      Phase phase,
      Optional<LocalDate> receivedOn,
      Optional<LocalDate> noticeExpiresOn,
      Optional<LocalDate> effectiveOn,
      Optional<ArmedConflict> conflictAtExpiry) {
    this.phase = phase;
    this.receivedOn = receivedOn;
    this.noticeExpiresOn = noticeExpiresOn;
    this.effectiveOn = effectiveOn;
    this.conflictAtExpiry = conflictAtExpiry;
  }

  /** Returns the status of {@code state}'s withdrawal at the end of {@code asOf}, from the facts known then. */
  static WithdrawalStatus of(State state, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (state.withdrawal().isEmpty()) {
      return NONE;
    }
    LocalDate received = state.withdrawal().get().receivedOn();
    LocalDate expiry = TreatyCalendar.withdrawalNoticeExpiry(received);
    Optional<LocalDate> effective = TreatyCalendar.withdrawalEffective(received, state.armedConflicts());
    Optional<ArmedConflict> conflict =
        TreatyCalendar.conflictsOngoingOn(expiry, state.armedConflicts()).stream().findFirst();
    Phase phase;
    if (effective.isPresent() && !effective.get().isAfter(asOf)) {
      phase = Phase.TAKEN_EFFECT;
    } else if (expiry.isAfter(asOf)) {
      phase = Phase.NOTICE_RUNNING;
    } else {
      phase = Phase.HELD_BY_ARMED_CONFLICT;
    }
    return new WithdrawalStatus(phase, Optional.of(received), Optional.of(expiry), effective, conflict);
  }

  /**
   * Returns the stage the withdrawal has reached.
   *
   * @return the stage
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Returns the day the Depositary received the instrument of withdrawal, if one was given.
   *
   * @return the day of receipt; empty if no withdrawal was given
   */
  public Optional<LocalDate> receivedOn() {
    return receivedOn;
  }

  /**
   * Returns the day the six-month notice expires (or expired), if a withdrawal was given.
   *
   * @return the day of expiry, six months after receipt; empty if no withdrawal was given
   */
  public Optional<LocalDate> noticeExpiresOn() {
    return noticeExpiresOn;
  }

  /**
   * Returns the day the withdrawal takes (or took) effect. While the notice runs this is a
   * projection from the facts known on the assessment date: an armed conflict ongoing then is taken
   * to be ongoing at expiry (Interpretation I-20.2). Empty when no withdrawal was given or an armed
   * conflict with no recorded end holds it back.
   *
   * @return the day the withdrawal takes or took effect; empty if no withdrawal was given, or while an
   *     armed conflict with no recorded end holds it back
   */
  public Optional<LocalDate> effectiveOn() {
    return effectiveOn;
  }

  /**
   * Returns the armed conflict the State is (or is projected to be) engaged in when the notice expires.
   *
   * @return the armed conflict; empty if there is none, or no withdrawal was given
   */
  public Optional<ArmedConflict> conflictAtExpiry() {
    return conflictAtExpiry;
  }

  /**
   * Returns whether the withdrawal has taken effect.
   *
   * @return whether the phase is {@link Phase#TAKEN_EFFECT}
   */
  public boolean hasTakenEffect() {
    return phase == Phase.TAKEN_EFFECT;
  }

  @Override
  public String toString() {
    return phase + effectiveOn.map(day -> " (effective " + day + ")").orElse("");
  }
}
