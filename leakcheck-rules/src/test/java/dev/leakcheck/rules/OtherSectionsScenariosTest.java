package dev.leakcheck.rules;

import static dev.leakcheck.rules.Incidents.discovered;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Device;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.InsiderCase;
import dev.leakcheck.model.InsiderStorage;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.TakenMedium;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Compliance scenarios for the sections 紛失・盗難, 外部攻撃 and 内部犯行. */
class OtherSectionsScenariosTest {

    private static final LeakcheckEngine engine = SharedEngine.get();

    private static Plan plan(Incident incident) {
        return engine.plan(incident);
    }

    @Nested
    @DisplayName("紛失・盗難")
    class LostOrStolen {

        private Incident.Builder laptop(DiscoveryRoute route, LossPlace place) {
            return Incident.builder("INC-L", IncidentType.LOST_OR_STOLEN)
                    .socialImpactHigh(Answer.NO)
                    .discovery(discovered(route))
                    .lost(Loss.builder().stolen(Answer.NO).device(Device.PC).place(place).build())
                    .asset(harmlessAsset().build());
        }

        @Test
        @DisplayName("電車に置き忘れたPC: アカウント停止、鉄道会社へ連絡、警察へ届出、中古市場を確認")
        void a_laptop_left_on_a_train() {
            // An organisation in no regulated sector (no sector report may apply): every action is definite.
            Plan plan = plan(laptop(DiscoveryRoute.SELF_REPORT, LossPlace.TRAIN).build()
                    .withOrganisation(dev.leakcheck.model.Organisation.UNKNOWN.withSectors(java.util.Set.of())));

            assertThat(plan.actionCodes()).containsSubsequence("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS",
                    "CONTACT_LOSS_LOCATION_MANAGER", "REPORT_TO_POLICE", "CHECK_RESALE_MARKETS",
                    "ASSESS_SECONDARY_DAMAGE", "ASSESS_SEVERITY", "ENFORCE_INFORMATION_POLICY");
            assertThat(plan.actions()).allSatisfy(a -> assertThat(a.provisional()).as(a.code()).isFalse());
            assertThat(plan.actionCodes()).doesNotContain("RECORD_REPORTER_CONTACT", "REQUEST_RECIPIENT_DELETION",
                    "REVIEW_PROCEDURES_AND_CHECKS");
        }

        @Test
        @DisplayName("警察・拾得者からの連絡なら連絡先を書き留める。場所が鉄道・店舗でなければ管理者への連絡は不要")
        void police_or_finder_contacts_are_noted() {
            Plan police = plan(laptop(DiscoveryRoute.POLICE, LossPlace.OTHER).build());
            Plan finder = plan(laptop(DiscoveryRoute.FINDER, LossPlace.OTHER).build());

            assertThat(police.actionCodes()).contains("RECORD_REPORTER_CONTACT").doesNotContain("CONTACT_LOSS_LOCATION_MANAGER");
            assertThat(finder.actionCodes()).contains("RECORD_REPORTER_CONTACT");
        }
    }

    @Nested
    @DisplayName("外部攻撃")
    class ExternalAttack {

        private Incident.Builder ransomware() {
            return Incident.builder("INC-A", IncidentType.EXTERNAL_ATTACK)
                    .socialImpactHigh(Answer.NO)
                    .discovery(discovered(DiscoveryRoute.RANSOM_DEMAND))
                    .attack(Attack.of(List.of("ファイルサーバー"), AttackScope.WHOLE_NETWORK, Answer.YES));
        }

        @Test
        @DisplayName("ランサムウェア: 隔離、切り離し、ネットワーク停止、証拠保全、再稼働を控え、検証済みバックアップから復旧")
        void ransomware_on_the_whole_network() {
            Plan plan = plan(ransomware().asset(harmlessAsset().build()).build());

            assertThat(plan.actionCodes()).containsSubsequence("ISOLATE_COMPROMISED_SYSTEMS",
                    "SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS", "DISCONNECT_DEVICES_FROM_NETWORK", "SHUT_DOWN_ATTACKED_NETWORK",
                    "ASSESS_SEVERITY", "ENGAGE_INCIDENT_RESPONSE_EXPERTS", "CONSULT_POLICE", "PRESERVE_EVIDENCE",
                    "HOLD_SYSTEM_RESTART", "RESTORE_FROM_VERIFIED_BACKUP", "REMEDIATE_VULNERABILITIES",
                    "ENFORCE_INFORMATION_POLICY", "UPDATE_ANTIVIRUS", "PHISHING_AWARENESS_TRAINING");
            assertThat(plan.action("ENGAGE_INCIDENT_RESPONSE_EXPERTS").orElseThrow().necessity())
                    .isEqualTo(Necessity.AS_NEEDED);
            assertThat(plan.action("ENGAGE_INCIDENT_RESPONSE_EXPERTS").orElseThrow().because())
                    .anySatisfy(t -> assertThat(t.ja()).contains("JPCERT"));
            assertThat(plan.actionCodes()).doesNotContain("COMPENSATE_VICTIMS", "ASSESS_SECONDARY_DAMAGE",
                    "RECORD_REPORTER_CONTACT");
        }

        @Test
        @DisplayName("個人情報が漏れたなら、必要に応じて被害者へ補償")
        void victims_may_be_compensated() {
            Plan plan = plan(ransomware().asset(harmlessAsset().personal(persons(10)).build()).build());

            assertThat(plan.action("COMPENSATE_VICTIMS"))
                    .hasValueSatisfying(a -> assertThat(a.necessity()).isEqualTo(Necessity.AS_NEEDED));
        }

        @Test
        @DisplayName("風評を含む外部からの指摘なら、指摘者の連絡先を書き留める")
        void an_external_report_is_noted() {
            Plan plan = plan(ransomware().discovery(discovered(DiscoveryRoute.EXTERNAL_REPORT))
                    .asset(harmlessAsset().build()).build());

            assertThat(plan.actionCodes()).contains("RECORD_REPORTER_CONTACT");
        }
    }

    @Nested
    @DisplayName("内部犯行")
    class InsiderLeak {

        private Incident.Builder insider(Answer mayBeInside, List<InsiderStorage> storage) {
            return Incident.builder("INC-I", IncidentType.INSIDER_LEAK)
                    .socialImpactHigh(Answer.NO)
                    .discovery(discovered(DiscoveryRoute.CUSTOMER_REPORT))
                    .insider(InsiderCase.of(mayBeInside, storage, List.of(TakenMedium.USB_MEMORY)))
                    .asset(harmlessAsset().build());
        }

        @Test
        @DisplayName("名簿の持ち出し: アクセス制限、機器の確保、証拠隠滅に注意、再発防止の六項目")
        void a_customer_list_sold_by_an_insider() {
            Plan plan = plan(insider(Answer.YES, List.of(InsiderStorage.FILE_SERVER)).build());

            assertThat(plan.actionCodes()).containsSubsequence("RESTRICT_ACCESS_TO_LEAK_SOURCE",
                    "SECURE_INSIDER_EQUIPMENT", "RECORD_REPORTER_CONTACT", "GUARD_AGAINST_EVIDENCE_DESTRUCTION",
                    "PRESERVE_EVIDENCE", "HOLD_SYSTEM_RESTART", "RESTORE_FROM_VERIFIED_BACKUP",
                    "REMEDIATE_VULNERABILITIES", "ENFORCE_INFORMATION_POLICY", "REVIEW_ACCESS_RIGHTS",
                    "ESTABLISH_MUTUAL_CHECKS", "RESTRICT_EXTERNAL_STORAGE", "RESTRICT_CLOUD_STORAGE");
            // Data taken from a file server on a USB stick: no documents, no storage rules for them (issue B8).
            assertThat(plan.actionCodes()).doesNotContain("SECURE_PHYSICAL_DOCUMENTS", "UPDATE_ANTIVIRUS",
                    "ENFORCE_DOCUMENT_STORAGE_RULES");
        }

        @Test
        @DisplayName("当事者が特定できなければ社内にいると想定: 証拠隠滅への注意は暫定ではなく確定")
        void an_unidentified_insider_is_assumed_to_be_inside() {
            Plan unknown = plan(insider(Answer.UNKNOWN, List.of(InsiderStorage.FILE_SERVER)).build());
            Plan gone = plan(insider(Answer.NO, List.of(InsiderStorage.FILE_SERVER)).build());

            assertThat(unknown.action("GUARD_AGAINST_EVIDENCE_DESTRUCTION"))
                    .hasValueSatisfying(a -> assertThat(a.provisional()).isFalse());
            assertThat(unknown.questions()).extracting(q -> q.field()).contains("insider.perpetratorMayBeInside");
            assertThat(gone.actionCodes()).doesNotContain("GUARD_AGAINST_EVIDENCE_DESTRUCTION");
        }

        @Test
        @DisplayName("紙の書類なら立ち入り制限か施錠できる場所へ退避")
        void paper_documents_are_locked_away() {
            Plan plan = plan(insider(Answer.NO, List.of(InsiderStorage.PHYSICAL)).build());

            assertThat(plan.actionCodes()).contains("SECURE_PHYSICAL_DOCUMENTS");
        }

        @Test
        @DisplayName("マスコミからの連絡なら連絡先を控える、脅迫なら不要")
        void media_contacts_are_noted() {
            assertThat(plan(insider(Answer.NO, List.of()).discovery(discovered(DiscoveryRoute.MEDIA_INQUIRY)).build())
                    .actionCodes()).contains("RECORD_REPORTER_CONTACT");
            assertThat(plan(insider(Answer.NO, List.of()).discovery(discovered(DiscoveryRoute.EXTORTION)).build())
                    .actionCodes()).doesNotContain("RECORD_REPORTER_CONTACT");
        }
    }
}
