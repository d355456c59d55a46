package org.minebantreaty.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import org.minebantreaty.core.State;

/**
 * Where one State stands under the Convention on one date: every finding, in article order, and its
 * {@link Deadlines} at a glance. Equal inputs give equal assessments.
 */
public final class Assessment {

  private final State state;
  private final LocalDate asOf;
  private final Policies policies;
  private final ImmutableList<Finding> findings;
  private final Deadlines deadlines;
  private final WithdrawalStatus withdrawal;

  Assessment(Context context, State state, ImmutableList<Finding> findings) {
    this.state = state;
    this.asOf = context.asOf();
    this.policies = context.policies();
    this.findings = findings;
    this.deadlines = Deadlines.of(context);
    this.withdrawal = context.withdrawal();
  }

  /** Returns the State assessed, as given (facts after the assessment date included, though ignored). */
  public State state() {
    return state;
  }

  /** Returns the assessment date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the caller's choices the assessment applied. */
  public Policies policies() {
    return policies;
  }

  /** Returns every finding, ordered by the article of the rule that produced it. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** Returns the findings whose citation is, or bears on, {@code article}. */
  public ImmutableList<Finding> findingsOn(int article) {
    return findings.stream().filter(f -> f.citation().articleNumber() == article).collect(ImmutableList.toImmutableList());
  }

  /** Returns the findings of non-compliance: overdue, non-compliant, violation. */
  public ImmutableList<Finding> adverseFindings() {
    return findings.stream().filter(f -> f.status().isAdverse()).collect(ImmutableList.toImmutableList());
  }

  /** Returns the State's dates at a glance. */
  public Deadlines deadlines() {
    return deadlines;
  }

  /** Returns where the State's withdrawal stands. */
  public WithdrawalStatus withdrawal() {
    return withdrawal;
  }

  /** Returns the assessment as plain text: a heading, then each finding with its reasons. */
  public String toText() {
    StringBuilder text = new StringBuilder()
        .append(Wording.state(state)).append(" as of ").append(Wording.date(asOf)).append('\n');
    for (Finding finding : findings) {
      text.append("  ").append(finding.toString().replace("\n", "\n  ")).append('\n');
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Assessment)) {
      return false;
    }
    Assessment that = (Assessment) other;
    return state.equals(that.state) && asOf.equals(that.asOf) && policies.equals(that.policies) && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, asOf, policies, findings);
  }

  @Override
  public String toString() {
    return toText();
  }
}
