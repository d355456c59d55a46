package org.minebantreaty.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.State;
import org.minebantreaty.rules.ArticleRule;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Citation;
import org.minebantreaty.rules.Comparison;
import org.minebantreaty.rules.Context;
import org.minebantreaty.rules.Convention;
import org.minebantreaty.rules.Finding;
import org.minebantreaty.rules.FindingCodes;
import org.minebantreaty.rules.Phrase;
import org.minebantreaty.rules.Status;
import org.minebantreaty.rules.Subject;
import org.minebantreaty.rules.Timeline;

/**
 * A timeline with a rule of a caller's own, written as carelessly as a caller may: it refills one
 * list on every call, and its finding shares its id with one of the library's. The timeline still
 * stands where an assessment on each day stands, and each event says what a comparison of the whole
 * assessments says.
 */
class TimelineCallerRuleTest {

  /** A national plan's own deadline for the annual report, with the library's code and subject for it. */
  static final class NationalReportingPlan extends ArticleRule<State> {
    private final List<Finding> reused = new ArrayList<>();

    NationalReportingPlan() {
      super(Subject.STATE, Citation.article(7, 2));
    }

    @Override
    public List<Finding> evaluate(State state, Context context) {
      LocalDate deadline = LocalDate.of(2010, 6, 30);
      reused.clear();
      reused.add(Finding.builder()
          .code(FindingCodes.ART7_2_ANNUAL_REPORT)
          .citation(Citation.article(7, 2))
          .status(context.judgedOn().isAfter(deadline) ? Status.INFORMATION : Status.PENDING)
          .subject(context.stateName() + ", annual report next due")
          .deadline(deadline)
          .summary(Phrase.verbatim("The national plan asks for the report by 30 June 2010."))
          .build());
      return reused;
    }
  }

  @Test
  void aCallersRuleThatRefillsOneListAndSharesAnIdIsFollowedDayByDay() {
    Convention convention = Convention.standard().withRule(new NationalReportingPlan());
    State greece = StatesParties.byCode("GRC").orElseThrow();
    LocalDate from = LocalDate.of(2008, 1, 1);
    LocalDate to = LocalDate.of(2012, 12, 31);
    Timeline timeline = convention.timeline(greece, from, to);
    List<String> wrong = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Comparison comparison = Comparison.of(timeline.assessmentFrom(day), convention.assess(greece, day));
      if (!comparison.isEmpty()) {
        wrong.add(day + ":\n" + comparison.toText());
        break;
      }
    }
    Assessment before = null;
    for (Timeline.Event event : timeline.events()) {
      if (before != null && !Comparison.of(before, event.comparison().after()).differences().equals(event.comparison().differences())) {
        wrong.add("the event of " + event.day() + " says\n" + event.comparison().toText());
      }
      before = event.comparison().after();
    }
    assertThat(wrong).isEmpty();
    assertThat(timeline.events()).extracting(Timeline.Event::day).contains(LocalDate.of(2010, 7, 1));
  }
}
