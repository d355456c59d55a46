package org.minebantreaty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.minebantreaty.core.ArmedConflict;
import org.minebantreaty.core.Destruction;
import org.minebantreaty.core.ExtensionDecision;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.Instrument;
import org.minebantreaty.core.InstrumentKind;
import org.minebantreaty.core.InvalidFactException;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.ReleaseMethod;
import org.minebantreaty.core.RetentionRecord;
import org.minebantreaty.core.State;
import org.minebantreaty.core.Stockpile;
import org.minebantreaty.core.StockpileCount;
import org.minebantreaty.core.Suspension;
import org.minebantreaty.core.TransparencyReport;
import org.minebantreaty.core.Withdrawal;
import org.quicktheories.generators.SourceDSL;

/**
 * Hostile input: States built from raw, mostly unlawful and often impossible values — quantities at
 * the edges of {@code long}, dates anywhere {@code java.time} can hold, policies out of range — and
 * assessed on any date. Building either succeeds or is refused with the library's own {@link
 * InvalidFactException}; an assessment of anything built returns, renders, gives the same result
 * twice, and does not change when facts dated later are added.
 */
class HostileInputFuzzTest {

  private static final Convention CONVENTION = Convention.standard();
  private static final long[] QUANTITIES = {0, 1, 7, 1_000, 586_159, 5_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MAX_VALUE - 1, -1, Long.MIN_VALUE};
  private static final LocalDate[] EDGES = {
      LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(1), LocalDate.MIN.plusDays(1), LocalDate.EPOCH,
      LocalDate.of(1997, 12, 3), LocalDate.of(1999, 2, 28), LocalDate.of(1999, 3, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2025, 12, 31),
      LocalDate.of(999_999_998, 12, 31), LocalDate.of(-999_999_999, 1, 1)};

  /** What one generated case produced. */
  private static final class Outcome {
    int built;
    int refused;
    final java.util.Map<String, Integer> refusedFields = new java.util.TreeMap<>();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void onlyTheLibrarysRefusalEscapesAndEveryAssessmentReturnsTheSameTwiceWithNoHindsight() {
    Outcome outcome = new Outcome();
    qt().withExamples(Integer.getInteger("qt.fuzz.examples", 20_000))
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> check(new SplittableRandom(seed), outcome));
    // Both sides of the fence are exercised: a fuzzer that builds nothing, or refuses nothing, tests nothing.
    int cases = outcome.built + outcome.refused;
    assertThat(outcome.built).as("States built; refused %s", outcome.refusedFields).isGreaterThan(cases / 5);
    assertThat(outcome.refused).as("States refused").isGreaterThan(cases / 10);
  }

  private static void check(SplittableRandom random, Outcome outcome) {
    State state;
    Policies policies;
    try {
      state = state(random);
      policies = policies(random);
    } catch (InvalidFactException refused) {
      assertThat(refused.getMessage()).contains(refused.field()).contains(" = ");
      outcome.refused++;
      outcome.refusedFields.merge(refused.field(), 1, Integer::sum);
      return;
    }
    outcome.built++;
    LocalDate day = day(random);
    Assessment assessment = CONVENTION.assess(state, day, policies);
    assertThat(CONVENTION.assess(state, day, policies)).isEqualTo(assessment);
    assertThat(assessment.toText()).isNotEmpty();
    assertThat(assessment.toJson()).startsWith("{");
    assertThat(assessment.toMarkdown()).isNotEmpty();
    if (day.isBefore(LocalDate.MAX)) {
      laterFacts(state, day.plusDays(1)).ifPresent(later ->
          assertThat(CONVENTION.assess(later, day, policies)).as("facts dated after %s added", day).isEqualTo(assessment));
    }
  }

  private static State state(SplittableRandom random) {
    State.Builder state = State.builder().name(random.nextInt(50) == 0 ? " " : "Fuzzland").iso3(random.nextInt(50) == 0 ? "fz1" : "FZL");
    if (random.nextBoolean()) {
      state.signedOn(random.nextInt(10) == 0 ? anyDay(random) : LocalDate.of(1997, 12, 3).plusDays(random.nextInt(450)));
    } else if (random.nextInt(4) == 0) {
      state.signatoryWithUnknownDate(true);
    }
    LocalDate deposit = after(random, LocalDate.of(1997, 12, 3));
    if (random.nextInt(5) != 0) {
      InstrumentKind kind = random.nextInt(10) == 0 ? InstrumentKind.values()[random.nextInt(InstrumentKind.values().length)]
          : state.build().isSignatory() ? InstrumentKind.RATIFICATION : InstrumentKind.ACCESSION;
      state.instrument(Instrument.of(kind, deposit));
    }
    state.stockpileHoldingsKnown(random.nextBoolean()).minedAreasKnown(random.nextBoolean()).transparencyReportsKnown(random.nextBoolean());
    for (int i = random.nextInt(3); i > 0; i--) {
      long quantity = quantity(random);
      Stockpile.Builder stockpile = Stockpile.builder().quantity(quantity);
      for (int d = random.nextInt(3); d > 0; d--) {
        long destroyed = random.nextInt(10) == 0 || quantity <= 0 ? quantity(random) : random.nextLong(0, quantity / 2 + 1);
        stockpile.addDestruction(Destruction.of(after(random, deposit), destroyed));
      }
      if (random.nextInt(3) == 0) {
        LocalDate found = random.nextInt(5) == 0 || deposit.getYear() < 0 ? anyDay(random) : deposit.minusDays(random.nextInt(400));
        stockpile.foundOn(found);
        if (random.nextBoolean()) {
          stockpile.reportedOn(random.nextBoolean() || found.getYear() > 3000 ? anyDay(random) : found.plusDays(random.nextInt(400)));
        }
      }
      state.addStockpile(stockpile.build());
    }
    if (random.nextInt(4) == 0) {
      state.stockpileDestructionCompletedOn(anyDay(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate on = after(random, deposit);
      state.addStockpileCount(random.nextBoolean() ? StockpileCount.of(on, quantity(random)) : StockpileCount.about(on, quantity(random)));
    }
    state.stockpileHeldInUnknownQuantity(random.nextInt(4) == 0).minedAreaCompletionKnown(random.nextInt(3) == 0);
    for (int i = random.nextInt(4); i > 0; i--) {
      MinedArea.Builder area = MinedArea.builder().id("area " + random.nextInt(random.nextInt(10) == 0 ? 2 : 1_000_000));
      LocalDate identified = anyDay(random);
      if (random.nextBoolean()) {
        area.identifiedOn(identified);
      }
      if (random.nextBoolean()) {
        area.released(after(random, identified), ReleaseMethod.values()[random.nextInt(ReleaseMethod.values().length)]);
      }
      if (random.nextBoolean()) {
        area.protectedSince(after(random, identified));
      }
      area.knownOnlyFromItsDiscovery(random.nextInt(4) == 0).standsForAnUnreportedNumberOfAreas(random.nextInt(4) == 0);
      state.addMinedArea(area.build());
    }
    if (random.nextInt(4) == 0) {
      state.minedAreaCompletionDeclaredOn(anyDay(random));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      ExtensionRequest.Builder request = ExtensionRequest.builder();
      LocalDate submitted = after(random, deposit);
      if (random.nextInt(4) != 0) {
        request.submittedOn(submitted);
      }
      if (random.nextBoolean()) {
        request.requestedUntil(after(random, submitted));
      }
      if (random.nextInt(3) != 0) {
        LocalDate decided = after(random, submitted);
        request.decision(random.nextBoolean()
            ? ExtensionDecision.grantedUntil(decided, after(random, decided))
            : ExtensionDecision.builder().decidedOn(decided).build());
      }
      state.addExtensionRequest(request.build());
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      LocalDate submitted = after(random, deposit);
      state.addTransparencyReport(random.nextInt(4) == 0
          ? TransparencyReport.initial(submitted)
          : TransparencyReport.annual(Year.of(Math.max(Year.MIN_VALUE, Math.min(Year.MAX_VALUE, submitted.getYear() - random.nextInt(3)))), submitted));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      state.addRetainedMine(RetentionRecord.builder().on(anyDay(random)).quantity(quantity(random)).build());
    }
    if (random.nextInt(3) == 0) {
      state.withdrawal(Withdrawal.receivedOn(after(random, deposit)));
    }
    if (random.nextInt(4) == 0) {
      state.suspension(Suspension.notifiedOn(after(random, deposit), "fuzz"));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate first = anyDay(random);
      state.addArmedConflict(random.nextBoolean() ? ArmedConflict.ongoingSince("conflict", first) : ArmedConflict.between("conflict", first, after(random, first)));
    }
    return state.build();
  }

  private static Policies policies(SplittableRandom random) {
    Policies.Builder policies = Policies.builder();
    if (random.nextInt(3) == 0) {
      int[] years = {0, 1, 3, 10, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
      policies.retainedMinesUnchangedYears(years[random.nextInt(years.length)]);
    }
    if (random.nextInt(3) == 0) {
      policies.retainedMinesThreshold(quantity(random));
    }
    return policies.build();
  }

  /** The same State with a fact of each kind dated {@code later} added, where the State can hold one. */
  private static Optional<State> laterFacts(State state, LocalDate later) {
    try {
      State.Builder more = State.builder().from(state)
          .addMinedArea(MinedArea.builder().id("found after the assessment").identifiedOn(later).build())
          .addRetainedMine(RetentionRecord.builder().on(later).quantity(1).build())
          .addArmedConflict(ArmedConflict.ongoingSince("later conflict", later))
          .addExtensionRequest(ExtensionRequest.builder().submittedOn(later).build())
          .addExtensionRequest(ExtensionRequest.grantedOn(later, later.plusYears(5)))
          .addTransparencyReport(TransparencyReport.initial(later))
          .addStockpileCount(StockpileCount.of(later, 0))
          .addStockpile(Stockpile.builder().quantity(10).foundOn(later).build());
      if (state.stockpileDestructionCompletedOn().isEmpty()) {
        more.stockpileDestructionCompletedOn(later);
      }
      if (state.minedAreaCompletionDeclaredOn().isEmpty()) {
        more.minedAreaCompletionDeclaredOn(later);
      }
      if (state.instrument().isPresent() && state.withdrawal().isEmpty() && later.isAfter(state.instrument().get().depositedOn())) {
        more.withdrawal(Withdrawal.receivedOn(later));
      }
      if (state.instrument().isPresent() && state.suspension().isEmpty() && later.isAfter(state.instrument().get().depositedOn())) {
        more.suspension(Suspension.notifiedOn(later, "later"));
      }
      return Optional.of(more.build());
    } catch (InvalidFactException refused) {
      return Optional.empty();
    }
  }

  private static long quantity(SplittableRandom random) {
    return random.nextInt(6) == 0 ? QUANTITIES[random.nextInt(QUANTITIES.length)] : random.nextLong(0, 2_000_000);
  }

  /** A day near the treaty's life most often, an edge of java.time sometimes. */
  private static LocalDate day(SplittableRandom random) {
    return random.nextInt(5) == 0 ? EDGES[random.nextInt(EDGES.length)] : LocalDate.of(1997, 1, 1).plusDays(random.nextInt(40 * 366));
  }

  /** A day on or after {@code day} most often, any day sometimes. */
  private static LocalDate after(SplittableRandom random, LocalDate day) {
    return random.nextInt(20) == 0 || day.getYear() > 9000 || day.getYear() < 0 ? anyDay(random) : day.plusDays(random.nextInt(5000));
  }

  private static LocalDate anyDay(SplittableRandom random) {
    switch (random.nextInt(30)) {
      case 0:
        return EDGES[random.nextInt(EDGES.length)];
      case 1:
        return LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
      default:
        return LocalDate.of(1997, 12, 1).plusDays(random.nextInt(30 * 366));
    }
  }


}
