package dev.leakcheck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor: what Drools itself costs for one evaluation, with no rules at all. An empty KieBase,
 * built through the public KIE API, executes one fact (the typical incident) in a stateless session,
 * and, as the engine does, in a stateful session created, fed, fired and disposed. The engine's
 * figures are reported as multiples of these.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FloorBenchmark {

    private KieBase empty;
    private Object fact;

    @Setup
    public void buildEmptyKieBase() {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.leakcheck.benchmarks", "floor", "1.0.0");
        files.generateAndWritePomXML(releaseId);
        services.newKieBuilder(files).buildAll();
        empty = services.newKieContainer(releaseId).getKieBase();
        fact = BenchIncidents.TYPICAL.incident();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public void statelessSession_latency() {
        empty.newStatelessKieSession().execute(fact);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Threads(1)
    public void statelessSession_throughput_1thread() {
        empty.newStatelessKieSession().execute(fact);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Threads(2)
    public void statelessSession_throughput_2threads() {
        empty.newStatelessKieSession().execute(fact);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public int kieSession_latency() {
        KieSession session = empty.newKieSession();
        try {
            session.insert(fact);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
