package dev.leakcheck.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * {@code java -jar benchmarks.jar [JMH options]}: runs the benchmarks (all of them by default; JMH's
 * options such as a name filter, {@code -wi}, {@code -i}, {@code -f} or {@code -prof stack} work as
 * usual) and then prints the summary of docs/PERFORMANCE.md: each evaluation as a multiple of the floor,
 * the speed-up from 1 to 2 threads, and the build times, with the targets of issue #6.
 */
public final class BenchmarkMain {

    static final double TARGET_MEDIAN_MICROS = 25.0;
    static final double TARGET_TIMES_FLOOR = 5.0;
    static final double TARGET_SCALING = 1.8;

    private static final String PACKAGE = BenchmarkMain.class.getPackageName() + ".";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            try {
                org.openjdk.jmh.Main.main(args);
            } catch (Exception e) {
                throw new RunnerException(e);
            }
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        summarise(results, System.out);
    }

    /** One figure of a run: which benchmark, mode, threads and incident. */
    private record Figure(String benchmark, Mode mode, int threads, String incident, Result<?> result) {

        double median() {
            return result.getStatistics().getPercentile(50.0);
        }

        double p99() {
            return result.getStatistics().getPercentile(99.0);
        }

        /** Operations per second, from a throughput result in operations per microsecond. */
        double perSecond() {
            return result.getScore() * 1_000_000;
        }
    }

    static void summarise(Collection<RunResult> runs, PrintStream out) {
        List<Figure> figures = new ArrayList<>();
        for (RunResult run : runs) {
            var params = run.getParams();
            String name = params.getBenchmark().startsWith(PACKAGE)
                    ? params.getBenchmark().substring(PACKAGE.length()) : params.getBenchmark();
            String incident = params.getParam("incident");
            figures.add(new Figure(name, params.getMode(), params.getThreads(), incident == null ? "" : incident,
                    run.getPrimaryResult()));
        }
        out.println();
        out.println("==== leakcheck: summary (targets of issue #6; details in docs/PERFORMANCE.md) ====");
        Optional<Figure> stateless = find(figures, "FloorBenchmark.statelessSession_latency", Mode.SampleTime, "");
        Optional<Figure> stateful = find(figures, "FloorBenchmark.kieSession_latency", Mode.SampleTime, "");
        stateless.ifPresent(f -> out.printf(Locale.ROOT, "floor, empty StatelessKieSession.execute(1 fact): median %.2f µs%n",
                f.median()));
        stateful.ifPresent(f -> out.printf(Locale.ROOT,
                "floor, empty KieSession new+insert+fire+dispose:    median %.2f µs%n", f.median()));
        scaling(figures, "FloorBenchmark.statelessSession_throughput", "").ifPresent(s -> out.printf(Locale.ROOT,
                "floor throughput 2 threads / 1 thread: %.2f×%n", s));

        List<String> incidents = figures.stream().filter(f -> f.benchmark().startsWith("EvaluationBenchmark"))
                .map(Figure::incident).distinct().toList();
        if (!incidents.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "%-11s %10s %10s %9s %13s %13s %7s%n", "incident", "median µs", "p99 µs",
                    "× floor", "ops/s 1 thr", "ops/s 2 thr", "2t/1t");
        }
        for (String incident : incidents) {
            Optional<Figure> latency = find(figures, "EvaluationBenchmark.latency", Mode.SampleTime, incident);
            Optional<Figure> one = find(figures, "EvaluationBenchmark.throughput_1thread", Mode.Throughput, incident);
            Optional<Figure> two = find(figures, "EvaluationBenchmark.throughput_2threads", Mode.Throughput, incident);
            String median = latency.map(f -> fmt("%.2f", f.median())).orElse("-");
            String p99 = latency.map(f -> fmt("%.2f", f.p99())).orElse("-");
            String times = latency.isPresent() && stateless.isPresent()
                    ? fmt("%.1f", latency.get().median() / stateless.get().median()) : "-";
            String scaling = scaling(figures, "EvaluationBenchmark.throughput", incident).map(s -> fmt("%.2f", s)).orElse("-");
            out.printf(Locale.ROOT, "%-11s %10s %10s %9s %13s %13s %7s%n", incident, median, p99, times,
                    one.map(f -> fmt("%,.0f", f.perSecond())).orElse("-"),
                    two.map(f -> fmt("%,.0f", f.perSecond())).orElse("-"), scaling);
        }
        for (String incident : incidents) {
            find(figures, "EvaluationBenchmark.latency", Mode.SampleTime, incident).ifPresent(f -> {
                boolean medianOk = f.median() <= TARGET_MEDIAN_MICROS;
                boolean floorOk = stateless.map(s -> f.median() <= TARGET_TIMES_FLOOR * s.median()).orElse(false);
                out.printf(Locale.ROOT, "target %-11s median ≤ %.0f µs: %s; ≤ %.0f× floor: %s%n", incident,
                        TARGET_MEDIAN_MICROS, verdict(medianOk), TARGET_TIMES_FLOOR,
                        stateless.isPresent() ? verdict(floorOk) : "(floor not run)");
            });
            scaling(figures, "EvaluationBenchmark.throughput", incident).ifPresent(s -> out.printf(Locale.ROOT,
                    "target %-11s 2 threads ≥ %.1f× 1 thread: %s%n", incident, TARGET_SCALING,
                    verdict(s >= TARGET_SCALING)));
        }
        stages(figures, out);
        out.println();
        build(figures, "BuildBenchmark.cold", "build (bundled, precompiled), cold: first in a fresh JVM", out);
        build(figures, "BuildBenchmark.warm", "build (bundled, precompiled), warm: a rebuild", out);
        build(figures, "BuildBenchmark.compiledAtRunTime_cold", "build (tables compiled at run time), cold", out);
        build(figures, "BuildBenchmark.compiledAtRunTime_warm", "build (tables compiled at run time), warm", out);
    }

    /** Where the time of one plan goes (StagesBenchmark, which reaches the engine's internals). */
    private static void stages(List<Figure> figures, PrintStream out) {
        String stages = "dev.leakcheck.benchmarks.StagesBenchmark.";
        List<String> incidents = figures.stream().filter(f -> f.benchmark().startsWith(stages))
                .map(Figure::incident).distinct().toList();
        if (incidents.isEmpty()) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "%-11s %14s %14s %14s   (mean µs of one plan's stages)%n", "incident", "derive facts",
                "rules", "assembly");
        for (String incident : incidents) {
            out.printf(Locale.ROOT, "%-11s %14s %14s %14s%n", incident,
                    mean(figures, stages + "facts", incident), mean(figures, stages + "rules", incident),
                    mean(figures, stages + "assembly", incident));
        }
    }

    private static String mean(List<Figure> figures, String benchmark, String incident) {
        return find(figures, benchmark, Mode.AverageTime, incident).map(f -> fmt("%.2f", f.result().getScore()))
                .orElse("-");
    }

    private static void build(List<Figure> figures, String benchmark, String label, PrintStream out) {
        find(figures, benchmark, Mode.SingleShotTime, "").ifPresent(f -> out.printf(Locale.ROOT,
                "%-58s %6.0f ms (mean of %d)%n", label + ":", f.result().getScore(), f.result().getSampleCount()));
    }

    private static Optional<Double> scaling(List<Figure> figures, String prefix, String incident) {
        Optional<Figure> one = find(figures, prefix + "_1thread", Mode.Throughput, incident);
        Optional<Figure> two = find(figures, prefix + "_2threads", Mode.Throughput, incident);
        return one.isPresent() && two.isPresent()
                ? Optional.of(two.get().result().getScore() / one.get().result().getScore()) : Optional.empty();
    }

    private static Optional<Figure> find(List<Figure> figures, String benchmark, Mode mode, String incident) {
        return figures.stream().filter(f -> f.benchmark().equals(benchmark) && f.mode() == mode
                && f.incident().equals(incident)).findFirst();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
