package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.State;
import org.minebantreaty.core.TransparencyReport;
import org.minebantreaty.core.TreatyCalendar;
import org.minebantreaty.core.testing.TreatyFacts;
import org.minebantreaty.core.Withdrawal;

/** Laws every assessment obeys, checked over generated States and dates. */
class ConventionPropertiesTest {

  private static final Convention CONVENTION = Convention.standard();

  @Test
  void noValidStateMakesAssessThrow() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) ->
        assertThatCode(() -> CONVENTION.assess(state, day)).doesNotThrowAnyException());
  }

  @Test
  void equalInputsGiveEqualFindings() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      State copy = State.builder().from(state).build();
      assertThat(CONVENTION.assess(copy, day)).isEqualTo(CONVENTION.assess(state, day));
      assertThat(CONVENTION.assess(state, day).findings()).isEqualTo(CONVENTION.assess(state, day).findings());
    });
  }

  @Test
  void addingFactsDatedAfterTheAssessmentDateNeverChangesTheAssessment() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days(), TreatyFacts.days()).checkAssert((state, day, laterSeed) -> {
      LocalDate later = day.plusDays(1 + Math.floorMod(laterSeed.toEpochDay(), 5000));
      State.Builder more = State.builder().from(state)
          .addMinedArea(MinedArea.builder().id("found-later-" + later).identifiedOn(later).build())
          .addTransparencyReport(TransparencyReport.annual(Year.of(later.getYear() - 1), later))
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(later).requestedUntil(later.plusYears(12)).build())
          .addArmedConflict(ArmedConflict.ongoingSince("later conflict", later));
      if (state.instrument().isEmpty()) {
        LocalDate deposit = state.signedOn().filter(signed -> signed.isAfter(later)).orElse(later);
        more.instrument(Instrument.of(state.signedOn().isPresent()
            ? org.minebantreaty.core.InstrumentKind.RATIFICATION : org.minebantreaty.core.InstrumentKind.ACCESSION, deposit));
      } else if (state.withdrawal().isEmpty()) {
        more.withdrawal(Withdrawal.receivedOn(later.isAfter(state.instrument().get().depositedOn()) ? later : state.instrument().get().depositedOn().plusDays(1)));
      }
      State extended = more.build();
      if (extended.withdrawal().map(w -> !w.receivedOn().isAfter(day)).orElse(false) && state.withdrawal().isEmpty()) {
        return;
      }
      assertThat(CONVENTION.assess(extended, day).findings()).isEqualTo(CONVENTION.assess(state, day).findings());
      assertThat(CONVENTION.assess(extended, day).deadlines()).isEqualTo(CONVENTION.assess(state, day).deadlines());
    });
  }

  @Test
  void assessingTheFactsAsKnownOnTheDateGivesTheSameFindings() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) ->
        assertThat(CONVENTION.assess(state.asKnownOn(day), day).findings()).isEqualTo(CONVENTION.assess(state, day).findings()));
  }

  @Test
  void noGrantedExtensionAddsMoreThanTenYearsAndTheDeadlineNeverMovesBack() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Context context = Context.of(state, day, Policies.defaults());
      context.clearance().ifPresent(schedule -> {
        LocalDate previous = schedule.originalDeadline();
        for (ExtensionStep step : schedule.steps()) {
          if (step.runsFromDiscovery()) {
            assertThat(step.deadlineExtended()).isAfter(previous)
                .isEqualTo(schedule.previouslyUnknownAreas().stream().map(area -> area.identifiedOn().orElseThrow()).min(LocalDate::compareTo).orElseThrow());
          } else {
            assertThat(step.deadlineExtended()).isEqualTo(previous);
          }
          LocalDate base = step.deadlineExtended();
          assertThat(step.resultingDeadline()).isAfterOrEqualTo(base).isBeforeOrEqualTo(TreatyCalendar.extensionCeiling(base));
          previous = step.resultingDeadline();
        }
        assertThat(schedule.currentDeadline()).isEqualTo(previous);
      });
    });
  }

  @Test
  void everyRequestOrGrantOverTenYearsIsFlaggedUnderArticle5Paragraph3() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Context context = Context.of(state, day, Policies.defaults());
      if (context.clearance().isEmpty()) {
        return;
      }
      Assessment assessment = CONVENTION.assess(state, day);
      long flagged = assessment.findings().stream()
          .filter(f -> f.citation().equals(Citation.article(5, 3)) && f.status() == Status.NONCOMPLIANT).count();
      long expected = 0;
      for (ExtensionRequest request : context.state().extensionRequests()) {
        LocalDate ceiling = TreatyCalendar.extensionCeiling(context.clearance().get().deadlineExtendedBy(request));
        if (request.requestedUntil().map(until -> until.isAfter(ceiling)).orElse(false)) {
          expected++;
        }
        Optional<ExtensionStep> step = context.clearance().get().stepFor(request);
        if (step.isPresent() && !step.get().lacksMajority() && step.get().exceedsCeiling()) {
          expected++;
        }
      }
      assertThat(flagged).isEqualTo(expected);
    });
  }

  @Test
  void aWithdrawalNeverTakesEffectWhileTheStateIsEngagedInAnArmedConflictAtExpiry() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Assessment assessment = CONVENTION.assess(state, day);
      assessment.deadlines().withdrawalEffective().ifPresent(effective -> {
        State known = state.asKnownOn(day);
        assertThat(TreatyCalendar.engagedInArmedConflictOn(effective, known.armedConflicts())).isFalse();
        LocalDate expiry = TreatyCalendar.withdrawalNoticeExpiry(known.withdrawal().orElseThrow().receivedOn());
        assertThat(effective).isAfterOrEqualTo(expiry);
      });
      if (assessment.withdrawal().phase() == WithdrawalStatus.Phase.HELD_BY_ARMED_CONFLICT) {
        assertThat(Cases.citing(assessment, "Art. 20(3)")).singleElement().satisfies(f -> assertThat(f.summary()).contains("every obligation still binds"));
      }
    });
  }

  @Test
  void overdueFindingsArePastTheirDeadlineAndPendingOnesAreNot() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      for (Finding finding : CONVENTION.assess(state, day).findings()) {
        if (finding.status() == Status.OVERDUE) {
          assertThat(finding.deadline().orElseThrow()).as(finding.toString()).isBefore(day);
        }
        if (finding.status() == Status.PENDING && finding.deadline().isPresent()) {
          assertThat(finding.deadline().get()).as(finding.toString()).isAfterOrEqualTo(Context.of(state, day, Policies.defaults()).judgedOn());
        }
      }
    });
  }

  @Test
  void metFindingsAreMetByTheirDeadlineAndLateOnesAfterIt() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      for (Finding finding : CONVENTION.assess(state, day).findings()) {
        if (finding.status() == Status.MET && finding.deadline().isPresent()) {
          assertThat(finding.metOn().orElseThrow()).as(finding.toString()).isBeforeOrEqualTo(finding.deadline().get());
        }
        if (finding.status() == Status.MET_LATE) {
          assertThat(finding.metOn().orElseThrow()).as(finding.toString()).isAfter(finding.deadline().orElseThrow());
        }
        if (finding.metOn().isPresent()) {
          assertThat(finding.metOn().get()).as(finding.toString()).isBeforeOrEqualTo(day);
        }
      }
    });
  }

  @Test
  void beforeEntryIntoForceNothingIsOverdueOrMetAndOnlyArticle18OrArticle19CanFindABreach() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Assessment assessment = CONVENTION.assess(state, day);
      boolean inForce = assessment.deadlines().entryIntoForce().map(eif -> !eif.isAfter(day)).orElse(false);
      if (inForce) {
        return;
      }
      boolean provisional = state.instrument().map(Instrument::provisionalApplication).orElse(false);
      for (Finding f : assessment.findings()) {
        if (f.status() == Status.VIOLATION) {
          assertThat(provisional).as("a violation before entry into force needs an Art. 18 declaration: %s", f).isTrue();
          assertThat(f.citation().articleNumber()).isEqualTo(1);
          assertThat(f.reasons()).anySatisfy(r -> assertThat(r.citation()).isEqualTo(Citation.article(18)));
        } else if (f.status() == Status.NONCOMPLIANT) {
          assertThat(f.citation()).as(f.toString()).isEqualTo(Citation.article(19));
        } else {
          assertThat(f.status()).as(f.toString()).isIn(Status.NOT_APPLICABLE, Status.NOT_YET_BINDING, Status.INFORMATION);
        }
      }
    });
  }

  @Test
  void findingsComeInArticleOrder() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      List<Finding> findings = CONVENTION.assess(state, day).findings();
      List<Rule<?>> rules = CONVENTION.rules();
      for (int i = 1; i < rules.size(); i++) {
        assertThat(rules.get(i).citation().articleNumber()).isGreaterThanOrEqualTo(rules.get(i - 1).citation().articleNumber());
      }
      int previousArticle = 0;
      for (Finding finding : findings) {
        int article = finding.citation().articleNumber();
        assertThat(article).as("findings in article order").isGreaterThanOrEqualTo(previousArticle);
        previousArticle = article;
      }
    });
  }

  @Test
  void theDeadlinesAtAGlanceAgreeWithTheFindingsAndWithTheCalendar() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      Assessment assessment = CONVENTION.assess(state, day);
      Deadlines deadlines = assessment.deadlines();
      deadlines.entryIntoForce().ifPresent(eif -> {
        assertThat(deadlines.stockpileDestruction()).contains(TreatyCalendar.stockpileDestructionDeadline(eif));
        assertThat(deadlines.minedAreaOriginal()).contains(TreatyCalendar.minedAreaDestructionDeadline(eif));
        assertThat(deadlines.initialReport()).contains(TreatyCalendar.initialReportDeadline(eif));
        assertThat(deadlines.minedAreaCurrent().orElseThrow()).isAfterOrEqualTo(deadlines.minedAreaOriginal().orElseThrow());
      });
      for (Finding finding : assessment.findingsOn(4)) {
        if (finding.citation().equals(Citation.article(4))) {
          assertThat(finding.deadline()).isEqualTo(deadlines.stockpileDestruction());
        }
      }
    });
  }

  @Test
  void deadlinesAreMonotoneInTheDepositDate() {
    qt().forAll(TreatyFacts.depositDays(), TreatyFacts.depositDays()).checkAssert((a, b) -> {
      LocalDate earlier = a.isBefore(b) ? a : b;
      LocalDate later = a.isBefore(b) ? b : a;
      Deadlines first = CONVENTION.assess(Cases.acceded("A", "AAA", earlier).build(), LocalDate.of(2070, 1, 1)).deadlines();
      Deadlines second = CONVENTION.assess(Cases.acceded("A", "AAA", later).build(), LocalDate.of(2070, 1, 1)).deadlines();
      assertThat(second.entryIntoForce().orElseThrow()).isAfterOrEqualTo(first.entryIntoForce().orElseThrow());
      assertThat(second.stockpileDestruction().orElseThrow()).isAfterOrEqualTo(first.stockpileDestruction().orElseThrow());
      assertThat(second.minedAreaOriginal().orElseThrow()).isAfterOrEqualTo(first.minedAreaOriginal().orElseThrow());
      assertThat(second.initialReport().orElseThrow()).isAfterOrEqualTo(first.initialReport().orElseThrow());
    });
  }

  @Test
  void unknownFindingsNameMissingFactsAndEveryFindingExplainsItself() {
    qt().forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      for (Finding finding : CONVENTION.assess(state, day).findings()) {
        assertThat(finding.summary()).isNotBlank();
        if (finding.status() == Status.UNKNOWN) {
          assertThat(finding.missingFacts()).isNotEmpty();
        }
        if (finding.status().isAdverse() || finding.status() == Status.MET_LATE) {
          assertThat(finding.reasons()).as(finding.toString()).isNotEmpty();
        }
      }
    });
  }

  @Test
  void pinnedEdgesAroundTheFortiethInstrument() {
    assertThat(CONVENTION.assess(Cases.ratified("A", "AAA", LocalDate.of(1998, 9, 16)).build(), LocalDate.of(2000, 1, 1)).deadlines().stockpileDestruction())
        .contains(LocalDate.of(2003, 3, 1));
    assertThat(CONVENTION.assess(Cases.ratified("A", "AAA", LocalDate.of(1998, 9, 30)).build(), LocalDate.of(2000, 1, 1)).deadlines().stockpileDestruction())
        .contains(LocalDate.of(2003, 3, 1));
    assertThat(CONVENTION.assess(Cases.ratified("A", "AAA", LocalDate.of(1998, 10, 1)).build(), LocalDate.of(2000, 1, 1)).deadlines().stockpileDestruction())
        .contains(LocalDate.of(2003, 4, 1));
  }

  @Test
  void assessingInParallelGivesWhatAssessingOneByOneGives() throws Exception {
    List<State> states = new java.util.ArrayList<>();
    List<LocalDate> days = new java.util.ArrayList<>();
    qt().withExamples(TreatyFacts.examples(400)).forAll(TreatyFacts.states(), TreatyFacts.days()).checkAssert((state, day) -> {
      states.add(state);
      days.add(day);
    });
    List<Assessment> oneByOne = new java.util.ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      oneByOne.add(CONVENTION.assess(states.get(i), days.get(i)));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Assessment>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < states.size(); i++) {
          State state = states.get(i);
          LocalDate day = days.get(i);
          futures.add(pool.submit(() -> CONVENTION.assess(state, day)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(oneByOne.get(i % states.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(states).hasSizeGreaterThan(TreatyFacts.examples(400) / 4);
  }
}
