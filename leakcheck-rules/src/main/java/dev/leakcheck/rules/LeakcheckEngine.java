package dev.leakcheck.rules;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: turns an incident into its response plan.
 *
 * <pre>{@code
 * LeakcheckEngine engine = LeakcheckEngine.bundled();   // once, at start-up
 * Plan plan = engine.plan(incident);                    // from any thread, as often as needed
 * }</pre>
 *
 * <p>The rule base is built once, when the engine is built: the bundled tables from the form the
 * build precompiled them into ({@link Precompiled}), other tables compiled then — only their
 * conditions and codes: what a row says (texts, day counts) is read from the row ({@link RuleRows}),
 * never compiled. Either way the
 * rules are checked by evaluating an incident of every type before an engine of them is handed out
 * (for the bundled tables, when the jar was built). An engine is immutable and safe to share between
 * threads. Each call evaluates the incident in a session of its own, which no other call sees until
 * it has been reset: sessions are pooled, because creating one and the memories of its nodes costs
 * about as much as the rules themselves. docs/PERFORMANCE.md has the figures.
 */
public final class LeakcheckEngine {

    private static final Logger LOG = LoggerFactory.getLogger(LeakcheckEngine.class);

    private final RuleBases rules;
    private final KieSessionConfiguration sessionConfiguration;
    private final Catalogue catalogue;
    private final RuleRows rows;
    private final PlanAssembler assembler;

    private LeakcheckEngine(RuleBases rules, RuleRows rows, Catalogue catalogue, AdministrativeCalendar calendar) {
        this.rules = rules;
        this.rows = rows;
        // A session serves one evaluation on one thread at a time (the pool hands it over safely), so it
        // needs no locks of its own; and the KieBase need not track it, since the KieBase never changes.
        this.sessionConfiguration = KieServices.get().newKieSessionConfiguration();
        sessionConfiguration.setOption(ThreadSafeOption.NO);
        sessionConfiguration.setOption(KeepReferenceOption.NO);
        this.catalogue = catalogue;
        this.assembler = new PlanAssembler(catalogue, calendar);
    }

    /**
     * An engine built from the rules and tables bundled in this jar.
     *
     * @throws RulesDefinitionException if a table has a mistake (never with the bundled tables)
     */
    public static LeakcheckEngine bundled() {
        return build(RuleSources.bundled());
    }

    /**
     * An engine built from the bundled rules with the edited workbooks of {@code directory} in their
     * place, file by file (a file named like a bundled one replaces it). Workbooks whose program rows
     * differ from the bundled ones are refused.
     *
     * @throws RulesDefinitionException naming file, sheet and cell of every problem; nothing is built
     */
    public static LeakcheckEngine fromDirectory(Path directory) {
        return fromDirectory(directory, false);
    }

    /**
     * As {@link #fromDirectory(Path)}; with {@code trustCode} the program rows of the decision tables
     * may differ from the bundled ones. Only for changes a developer has reviewed: Drools compiles
     * those cells as Java.
     */
    public static LeakcheckEngine fromDirectory(Path directory, boolean trustCode) {
        RuleSources sources = RuleSources.bundled().overriddenBy(directory, trustCode);
        try {
            return build(sources);
        } catch (RulesDefinitionException e) {
            throw e;
        } catch (RuntimeException e) {
            // Drools' own refusal of developer-edited program rows (only --trust-code lets them differ).
            throw new RulesDefinitionException(directory.getFileName() + ": ルールを組み立てられませんでした（プログラムの行を確かめてください）"
                    + " / the rules could not be built; check the program rows (" + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
    }

    static LeakcheckEngine build(RuleSources sources) {
        Optional<Precompiled> exact = Precompiled.of(sources);
        if (exact.isPresent()) {
            return build(sources, exact);
        }
        // Edited tables whose conditions and codes are the bundled ones (only texts, day counts or
        // flags changed) match the same rows: the precompiled rules serve, with the edited rows' data.
        long start = System.nanoTime();
        Optional<RuleBases> sameRules = Precompiled.sameRules(sources).map(Precompiled::ruleBases);
        RuleBases rules = sameRules.orElseGet(() -> RuleBases.of(RuleBase.compile(sources.ruleFiles())));
        LeakcheckEngine engine = new LeakcheckEngine(rules, RuleRows.of(sources.tables()),
                Catalogue.read(sources.file(Catalogue.FILE)),
                AdministrativeCalendar.read(sources.file(AdministrativeCalendar.FILE)));
        SelfCheck.run(engine);
        LOG.info("rule base {}: {}, in {} ms", sameRules.isPresent() ? "precompiled, edited data" : "compiled", rules,
                (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /**
     * An engine of these tables: from their precompiled form when there is one, compiled otherwise.
     * Either way the engine is self-checked before it is returned: now, or, for precompiled tables,
     * when the jar was built.
     */
    static LeakcheckEngine build(RuleSources sources, Optional<Precompiled> precompiled) {
        long start = System.nanoTime();
        Catalogue catalogue = Catalogue.read(data(sources, precompiled, Catalogue.FILE));
        AdministrativeCalendar calendar = AdministrativeCalendar.read(data(sources, precompiled, AdministrativeCalendar.FILE));
        RuleBases rules = precompiled.isPresent() ? precompiled.get().ruleBases()
                : RuleBases.of(RuleBase.compile(sources.ruleFiles()));
        RuleRows rows = RuleRows.of(precompiled.isPresent()
                ? RuleSources.RULE_FILES.stream().map(file -> RuleTableSheet.read(file, precompiled.get().sheets(file))).toList()
                : sources.tables());
        LeakcheckEngine engine = new LeakcheckEngine(rules, rows, catalogue, calendar);
        if (precompiled.isEmpty() || !precompiled.get().selfChecked()) {
            SelfCheck.run(engine);
        }
        LOG.info("rule base {}: {}, in {} ms", precompiled.isPresent() ? "loaded precompiled" : "compiled",
                rules, (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    private static byte[] data(RuleSources sources, Optional<Precompiled> precompiled, String file) {
        return precompiled.isPresent() ? precompiled.get().sheets(file) : sources.file(file);
    }

    /** The plan for this incident. The same incident always gives the same plan. */
    public Plan plan(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        Plan plan = assemble(incident, evaluate(incident));
        // Only the questions whose answer can change the plan (the rows marked so in the question sheet).
        plan = WhatIf.relevant(plan, incident, catalogue.onlyIfDeciding(), i -> assemble(i, evaluate(i)));
        LOG.debug("incident {}: {} actions, {} questions", incident.id(), plan.actions().size(),
                plan.questions().size());
        return plan;
    }

    /** What the rules found for an incident, before it is made a plan. */
    record Evaluation(Findings findings, ReportDuty duty) {
    }

    /**
     * Two passes in one session: the first decides everything that rests on the incident alone,
     * the report-duty cases among it; the second adds the decision on the report duty as facts,
     * so that the rows depending on it (the reports themselves, their deadlines) fire.
     */
    Evaluation evaluate(Incident incident) {
        FactSheet facts = FactSheet.of(incident, catalogue.personsThreshold());
        Findings findings = new Findings(rows);
        KieSession session = rules.pool(incident.type()).newKieSession(sessionConfiguration);
        try {
            session.setGlobal("out", findings);
            for (Fact fact : facts.facts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            ReportDuty duty = ReportDuty.decide(findings.triggers(), facts.exemptions());
            for (Fact fact : duty.facts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new Evaluation(findings, duty);
        } finally {
            // Back to the pool, reset: no fact, global or activation survives into the next evaluation.
            session.dispose();
        }
    }

    /** The plan made of what the rules found: actions, deadlines, questions, the PPC report. */
    Plan assemble(Incident incident, Evaluation evaluation) {
        return assembler.assemble(incident, evaluation.findings(), evaluation.duty());
    }

    /**
     * The labels of this engine's catalogue (the edited one, for an engine of edited workbooks), for
     * tools that show codes and fields to people in the words the plans use.
     */
    public Labels labels() {
        return Labels.of(catalogue);
    }

    /** The action codes of the catalogue, in catalogue order: every code a plan can contain. */
    public List<String> actionCodes() {
        return List.copyOf(catalogue.actionCodes());
    }

    Catalogue catalogue() {
        return catalogue;
    }
}
