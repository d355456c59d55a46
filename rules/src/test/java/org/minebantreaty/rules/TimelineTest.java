package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.testing.TreatyFacts;

/**
 * The timeline is what assessing day by day would say, computed from events; its periods of
 * non-compliance are the runs of days with an adverse finding; comparisons say what was and what is.
 */
class TimelineTest {

  private static final Convention CONVENTION = Convention.standard();

  @Test
  void onEveryDayTheTimelineIsWhereADayByDayAssessmentFindsAGeneratedState() {
    qt().withExamples(TreatyFacts.examples(60)).forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, seed) -> {
      SplittableRandom random = new SplittableRandom(seed.toEpochDay());
      LocalDate from = state.signedOn().or(() -> state.instrument().map(i -> i.depositedOn())).orElse(LocalDate.of(1997, 12, 3)).minusDays(random.nextInt(400));
      holdsDayByDay(state, from, from.plusYears(12 + random.nextInt(30)), randomPolicies(random));
    });
  }

  @Test
  void theRichestGeneratedHistoriesHoldDayByDayFrom1997To2035() {
    // The richest of a fixed draw, whatever the run's example count: every kind of fact, many of each.
    List<State> drawn = new ArrayList<>();
    qt().withFixedSeed(20261203L).withExamples(300).forAll(TreatyFacts.states()).checkAssert(drawn::add);
    drawn.sort(Comparator.comparingInt((State state) -> state.factDates().size()).reversed());
    SplittableRandom random = new SplittableRandom(1997);
    for (State state : drawn.subList(0, 2)) {
      holdsDayByDay(state, LocalDate.of(1997, 12, 3), LocalDate.of(2035, 12, 31), randomPolicies(random));
    }
  }

  /** What findings decide, written out here rather than through {@link Comparison}, which the law also checks. */
  private static List<List<Object>> decisions(List<Finding> findings) {
    List<List<Object>> decided = new ArrayList<>();
    for (Finding finding : findings) {
      decided.add(decision(finding));
    }
    return decided;
  }

  private static List<Object> decision(Finding finding) {
    return List.of(finding.code(), finding.subject(), finding.citation(), finding.status(), finding.deadline(), finding.metOn(),
        finding.minesRemaining(), finding.areasOutstanding(), finding.adopted(), finding.convened());
  }

  /** A comparison's differences, each by what its findings decide. */
  private static List<List<Object>> differences(Comparison comparison) {
    List<List<Object>> differences = new ArrayList<>();
    for (Comparison.Difference difference : comparison.differences()) {
      differences.add(List.of(difference.id(), difference.aspects(), difference.before().map(TimelineTest::decision),
          difference.after().map(TimelineTest::decision)));
    }
    return differences;
  }

  private static Policies randomPolicies(SplittableRandom random) {
    return Policies.builder()
        .assistanceReading(Policies.AssistanceReading.values()[random.nextInt(2)])
        .lateStockpileClock(Policies.LateStockpileClock.values()[random.nextInt(2)])
        .retainedMinesUnchangedYears(1 + random.nextInt(5))
        .build();
  }

  /**
   * The law, checked against assessing every day: on each day the timeline's findings decide what the
   * assessment's decide, and on the day of a fact they are the assessment's word for word; its
   * deadlines are the assessment's; its events are exactly the days on which that assessment decides
   * otherwise than the day before's, each with what a comparison of the two days says.
   */
  private static void holdsDayByDay(State state, LocalDate from, LocalDate to, Policies policies) {
    Timeline timeline = CONVENTION.timeline(state, from, to, policies);
    Map<LocalDate, Comparison> events = new HashMap<>();
    for (Timeline.Event event : timeline.events()) {
      assertThat(events.put(event.day(), event.comparison())).as("%s: two events on %s", state.iso3(), event.day()).isNull();
    }
    assertThat(timeline.events().get(0).day()).isEqualTo(from);
    Assessment yesterday = null;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Assessment today = CONVENTION.assess(state, day, policies);
      if (state.factDates().contains(day)) {
        assertThat(timeline.findingsOn(day)).as("%s on %s, a day of its facts", state.iso3(), day).isEqualTo(today.findings());
      } else {
        assertThat(decisions(timeline.findingsOn(day))).as("%s on %s", state.iso3(), day).isEqualTo(decisions(today.findings()));
      }
      assertThat(timeline.deadlinesOn(day)).as("%s's deadlines on %s", state.iso3(), day).isEqualTo(today.deadlines());
      if (yesterday != null) {
        Comparison expected = Comparison.of(yesterday, today);
        if (expected.isEmpty()) {
          assertThat(events).as("%s: an event on %s, when nothing changed", state.iso3(), day).doesNotContainKey(day);
        } else {
          assertThat(events).as("%s: no event on %s:\n%s", state.iso3(), day, expected).containsKey(day);
          Comparison event = events.get(day);
          assertThat(differences(event)).as("%s on %s", state.iso3(), day).isEqualTo(differences(expected));
          assertThat(event.deadlineChanges()).as("%s on %s", state.iso3(), day).isEqualTo(expected.deadlineChanges());
          assertThat(decisions(event.after().findings())).isEqualTo(decisions(today.findings()));
          assertThat(decisions(event.before().findings())).isEqualTo(decisions(yesterday.findings()));
        }
      }
      yesterday = today;
    }
  }

  @Test
  void greeceIsNonCompliantOnArticle4FromTheDayAfterItsDeadlineUntilItDestroysItsLastMine() {
    State greece = Cases.greece().addStockpile(Stockpile.builder().quantity(1_586_159)
        .addDestruction(Destruction.of(LocalDate.of(2009, 6, 1), 1_000_000))
        .addDestruction(Destruction.of(LocalDate.of(2017, 4, 5), 586_159)).build()).build();
    Timeline timeline = CONVENTION.timeline(greece, LocalDate.of(1997, 12, 3), LocalDate.of(2035, 12, 31));
    Timeline.NonCompliancePeriod article4 = timeline.nonCompliance().stream()
        .filter(period -> period.finding().code().equals(FindingCodes.ART4_STOCKPILE_DESTRUCTION)).findFirst().orElseThrow();
    assertThat(article4.firstDay()).isEqualTo(LocalDate.of(2008, 3, 2));
    assertThat(article4.lastDay()).contains(LocalDate.of(2017, 4, 4));
    // Both ends included: 3,321 days. The 3,322 days late count to the day it was met, 5 April 2017, which is not one of them.
    assertThat(article4.days()).isEqualTo(3_321);
    assertThat(timeline.toText()).contains("Art. 4: from 2 March 2008 to 4 April 2017 (3,321 days)");
    // The events: bound from 1 March 2004, overdue from 2 March 2008, met late from 5 April 2017.
    assertThat(timeline.events()).extracting(Timeline.Event::day)
        .contains(LocalDate.of(2003, 9, 25), LocalDate.of(2004, 3, 1), LocalDate.of(2008, 3, 2), LocalDate.of(2017, 4, 5));
    Comparison overdue = timeline.events().stream().filter(event -> event.day().equals(LocalDate.of(2008, 3, 2))).findFirst().orElseThrow().comparison();
    assertThat(overdue.changed()).anySatisfy(difference -> {
      assertThat(difference.id().code()).isEqualTo(FindingCodes.ART4_STOCKPILE_DESTRUCTION);
      assertThat(difference.aspects()).contains(Comparison.Aspect.STATUS);
      assertThat(difference.before().orElseThrow().status()).isEqualTo(Status.PENDING);
      assertThat(difference.after().orElseThrow().status()).isEqualTo(Status.OVERDUE);
    });
    assertThat(timeline.findingsOn(LocalDate.of(2010, 1, 1))).filteredOn(f -> f.code().equals(FindingCodes.ART4_STOCKPILE_DESTRUCTION))
        .singleElement().extracting(Finding::status).isEqualTo(Status.OVERDUE);
    Timeline ongoing = CONVENTION.timeline(Cases.greece().addStockpile(Stockpile.builder().quantity(10).build()).build(),
        LocalDate.of(2004, 1, 1), LocalDate.of(2026, 12, 2));
    assertThat(ongoing.nonCompliance()).filteredOn(p -> p.finding().code().equals(FindingCodes.ART4_STOCKPILE_DESTRUCTION)).singleElement()
        .satisfies(period -> {
          assertThat(period.isOngoing()).isTrue();
          assertThat(period.days()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2008, 3, 2), LocalDate.of(2026, 12, 2)) + 1);
        });
  }

  @Test
  void aGrantMovesTheArticle5DeadlineAndTheComparisonSaysFromWhatToWhat() {
    State before = Cases.greece().minedAreasKnown(true)
        .addMinedArea(org.minebantreaty.core.MinedArea.builder().id("A").identifiedOn(LocalDate.of(2004, 3, 1)).build()).build();
    State granted = State.builder().from(before)
        .addExtensionRequest(org.minebantreaty.core.ExtensionRequest.grantedOn(LocalDate.of(2013, 12, 1), LocalDate.of(2018, 3, 1))).build();
    Comparison whatIf = CONVENTION.assess(before, LocalDate.of(2015, 1, 1)).compare(CONVENTION.assess(granted, LocalDate.of(2015, 1, 1)));
    assertThat(whatIf.deadlineChanges()).singleElement().isEqualTo(new Comparison.DeadlineChange(
        Comparison.Deadline.MINED_AREA_CLEARANCE, Optional.of(LocalDate.of(2014, 3, 1)), Optional.of(LocalDate.of(2018, 3, 1))));
    assertThat(whatIf.changed()).anySatisfy(difference -> {
      assertThat(difference.id().code()).isEqualTo(FindingCodes.ART5_1_CLEARANCE);
      assertThat(difference.aspects()).contains(Comparison.Aspect.STATUS, Comparison.Aspect.DEADLINE);
    });
    assertThat(whatIf.added()).extracting(d -> d.id().code()).contains(FindingCodes.ART5_3_REQUEST);
    assertThat(whatIf.toText()).contains("~ Art. 5(1): status overdue → pending; deadline 1 March 2014 → 1 March 2018")
        .contains("mined-area clearance (Art. 5): 1 March 2014 → 1 March 2018");
    assertThat(whatIf.toText(java.util.Locale.FRENCH)).doesNotContain("status").doesNotContain("deadline");
    Timeline history = CONVENTION.timeline(granted, LocalDate.of(2003, 1, 1), LocalDate.of(2020, 1, 1));
    assertThat(history.deadlineHistory(Comparison.Deadline.MINED_AREA_CLEARANCE)).extracting(Timeline.Event::day)
        .containsExactly(LocalDate.of(2003, 9, 25), LocalDate.of(2013, 12, 1));
    assertThat(history.toText()).contains("Deadlines moved\n").contains("  1 December 2013: mined-area clearance (Art. 5) 1 March 2014 → 1 March 2018\n");
    assertThat(history.toText(java.util.Locale.FRENCH)).contains("1er décembre 2013 : ");
    assertThat(CONVENTION.assess(before, LocalDate.of(2015, 1, 1)).compare(CONVENTION.assess(before, LocalDate.of(2015, 1, 1))).isEmpty()).isTrue();
  }

  @Test
  void aTimelineRunsForwardWithinItsDays() {
    assertThatThrownBy(() -> CONVENTION.timeline(Cases.greece().build(), LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs forward");
    Timeline timeline = CONVENTION.timeline(Cases.greece().build(), LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
    assertThatThrownBy(() -> timeline.findingsOn(LocalDate.of(2012, 1, 1))).hasMessageContaining("outside the timeline");
    assertThatThrownBy(() -> Comparison.of(CONVENTION.assess(Cases.greece().build(), LocalDate.of(2010, 1, 1)),
        CONVENTION.assess(Cases.ukraine().build(), LocalDate.of(2010, 1, 1)))).hasMessageContaining("one State");
  }
}
