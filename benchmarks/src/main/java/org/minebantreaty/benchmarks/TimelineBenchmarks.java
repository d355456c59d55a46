package org.minebantreaty.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.minebantreaty.rules.Timeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a State's whole history costs: the timeline of every real State from its signature (or 1997)
 * to 2035, against the loop it replaces, an assessment on every day of the same range. Both consume
 * every result. The day-by-day loop of every State takes seconds, so it is timed once per iteration.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class TimelineBenchmarks {

  static final LocalDate END = LocalDate.of(2035, 12, 31);

  /** The day a State's timeline starts: its signature or deposit, whichever came first, or 1997. */
  static LocalDate start(org.minebantreaty.core.State state) {
    LocalDate start = state.signedOn().orElse(LocalDate.of(1997, 1, 1));
    if (state.instrument().isPresent() && state.instrument().get().depositedOn().isBefore(start)) {
      start = state.instrument().get().depositedOn();
    }
    return start;
  }

  /** The timeline of every real State, from its start to 2035. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public void timelineAllStates(TreatyBenchmarks.RealStates states, Blackhole sink) {
    for (org.minebantreaty.core.State state : states.all) {
      Timeline timeline = states.convention.timeline(state, start(state), END);
      sink.consume(timeline.events().size());
      sink.consume(timeline.nonCompliance());
    }
  }

  /** The timeline of one State, from its start to 2035. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public void timelineOneState(TreatyBenchmarks.OneState one, Blackhole sink) {
    sink.consume(one.convention.timeline(one.state, start(one.state), END));
  }

  /** What the timeline replaces for one State: an assessment on every day from its start to 2035. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public void dayByDayOneState(TreatyBenchmarks.OneState one, Blackhole sink) {
    for (LocalDate day = start(one.state); !day.isAfter(END); day = day.plusDays(1)) {
      sink.consume(one.convention.assess(one.state, day));
    }
  }

  /** What the timeline replaces for every State: an assessment on every day of every State's range. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public void dayByDayAllStates(TreatyBenchmarks.RealStates states, Blackhole sink) {
    for (org.minebantreaty.core.State state : states.all) {
      for (LocalDate day = start(state); !day.isAfter(END); day = day.plusDays(1)) {
        sink.consume(states.convention.assess(state, day));
      }
    }
  }
}
