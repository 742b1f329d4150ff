package dev.leakcheck.rules.internal.drools;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.internal.deadline.AdministrativeCalendar;
import dev.leakcheck.rules.internal.duty.ReportDuty;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.facts.IncidentFacts;
import dev.leakcheck.rules.internal.plan.Findings;
import dev.leakcheck.rules.internal.plan.PlanAssembler;
import dev.leakcheck.rules.internal.plan.WhatIf;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.Regimes;
import dev.leakcheck.rules.internal.workbook.RuleRows;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import java.time.Clock;
import java.util.ArrayList;
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
 * What stands behind a {@link dev.leakcheck.rules.LeakcheckEngine}: the rule bases, the rows' data, the
 * catalogue and the calendar, and the evaluation of an incident in two passes of a pooled session.
 * Internal: the public engine hands out plans only; the self-check, the build's precompiler, the
 * tests and the stage benchmark reach the stages here.
 *
 * <p>The rule base is built once, when the engine is built: the bundled tables from the form the
 * build precompiled them into ({@link Precompiled}), other tables compiled then — only their
 * conditions and codes: what a row says (texts, day counts) is read from the row ({@link RuleRows}),
 * never compiled. Either way the rules are checked by evaluating an incident of every type before
 * an engine of them is handed out (for the bundled tables, when the jar was built). Each call
 * evaluates the incident in a session of its own, which no other call sees until it has been reset:
 * sessions are pooled, because creating one and the memories of its nodes costs about as much as the
 * rules themselves. docs/PERFORMANCE.md has the figures.
 */
public final class Engine {

    /** The public engine's name: what applications configure the engine's logging by. */
    private static final Logger LOG = LoggerFactory.getLogger("dev.leakcheck.rules.LeakcheckEngine");

    private final RuleBases rules;
    private final KieSessionConfiguration sessionConfiguration;
    private final Catalogue catalogue;
    private final Regimes regimes;
    private final RuleRows rows;
    private final PlanAssembler assembler;

    /**
     * What a plan is made with besides the incident: the organisation's profile set for the engine (an
     * incident's own set parts win over it) and the clock that says when the plan is made (a deadline
     * already past is flagged overdue).
     *
     * @param organisation the profile of the organisation that embeds the engine
     * @param clock        the clock of "now"
     */
    public record Context(Organisation organisation, Clock clock) {

        /** Nothing known of the organisation; the system clock. */
        public static final Context DEFAULT = new Context(Organisation.UNKNOWN, Clock.systemUTC());

        public Context {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(clock, "clock");
        }

        /** The profile for this incident: the engine's, with the incident's own set parts in their place. */
        Organisation organisationFor(Incident incident) {
            return incident.organisationUnder(organisation);
        }
    }

    private Engine(RuleBases rules, RuleRows rows, Catalogue catalogue, Regimes regimes, AdministrativeCalendar calendar) {
        this.rules = rules;
        this.rows = rows;
        // A session serves one evaluation on one thread at a time (the pool hands it over safely), so it
        // needs no locks of its own; and the KieBase need not track it, since the KieBase never changes.
        this.sessionConfiguration = KieServices.get().newKieSessionConfiguration();
        sessionConfiguration.setOption(ThreadSafeOption.NO);
        sessionConfiguration.setOption(KeepReferenceOption.NO);
        this.catalogue = catalogue;
        this.regimes = regimes;
        this.assembler = new PlanAssembler(catalogue, calendar);
    }

    /**
     * An engine of these sources: precompiled when they are the bundled tables, or when only their data
     * cells were edited; compiled otherwise.
     *
     * @param sources the workbooks, bundled or edited
     * @return the engine, self-checked
     * @throws dev.leakcheck.rules.RulesDefinitionException if a table has a mistake
     */
    public static Engine build(RuleSources sources) {
        Optional<Precompiled> exact = Precompiled.of(sources);
        if (exact.isPresent()) {
            return build(sources, exact);
        }
        // Edited tables whose conditions and codes are the bundled ones (only texts, day counts or
        // flags changed) match the same rows: the precompiled rules serve, with the edited rows' data.
        long start = System.nanoTime();
        RuleRows rows = RuleRows.of(sources.tables());
        Optional<RuleBases> sameRules = Precompiled.sameRules(sources).map(precompiled -> precompiled.ruleBases(rows));
        RuleBases rules = sameRules.orElseGet(() -> RuleBases.of(RuleBase.compile(sources.ruleFiles())));
        Catalogue catalogue = Catalogue.read(sources.file(Catalogue.FILE));
        Engine engine = new Engine(rules, rows, catalogue, regimes(catalogue, sources.file(Regimes.FILE)),
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
     *
     * @param sources     the workbooks
     * @param precompiled their precompiled form, if they have one
     * @return the engine
     */
    public static Engine build(RuleSources sources, Optional<Precompiled> precompiled) {
        long start = System.nanoTime();
        Catalogue catalogue = Catalogue.read(data(sources, precompiled, Catalogue.FILE));
        AdministrativeCalendar calendar = AdministrativeCalendar.read(data(sources, precompiled, AdministrativeCalendar.FILE));
        RuleRows rows = RuleRows.of(precompiled.isPresent()
                ? RuleSources.RULE_FILES.stream().map(file -> DecisionTable.read(file, precompiled.get().sheets(file))).toList()
                : sources.tables());
        RuleBases rules = precompiled.isPresent() ? precompiled.get().ruleBases(rows)
                : RuleBases.of(RuleBase.compile(sources.ruleFiles()));
        Engine engine = new Engine(rules, rows, catalogue, regimes(catalogue, data(sources, precompiled, Regimes.FILE)),
                calendar);
        if (precompiled.isEmpty() || !precompiled.get().selfChecked()) {
            SelfCheck.run(engine);
        }
        LOG.info("rule base {}: {}, in {} ms", precompiled.isPresent() ? "loaded precompiled" : "compiled",
                rules, (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /** The regimes, checked against the catalogue: the actions that serve the reports are its codes. */
    public static Regimes regimes(Catalogue catalogue, byte[] bytes) {
        Regimes regimes = Regimes.read(bytes);
        List<String> problems = new ArrayList<>(regimes.unknownActions(catalogue.actionCodes()));
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return regimes;
    }

    private static byte[] data(RuleSources sources, Optional<Precompiled> precompiled, String file) {
        return precompiled.isPresent() ? precompiled.get().sheets(file) : sources.file(file);
    }

    /**
     * The plan for this incident. The same incident always gives the same plan.
     *
     * @param incident the incident
     * @return its plan
     */
    public Plan plan(Incident incident) {
        return plan(incident, Context.DEFAULT);
    }

    /**
     * The plan for this incident, for this organisation, made at the time of the context's clock.
     *
     * @param incident the incident
     * @param context  the organisation's profile and the clock
     * @return its plan
     */
    public Plan plan(Incident incident, Context context) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(context, "context");
        java.time.Instant now = context.clock().instant();
        // What the engine's profile answers is answered: the questions are those of the incident with it.
        Incident planned = context.organisation().equals(Organisation.UNKNOWN) ? incident
                : incident.withOrganisation(context.organisationFor(incident));
        Plan plan = assemble(planned, evaluate(planned, context), now);
        // Only the questions whose answer can change the plan (the rows marked so in the question sheet);
        // the plans of the answers tried are only compared, so only their decisions are made.
        plan = WhatIf.relevant(plan, planned, catalogue.onlyIfDeciding(), i -> {
            Evaluation tried = evaluate(i, context);
            return assembler.assemble(i, tried.findings(), tried.duty(), now, PlanAssembler.Detail.DECISIONS);
        });
        LOG.debug("incident {}: {} actions, {} questions", incident.id(), plan.actions().size(),
                plan.questions().size());
        return plan;
    }

    /**
     * What the rules found for an incident, before it is made a plan.
     *
     * @param findings what the rules proposed and found
     * @param duty     the decision on the report duty
     */
    public record Evaluation(Findings findings, ReportDuty duty) {
    }

    /**
     * As {@link #evaluate(Incident, Context)} with nothing known of the organisation.
     *
     * @param incident the incident
     * @return what the rules found
     */
    public Evaluation evaluate(Incident incident) {
        return evaluate(incident, Context.DEFAULT);
    }

    /**
     * Two passes in one session: the first decides everything that rests on the incident alone,
     * the report-duty cases among it; the second adds the decision on the report duty as facts,
     * so that the rows depending on it (the reports themselves, their deadlines) fire.
     *
     * @param incident the incident
     * @param context  the organisation's profile (which regimes apply)
     * @return what the rules found
     */
    public Evaluation evaluate(Incident incident, Context context) {
        // The tables read the organisation's profile as the engine's, with the incident's own parts over it.
        Organisation organisation = context.organisationFor(incident);
        IncidentFacts facts = IncidentFacts.of(incident.withOrganisation(organisation), catalogue.fieldFacts(), regimes);
        Findings findings = new Findings(rows);
        KieSession session = rules.pool(incident.type()).newKieSession(sessionConfiguration);
        try {
            session.setGlobal("out", findings);
            for (Fact fact : facts.facts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            ReportDuty duty = ReportDuty.decide(regimes, organisation, findings.triggers(),
                    facts.exemptions());
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

    /**
     * The plan made of what the rules found: actions, deadlines, questions, the PPC report.
     *
     * @param incident   the incident evaluated
     * @param evaluation what the rules found for it
     * @return the plan
     */
    public Plan assemble(Incident incident, Evaluation evaluation) {
        return assemble(incident, evaluation, Context.DEFAULT.clock().instant());
    }

    private Plan assemble(Incident incident, Evaluation evaluation, java.time.Instant now) {
        return assembler.assemble(incident, evaluation.findings(), evaluation.duty(), now);
    }

    /**
     * The rule bases this engine plans with, for the tests that watch what a reload keeps.
     *
     * @return the rule bases
     */
    public RuleBases ruleBases() {
        return rules;
    }

    /**
     * The catalogue of this engine's workbooks.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The regimes of this engine's workbooks.
     *
     * @return the regimes
     */
    public Regimes regimes() {
        return regimes;
    }
}
