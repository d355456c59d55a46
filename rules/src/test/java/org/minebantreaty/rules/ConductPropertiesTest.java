package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.Activity;
import org.minebantreaty.core.ActivityKind;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.MineType;
import org.minebantreaty.core.Purpose;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Suspension;
import org.minebantreaty.core.testing.TreatyFacts;

/** Laws of Arts. 1–3, 18, 19 and the exits, over generated States. */
class ConductPropertiesTest {

  private static final Convention CONVENTION = Convention.standard();

  private static List<Finding> violations(Assessment assessment) {
    return assessment.findings().stream().filter(f -> f.status() == Status.VIOLATION).collect(Collectors.toList());
  }

  @Test
  void noViolationIsFoundForActsBeforeTheProhibitionsBind() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Context context = Context.of(state, day, Policies.defaults());
      if (context.prohibitionsBindFrom().isEmpty()) {
        assertThat(violations(CONVENTION.assess(state, day))).isEmpty();
        return;
      }
      LocalDate from = context.prohibitionsBindFrom().get();
      State earlyActsOnly = State.builder().from(state)
          .activities(state.activities().stream().filter(a -> a.on().isBefore(from)).collect(Collectors.toList()))
          .retainedMines(List.of())
          .build();
      assertThat(violations(CONVENTION.assess(earlyActsOnly, day))).isEmpty();
    });
  }

  @Test
  void addingAPermittedTransferNeverAddsAViolation() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days(), TreatyFacts.days()).checkAssert((state, day, when) -> {
      for (Purpose purpose : Purpose.values()) {
        State more = State.builder().from(state)
            .addActivity(Activity.builder().kind(ActivityKind.TRANSFER).on(when).purpose(purpose).build())
            .build();
        assertThat(violations(CONVENTION.assess(more, day))).isEqualTo(violations(CONVENTION.assess(state, day)));
      }
    });
  }

  @Test
  void actsInvolvingMinesThatAreNotAntiPersonnelNeverViolate() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      State vehicleMinesOnly = State.builder().from(state)
          .activities(state.activities().stream()
              .map(a -> Activity.builder().from(a).mineType(MineType.antiVehicle("TM-62M", true)).build())
              .collect(Collectors.toList()))
          .retainedMines(List.of())
          .build();
      assertThat(violations(CONVENTION.assess(vehicleMinesOnly, day))).isEmpty();
    });
  }

  @Test
  void retainedCountsAloneNeverMakeAnArticle3Violation() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) ->
        assertThat(CONVENTION.assess(state, day).findings())
            .filteredOn(f -> f.citation().equals(Citation.article(3, 1)))
            .allSatisfy(f -> assertThat(f.status()).isIn(Status.WARNING, Status.INFORMATION)));
  }

  @Test
  void theStrictReadingOfAssistanceFindsEveryViolationTheNarrowOneDoesAndNoFewer() {
    Policies strict = Policies.builder().assistanceReading(Policies.AssistanceReading.STRICT).build();
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      List<Finding> narrow = violations(CONVENTION.assess(state, day));
      List<Finding> strictly = violations(CONVENTION.assess(state, day, strict));
      assertThat(strictly).containsAll(narrow);
      long contested = strictly.stream().filter(f -> f.citation().equals(Interpretations.STRICT_ASSISTANCE)).count();
      assertThat(strictly).hasSize(narrow.size() + (int) contested);
    });
  }

  @Test
  void aNotifiedSuspensionChangesNoOtherFinding() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      if (state.instrument().isEmpty() || state.suspension().isPresent()) {
        return;
      }
      LocalDate notified = state.instrument().get().depositedOn().plusDays(1);
      State suspended = State.builder().from(state).suspension(Suspension.notifiedOn(notified, "Art. 62 VCLT")).build();
      List<Finding> others = CONVENTION.assess(suspended, day).findings().stream()
          .filter(f -> !f.citation().equals(Interpretations.SUSPENSION)).collect(Collectors.toList());
      assertThat(others).isEqualTo(CONVENTION.assess(state, day).findings());
    });
  }

  @Test
  void aReservationChangesNoDeadline() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      if (state.instrument().isEmpty()) {
        return;
      }
      State reserved = State.builder().from(state)
          .instrument(Instrument.builder().from(state.instrument().get()).addReservation("a reservation").build()).build();
      assertThat(CONVENTION.assess(reserved, day).deadlines()).isEqualTo(CONVENTION.assess(state, day).deadlines());
      boolean deposited = !state.instrument().get().depositedOn().isAfter(day);
      assertThat(CONVENTION.assess(reserved, day).findingsOn(19)).hasSize(deposited ? 1 : 0);
    });
  }

  @Test
  void provisionalApplicationMovesOnlyWhatTheArticle1RuleFinds() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      if (state.instrument().isEmpty()) {
        return;
      }
      State with = State.builder().from(state).instrument(Instrument.builder().from(state.instrument().get()).provisionalApplication(true).build()).build();
      State without = State.builder().from(state).instrument(Instrument.builder().from(state.instrument().get()).provisionalApplication(false).build()).build();
      Convention otherArticles = CONVENTION.withoutArticle(1).withoutArticle(17);
      List<Finding> a = otherArticles.assess(with, day).findings();
      List<Finding> b = otherArticles.assess(without, day).findings();
      assertThat(a).isEqualTo(b);
      assertThat(CONVENTION.assess(with, day).deadlines()).isEqualTo(CONVENTION.assess(without, day).deadlines());
    });
  }

  @Test
  void actionPlanAndInterpretationFindingsAreNeverViolations() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) ->
        assertThat(CONVENTION.assess(state, day).findings())
            .filteredOn(f -> f.citation().source() == Citation.Source.ACTION_PLAN && f.citation().reference().contains("aspiration"))
            .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.INFORMATION)));
  }

  @Test
  void everyViolationIsAnArticle1FindingUnderTheReadingChosen() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days(), org.quicktheories.generators.Generate.enumValues(Policies.AssistanceReading.class))
        .checkAssert((state, day, reading) -> {
          Policies policies = Policies.builder().assistanceReading(reading).build();
          for (Finding violation : violations(CONVENTION.assess(state, day, policies))) {
            assertThat(violation.citation().articleNumber()).as(violation.toString()).isEqualTo(1);
            if (violation.citation().source() == Citation.Source.INTERPRETATION) {
              assertThat(reading).isEqualTo(Policies.AssistanceReading.STRICT);
              assertThat(violation.citation()).isEqualTo(Interpretations.STRICT_ASSISTANCE);
            }
          }
        });
  }

  @Test
  void theRenderedReportsLoseNoFinding() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Assessment assessment = CONVENTION.assess(state, day);
      String text = assessment.toText();
      String markdown = assessment.toMarkdown();
      for (Finding finding : assessment.findings()) {
        assertThat(text).contains(finding.summary());
        assertThat(markdown).contains("**" + finding.status().label() + "**");
        assertThat(text).contains("Art. " + finding.citation().articleNumber() + " — " + Citation.titleOf(finding.citation().articleNumber()));
      }
      assertThat(markdown.lines().filter(line -> line.startsWith("- **")).count()).isEqualTo(assessment.findings().size());
    });
  }
}
