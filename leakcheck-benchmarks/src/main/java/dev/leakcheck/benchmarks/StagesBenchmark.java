package dev.leakcheck.benchmarks;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.internal.drools.Engine;
import dev.leakcheck.rules.internal.facts.IncidentFacts;
import dev.leakcheck.rules.internal.workbook.RuleSources;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of one {@code plan} goes, stage by stage, on one thread: deriving the facts from
 * the incident, the rules (the facts derived again, two passes in a pooled session), and making the
 * plan of what they found. The stages are not public API: this benchmark uses the engine's internals
 * ({@code dev.leakcheck.rules.internal}), the one place outside leakcheck-rules that does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StagesBenchmark {

    @Param({"ID_ONLY", "TYPICAL", "EVERY_FACT", "OPEN_REPORT_QUESTIONS"})
    public BenchIncidents incident;

    private Engine engine;
    private Incident subject;
    private dev.leakcheck.rules.internal.workbook.Regimes regimes;
    private java.util.List<dev.leakcheck.rules.internal.facts.FieldFacts.Row> fieldFacts;
    private Engine.Evaluation evaluation;

    @Setup
    public void buildEngine() {
        engine = Engine.build(RuleSources.bundled());
        subject = incident.incident();
        regimes = engine.regimes();
        fieldFacts = engine.catalogue().fieldFacts();
        evaluation = engine.evaluate(subject);
    }

    @Benchmark
    public Object facts() {
        return IncidentFacts.of(subject, fieldFacts, regimes);
    }

    @Benchmark
    public Object rules() {
        return engine.evaluate(subject);
    }

    @Benchmark
    public Plan assembly() {
        return engine.assemble(subject, evaluation);
    }

    /** One plan without asking which questions can change it: the plan before issue B11. */
    @Benchmark
    public Plan planWithoutWhatIf() {
        return engine.assemble(subject, engine.evaluate(subject));
    }

    /** One plan as {@code engine.plan} makes it, the what-if of the marked questions included. */
    @Benchmark
    public Plan plan() {
        return engine.plan(subject);
    }
}
