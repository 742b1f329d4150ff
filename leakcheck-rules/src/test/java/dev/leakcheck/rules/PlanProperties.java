package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.drools.Engine;
import dev.leakcheck.rules.internal.plan.Proposal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Question;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the engine with random valid incidents of every type and random answers: every plan is
 * well formed. The number of incidents is jqwik's default number of tries: 200 in every build
 * (src/test/resources/junit-platform.properties), 1,000 with {@code -Pstress};
 * {@code -Djqwik.tries.default=1000000} for a long run.
 */
@Label("どんな事案でも、計画は形が整っている")
class PlanProperties {

    private static LeakcheckEngine engine;
    private static Set<String> catalogue;

    @BeforeContainer
    static void buildEngineOnce() {
        engine = LeakcheckEngine.bundled();
        catalogue = Set.copyOf(engine.actionCodes());
    }

    @Property
    void every_plan_is_well_formed(@ForAll("incidents") Incident incident) {
        Plan plan = engine.plan(incident);

        assertThat(plan.incidentId()).isEqualTo(incident.id());
        assertThat(plan.type()).isEqualTo(incident.type());
        assertThat(plan.actions()).as("a plan always has something to do").isNotEmpty();
        Set<String> codes = new HashSet<>();
        PlannedAction previous = null;
        for (PlannedAction action : plan.actions()) {
            assertThat(catalogue).as("codes come from the catalogue").contains(action.code());
            assertThat(codes.add(action.code())).as("each code once: " + action.code()).isTrue();
            if (previous != null) {
                assertThat(action.phase()).as("phases in order").isGreaterThanOrEqualTo(previous.phase());
            }
            action.deadline().ifPresent(deadline -> wellFormed(deadline, plan));
            assertThat(action.deadline().isPresent() && plan.awareDate().isEmpty())
                    .as("no deadline is computed without the time of awareness").isFalse();
            assertThat(action.title().ja()).isNotBlank();
            assertThat(action.because()).doesNotHaveDuplicates();
            previous = action;
        }
        assertThat(plan.questions()).extracting(Question::field).doesNotHaveDuplicates();
        if (plan.ppcReport().required()) {
            assertThat(plan.ppcReport().draft()).hasSize(9);
        } else {
            assertThat(plan.ppcReport().draft()).isEmpty();
            assertThat(plan.ppcReport().triggers()).isEmpty();
        }
        assertThat(plan.ppcReport().provisional()).as("a provisional report is a required one")
                .isEqualTo(plan.ppcReport().provisional() && plan.ppcReport().required());
    }

    /**
     * An action marked provisional rests on facts that are still unknown; the plan must ask at least
     * one question that would settle one of them (except the facts the checklist says to assume).
     */
    @Property
    void provisional_actions_come_with_their_questions(@ForAll("incidents") Incident incident) {
        Plan plan = engine.plan(incident);
        Engine.Evaluation evaluation = engine.core().evaluate(incident);
        Set<String> asked = new HashSet<>();
        plan.questions().forEach(q -> asked.add(q.field()));

        for (PlannedAction action : plan.actions()) {
            if (!action.provisional()) {
                continue;
            }
            Set<String> settling = new HashSet<>();
            for (Proposal proposal : evaluation.findings().proposals()) {
                if (proposal.code().equals(action.code()) && proposal.provisional()) {
                    settling.addAll(proposal.match().unknownFields());
                }
            }
            assertThat(settling).as(action.code() + " is provisional on unknown fields").isNotEmpty();
            assertThat(settling).as(action.code() + ": a question settles it; asked: " + asked)
                    .containsAnyElementsOf(asked);
        }
    }

    private static void wellFormed(Deadline deadline, Plan plan) {
        assertThat(deadline.due()).isAfterOrEqualTo(deadline.target());
        assertThat(deadline.target()).isAfterOrEqualTo(plan.awareDate().orElseThrow());
        assertThat(deadline.basis().ja()).isNotBlank();
    }

    @Provide
    Arbitrary<Incident> incidents() {
        return RandomIncidents.incidents();
    }
}
