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
 * call (sampled, so that the median and the tail are reported) and the throughput, on 1 and 2 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
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
    @Threads(1)
    public Plan plan_1thread() {
        return engine.plan(subject);
    }

    @Benchmark
    @Threads(2)
    public Plan plan_2threads() {
        return engine.plan(subject);
    }
}
