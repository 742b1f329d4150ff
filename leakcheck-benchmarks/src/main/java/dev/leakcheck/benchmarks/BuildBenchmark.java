package dev.leakcheck.benchmarks;

import dev.leakcheck.rules.LeakcheckEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code LeakcheckEngine.bundled()}: the rule base from the bundled tables. Cold is the first build
 * in a fresh JVM (what the command-line tool pays, without the JVM's own start-up); warm is a
 * rebuild in a JVM that has built it before. The bundled tables load precompiled; the
 * {@code compiledAtRunTime} figures force the path that tables from outside the jar take (the
 * spreadsheets compiled by Drools, then the self-check) with {@code -Dleakcheck.precompiled=false}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    @Benchmark
    @Fork(3)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public LeakcheckEngine cold() {
        return LeakcheckEngine.bundled();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public LeakcheckEngine warm() {
        return LeakcheckEngine.bundled();
    }

    @Benchmark
    @Fork(value = 3, jvmArgsAppend = "-Dleakcheck.precompiled=false")
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public LeakcheckEngine compiledAtRunTime_cold() {
        return LeakcheckEngine.bundled();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dleakcheck.precompiled=false")
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public LeakcheckEngine compiledAtRunTime_warm() {
        return LeakcheckEngine.bundled();
    }
}
