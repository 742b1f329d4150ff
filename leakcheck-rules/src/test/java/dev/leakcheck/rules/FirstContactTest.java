package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.plan.Proposal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Question;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first call: all that is known is that something of a kind happened. The plan must already
 * say what to do first, keep every obligation that may apply (provisionally), and ask the whole
 * checklist of that type.
 */
@DisplayName("種別しかわからない最初の連絡")
class FirstContactTest {

    private static final Map<IncidentType, List<String>> FIRST = Map.of(
            IncidentType.MISSENT_OR_MISPUBLISHED, List.of("REQUEST_RECIPIENT_DELETION", "DELETE_PUBLISHED_INFORMATION",
                    "REQUEST_THIRD_PARTY_SITE_REMOVAL"),
            IncidentType.LOST_OR_STOLEN, List.of("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS"),
            IncidentType.EXTERNAL_ATTACK, List.of("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS", "ISOLATE_COMPROMISED_SYSTEMS"),
            IncidentType.INSIDER_LEAK, List.of("RESTRICT_ACCESS_TO_LEAK_SOURCE", "SECURE_INSIDER_EQUIPMENT"));

    private static final Map<IncidentType, List<String>> OWN_QUESTIONS = Map.of(
            IncidentType.MISSENT_OR_MISPUBLISHED, List.of("channel", "cause", "assets[0].forms"),
            IncidentType.LOST_OR_STOLEN, List.of("lost.device", "lost.stolen", "lost.place", "lost.circumstances"),
            IncidentType.EXTERNAL_ATTACK, List.of("attack.devices", "attack.scope"),
            IncidentType.INSIDER_LEAK, List.of("insider.perpetratorMayBeInside", "insider.storage",
                    "insider.takenMedia", "assets[0].protection.lockedStorage"));

    private static final LeakcheckEngine engine = SharedEngine.get();

    @ParameterizedTest
    @EnumSource(IncidentType.class)
    @DisplayName("真っ先にすべき対応は確定、報告義務は暫定、質問はその種別のチェックリスト全体")
    void only_id_and_type(IncidentType type) {
        Plan plan = engine.plan(Incident.builder("INC-FIRST", type).build());

        List<String> first = plan.actions().stream().filter(a -> a.phase() == Phase.FIRST)
                .map(PlannedAction::code).toList();
        assertThat(first).containsExactlyInAnyOrderElementsOf(FIRST.get(type));
        if (type != IncidentType.MISSENT_OR_MISPUBLISHED && type != IncidentType.LOST_OR_STOLEN) {
            // Only misdelivery's first response depends on an answer (the channel), and loss's (the device:
            // a USB stick or paper has no account to suspend).
            assertThat(plan.actions()).filteredOn(a -> a.phase() == Phase.FIRST)
                    .allSatisfy(a -> assertThat(a.provisional()).isFalse());
        }
        assertThat(plan.ppcReport().required()).isTrue();
        assertThat(plan.ppcReport().provisional()).isTrue();
        assertThat(plan.action("PPC_PRELIMINARY_REPORT")).hasValueSatisfying(a -> {
            assertThat(a.provisional()).isTrue();
            assertThat(a.deadline()).as("no awareness time, no deadline").isEmpty();
        });
        assertThat(plan.action("NOTIFY_AFFECTED_INDIVIDUALS")).hasValueSatisfying(a ->
                assertThat(a.provisional()).isTrue());

        List<String> fields = plan.questions().stream().map(Question::field).toList();
        // The awareness time starts every legal clock: asked first in every section (issue B10).
        assertThat(fields).startsWith("discovery.awareAt",
                type == IncidentType.MISSENT_OR_MISPUBLISHED ? "channel" : "discovery.route");
        assertThat(fields).contains("discovery.route", "discovery.awareAt", "assets[0].owner",
                "assets[0].personal.included", "assets[0].personal.persons", "assets[0].personal.sensitive",
                "assets[0].financial", "assets[0].protection.level", "socialImpactHigh");
        assertThat(fields).containsAll(OWN_QUESTIONS.get(type));
        OWN_QUESTIONS.forEach((other, own) -> {
            if (other != type) {
                assertThat(fields).as("questions of " + other).doesNotContainAnyElementsOf(own);
            }
        });
        assertThat(fields).doesNotHaveDuplicates();
        assertThat(plan.questions()).allSatisfy(q -> {
            assertThat(q.text().ja()).isNotBlank();
            assertThat(q.text().en()).isNotBlank();
        });
    }

    @ParameterizedTest
    @EnumSource(IncidentType.class)
    @DisplayName("暫定の対応が待っている答えは、すべて質問にある")
    void every_provisional_action_is_settled_by_an_open_question(IncidentType type) {
        Incident incident = Incident.builder("INC-Q", type).build();
        List<String> asked = engine.plan(incident).questions().stream().map(Question::field).toList();

        assertThat(engine.core().evaluate(incident).findings().proposals())
                .filteredOn(Proposal::provisional)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(asked).as(p.code() + " waits for").containsAll(p.match().unknownFields()));
    }

    @Test
    @DisplayName("答えがいいえなら、その下の質問はしない")
    void a_no_makes_the_follow_up_questions_moot() {
        var incident = Incidents.misdeliveryOf(Incidents.harmlessAsset().build());
        List<String> fields = engine.plan(incident).questions().stream().map(Question::field).toList();

        assertThat(fields).doesNotContain("assets[0].personal.persons", "assets[0].personal.sensitive",
                "assets[0].protection.keyCompromised", "channel", "assets[0].owner");
    }
}
