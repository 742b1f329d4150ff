package dev.leakcheck.rules;

import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdelivery;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Cause;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Owner;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Compliance scenarios for the checklist's section メール誤送信・web誤公開, one per bullet.
 * Each starts from a harmless, fully answered incident and changes the fact the bullet is about.
 */
@DisplayName("メール誤送信・web誤公開")
class MisdeliveryScenariosTest {

    private static final LeakcheckEngine engine = SharedEngine.get();

    private static Plan plan(dev.leakcheck.model.Incident incident) {
        return engine.plan(incident);
    }

    @Test
    @DisplayName("真っ先に: メール宛先ミスなら送付先へ削除依頼（当日中）")
    void email_first_asks_the_recipient_to_delete() {
        Plan plan = plan(misdeliveryOf(harmlessAsset().build()));

        PlannedAction deletion = plan.action("REQUEST_RECIPIENT_DELETION").orElseThrow();
        assertThat(deletion.phase()).isEqualTo(Phase.FIRST);
        assertThat(deletion.provisional()).isFalse();
        assertThat(deletion.deadline()).hasValueSatisfying(d -> {
            assertThat(d.target()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(plan.actionCodes()).doesNotContain("DELETE_PUBLISHED_INFORMATION",
                "REQUEST_THIRD_PARTY_SITE_REMOVAL", "VERIFY_WEB_PAGE_DISPLAY", "PURGE_SEARCH_ENGINE_CACHE");
    }

    @Test
    @DisplayName("真っ先に: 自社サイトで誤公開なら情報を削除し、復旧でページ表示とキャッシュを確認")
    void own_website_deletes_and_then_checks_the_page_and_caches() {
        Plan plan = plan(misdelivery(Channel.OWN_WEBSITE).asset(harmlessAsset().build()).build());

        assertThat(plan.actionCodes()).contains("DELETE_PUBLISHED_INFORMATION", "VERIFY_WEB_PAGE_DISPLAY",
                "PURGE_SEARCH_ENGINE_CACHE");
        assertThat(plan.actionCodes()).doesNotContain("REQUEST_RECIPIENT_DELETION", "REQUEST_THIRD_PARTY_SITE_REMOVAL");
    }

    @Test
    @DisplayName("真っ先に: 他社サイトで誤公開なら削除を依頼")
    void third_party_website_asks_the_site_to_remove_it() {
        Plan plan = plan(misdelivery(Channel.THIRD_PARTY_WEBSITE).asset(harmlessAsset().build()).build());

        assertThat(plan.actionCodes()).contains("REQUEST_THIRD_PARTY_SITE_REMOVAL", "VERIFY_WEB_PAGE_DISPLAY",
                "PURGE_SEARCH_ENGINE_CACHE");
        assertThat(plan.actionCodes()).doesNotContain("REQUEST_RECIPIENT_DELETION", "DELETE_PUBLISHED_INFORMATION");
    }

    @Test
    @DisplayName("経路が不明なら、三つの初動すべてを暫定で挙げ、経路を質問する")
    void unknown_channel_keeps_every_first_response_provisionally() {
        Plan plan = plan(misdelivery(null).asset(harmlessAsset().build()).build());

        for (String code : new String[] {"REQUEST_RECIPIENT_DELETION", "DELETE_PUBLISHED_INFORMATION",
                "REQUEST_THIRD_PARTY_SITE_REMOVAL"}) {
            assertThat(plan.action(code)).as(code).hasValueSatisfying(a -> assertThat(a.provisional()).isTrue());
        }
        assertThat(plan.questions()).extracting(q -> q.field()).contains("channel");
    }

    @Test
    @DisplayName("発覚: 第三者からの連絡なら連絡先を控える。本人の自己申告なら不要")
    void a_third_partys_contact_is_recorded() {
        Plan byThirdParty = plan(misdelivery(Channel.EMAIL)
                .discovery(Incidents.discovered(DiscoveryRoute.THIRD_PARTY)).asset(harmlessAsset().build()).build());
        Plan selfReported = plan(misdeliveryOf(harmlessAsset().build()));

        assertThat(byThirdParty.action("RECORD_REPORTER_CONTACT"))
                .hasValueSatisfying(a -> assertThat(a.phase()).isEqualTo(Phase.DISCOVERY));
        assertThat(selfReported.actionCodes()).doesNotContain("RECORD_REPORTER_CONTACT");
    }

    @Test
    @DisplayName("他社（業務委託先を含む）の情報なら情報の所有者に連絡")
    void another_companys_information_is_reported_to_its_owner() {
        Plan other = plan(misdeliveryOf(harmlessAsset().owner(Owner.OTHER_COMPANY).build()));
        Plan own = plan(misdeliveryOf(harmlessAsset().build()));

        assertThat(other.action("NOTIFY_INFORMATION_OWNER")).hasValueSatisfying(a -> {
            assertThat(a.provisional()).isFalse();
            assertThat(a.because()).isNotEmpty();
        });
        assertThat(own.actionCodes()).doesNotContain("NOTIFY_INFORMATION_OWNER");
    }

    @Test
    @DisplayName("個人情報が含まれれば本人へ通知しお詫び。含まれなければ不要")
    void personal_information_means_notifying_the_individuals() {
        Plan with = plan(misdeliveryOf(harmlessAsset().personal(persons(3)).build()));
        Plan without = plan(misdeliveryOf(harmlessAsset().build()));

        assertThat(with.action("NOTIFY_AFFECTED_INDIVIDUALS"))
                .hasValueSatisfying(a -> assertThat(a.phase()).isEqualTo(Phase.DISCLOSURE));
        assertThat(with.ppcReport().required()).as("3 persons, nothing else: no report").isFalse();
        assertThat(without.actionCodes()).doesNotContain("NOTIFY_AFFECTED_INDIVIDUALS");
    }

    @Test
    @DisplayName("1000人を超える個人情報なら個人情報保護委員会へ速報（3～5日）と確報（30日）")
    void over_a_thousand_persons_must_be_reported() {
        Plan plan = plan(misdeliveryOf(harmlessAsset().personal(persons(1200)).build()));

        assertThat(plan.ppcReport().required()).isTrue();
        assertThat(plan.ppcReport().provisional()).isFalse();
        assertThat(plan.action("PPC_PRELIMINARY_REPORT")).hasValueSatisfying(a -> {
            assertThat(a.deadline().orElseThrow().target()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(a.deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 12, 6));
        });
        // 2026-12-31 falls in the year-end closure (29 Dec – 3 Jan): the legal due date moves to 4 January.
        assertThat(plan.action("PPC_FINAL_REPORT")).hasValueSatisfying(a -> {
            assertThat(a.deadline().orElseThrow().target()).isEqualTo(LocalDate.of(2026, 12, 30));
            assertThat(a.deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2027, 1, 4));
        });
    }

    @Test
    @DisplayName("金融情報ならカード会社に連絡し、カード停止を促し、必要に応じて監督官庁へ")
    void financial_information_involves_the_card_issuers() {
        Plan plan = plan(misdeliveryOf(harmlessAsset().financial(Answer.YES).build()));

        assertThat(plan.actionCodes()).contains("CONTACT_CARD_ISSUERS", "URGE_CARD_SUSPENSION",
                "REPORT_TO_SUPERVISORY_AUTHORITY");
        assertThat(plan.action("REPORT_TO_SUPERVISORY_AUTHORITY").orElseThrow().necessity())
                .isEqualTo(Necessity.AS_NEEDED);
        assertThat(plan(misdeliveryOf(harmlessAsset().build())).actionCodes())
                .doesNotContain("CONTACT_CARD_ISSUERS", "URGE_CARD_SUSPENSION", "REPORT_TO_SUPERVISORY_AUTHORITY");
    }

    @Test
    @DisplayName("公共性の高い情報なら特別法などの規制に則る")
    void public_infrastructure_information_follows_sector_law() {
        assertThat(plan(misdeliveryOf(harmlessAsset().publicInfrastructure(Answer.YES).build())).actionCodes())
                .contains("FOLLOW_SECTOR_REGULATIONS");
        assertThat(plan(misdeliveryOf(harmlessAsset().build())).actionCodes())
                .doesNotContain("FOLLOW_SECTOR_REGULATIONS");
    }

    @Test
    @DisplayName("取引先の情報なら取引先に連絡")
    void business_partner_information_is_discussed_with_the_partner() {
        assertThat(plan(misdeliveryOf(harmlessAsset().businessPartner(Answer.YES).build())).actionCodes())
                .contains("CONTACT_BUSINESS_PARTNER");
        assertThat(plan(misdeliveryOf(harmlessAsset().build())).actionCodes())
                .doesNotContain("CONTACT_BUSINESS_PARTNER");
    }

    @Test
    @DisplayName("機密情報なら経営判断")
    void confidential_information_goes_to_management() {
        assertThat(plan(misdeliveryOf(harmlessAsset().confidential(Answer.YES).build())).actionCodes())
                .contains("ESCALATE_TO_MANAGEMENT");
        assertThat(plan(misdeliveryOf(harmlessAsset().build())).actionCodes())
                .doesNotContain("ESCALATE_TO_MANAGEMENT");
    }

    @Test
    @DisplayName("検討と公表: 2次被害と重要度は必ず確認。社会的影響が大きいと判断したなら公表は必須")
    void assessment_always_and_announcement_when_the_impact_is_high() {
        Plan quiet = plan(misdeliveryOf(harmlessAsset().build()));
        Plan loud = plan(misdelivery(Channel.EMAIL).socialImpactHigh(Answer.YES).asset(harmlessAsset().build()).build());

        assertThat(quiet.actionCodes()).contains("ASSESS_SECONDARY_DAMAGE", "ASSESS_SEVERITY")
                .doesNotContain("PUBLISH_ANNOUNCEMENT");
        assertThat(loud.action("PUBLISH_ANNOUNCEMENT"))
                .hasValueSatisfying(a -> assertThat(a.necessity()).isEqualTo(Necessity.REQUIRED));
        assertThat(loud.actionCodes()).contains("REPORT_TO_SUPERVISORY_AUTHORITY");
    }

    @Test
    @DisplayName("復旧: システムの不具合ならプログラムを修正")
    void a_system_defect_is_fixed() {
        assertThat(plan(misdelivery(Channel.EMAIL).cause(Cause.SYSTEM_DEFECT).asset(harmlessAsset().build()).build())
                .actionCodes()).contains("FIX_SYSTEM_DEFECT");
        assertThat(plan(misdeliveryOf(harmlessAsset().build())).actionCodes()).doesNotContain("FIX_SYSTEM_DEFECT");
    }

    @Test
    @DisplayName("再発防止: 違反があれば処分。作業手順とチェックの見直しは常に")
    void prevention_reviews_procedures_and_disciplines_violations() {
        Plan violation = plan(misdelivery(Channel.EMAIL).cause(Cause.RULE_VIOLATION).asset(harmlessAsset().build()).build());
        Plan mistake = plan(misdeliveryOf(harmlessAsset().build()));

        assertThat(violation.actionCodes()).contains("DISCIPLINE_VIOLATIONS", "REVIEW_PROCEDURES_AND_CHECKS");
        assertThat(mistake.actionCodes()).contains("REVIEW_PROCEDURES_AND_CHECKS").doesNotContain("DISCIPLINE_VIOLATIONS");
    }

    @Test
    @DisplayName("この節の対応だけが、フェーズ順・カタログ順に、理由と出典つきで並ぶ")
    void actions_come_in_phase_and_catalogue_order_with_reasons_and_sources() {
        Plan plan = plan(misdelivery(Channel.OWN_WEBSITE).cause(Cause.SYSTEM_DEFECT)
                .discovery(Incidents.discovered(DiscoveryRoute.THIRD_PARTY))
                .asset(harmlessAsset().personal(persons(1200)).owner(Owner.OTHER_COMPANY).build()).build());

        assertThat(plan.actions()).extracting(PlannedAction::phase).isSorted();
        assertThat(plan.actions()).allSatisfy(a -> {
            assertThat(a.because()).as(a.code() + " because").isNotEmpty();
            assertThat(a.source().ja()).as(a.code() + " source").isNotBlank();
            assertThat(a.title().ja()).as(a.code() + " title").isNotBlank();
            assertThat(a.title().en()).as(a.code() + " English title").isNotBlank();
        });
        assertThat(plan.actionCodes()).doesNotContain("SUSPEND_ACCOUNTS_AND_CHANGE_PASSWORDS", "REPORT_TO_POLICE",
                "ISOLATE_COMPROMISED_SYSTEMS", "RESTRICT_ACCESS_TO_LEAK_SOURCE");
        assertThat(plan.actionCodes()).containsSubsequence("DELETE_PUBLISHED_INFORMATION", "RECORD_REPORTER_CONTACT",
                "NOTIFY_INFORMATION_OWNER", "PPC_PRELIMINARY_REPORT", "PPC_FINAL_REPORT", "ASSESS_SECONDARY_DAMAGE",
                "ASSESS_SEVERITY", "NOTIFY_AFFECTED_INDIVIDUALS", "FIX_SYSTEM_DEFECT", "VERIFY_WEB_PAGE_DISPLAY",
                "PURGE_SEARCH_ENGINE_CACHE", "REVIEW_PROCEDURES_AND_CHECKS");
    }

    @Test
    @DisplayName("同じインシデントからは、いつも同じ計画")
    void the_same_incident_always_gives_the_same_plan() {
        var incident = misdeliveryOf(harmlessAsset().personal(persons(1200)).build());

        assertThat(plan(incident)).isEqualTo(plan(incident));
    }
}
