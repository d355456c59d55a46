package org.minebantreaty.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Comparison;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Timeline;

/**
 * The law of the timeline, over every real State: on every day from its signature (or 1997) to
 * 2035, where the timeline says the State stood is where an assessment on that day finds it, in every
 * finding's status, deadline, day met and outcomes, and in every deadline at a glance; and each of
 * its events lists, in order, what a comparison of the assessments it joins lists.
 */
class TimelineLawTest {

  private static final LocalDate END = LocalDate.of(2035, 12, 31);

  @Test
  void everyRealStatesTimelineEqualsItsDayByDayAssessments() {
    Convention convention = Convention.standard();
    List<String> wrong = new ArrayList<>();
    long days = 0;
    for (State state : StatesParties.all()) {
      LocalDate start = state.signedOn().orElse(LocalDate.of(1997, 1, 1));
      if (state.instrument().isPresent() && state.instrument().get().depositedOn().isBefore(start)) {
        start = state.instrument().get().depositedOn();
      }
      Timeline timeline = convention.timeline(state, start, END);
      // Each event after the first says what a comparison of the previous event's assessment with its own says.
      Assessment before = null;
      for (Timeline.Event event : timeline.events()) {
        if (before != null) {
          Comparison expected = Comparison.of(before, event.comparison().after());
          if (!expected.differences().equals(event.comparison().differences())
              || !expected.deadlineChanges().equals(event.comparison().deadlineChanges())) {
            wrong.add(state.iso3() + " on " + event.day() + ": the event says\n" + event.comparison().toText() + "\nbut a comparison says\n" + expected.toText());
          }
        }
        before = event.comparison().after();
      }
      for (LocalDate day = start; !day.isAfter(END); day = day.plusDays(1)) {
        Assessment assessed = convention.assess(state, day);
        Assessment known = timeline.assessmentFrom(day);
        Comparison comparison = Comparison.of(known, assessed);
        if (!comparison.isEmpty()) {
          wrong.add(state.iso3() + " on " + day + ":\n" + comparison.toText());
          break;
        }
        days++;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(days).isGreaterThan(2_000_000);
  }
}
