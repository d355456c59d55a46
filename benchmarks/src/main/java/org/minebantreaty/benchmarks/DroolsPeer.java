package org.minebantreaty.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The peer: the floor's four treaty dates computed by Drools 9.44 from the rules of {@code
 * four-dates.drl}, in a stateful session reused for every deposit and in a stateless session. The
 * rule base is compiled once, outside the measurement, as a system that serves many questions would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DroolsPeer {

  /** The compiled rule base and one session kept open. */
  @State(Scope.Benchmark)
  public static class Engine {
    KieBase base;
    KieSession reused;
    StatelessKieSession stateless;

    @Setup
    public void compile() throws IOException {
      KieServices services = KieServices.Factory.get();
      KieFileSystem files = services.newKieFileSystem();
      try (InputStream drl = DroolsPeer.class.getResourceAsStream("four-dates.drl")) {
        files.write("src/main/resources/org/minebantreaty/benchmarks/four-dates.drl", new String(drl.readAllBytes(), StandardCharsets.UTF_8));
      }
      KieBuilder builder = services.newKieBuilder(files).buildAll();
      if (builder.getResults().hasMessages(Message.Level.ERROR)) {
        throw new IllegalStateException("four-dates.drl does not compile: " + builder.getResults());
      }
      base = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
      reused = base.newKieSession();
      stateless = base.newStatelessKieSession();
      FourDates check = new FourDates(LocalDate.of(2003, 9, 25));
      stateless.execute(check);
      if (!LocalDate.of(2008, 3, 1).equals(check.getStockpileDestruction())) {
        throw new IllegalStateException("the rules computed " + check.getStockpileDestruction() + " for Greece's Art. 4 deadline");
      }
    }

    @TearDown
    public void close() {
      reused.dispose();
    }
  }

  /** The four dates in a stateful session reused for every deposit: insert, fire, read, retract. */
  @Benchmark
  public void reusedSession(Engine engine, Blackhole sink) {
    FourDates dates = new FourDates(LocalDate.of(2003, 9, 25));
    FactHandle handle = engine.reused.insert(dates);
    engine.reused.fireAllRules();
    engine.reused.delete(handle);
    sink.consume(dates.getEntryIntoForce());
    sink.consume(dates.getStockpileDestruction());
    sink.consume(dates.getMinedAreaClearance());
    sink.consume(dates.getInitialReport());
  }

  /** The four dates in a stateless session. */
  @Benchmark
  public void statelessSession(Engine engine, Blackhole sink) {
    FourDates dates = new FourDates(LocalDate.of(2003, 9, 25));
    engine.stateless.execute(dates);
    sink.consume(dates.getEntryIntoForce());
    sink.consume(dates.getStockpileDestruction());
    sink.consume(dates.getMinedAreaClearance());
    sink.consume(dates.getInitialReport());
  }
}
