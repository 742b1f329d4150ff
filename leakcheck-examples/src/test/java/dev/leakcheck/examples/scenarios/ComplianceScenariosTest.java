package dev.leakcheck.examples.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.examples.scenarios.ComplianceScenario.DeadlineExpect;
import dev.leakcheck.examples.scenarios.ComplianceScenario.RegimeExpect;
import dev.leakcheck.examples.scenarios.ComplianceScenario.Expect;
import dev.leakcheck.examples.scenarios.ComplianceScenario.PpcExpect;
import dev.leakcheck.examples.scenarios.ComplianceScenarioFiles.ScenarioFile;
import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.RegimeReport;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Text;
import dev.leakcheck.rules.LeakcheckEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compliance scenarios: one JSON file per idea under {@code src/main/resources/leakcheck-scenarios/},
 * each an incident an auditor can read, why the plan must look as it does (the checklist bullet or
 * the law), and what the plan must and must not contain. The incident is read with the real JSON
 * reader, so the files also prove the JSON contract. Every expectation of a file is checked, and
 * all failures of a file are reported together, each naming the incident and the point of the
 * plan ("INC-G-15: PPC_FINAL_REPORT due").
 *
 * <p>What the section map of the checklist means for these files is in {@code docs/coverage-map.md};
 * {@link CatalogueCoverageTest} checks that the files together exercise the whole catalogue.
 */
@DisplayName("コンプライアンス・シナリオ / Compliance scenarios")
class ComplianceScenariosTest {

    private static LeakcheckEngine engine;

    @BeforeAll
    static void buildEngineOnce() {
        engine = ComplianceScenarioFiles.engine();
    }

    static Stream<Named<ScenarioFile>> scenarios() {
        return ComplianceScenarioFiles.all().stream().map(file -> Named.of(file.displayName(), file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_plan_meets_the_scenario(ScenarioFile file) {
        ComplianceScenario scenario = file.load();
        Plan plan = engine.plan(scenario.incident());

        SoftAssertions softly = new SoftAssertions();
        check(softly, scenario, plan);
        try {
            softly.assertAll();
        } catch (AssertionError failure) {
            throw new AssertionError(file.name() + ": " + scenario.title() + System.lineSeparator()
                    + "  なぜ / because: " + scenario.because() + System.lineSeparator()
                    + failure.getMessage(), failure);
        }
    }

    private static void check(SoftAssertions softly, ComplianceScenario scenario, Plan plan) {
        String id = scenario.incident().id();
        Expect expect = scenario.expect();
        List<String> catalogue = engine.actionCodes();
        List<String> codes = plan.actionCodes();

        for (String code : expect.codes()) {
            softly.assertThat(catalogue).as("%s: %s is a code of the action catalogue", id, code).contains(code);
        }
        for (String code : expect.actions()) {
            softly.assertThat(codes).as("%s: %s must be in the plan", id, code).contains(code);
        }
        for (String code : expect.absent()) {
            softly.assertThat(codes).as("%s: %s must not be in the plan", id, code).doesNotContain(code);
        }
        for (String code : expect.provisional()) {
            action(softly, plan, id, code).ifPresent(a -> softly.assertThat(a.provisional())
                    .as("%s: %s must be provisional (it rests on a fact that is still unknown)", id, code).isTrue());
        }
        for (String code : expect.definite()) {
            action(softly, plan, id, code).ifPresent(a -> softly.assertThat(a.provisional())
                    .as("%s: %s must be definite, not provisional", id, code).isFalse());
        }
        for (Map.Entry<String, Necessity> necessity : expect.necessity().entrySet()) {
            action(softly, plan, id, necessity.getKey()).ifPresent(a -> softly.assertThat(a.necessity())
                    .as("%s: %s necessity", id, necessity.getKey()).isEqualTo(necessity.getValue()));
        }
        expect.ppcReport().ifPresent(ppc -> checkReport(softly, id, ppc, plan.ppcReport()));
        for (Map.Entry<String, RegimeExpect> report : expect.reports().entrySet()) {
            checkRegimeReport(softly, plan, id, report.getKey(), report.getValue());
        }
        List<String> regimes = plan.reports().stream().map(RegimeReport::regime).toList();
        for (String regime : expect.reportsAbsent()) {
            softly.assertThat(regimes).as("%s: no %s report (the regime does not apply)", id, regime)
                    .doesNotContain(regime);
        }
        for (Map.Entry<String, DeadlineExpect> deadline : expect.deadlines().entrySet()) {
            checkDeadline(softly, plan, id, deadline.getKey(), deadline.getValue());
        }
        List<String> asked = plan.questions().stream().map(Question::field).toList();
        for (String field : expect.questions()) {
            softly.assertThat(asked).as("%s: the plan must ask for %s", id, field).contains(field);
        }
        for (String field : expect.notAsked()) {
            softly.assertThat(asked).as("%s: the plan must not ask for %s", id, field).doesNotContain(field);
        }
        for (Map.Entry<String, List<String>> words : expect.because().entrySet()) {
            List<Text> reasons = words.getKey().equals(ComplianceScenario.PPC_REPORT_REASONS) ? plan.ppcReport().because()
                    : action(softly, plan, id, words.getKey()).map(PlannedAction::because).orElse(List.of());
            for (String word : words.getValue()) {
                softly.assertThat(reasons).as("%s: a reason of %s must say '%s'", id, words.getKey(), word)
                        .anySatisfy(t -> assertThat(t.ja() + "\n" + t.en()).contains(word));
            }
        }
        for (Map.Entry<String, List<String>> words : expect.basis().entrySet()) {
            action(softly, plan, id, words.getKey()).ifPresent(a -> {
                String basis = a.deadline().map(d -> d.basis().ja() + "\n" + d.basis().en()).orElse("");
                softly.assertThat(basis).as("%s: the deadline basis of %s", id, words.getKey())
                        .contains(words.getValue());
            });
        }
        if (!expect.actionsStartWith().isEmpty()) {
            softly.assertThat(codes).as("%s: the plan's first actions", id).startsWith(expect.actionsStartWith().toArray(String[]::new));
        }
        if (!expect.questionsStartWith().isEmpty()) {
            softly.assertThat(asked).as("%s: the plan's first questions", id)
                    .startsWith(expect.questionsStartWith().toArray(String[]::new));
        }
        for (Map.Entry<String, List<String>> words : expect.title().entrySet()) {
            action(softly, plan, id, words.getKey()).ifPresent(a -> softly.assertThat(a.title().ja() + "\n" + a.title().en())
                    .as("%s: the title of %s", id, words.getKey()).contains(words.getValue()));
        }
        for (Map.Entry<String, List<String>> words : expect.recipient().entrySet()) {
            action(softly, plan, id, words.getKey()).ifPresent(a -> softly.assertThat(a.recipient()
                    .map(r -> r.ja() + "\n" + r.en()).orElse("")).as("%s: the recipient of %s", id, words.getKey())
                    .contains(words.getValue()));
        }
        for (String word : expect.warnings()) {
            softly.assertThat(plan.warnings()).as("%s: a warning must say '%s'", id, word)
                    .anySatisfy(t -> assertThat(t.ja() + "\n" + t.en()).contains(word));
        }
    }

    /** The planned action, or a failure saying it is missing. */
    private static Optional<PlannedAction> action(SoftAssertions softly, Plan plan, String id, String code) {
        Optional<PlannedAction> action = plan.action(code);
        if (action.isEmpty()) {
            softly.fail("%s: %s must be in the plan, but the plan has only %s", id, code, plan.actionCodes());
        }
        return action;
    }

    private static void checkReport(SoftAssertions softly, String id, PpcExpect expected, PpcReport actual) {
        if (expected.required() != null) {
            softly.assertThat(actual.required()).as("%s: PPC report required", id).isEqualTo(expected.required());
        }
        if (expected.provisional() != null) {
            softly.assertThat(actual.provisional()).as("%s: PPC report provisional (rests on unknown facts)", id)
                    .isEqualTo(expected.provisional());
        }
        expected.triggers().ifPresent(triggers -> softly.assertThat(actual.triggers())
                .as("%s: PPC report triggers (cases of Enforcement Rules Art. 7 that hold on what is known)", id)
                .containsExactlyElementsOf(triggers));
        expected.possibleTriggers().ifPresent(triggers -> softly.assertThat(actual.possibleTriggers())
                .as("%s: PPC report possibleTriggers (cases that rest on an unknown answer)", id)
                .containsExactlyElementsOf(triggers));
        expected.exemptions().ifPresent(exemptions -> softly.assertThat(actual.exemptions())
                .as("%s: PPC report exemptions", id)
                .containsExactlyElementsOf(exemptions));
    }

    private static void checkRegimeReport(SoftAssertions softly, Plan plan, String id, String regime,
            RegimeExpect expected) {
        Optional<RegimeReport> found = plan.reports().stream().filter(r -> r.regime().equals(regime)).findFirst();
        if (found.isEmpty()) {
            softly.fail("%s: the plan must carry a %s report, but has only %s", id, regime,
                    plan.reports().stream().map(RegimeReport::regime).toList());
            return;
        }
        RegimeReport actual = found.get();
        if (expected.required() != null) {
            softly.assertThat(actual.required()).as("%s: %s report required", id, regime).isEqualTo(expected.required());
        }
        if (expected.provisional() != null) {
            softly.assertThat(actual.provisional()).as("%s: %s report provisional", id, regime)
                    .isEqualTo(expected.provisional());
        }
        expected.triggers().ifPresent(t -> softly.assertThat(actual.triggers()).as("%s: %s triggers", id, regime)
                .containsExactlyElementsOf(t));
        expected.possibleTriggers().ifPresent(t -> softly.assertThat(actual.possibleTriggers())
                .as("%s: %s possibleTriggers", id, regime).containsExactlyElementsOf(t));
        expected.exemptions().ifPresent(e -> softly.assertThat(actual.exemptions()).as("%s: %s exemptions", id, regime)
                .containsExactlyElementsOf(e));
        expected.actions().ifPresent(a -> softly.assertThat(actual.actions()).as("%s: %s actions", id, regime)
                .containsExactlyElementsOf(a));
        String authority = actual.authority().ja() + "\n" + actual.authority().en();
        for (String word : expected.authority()) {
            softly.assertThat(authority).as("%s: %s authority", id, regime).contains(word);
        }
    }

    private static void checkDeadline(SoftAssertions softly, Plan plan, String id, String code,
            DeadlineExpect expected) {
        action(softly, plan, id, code).ifPresent(action -> {
            Optional<Deadline> deadline = action.deadline();
            if (deadline.isEmpty()) {
                softly.fail("%s: %s must have a deadline (target %s, due %s), but has none", id, code,
                        expected.target(), expected.due());
                return;
            }
            softly.assertThat(deadline.get().target()).as("%s: %s target", id, code).isEqualTo(expected.target());
            softly.assertThat(deadline.get().due()).as("%s: %s due", id, code).isEqualTo(expected.due());
            expected.dueAt().ifPresent(at -> softly.assertThat(deadline.get().dueAt()).as("%s: %s dueAt", id, code)
                    .hasValueSatisfying(actual -> assertThat(actual.toInstant()).isEqualTo(at.toInstant())));
        });
    }
}
