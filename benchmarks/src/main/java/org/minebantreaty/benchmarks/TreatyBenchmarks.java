package org.minebantreaty.benchmarks;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.minebantreaty.core.ExtensionRequest;
import org.minebantreaty.core.MinedArea;
import org.minebantreaty.core.ReleaseMethod;
import org.minebantreaty.core.TransparencyReport;
import org.minebantreaty.data.StatesParties;
import org.minebantreaty.rules.Assessment;
import org.minebantreaty.rules.Convention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What an assessment costs, against a floor: the four treaty dates of one State written by hand with
 * {@code java.time}. Every result goes to a {@link Blackhole}, so nothing measured is dead code. The
 * absolute times vary between machines; the ratios to the floor are the claim.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TreatyBenchmarks {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  /** The real States, loaded once. */
  @org.openjdk.jmh.annotations.State(Scope.Benchmark)
  public static class RealStates {
    List<org.minebantreaty.core.State> all;
    org.minebantreaty.core.State greece;
    Assessment greeceAssessed;
    final Convention convention = Convention.standard();

    @Setup
    public void load() {
      all = StatesParties.all();
      greece = StatesParties.byCode("GRC").orElseThrow();
      greeceAssessed = convention.assess(greece, TODAY);
    }
  }

  /** One real State of different richness: Greece, Ukraine, Cambodia, Thailand. */
  @org.openjdk.jmh.annotations.State(Scope.Benchmark)
  public static class OneState {
    @Param({"GRC", "UKR", "KHM", "THA"})
    String iso3;

    org.minebantreaty.core.State state;
    final Convention convention = Convention.standard();

    @Setup
    public void load() {
      state = StatesParties.byCode(iso3).orElseThrow();
    }
  }

  /** The floor: Art. 17(2), Art. 4, Art. 5(1) and Art. 7(1) dates of one deposit, by hand. */
  @Benchmark
  public void floorFourDatesByHand(Blackhole sink) {
    LocalDate deposit = LocalDate.of(2003, 9, 25);
    LocalDate entryIntoForce = deposit.withDayOfMonth(1).plusMonths(6);
    sink.consume(entryIntoForce);
    sink.consume(entryIntoForce.plusYears(4));
    sink.consume(entryIntoForce.plusYears(10));
    sink.consume(entryIntoForce.plusDays(180));
  }

  /** The deadlines at a glance with no rule run: the context and Deadlines alone. */
  @Benchmark
  public void deadlinesOnly(RealStates states, Blackhole sink) {
    sink.consume(Convention.deadlines(states.greece, TODAY));
  }

  /** Every finding of one real State. */
  @Benchmark
  public void assessOneState(OneState one, Blackhole sink) {
    sink.consume(one.convention.assess(one.state, TODAY));
  }

  /** Every finding of all 166 States. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void assessAllStates(RealStates states, Blackhole sink) {
    for (org.minebantreaty.core.State state : states.all) {
      sink.consume(states.convention.assess(state, TODAY));
    }
  }

  /** Greece's assessment as plain text. */
  @Benchmark
  public void renderText(RealStates states, Blackhole sink) {
    sink.consume(states.greeceAssessed.toText());
  }

  /** Greece's assessment as Markdown. */
  @Benchmark
  public void renderMarkdown(RealStates states, Blackhole sink) {
    sink.consume(states.greeceAssessed.toMarkdown());
  }

  /** Greece's assessment as JSON. */
  @Benchmark
  public void renderJson(RealStates states, Blackhole sink) {
    sink.consume(states.greeceAssessed.toJson());
  }

  /** A State with many facts of one kind: mined areas, extension requests or years of reports. */
  @org.openjdk.jmh.annotations.State(Scope.Benchmark)
  public static class Scaled {
    @Param({"10", "100", "1000", "10000"})
    int size;

    org.minebantreaty.core.State areas;
    org.minebantreaty.core.State requests;
    org.minebantreaty.core.State reports;
    org.minebantreaty.core.State foundLater;
    final Convention convention = Convention.standard();

    @Setup
    public void build() {
      org.minebantreaty.core.State base = StatesParties.byCode("KHM").orElseThrow();
      org.minebantreaty.core.State.Builder withAreas = org.minebantreaty.core.State.builder().from(base).minedAreas(List.of()).minedAreasKnown(true);
      for (int i = 0; i < size; i++) {
        LocalDate identified = LocalDate.of(2000, 1, 1).plusDays(i % 3000);
        MinedArea.Builder area = MinedArea.builder().id("area " + i).identifiedOn(identified);
        if (i % 2 == 0) {
          area.released(identified.plusDays(100 + i % 2000), ReleaseMethod.CLEARED);
        }
        withAreas.addMinedArea(area.build());
      }
      areas = withAreas.build();
      org.minebantreaty.core.State.Builder withRequests = org.minebantreaty.core.State.builder().from(base).extensionRequests(List.of());
      int requestsCount = Math.min(size, 4000);
      for (int i = 0; i < requestsCount; i++) {
        withRequests.addExtensionRequest(ExtensionRequest.grantedOn(LocalDate.of(2008, 11, 1).plusDays(i), LocalDate.of(2010, 1, 1).plusDays(i)));
      }
      requests = withRequests.build();
      org.minebantreaty.core.State.Builder withReports = org.minebantreaty.core.State.builder().from(base).transparencyReportsKnown(true);
      int years = Math.min(size, 50);
      for (int year = 0; year < years; year++) {
        withReports.addTransparencyReport(TransparencyReport.annual(Year.of(1999 + year), LocalDate.of(2000 + year, 4, 30)));
      }
      reports = withReports.build();
      // Every area found after a declaration of completion, listed newest first: the order that was costly.
      org.minebantreaty.core.State.Builder withFoundLater = org.minebantreaty.core.State.builder().from(base).minedAreas(List.of())
          .minedAreaCompletionDeclaredOn(LocalDate.of(2005, 1, 1));
      for (int i = size; i > 0; i--) {
        withFoundLater.addMinedArea(MinedArea.builder().id("found later " + i).identifiedOn(LocalDate.of(2006, 1, 1).plusDays(i % 7000)).build());
      }
      foundLater = withFoundLater.build();
    }
  }

  /** Time grows with the mined areas: half released, half outstanding. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void scaleMinedAreas(Scaled scaled, Blackhole sink) {
    sink.consume(scaled.convention.assess(scaled.areas, TODAY));
  }

  /** Time grows with the extension requests (at most 4,000). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void scaleExtensionRequests(Scaled scaled, Blackhole sink) {
    sink.consume(scaled.convention.assess(scaled.requests, TODAY));
  }

  /** Time grows with previously unknown mined areas, all found after completion and listed newest first. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void scalePreviouslyUnknownAreas(Scaled scaled, Blackhole sink) {
    sink.consume(scaled.convention.assess(scaled.foundLater, TODAY));
  }

  /** Time grows with the years of annual reports (at most 50). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void scaleReports(Scaled scaled, Blackhole sink) {
    sink.consume(scaled.convention.assess(scaled.reports, TODAY));
  }
}
