package dev.leakcheck.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakcheck.json.IncidentJson;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InformationForm;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.ProtectionLevel;
import dev.leakcheck.model.TakenMedium;
import dev.leakcheck.model.field.IncidentEditor;
import dev.leakcheck.model.field.IncidentField;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Answers applied one field path at a time rebuild the same incident as the JSON of the samples. */
class IncidentEditorTest {

    private static Incident applyAll(Incident start, Map<String, Object> answers) {
        Incident incident = start;
        for (Map.Entry<String, Object> answer : answers.entrySet()) {
            incident = IncidentEditor.apply(incident, answer.getKey(), answer.getValue());
        }
        return incident;
    }

    private static Incident sample(String name) {
        return IncidentJson.read(Path.of("samples", name));
    }

    @Test
    void every_field_of_the_email_sample_rebuilds_the_sample() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("channel", Channel.EMAIL);
        answers.put("occurredAt", ZonedDateTime.parse("2026-12-01T09:10:00+09:00"));
        answers.put("cause", Cause.OPERATION_ERROR);
        answers.put("socialImpactHigh", Answer.NO);
        answers.put("discovery.route", DiscoveryRoute.THIRD_PARTY);
        answers.put("discovery.awareAt", ZonedDateTime.parse("2026-12-01T10:00:00+09:00"));
        answers.put("discovery.reporterContact", "誤送信先の取引先担当者 (電話 03-0000-0000)");
        answers.put("assets[0].description", "顧客名簿 (展示会来場者リスト、氏名・会社名・メールアドレス)");
        answers.put("assets[0].owner", Owner.OWN);
        answers.put("assets[0].personal.included", Answer.YES);
        answers.put("assets[0].personal.persons", 1200);
        answers.put("assets[0].personal.sensitive", Answer.NO);
        answers.put("assets[0].personal.financialDamageRisk", Answer.NO);
        answers.put("assets[0].personal.maliciousIntent", Answer.NO);
        answers.put("assets[0].financial", Answer.NO);
        answers.put("assets[0].publicInfrastructure", Answer.NO);
        answers.put("assets[0].businessPartner", Answer.YES);
        answers.put("assets[0].confidential", Answer.NO);
        answers.put("assets[0].forms", List.of(InformationForm.ATTACHMENT));
        answers.put("assets[0].protection.level", ProtectionLevel.PASSWORD);

        Incident built = applyAll(Incident.builder("SAMPLE-2026-0001", IncidentType.MISSENT_OR_MISPUBLISHED).build(),
                answers);

        assertThat(built).isEqualTo(sample("email-misdelivery.json"));
    }

    @Test
    void the_loss_fields_rebuild_the_laptop_sample() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("lost.stolen", Answer.NO);
        answers.put("lost.device", Device.PC);
        answers.put("discovery.route", DiscoveryRoute.SELF_REPORT);
        answers.put("discovery.awareAt", ZonedDateTime.parse("2026-12-03T22:30:00+09:00"));
        answers.put("assets[0].description", "営業担当者のノートPC内の商談資料と顧客連絡先");
        answers.put("assets[0].owner", Owner.OWN);
        answers.put("assets[0].personal.included", Answer.YES);
        answers.put("assets[0].forms", List.of(InformationForm.DEVICE));
        answers.put("assets[0].protection.level", ProtectionLevel.ENCRYPTED);
        answers.put("lost.serialNumber", "資産管理番号 PC-0000");
        answers.put("lost.description", "14インチ ノートPC、黒、社名入りシール付き");
        answers.put("lost.container", "紺色のビジネスリュック");
        answers.put("lost.place", LossPlace.TRAIN);
        answers.put("lost.circumstances", "帰宅途中の電車の網棚に置き忘れた。降車駅で気づき駅に届け出た。");

        Incident built = applyAll(Incident.builder("SAMPLE-2026-0002", IncidentType.LOST_OR_STOLEN).build(), answers);

        assertThat(built).isEqualTo(sample("lost-laptop-on-train.json"));
    }

    @Test
    void the_attack_and_insider_fields_keep_their_siblings() {
        Incident attack = applyAll(Incident.builder("A", IncidentType.EXTERNAL_ATTACK).build(), new LinkedHashMap<>(Map.of(
                "attack.devices", List.of("予約管理サーバー", "受付端末 3台"))));
        attack = IncidentEditor.apply(attack, "attack.scope", AttackScope.WHOLE_NETWORK);
        attack = IncidentEditor.apply(attack, "attack.ransomware", Answer.YES);

        assertThat(attack.attack()).get().satisfies(a -> {
            assertThat(a.devices()).contains(List.of("予約管理サーバー", "受付端末 3台"));
            assertThat(a.scope()).contains(AttackScope.WHOLE_NETWORK);
            assertThat(a.ransomware()).isEqualTo(Answer.YES);
        });

        Incident insider = Incident.builder("I", IncidentType.INSIDER_LEAK).build();
        insider = IncidentEditor.apply(insider, "insider.perpetratorMayBeInside", Answer.YES);
        insider = IncidentEditor.apply(insider, "insider.storage", List.of(InsiderStorage.FILE_SERVER));
        insider = IncidentEditor.apply(insider, "insider.takenMedia", List.of(TakenMedium.USB_MEMORY));
        insider = IncidentEditor.apply(insider, "assets[0].protection.level", ProtectionLevel.NONE);
        insider = IncidentEditor.apply(insider, "assets[0].protection.lockedStorage", Answer.NO);
        insider = IncidentEditor.apply(insider, "assets[0].protection.openAccess", Answer.YES);
        insider = IncidentEditor.apply(insider, "assets[0].protection.keyCompromised", Answer.UNKNOWN);
        insider = IncidentEditor.apply(insider, "assets[0].recoveredUnseen", Answer.YES);
        insider = IncidentEditor.apply(insider, "assets[0].restorableCopy", Answer.NO);
        insider = IncidentEditor.apply(insider, "discovery.reportableAwareAt", ZonedDateTime.parse("2026-12-09T09:00:00+09:00"));

        assertThat(insider.insider()).get().satisfies(i -> {
            assertThat(i.perpetratorMayBeInside()).isEqualTo(Answer.YES);
            assertThat(i.storage()).contains(List.of(InsiderStorage.FILE_SERVER));
            assertThat(i.takenMedia()).contains(List.of(TakenMedium.USB_MEMORY));
        });
        assertThat(insider.assets()).singleElement().satisfies(a -> {
            assertThat(a.protection().level()).contains(ProtectionLevel.NONE);
            assertThat(a.protection().lockedStorage()).isEqualTo(Answer.NO);
            assertThat(a.protection().openAccess()).isEqualTo(Answer.YES);
            assertThat(a.recoveredUnseen()).isEqualTo(Answer.YES);
            assertThat(a.restorableCopy()).isEqualTo(Answer.NO);
        });
        assertThat(insider.discovery().reportableAwareAt()).contains(ZonedDateTime.parse("2026-12-09T09:00:00+09:00"));
    }

    @Test
    void the_index_after_the_last_asset_appends_one_and_the_others_stay() {
        Incident one = IncidentEditor.apply(Incident.builder("X", IncidentType.LOST_OR_STOLEN).build(),
                "assets[0].personal.persons", 10);
        Incident two = IncidentEditor.apply(one, "assets[1].personal.persons", 20);
        Incident changed = IncidentEditor.apply(two, "assets[0].personal.persons", 11);

        assertThat(two.assets()).extracting(a -> a.personal().persons()).containsExactly(OptionalInt.of(10),
                OptionalInt.of(20));
        assertThat(changed.assets()).extracting(a -> a.personal().persons()).containsExactly(OptionalInt.of(11),
                OptionalInt.of(20));
        assertThatThrownBy(() -> IncidentEditor.apply(one, "assets[3].owner", Owner.OWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assets[1]");
    }

    @Test
    void null_makes_a_field_unknown_again() {
        Incident incident = IncidentEditor.apply(Incident.builder("X", IncidentType.MISSENT_OR_MISPUBLISHED).build(),
                "channel", Channel.EMAIL);

        Incident cleared = IncidentEditor.apply(incident, "channel", null);

        assertThat(cleared).isEqualTo(Incident.builder("X", IncidentType.MISSENT_OR_MISPUBLISHED).build());
    }

    @Test
    void the_model_still_refuses_what_it_refuses() {
        Incident email = Incident.builder("X", IncidentType.MISSENT_OR_MISPUBLISHED)
                .occurredAt(ZonedDateTime.parse("2026-12-01T12:00:00+09:00")).build();

        assertThatThrownBy(() -> IncidentEditor.apply(email, "lost.place", LossPlace.TRAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lost");
        assertThatThrownBy(() -> IncidentEditor.apply(email, "discovery.awareAt",
                ZonedDateTime.parse("2026-12-01T10:00:00+09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> IncidentEditor.apply(email, "assets[0].personal.persons", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncidentEditor.apply(email, "assets[0].sensitve", Answer.YES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sensitve");
    }

    @Test
    void every_field_path_of_the_spec_is_known() {
        for (IncidentField field : IncidentField.values()) {
            String path = field.template().replace("assets[]", "assets[2]");
            assertThat(IncidentField.parse(path)).as(path).get()
                    .satisfies(p -> assertThat(p.field()).isEqualTo(field));
        }
        assertThat(IncidentField.parse("assets[].owner")).isEmpty();
        assertThat(IncidentField.parse("type")).isEmpty();
    }
}
