package dev.leakcheck.examples.scenarios;

import static dev.leakcheck.model.IncidentType.EXTERNAL_ATTACK;
import static dev.leakcheck.model.IncidentType.INSIDER_LEAK;
import static dev.leakcheck.model.IncidentType.LOST_OR_STOLEN;
import static dev.leakcheck.model.IncidentType.MISSENT_OR_MISPUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.examples.scenarios.ComplianceScenarioFiles.ScenarioFile;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Plan;
import dev.leakcheck.rules.LeakcheckEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scenario files, taken together, must exercise the whole action catalogue: every code is
 * produced by some scenario, and every code that depends on an answer is also shown to be left out
 * where the answer says it does not apply (its suppression). Every discovery route is used, every
 * type has a first-contact scenario, and no expectation names a code the catalogue does not have.
 *
 * <p>Which incident types "can produce" a code is taken from the scenarios' actual plans (the
 * catalogue's "when" column is prose, not data). The exception is the codes whose "when" is nothing
 * but incident types ({@link #WHOLE_SECTION}): within their sections they have no condition that
 * could be false, so their suppression is shown by the other types instead, and this test checks
 * that they are in every plan of their types and in no plan of the others.
 */
@DisplayName("シナリオがカタログ全体を覆う / The scenarios cover the whole catalogue")
class CatalogueCoverageTest {

    private static final Set<IncidentType> M = EnumSet.of(MISSENT_OR_MISPUBLISHED);
    private static final Set<IncidentType> L = EnumSet.of(LOST_OR_STOLEN);
    private static final Set<IncidentType> A = EnumSet.of(EXTERNAL_ATTACK);
    private static final Set<IncidentType> I = EnumSet.of(INSIDER_LEAK);
    private static final Set<IncidentType> ML = EnumSet.of(MISSENT_OR_MISPUBLISHED, LOST_OR_STOLEN);
    private static final Set<IncidentType> AI = EnumSet.of(EXTERNAL_ATTACK, INSIDER_LEAK);
    private static final Set<IncidentType> LAI = EnumSet.of(LOST_OR_STOLEN, EXTERNAL_ATTACK, INSIDER_LEAK);
    private static final Set<IncidentType> ALL = EnumSet.allOf(IncidentType.class);

    /**
     * The codes whose "when" in docs/action-catalogue.md is only incident types: the checklist lists them
     * for every incident of their sections, unconditionally.
     */
    static final Map<String, Set<IncidentType>> WHOLE_SECTION = wholeSection();

    private static Map<String, Set<IncidentType>> wholeSection() {
        Map<String, Set<IncidentType>> codes = new LinkedHashMap<>();
        codes.put("ISOLATE_COMPROMISED_SYSTEMS", A);
        codes.put("RESTRICT_ACCESS_TO_LEAK_SOURCE", I);
        codes.put("SECURE_INSIDER_EQUIPMENT", I);
        codes.put("REPORT_TO_POLICE", L);
        codes.put("CHECK_RESALE_MARKETS", L);
        codes.put("DISCONNECT_DEVICES_FROM_NETWORK", A);
        codes.put("SHUT_DOWN_ATTACKED_NETWORK", A);
        codes.put("ASSESS_SECONDARY_DAMAGE", ML);
        codes.put("ASSESS_SEVERITY", ALL);
        codes.put("ENGAGE_INCIDENT_RESPONSE_EXPERTS", AI);
        codes.put("CONSULT_POLICE", AI);
        codes.put("PRESERVE_EVIDENCE", AI);
        codes.put("HOLD_SYSTEM_RESTART", AI);
        codes.put("RESTORE_FROM_VERIFIED_BACKUP", AI);
        codes.put("REMEDIATE_VULNERABILITIES", AI);
        codes.put("REVIEW_PROCEDURES_AND_CHECKS", M);
        codes.put("ENFORCE_INFORMATION_POLICY", LAI);
        codes.put("UPDATE_ANTIVIRUS", A);
        codes.put("PHISHING_AWARENESS_TRAINING", A);
        codes.put("REVIEW_ACCESS_RIGHTS", I);
        codes.put("ESTABLISH_MUTUAL_CHECKS", I);
        codes.put("RESTRICT_EXTERNAL_STORAGE", I);
        codes.put("RESTRICT_CLOUD_STORAGE", I);
        return Map.copyOf(codes);
    }

    /** A scenario and the plan the engine made for it. */
    private record Run(ScenarioFile file, ComplianceScenario scenario, Plan plan) {

        IncidentType type() {
            return scenario.incident().type();
        }

        boolean has(String code) {
            return plan.actionCodes().contains(code);
        }

        @Override
        public String toString() {
            return file.name();
        }
    }

    private static LeakcheckEngine engine;
    private static List<String> catalogue;
    private static final List<Run> runs = new ArrayList<>();
    private static final List<String> unreadable = new ArrayList<>();

    @BeforeAll
    static void planEveryScenario() {
        engine = ComplianceScenarioFiles.engine();
        catalogue = engine.actionCodes();
        for (ScenarioFile file : ComplianceScenarioFiles.all()) {
            try {
                ComplianceScenario scenario = file.load();
                runs.add(new Run(file, scenario, engine.plan(scenario.incident())));
            } catch (RuntimeException e) {
                unreadable.add(e.getMessage());
            }
        }
    }

    @Test
    @DisplayName("すべてのシナリオファイルが読める / every scenario file can be read")
    void every_scenario_file_can_be_read() {
        assertThat(unreadable).as("scenario files that cannot be read").isEmpty();
        assertThat(runs).as("scenario files").isNotEmpty();
    }

    @Test
    @DisplayName("カタログのすべてのコードが、いずれかのシナリオの計画に出る / every catalogue code is produced by some scenario")
    void every_catalogue_code_is_produced_by_some_scenario() {
        List<String> neverProduced = catalogue.stream()
                .filter(code -> runs.stream().noneMatch(run -> run.has(code)))
                .toList();

        assertThat(neverProduced).as("catalogue codes that no scenario's plan contains").isEmpty();
    }

    @Test
    @DisplayName("条件つきのコードは、それを出しうる種別で条件が偽のシナリオでは出ない / every conditional code is also shown suppressed")
    void every_conditional_code_is_absent_from_some_scenario_of_a_type_that_can_produce_it() {
        List<String> neverSuppressed = new ArrayList<>();
        for (String code : catalogue) {
            if (WHOLE_SECTION.containsKey(code)) {
                continue;
            }
            Set<IncidentType> producing = runs.stream().filter(run -> run.has(code)).map(Run::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentType.class)));
            if (producing.isEmpty()) {
                continue; // reported by every_catalogue_code_is_produced_by_some_scenario
            }
            boolean suppressed = runs.stream().anyMatch(run -> producing.contains(run.type()) && !run.has(code));
            if (!suppressed) {
                neverSuppressed.add(code + " (produced by " + producing + ", absent from none of their scenarios)");
            }
        }

        assertThat(neverSuppressed)
                .as("conditional codes that no scenario shows left out where their condition is false")
                .isEmpty();
    }

    @Test
    @DisplayName("条件のないコードは、その種別のすべての計画に出て、他の種別には出ない / whole-section codes: in every plan of their types, in none of the others")
    void whole_section_codes_are_in_every_plan_of_their_types_and_in_no_other() {
        assertThat(catalogue).as("whole-section codes are catalogue codes").containsAll(WHOLE_SECTION.keySet());
        List<String> wrong = new ArrayList<>();
        WHOLE_SECTION.forEach((code, types) -> runs.forEach(run -> {
            if (types.contains(run.type()) && !run.has(code)) {
                wrong.add(code + " is missing from " + run + " (" + run.type() + ")");
            }
            if (!types.contains(run.type()) && run.has(code)) {
                wrong.add(code + " appears in " + run + " (" + run.type() + "), outside its sections " + types);
            }
        }));
        Set<IncidentType> typesWithScenarios = runs.stream().map(Run::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentType.class)));

        assertThat(wrong).as("whole-section codes out of place").isEmpty();
        assertThat(typesWithScenarios).as("incident types with scenarios").containsExactlyInAnyOrderElementsOf(ALL);
    }

    @Test
    @DisplayName("期待に書かれたコードはすべてカタログにある / expectations name only catalogue codes")
    void expectations_name_only_catalogue_codes() {
        List<String> unknown = new ArrayList<>();
        for (Run run : runs) {
            run.scenario().expect().codes().stream()
                    .filter(code -> !catalogue.contains(code))
                    .forEach(code -> unknown.add(run + ": " + code));
        }

        assertThat(unknown).as("codes named by scenarios that are not in the catalogue").isEmpty();
    }

    @Test
    @DisplayName("発覚の経緯のすべての値がシナリオで使われる / every discovery route is used")
    void every_discovery_route_is_used_by_some_scenario() {
        Set<DiscoveryRoute> used = runs.stream()
                .flatMap(run -> run.scenario().incident().discovery().route().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiscoveryRoute.class)));
        List<String> unused = Arrays.stream(DiscoveryRoute.values())
                .filter(route -> !used.contains(route))
                .map(Enum::name)
                .toList();

        assertThat(unused)
                .as("discovery routes that no scenario uses").isEmpty();
    }

    @Test
    @DisplayName("種別ごとに、idと種別だけの最初の連絡のシナリオがある / every type has a first-contact scenario")
    void every_type_has_a_first_contact_scenario() {
        Set<IncidentType> firstContacts = runs.stream()
                .filter(run -> run.scenario().incidentKeys().equals(Set.of("id", "type")))
                .map(Run::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentType.class)));

        assertThat(firstContacts).as("types with a scenario whose incident has only id and type")
                .containsExactlyInAnyOrderElementsOf(ALL);
    }
}
