package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.testing.TreatyFacts;

/**
 * A comparison says, finding by finding, what was and what is: checked against a plain matching by
 * id, written here independently, and on worked cases whose every line is known.
 */
class ComparisonTest {

  private static final Convention CONVENTION = Convention.standard();

  @Test
  void findingsWithOneIdEachAreMatchedByIdAndComparedInWhatTheyDecide() {
    qt().withExamples(TreatyFacts.examples(400)).forAll(TreatyFacts.states(), TreatyFacts.days(), TreatyFacts.days()).checkAssert((state, one, other) -> {
      Assessment before = CONVENTION.assess(state, one);
      Assessment after = CONVENTION.assess(state, other);
      Comparison comparison = Comparison.of(before, after);
      assertThat(comparison.before()).isSameAs(before);
      assertThat(comparison.after()).isSameAs(after);
      Map<FindingId, Finding> was = byId(before.findings());
      Map<FindingId, Finding> is = byId(after.findings());
      if (was == null || is == null) {
        return;
      }
      Map<FindingId, Set<Comparison.Aspect>> expected = new LinkedHashMap<>();
      is.forEach((id, finding) -> {
        Finding earlier = was.get(id);
        Set<Comparison.Aspect> aspects = earlier == null ? EnumSet.of(Comparison.Aspect.APPEARED) : decidedOtherwise(earlier, finding);
        if (!aspects.isEmpty()) {
          expected.put(id, aspects);
        }
      });
      was.keySet().stream().filter(id -> !is.containsKey(id)).forEach(id -> expected.put(id, EnumSet.of(Comparison.Aspect.DISAPPEARED)));
      Map<FindingId, Set<Comparison.Aspect>> actual = new LinkedHashMap<>();
      for (Comparison.Difference difference : comparison.differences()) {
        actual.put(difference.id(), difference.aspects());
        assertThat(difference.before()).isEqualTo(java.util.Optional.ofNullable(was.get(difference.id())));
        assertThat(difference.after()).isEqualTo(java.util.Optional.ofNullable(is.get(difference.id())));
      }
      assertThat(actual).as("%s from %s to %s", state.iso3(), one, other).containsExactlyEntriesOf(expected);
      assertThat(comparison.added()).extracting(Comparison.Difference::id)
          .containsExactlyElementsOf(expected.entrySet().stream().filter(e -> e.getValue().contains(Comparison.Aspect.APPEARED)).map(Map.Entry::getKey).toList());
      assertThat(comparison.removed()).extracting(Comparison.Difference::id)
          .containsExactlyElementsOf(expected.entrySet().stream().filter(e -> e.getValue().contains(Comparison.Aspect.DISAPPEARED)).map(Map.Entry::getKey).toList());
      assertThat(comparison.changed()).extracting(Comparison.Difference::id)
          .containsExactlyElementsOf(expected.entrySet().stream()
              .filter(e -> !e.getValue().contains(Comparison.Aspect.APPEARED) && !e.getValue().contains(Comparison.Aspect.DISAPPEARED)).map(Map.Entry::getKey).toList());
      List<Comparison.Deadline> moved = new ArrayList<>();
      for (Comparison.Deadline deadline : Comparison.Deadline.values()) {
        if (!deadline.in(before.deadlines()).equals(deadline.in(after.deadlines()))) {
          moved.add(deadline);
        }
      }
      assertThat(comparison.deadlineChanges()).extracting(Comparison.DeadlineChange::deadline).containsExactlyElementsOf(moved);
      assertThat(comparison.isEmpty()).isEqualTo(expected.isEmpty() && moved.isEmpty());
      assertThat(comparison.toText().lines().count()).isEqualTo(Math.max(1, expected.size() + moved.size()));
    });
  }

  /** The findings by id, or null when two share one (then the plain matching does not apply). */
  private static Map<FindingId, Finding> byId(List<Finding> findings) {
    Map<FindingId, Finding> byId = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (byId.put(finding.id(), finding) != null) {
        return null;
      }
    }
    return byId;
  }

  private static Set<Comparison.Aspect> decidedOtherwise(Finding was, Finding is) {
    Set<Comparison.Aspect> aspects = EnumSet.noneOf(Comparison.Aspect.class);
    Map<Comparison.Aspect, List<Object>> pairs = new HashMap<>();
    pairs.put(Comparison.Aspect.STATUS, java.util.Arrays.asList(was.status(), is.status()));
    pairs.put(Comparison.Aspect.DEADLINE, List.of(was.deadline(), is.deadline()));
    pairs.put(Comparison.Aspect.MET_ON, List.of(was.metOn(), is.metOn()));
    pairs.put(Comparison.Aspect.MINES_REMAINING, List.of(was.minesRemaining(), is.minesRemaining()));
    pairs.put(Comparison.Aspect.AREAS_OUTSTANDING, List.of(was.areasOutstanding(), is.areasOutstanding()));
    pairs.put(Comparison.Aspect.ADOPTED, List.of(was.adopted(), is.adopted()));
    pairs.put(Comparison.Aspect.CONVENED, List.of(was.convened(), is.convened()));
    pairs.forEach((aspect, pair) -> {
      if (!pair.get(0).equals(pair.get(1))) {
        aspects.add(aspect);
      }
    });
    return aspects;
  }

  @Test
  void greeceMissingItsArticle4DeadlineReadsLineByLine() {
    State greece = Cases.greece().addStockpile(Stockpile.builder().quantity(1_586_159)
        .addDestruction(Destruction.of(LocalDate.of(2017, 4, 5), 1_586_159)).build()).build();
    Comparison overdue = Comparison.of(CONVENTION.assess(greece, LocalDate.of(2008, 3, 1)), CONVENTION.assess(greece, LocalDate.of(2008, 3, 2)));
    assertThat(overdue.changed()).singleElement().satisfies(difference -> {
      assertThat(difference.id().code()).isEqualTo(FindingCodes.ART4_STOCKPILE_DESTRUCTION);
      assertThat(difference.aspects()).containsExactly(Comparison.Aspect.STATUS);
    });
    assertThat(overdue.added()).isEmpty();
    assertThat(overdue.removed()).isEmpty();
    assertThat(overdue.toText()).startsWith("~ Art. 4: status pending → overdue — ");
    assertThat(overdue.toString()).isEqualTo(overdue.toText());

    Comparison met = Comparison.of(CONVENTION.assess(greece, LocalDate.of(2017, 4, 4)), CONVENTION.assess(greece, LocalDate.of(2017, 4, 5)));
    Comparison.Difference article4 = met.changed().stream()
        .filter(difference -> difference.id().code().equals(FindingCodes.ART4_STOCKPILE_DESTRUCTION)).findFirst().orElseThrow();
    assertThat(article4.aspects()).contains(Comparison.Aspect.STATUS, Comparison.Aspect.MET_ON, Comparison.Aspect.MINES_REMAINING);
    assertThat(met.toText()).contains("status overdue → met late").contains("met on — → 5 April 2017").contains("mines remaining 1,586,159 → 0");

    Comparison none = Comparison.of(CONVENTION.assess(greece, LocalDate.of(2010, 6, 1)), CONVENTION.assess(greece, LocalDate.of(2010, 6, 2)));
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.toText()).isEqualTo("No difference in any finding or deadline\n");

    Comparison bound = Comparison.of(CONVENTION.assess(greece, LocalDate.of(2004, 2, 29)), CONVENTION.assess(greece, LocalDate.of(2004, 3, 1)));
    assertThat(bound.added()).isNotEmpty().allSatisfy(difference -> assertThat(difference.aspects()).containsExactly(Comparison.Aspect.APPEARED));
    assertThat(bound.toText()).contains("~ Art. 4: status not yet binding → pending; mines remaining — → 1,586,159 — ")
        .contains("+ Art. 7(1) — pending: Initial report due by 28 August 2004\n")
        .contains("− Art. 7(1) — not yet binding: ");
    Comparison deposited = Comparison.of(CONVENTION.assess(greece, LocalDate.of(2003, 9, 24)), CONVENTION.assess(greece, LocalDate.of(2003, 9, 25)));
    assertThat(deposited.deadlineChanges()).anySatisfy(change -> {
      assertThat(change.deadline()).isEqualTo(Comparison.Deadline.STOCKPILE_DESTRUCTION);
      assertThat(change.before()).isEmpty();
      assertThat(change.after()).contains(LocalDate.of(2008, 3, 1));
    });
    assertThat(deposited.toText()).contains(Comparison.Deadline.STOCKPILE_DESTRUCTION.label(Locale.ENGLISH) + ": — → 1 March 2008");
    Comparison back = Comparison.of(CONVENTION.assess(greece, LocalDate.of(2004, 3, 1)), CONVENTION.assess(greece, LocalDate.of(2004, 2, 29)));
    assertThat(back.removed()).hasSameSizeAs(bound.added());
    assertThat(back.toText()).contains("− Art. 7(1) — pending: Initial report due by 28 August 2004\n")
        .contains("~ Art. 4: status pending → not yet binding; mines remaining 1,586,159 → — — ");
  }

  @Test
  void aComparisonIsItsTwoAssessments() {
    Assessment one = CONVENTION.assess(Cases.greece().build(), LocalDate.of(2010, 1, 1));
    Assessment two = CONVENTION.assess(Cases.greece().build(), LocalDate.of(2011, 1, 1));
    assertThat(Comparison.of(one, two)).isEqualTo(Comparison.of(one, two)).hasSameHashCodeAs(Comparison.of(one, two))
        .isNotEqualTo(Comparison.of(two, one)).isNotEqualTo(Comparison.of(one, one)).isNotEqualTo(one);
  }

  @Test
  void theDeadlinesAtAGlanceAreNamedAndOnlyTheFirstDaysOfSomethingTurnOnTheirOwnDay() {
    Set<Comparison.Deadline> firstDays = new HashSet<>();
    for (Comparison.Deadline deadline : Comparison.Deadline.values()) {
      assertThat(deadline.label(Locale.ENGLISH)).isNotBlank().contains("Art. ");
      if (deadline.isFirstDay()) {
        firstDays.add(deadline);
      }
    }
    assertThat(firstDays).containsExactlyInAnyOrder(Comparison.Deadline.ENTRY_INTO_FORCE, Comparison.Deadline.WITHDRAWAL_EFFECTIVE);
    assertThat(Comparison.Deadline.STOCKPILE_DESTRUCTION.label(Locale.ENGLISH)).isEqualTo("stockpile destruction (Art. 4)");
  }
}
