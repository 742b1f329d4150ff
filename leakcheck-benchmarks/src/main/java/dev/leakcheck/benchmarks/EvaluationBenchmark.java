package dev.leakcheck.benchmarks;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code engine.plan(incident)} on one engine shared by the benchmark threads: the latency of one
 * call on one thread (sampled, so that the median and the tail are reported) and the throughput on
 * 1 and 2 threads. The warm-up is long because the JIT takes about 8 s to settle on this code
 * (Drools' network, the model's lambdas, the assembly): shorter, and the figures still climb.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {

    @Param({"ID_ONLY", "TYPICAL", "EVERY_FACT"})
    public BenchIncidents incident;

    private LeakcheckEngine engine;
    private Incident subject;

    @Setup
    public void buildEngine() {
        engine = LeakcheckEngine.bundled();
        subject = incident.incident();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Threads(1)
    public Plan latency() {
        return engine.plan(subject);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Threads(1)
    public Plan throughput_1thread() {
        return engine.plan(subject);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Threads(2)
    public Plan throughput_2threads() {
        return engine.plan(subject);
    }
}
