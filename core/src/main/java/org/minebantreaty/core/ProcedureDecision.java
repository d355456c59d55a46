package org.minebantreaty.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision of a Meeting or Special Meeting in an Art. 8 case: to authorise a fact-finding mission
 * (8(8)) or to adopt measures to resolve the matter (8(18)–(20)). A decision taken by consensus has
 * no votes; one put to the vote records them.
 */
@Value.Immutable
public abstract class ProcedureDecision {

  ProcedureDecision() {}

  /** What an Art. 8 decision is about. */
  public enum Matter {
    /** Authorising a fact-finding mission (Art. 8(8)): a majority of those present and voting. */
    FACT_FINDING_MISSION,
    /** Measures to address the compliance issue (Art. 8(18)–(19)): two thirds of those present and voting (8(20)). */
    MEASURES
  }

  /**
   * Returns a decision on {@code matter} taken by consensus on {@code on}.
   *
   * @param matter what was decided on
   * @param on the day of the decision
   * @return the decision, with no votes
   */
  public static ProcedureDecision byConsensus(Matter matter, LocalDate on) {
    return ImmutableProcedureDecision.builder().matter(matter).decidedOn(on).build();
  }

  /**
   * Returns a decision on {@code matter} put to the vote on {@code on}.
   *
   * @param matter what was decided on
   * @param on the day of the decision
   * @param votes the vote
   * @return the decision
   */
  public static ProcedureDecision byVote(Matter matter, LocalDate on, Votes votes) {
    return ImmutableProcedureDecision.builder().matter(matter).decidedOn(on).votes(votes).build();
  }

  /**
   * What was decided on.
   *
   * @return what was decided on
   */
  public abstract Matter matter();

  /**
   * The day of the decision.
   *
   * @return the day of the decision
   */
  public abstract LocalDate decidedOn();

  /**
   * The vote; empty for a decision by consensus.
   *
   * @return the vote, or empty for a decision by consensus
   */
  public abstract Optional<Votes> votes();
}
