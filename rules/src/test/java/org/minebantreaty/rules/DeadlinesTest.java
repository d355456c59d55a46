package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.minebantreaty.core.testing.TreatyFacts;

/** The deadlines alone are the deadlines of the full assessment, for any State on any day. */
class DeadlinesTest {

  @Test
  void theDeadlinesAloneAreTheAssessmentsDeadlines() {
    qt().withExamples(TreatyFacts.examples(3000)).forAll(TreatyFacts.states(), TreatyFacts.assessmentDays()).checkAssert((state, day) ->
        assertThat(Convention.deadlines(state, day)).isEqualTo(Convention.standard().assess(state, day).deadlines()));
  }
}
