package dev.leakcheck.rules.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.RegimeReport;
import dev.leakcheck.rules.RandomIncidents;
import dev.leakcheck.rules.SharedEngine;
import dev.leakcheck.rules.internal.deadline.AdministrativeCalendar;
import dev.leakcheck.rules.internal.drools.Engine;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The what-if compares plans made with {@link PlanAssembler.Detail#DECISIONS}: for every incident, such a plan
 * must decide exactly what the full plan decides (every action with its phase, necessity, provisional mark,
 * title, recipient, deadline and source; the PPC report and every other regime's report but their reasons and
 * draft), so that a question is dropped or kept as it would be with full plans.
 */
class DecisionsProperties {

    private static Engine engine;
    private static PlanAssembler assembler;
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @BeforeContainer
    static void buildEngineOnce() {
        engine = SharedEngine.core();
        assembler = new PlanAssembler(engine.catalogue(),
                AdministrativeCalendar.read(RuleSources.bundled().file(AdministrativeCalendar.FILE)));
    }

    @Property(tries = 200)
    void a_plan_of_decisions_decides_as_the_full_plan(@ForAll("incidents") Incident incident) {
        Engine.Evaluation evaluation = engine.evaluate(incident);
        Plan full = assembler.assemble(incident, evaluation.findings(), evaluation.duty(), NOW,
                PlanAssembler.Detail.FULL);
        Plan decisions = assembler.assemble(incident, evaluation.findings(), evaluation.duty(), NOW,
                PlanAssembler.Detail.DECISIONS);

        assertThat(withoutTexts(decisions)).isEqualTo(withoutTexts(full));
        assertThat(WhatIf.changes(full, decisions)).isFalse();
        assertThat(decisions.questions()).isEmpty();
        assertThat(decisions.ppcReport().because()).isEmpty();
    }

    /** The plan without what a plan of decisions leaves out: reasons, the report draft, questions, warnings. */
    private static Plan withoutTexts(Plan plan) {
        PpcReport ppc = plan.ppcReport();
        List<PlannedAction> actions = plan.actions().stream()
                .map(a -> new PlannedAction(a.code(), a.phase(), a.necessity(), a.provisional(), a.title(),
                        a.recipient(), a.deadline(), List.of(), a.source()))
                .toList();
        List<RegimeReport> reports = plan.reports().stream()
                .map(r -> new RegimeReport(r.regime(), r.authority(), r.required(), r.provisional(), r.triggers(),
                        r.possibleTriggers(), r.exemptions(), List.of(), r.actions()))
                .toList();
        return new Plan(plan.incidentId(), plan.type(), plan.awareDate(),
                new PpcReport(ppc.required(), ppc.provisional(), ppc.triggers(), ppc.possibleTriggers(),
                        ppc.exemptions(), List.of(), List.of()),
                actions, List.of(), List.of(), reports);
    }

    @Provide
    Arbitrary<Incident> incidents() {
        return RandomIncidents.incidents();
    }
}
