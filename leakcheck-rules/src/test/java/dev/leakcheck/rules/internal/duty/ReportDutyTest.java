package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.Incidents;
import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.SharedEngine;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Attack;
import dev.leakcheck.model.AttackScope;
import dev.leakcheck.model.Channel;
import dev.leakcheck.model.Discovery;
import dev.leakcheck.model.DiscoveryRoute;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Loss;
import dev.leakcheck.model.LossPlace;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.Protection;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The report to the Personal Information Protection Commission: APPI Art. 26(1), Enforcement Rules
 * Art. 7 (when) and Art. 8 (by when). Each scenario pins one boundary of docs/legal-basis.md.
 */
@DisplayName("個人情報保護委員会への報告義務と期限")
class ReportDutyTest {

    private static final LeakcheckEngine engine = SharedEngine.get();

    private static Plan plan(Incident incident) {
        return engine.plan(incident);
    }

    @Nested
    @DisplayName("第7条の各号")
    class Triggers {

        @Test
        @DisplayName("第4号: 1000人は対象外、1001人は対象（千人を「超える」）")
        void a_thousand_persons_is_not_enough_a_thousand_and_one_is() {
            Plan thousand = plan(misdeliveryOf(harmlessAsset().personal(persons(1000)).build()));
            Plan thousandAndOne = plan(misdeliveryOf(harmlessAsset().personal(persons(1001)).build()));

            assertThat(thousand.ppcReport().required()).isFalse();
            assertThat(thousand.actionCodes()).doesNotContain("PPC_PRELIMINARY_REPORT", "PPC_FINAL_REPORT");
            assertThat(thousandAndOne.ppcReport().required()).isTrue();
            assertThat(thousandAndOne.ppcReport().provisional()).isFalse();
            assertThat(thousandAndOne.ppcReport().triggers()).containsExactly(PpcTrigger.OVER_1000_PERSONS);
            assertThat(thousandAndOne.actionCodes()).contains("PPC_PRELIMINARY_REPORT", "PPC_FINAL_REPORT");
        }

        @Test
        @DisplayName("第4号: 人数は報告対象の情報すべての合計（600人＋401人）")
        void persons_are_summed_over_the_assets() {
            Plan plan = plan(Incidents.misdelivery(Channel.EMAIL)
                    .asset(harmlessAsset().personal(persons(600)).build())
                    .asset(harmlessAsset().personal(persons(401)).build()).build());

            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.OVER_1000_PERSONS);
            assertThat(plan.ppcReport().provisional()).isFalse();
        }

        @Test
        @DisplayName("第4号: 人数が不明なら報告義務は暫定、人数を質問")
        void unknown_persons_make_the_duty_provisional() {
            PersonalData unknownCount = PersonalData.builder().included(Answer.YES).sensitive(Answer.NO)
                    .financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build();
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(unknownCount).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isTrue();
            assertThat(plan.action("PPC_PRELIMINARY_REPORT")).hasValueSatisfying(a ->
                    assertThat(a.provisional()).isTrue());
            assertThat(plan.questions()).extracting(q -> q.field()).contains("assets[0].personal.persons");
        }

        @Test
        @DisplayName("第4号: 一つの情報だけで1000人を超えれば、他の情報の人数が不明でも確定")
        void a_known_part_past_the_threshold_settles_it() {
            PersonalData unknownCount = PersonalData.builder().included(Answer.YES).sensitive(Answer.NO)
                    .financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build();
            Plan plan = plan(Incidents.misdelivery(Channel.EMAIL)
                    .asset(harmlessAsset().personal(persons(1500)).build())
                    .asset(harmlessAsset().personal(unknownCount).build()).build());

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isFalse();
        }

        @Test
        @DisplayName("第1号: 要配慮個人情報は1人でも報告対象")
        void one_sensitive_record_is_enough() {
            PersonalData one = PersonalData.builder().included(Answer.YES).persons(1).sensitive(Answer.YES)
                    .financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build();
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(one).build()));

            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.SENSITIVE_DATA);
            assertThat(plan.ppcReport().provisional()).isFalse();
        }

        @Test
        @DisplayName("第2号: カード情報など金融情報を含む個人情報は財産的被害のおそれがありうる（答えが不明なら「可能性あり」）")
        void card_data_with_the_risk_unknown_is_a_possible_case() {
            PersonalData riskUnknown = PersonalData.builder().included(Answer.YES).persons(2).sensitive(Answer.NO)
                    .maliciousIntent(Answer.NO).build();
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(riskUnknown).financial(Answer.YES).build()));

            assertThat(plan.ppcReport().triggers()).isEmpty();
            assertThat(plan.ppcReport().possibleTriggers()).containsExactly(PpcTrigger.FINANCIAL_DAMAGE_RISK);
            assertThat(plan.ppcReport().provisional()).isTrue();
            assertThat(plan.ppcReport().because()).anySatisfy(t -> assertThat(t.ja()).contains("財産的被害のおそれ", "Q6-12"));
            assertThat(plan.questions()).extracting(q -> q.field()).contains("assets[0].personal.financialDamageRisk");
        }

        @Test
        @DisplayName("第2号: 金融情報を含んでも、財産的被害のおそれに「いいえ」と答えれば当たらない（Q&A 6-12: 下4桁と有効期限のみ）")
        void an_explicit_no_to_the_risk_wins_over_card_data() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(persons(2)).financial(Answer.YES).build()));

            assertThat(plan.ppcReport().required()).isFalse();
            assertThat(plan.ppcReport().triggers()).isEmpty();
            assertThat(plan.ppcReport().possibleTriggers()).isEmpty();
        }

        @Test
        @DisplayName("第2号: 財産的被害のおそれに「はい」なら確定")
        void a_yes_to_the_risk_holds() {
            PersonalData risk = PersonalData.builder().included(Answer.YES).persons(2).sensitive(Answer.NO)
                    .financialDamageRisk(Answer.YES).maliciousIntent(Answer.NO).build();
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(risk).financial(Answer.YES).build()));

            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.FINANCIAL_DAMAGE_RISK);
            assertThat(plan.ppcReport().provisional()).isFalse();
        }

        @Test
        @DisplayName("triggers は確定した事由だけ、不明な答えに立つ事由は possibleTriggers、理由は確定したものから")
        void triggers_hold_and_possible_triggers_rest_on_an_unknown() {
            PersonalData sensitiveRiskUnknown = PersonalData.builder().included(Answer.YES).persons(800)
                    .sensitive(Answer.YES).maliciousIntent(Answer.NO).build();
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(sensitiveRiskUnknown).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isFalse();
            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.SENSITIVE_DATA);
            assertThat(plan.ppcReport().possibleTriggers()).containsExactly(PpcTrigger.FINANCIAL_DAMAGE_RISK);
            assertThat(plan.ppcReport().because().get(0).ja()).startsWith("施行規則第7条第1号");
            assertThat(plan.ppcReport().because()).last().satisfies(t -> assertThat(t.ja()).contains("第7条第2号"));
        }

        @Test
        @DisplayName("第3号: 外部攻撃は不正目的、確報は60日")
        void an_attack_is_malicious_and_the_final_report_has_sixty_days() {
            Plan plan = plan(Incident.builder("INC-A", IncidentType.EXTERNAL_ATTACK)
                    .discovery(Incidents.discovered(DiscoveryRoute.RANSOM_DEMAND))
                    .attack(Attack.of(List.of("ファイルサーバー"), AttackScope.WHOLE_NETWORK, Answer.YES))
                    .asset(harmlessAsset().personal(persons(10)).build()).build());

            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.MALICIOUS_INTENT);
            // 2026-12-01 is day 1, so day 60 is 2027-01-29, a Friday: due that day, not the Monday after.
            assertThat(plan.action("PPC_FINAL_REPORT").orElseThrow().deadline()).hasValueSatisfying(d -> {
                assertThat(d.target()).isEqualTo(LocalDate.of(2027, 1, 29));
                assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 29));
            });
        }

        @Test
        @DisplayName("第3号: 盗難は不正目的、紛失はそうではない、不明なら暫定")
        void theft_is_malicious_loss_is_not_unknown_is_provisional() {
            Plan stolen = plan(lost(Answer.YES));
            Plan mislaid = plan(lost(Answer.NO));
            Plan unknown = plan(lost(Answer.UNKNOWN));

            assertThat(stolen.ppcReport().triggers()).containsExactly(PpcTrigger.MALICIOUS_INTENT);
            assertThat(stolen.ppcReport().provisional()).isFalse();
            assertThat(mislaid.ppcReport().required()).isFalse();
            assertThat(unknown.ppcReport().required()).isTrue();
            assertThat(unknown.ppcReport().provisional()).isTrue();
            assertThat(unknown.questions()).extracting(q -> q.field()).contains("lost.stolen");
        }

        private Incident lost(Answer stolen) {
            return Incident.builder("INC-L", IncidentType.LOST_OR_STOLEN)
                    .discovery(Incidents.discovered(DiscoveryRoute.SELF_REPORT))
                    .lost(Loss.builder().stolen(stolen).place(LossPlace.TRAIN).build())
                    .asset(harmlessAsset().personal(persons(5)).build()).build();
        }

        @Test
        @DisplayName("個人情報を含まなければ報告不要、不明なら暫定")
        void no_personal_data_no_report_unknown_is_provisional() {
            assertThat(plan(misdeliveryOf(harmlessAsset().build())).ppcReport().required()).isFalse();

            Plan unknown = plan(misdeliveryOf(harmlessAsset().personal(PersonalData.unknown()).build()));
            assertThat(unknown.ppcReport().required()).isTrue();
            assertThat(unknown.ppcReport().provisional()).isTrue();
            assertThat(unknown.questions()).extracting(q -> q.field()).contains("assets[0].personal.included");
        }
    }

    @Nested
    @DisplayName("高度な暗号化の例外")
    class Encryption {

        private final PersonalData sensitive = PersonalData.builder().included(Answer.YES).persons(5000)
                .sensitive(Answer.YES).financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build();

        @Test
        @DisplayName("暗号化され鍵が安全なら対象外")
        void encrypted_with_a_safe_key_is_exempt() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(sensitive)
                    .protection(Protection.encrypted(Answer.NO)).build()));

            assertThat(plan.ppcReport().required()).isFalse();
            assertThat(plan.ppcReport().exemptions()).containsExactly(PpcExemption.STRONG_ENCRYPTION);
            assertThat(plan.actionCodes()).doesNotContain("PPC_PRELIMINARY_REPORT");
        }

        @Test
        @DisplayName("鍵も漏れたなら対象")
        void encrypted_with_a_leaked_key_counts() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(sensitive)
                    .protection(Protection.encrypted(Answer.YES)).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isFalse();
            assertThat(plan.ppcReport().exemptions()).isEmpty();
        }

        @Test
        @DisplayName("鍵の状況が不明なら暫定で対象、鍵について質問")
        void encrypted_with_an_unknown_key_is_provisional() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(sensitive)
                    .protection(Protection.encrypted(Answer.UNKNOWN)).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isTrue();
            assertThat(plan.questions()).extracting(q -> q.field())
                    .contains("assets[0].protection.keyCompromised");
        }

        @Test
        @DisplayName("パスワード保護は高度な暗号化ではない")
        void a_password_is_not_strong_encryption() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(sensitive).protection(Protection.password()).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isFalse();
            assertThat(plan.ppcReport().exemptions()).isEmpty();
        }

        @Test
        @DisplayName("暗号化の例外は人数の合計からも外れる")
        void an_exempt_asset_does_not_count_towards_the_persons() {
            Plan plan = plan(Incidents.misdelivery(Channel.EMAIL)
                    .asset(harmlessAsset().personal(persons(900)).build())
                    .asset(harmlessAsset().personal(persons(900)).protection(Protection.encrypted(Answer.NO)).build())
                    .build());

            assertThat(plan.ppcReport().required()).isFalse();
        }
    }

    @Nested
    @DisplayName("期限の数え方")
    class Deadlines {

        private Plan reportable(ZonedDateTime aware) {
            return plan(Incidents.misdelivery(Channel.EMAIL)
                    .discovery(Discovery.builder().route(DiscoveryRoute.SELF_REPORT).awareAt(aware).build())
                    .asset(harmlessAsset().personal(persons(5000)).build()).build()
                    // In no regulated sector: the APPI final report is the only deadline in days.
                    .withOrganisation(dev.leakcheck.model.Organisation.UNKNOWN.withSectors(java.util.Set.of())));
        }

        @Test
        @DisplayName("年末: 2026-12-01 → 30日後の12-31は休日 → 2027-01-04")
        void year_end_moves_the_due_date_to_the_fourth_of_january() {
            Plan plan = reportable(ZonedDateTime.parse("2026-12-01T10:00:00+09:00"));

            assertThat(plan.action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow().due())
                    .isEqualTo(LocalDate.of(2027, 1, 4));
        }

        @Test
        @DisplayName("ゴールデンウィーク: 2026-04-03 → 05-03（日・憲法記念日）から05-06（振替休日）まで休日 → 05-07")
        void golden_week_moves_the_due_date_past_the_substitute_holiday() {
            Plan plan = reportable(ZonedDateTime.parse("2026-04-03T15:00:00+09:00"));

            var deadline = plan.action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow();
            assertThat(deadline.target()).isEqualTo(LocalDate.of(2026, 5, 2));
            assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 5, 7));
            assertThat(deadline.basis().ja()).contains("2026-05-07");
        }

        @Test
        @DisplayName("速報: 目標 +3日、期限 +5日、休日でも繰り延べない")
        void the_preliminary_report_is_three_to_five_days_not_rolled() {
            // 2026-04-03 + 5 = 2026-04-08 (a Wednesday); + 3 = 04-06. 2026-12-26 + 5 = 12-31, a holiday, kept.
            var spring = reportable(ZonedDateTime.parse("2026-04-03T15:00:00+09:00"))
                    .action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow();
            var yearEnd = reportable(ZonedDateTime.parse("2026-12-26T15:00:00+09:00"))
                    .action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow();

            assertThat(spring.target()).isEqualTo(LocalDate.of(2026, 4, 6));
            assertThat(spring.due()).isEqualTo(LocalDate.of(2026, 4, 8));
            assertThat(yearEnd.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        @DisplayName("UTCで前日でも、東京で翌日なら東京の日付から数える")
        void awareness_is_dated_in_tokyo() {
            // 2026-11-30T20:00Z is 2026-12-01T05:00 in Tokyo.
            Plan plan = reportable(ZonedDateTime.parse("2026-11-30T20:00:00Z"));

            assertThat(plan.awareDate()).hasValue(LocalDate.of(2026, 12, 1));
            assertThat(plan.action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow().target())
                    .isEqualTo(LocalDate.of(2026, 12, 4));
        }

        @Test
        @DisplayName("認識日時が不明なら期限は作らず、認識日時を質問する")
        void no_awareness_time_no_deadline() {
            Plan plan = plan(Incidents.misdelivery(Channel.EMAIL)
                    .discovery(Discovery.builder().route(DiscoveryRoute.SELF_REPORT).build())
                    .asset(harmlessAsset().personal(persons(5000)).build()).build());

            assertThat(plan.awareDate()).isEmpty();
            assertThat(plan.actions()).allSatisfy(a -> assertThat(a.deadline()).isEmpty());
            assertThat(plan.questions()).extracting(q -> q.field()).contains("discovery.awareAt");
        }

        @Test
        @DisplayName("確報: 知った日を1日目として30日目が期限。30日目が開庁日ならその日（2026-03-02 → 03-31、02-18 → 03-19）")
        void the_day_of_knowing_is_day_one_of_the_final_report() {
            var march = reportable(ZonedDateTime.parse("2026-03-02T10:00:00+09:00"))
                    .action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow();
            var february = reportable(ZonedDateTime.parse("2026-02-18T10:00:00+09:00"))
                    .action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow();

            assertThat(march.target()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(march.due()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(february.due()).isEqualTo(LocalDate.of(2026, 3, 19));
            assertThat(march.basis().ja()).contains("3-5-3-4", "1日目", "30日目", "行政機関の休日に関する法律第2条")
                    .doesNotContain("民法");
            assertThat(march.basis().en()).contains("day 1").doesNotContain("Civil Code");
        }

        @Test
        @DisplayName("確報60日: 2026-03-02 → 60日目 04-30（木）")
        void sixty_days_count_the_day_of_knowing_as_day_one() {
            Plan plan = plan(Incident.builder("INC-A", IncidentType.EXTERNAL_ATTACK)
                    .discovery(Discovery.builder().route(DiscoveryRoute.SECURITY_MONITORING)
                            .awareAt(ZonedDateTime.parse("2026-03-02T10:00:00+09:00")).build())
                    .attack(Attack.of(List.of("Webサーバー"), AttackScope.PARTIAL, Answer.NO))
                    .asset(harmlessAsset().personal(persons(10)).build()).build());

            var deadline = plan.action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow();
            assertThat(deadline.target()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 4, 30));
        }

        @Test
        @DisplayName("祝日表より前の期限には「前」と警告する（「範囲の後」とは言わない）")
        void a_due_date_before_the_holiday_table_is_called_before() {
            Plan plan = reportable(ZonedDateTime.parse("2015-06-01T10:00:00+09:00"));

            assertThat(plan.warnings()).singleElement().satisfies(w -> {
                assertThat(w.ja()).contains("PPC_FINAL_REPORT", "より前", "2016年から").doesNotContain("まで）");
                assertThat(w.en()).contains("before the holiday table (which starts in 2016)").doesNotContain("past");
            });
        }

        @Test
        @DisplayName("祝日表の範囲外の期限には警告をつける")
        void a_due_date_past_the_holiday_table_is_warned_about() {
            Plan plan = reportable(ZonedDateTime.parse("2027-12-10T10:00:00+09:00"));

            assertThat(plan.action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow().due().getYear())
                    .isEqualTo(2028);
            assertThat(plan.warnings()).singleElement().satisfies(w -> {
                assertThat(w.ja()).contains("PPC_FINAL_REPORT", "より後", "2027年まで");
                assertThat(w.en()).contains("past the holiday table (which ends in 2027)");
            });
            assertThat(reportable(ZonedDateTime.parse("2026-12-01T10:00:00+09:00")).warnings()).isEmpty();
        }

        @Test
        @DisplayName("報告対象なら本人への通知は法律上の義務と理由に書く")
        void notifying_individuals_is_a_legal_duty_when_reportable() {
            var notify = reportable(ZonedDateTime.parse("2026-12-01T10:00:00+09:00"))
                    .action("NOTIFY_AFFECTED_INDIVIDUALS").orElseThrow();

            assertThat(notify.because()).anySatisfy(t -> assertThat(t.ja()).contains("第26条第2項"));
        }
    }

    @Nested
    @DisplayName("報告対象と知った日（ガイドライン通則編3-5-3-1: 後から1,000人を超えたなら、その時点）")
    class ReportableLater {

        private Incident countedTwice(ZonedDateTime reportable, int persons) {
            return Incidents.misdelivery(Channel.EMAIL)
                    .discovery(Discovery.builder().route(DiscoveryRoute.SELF_REPORT)
                            .awareAt(ZonedDateTime.parse("2026-03-02T10:00:00+09:00")).reportableAwareAt(reportable).build())
                    .asset(harmlessAsset().personal(persons(persons)).build()).build();
        }

        @Test
        @DisplayName("500人と思われた誤送信が1週間後に1,200人と分かった: 速報・確報はその日から、真っ先の対応は気づいた日から")
        void the_legal_clocks_run_from_knowing_of_the_reportable_situation() {
            Plan plan = plan(countedTwice(ZonedDateTime.parse("2026-03-09T15:00:00+09:00"), 1200));

            assertThat(plan.awareDate()).hasValue(LocalDate.of(2026, 3, 2));
            var preliminary = plan.action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow();
            var finalReport = plan.action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow();
            var deletion = plan.action("REQUEST_RECIPIENT_DELETION").orElseThrow().deadline().orElseThrow();
            assertThat(preliminary.target()).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(preliminary.due()).isEqualTo(LocalDate.of(2026, 3, 14));
            // 2026-03-09 is day 1, day 30 is Tuesday 2026-04-07.
            assertThat(finalReport.due()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(finalReport.basis().ja()).contains("報告対象事態を知った日 2026-03-09");
            assertThat(deletion.due()).isEqualTo(LocalDate.of(2026, 3, 2));
        }

        @Test
        @DisplayName("報告対象と知った日が認識日より前なら受け付けない")
        void the_reportable_situation_is_not_known_before_awareness() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Discovery.builder()
                    .awareAt(ZonedDateTime.parse("2026-03-02T10:00:00+09:00"))
                    .reportableAwareAt(ZonedDateTime.parse("2026-03-01T10:00:00+09:00")).build())
                    .hasMessageStartingWith("reportableAwareAt:");
        }

        @Test
        @DisplayName("その日時は、報告義務が確定したときだけ質問する")
        void its_question_waits_for_a_required_report() {
            Incident reportable = misdeliveryOf(harmlessAsset().personal(persons(1200)).build());
            Incident notReportable = misdeliveryOf(harmlessAsset().personal(persons(12)).build());
            Incident maybe = misdeliveryOf(harmlessAsset().personal(PersonalData.builder().included(Answer.YES)
                    .sensitive(Answer.NO).financialDamageRisk(Answer.NO).maliciousIntent(Answer.NO).build()).build());

            assertThat(plan(reportable).questions()).extracting(q -> q.field()).contains("discovery.reportableAwareAt");
            assertThat(plan(notReportable).questions()).extracting(q -> q.field()).doesNotContain("discovery.reportableAwareAt");
            assertThat(plan(maybe).questions()).extracting(q -> q.field()).doesNotContain("discovery.reportableAwareAt");
            assertThat(plan(countedTwice(ZonedDateTime.parse("2026-03-09T15:00:00+09:00"), 1200)).questions())
                    .extracting(q -> q.field()).doesNotContain("discovery.reportableAwareAt");
        }
    }

    @Nested
    @DisplayName("漏えい等に当たらない場合（ガイドライン通則編3-5-1-2～3-5-1-4）")
    class NotALeak {

        private final PersonalData many = persons(5000);

        @Test
        @DisplayName("第三者に閲覧されないうちに全て回収: 漏えいではなく報告不要（RECOVERED_UNSEEN）")
        void recovered_before_anyone_saw_it_is_not_a_leak() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(many).recoveredUnseen(Answer.YES).build()));

            assertThat(plan.ppcReport().required()).isFalse();
            assertThat(plan.ppcReport().exemptions()).containsExactly(PpcExemption.RECOVERED_UNSEEN);
            assertThat(plan.ppcReport().because()).anySatisfy(t -> assertThat(t.ja()).contains("3-5-1-2"));
            assertThat(plan.actionCodes()).doesNotContain("PPC_PRELIMINARY_REPORT");
        }

        @Test
        @DisplayName("見られたかどうか不明なら漏えいのおそれ: 報告は確定のまま、回収について質問")
        void unknown_whether_anyone_saw_it_is_a_suspected_leak() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(many).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().provisional()).isFalse();
            assertThat(plan.questions()).extracting(q -> q.field()).contains("assets[0].recoveredUnseen");
        }

        @Test
        @DisplayName("見られたと分かっていれば対象")
        void seen_is_a_leak() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(many).recoveredUnseen(Answer.NO).build()));

            assertThat(plan.ppcReport().required()).isTrue();
            assertThat(plan.ppcReport().exemptions()).isEmpty();
        }

        @Test
        @DisplayName("回収した情報は人数の合計からも外れる")
        void a_recovered_asset_does_not_count_towards_the_persons() {
            Plan plan = plan(Incidents.misdelivery(Channel.EMAIL)
                    .asset(harmlessAsset().personal(persons(900)).build())
                    .asset(harmlessAsset().personal(persons(900)).recoveredUnseen(Answer.YES).build()).build());

            assertThat(plan.ppcReport().required()).isFalse();
            assertThat(plan.ppcReport().exemptions()).containsExactly(PpcExemption.RECOVERED_UNSEEN);
        }

        private Incident ransomware(Answer seen, Answer restorable) {
            return Incident.builder("INC-R", IncidentType.EXTERNAL_ATTACK)
                    .discovery(Incidents.discovered(DiscoveryRoute.RANSOM_DEMAND))
                    .attack(Attack.of(List.of("ファイルサーバー"), AttackScope.PARTIAL, Answer.YES))
                    .asset(harmlessAsset().personal(persons(10)).recoveredUnseen(seen).restorableCopy(restorable).build())
                    .build();
        }

        @Test
        @DisplayName("ランサムウェア: 閲覧・窃取なし、同じデータを復元できる → 毀損でも漏えいでもない（RESTORABLE_COPY）")
        void ransomware_with_a_clean_copy_and_nothing_taken_is_not_reportable() {
            Plan plan = plan(ransomware(Answer.YES, Answer.YES));

            assertThat(plan.ppcReport().required()).isFalse();
            assertThat(plan.ppcReport().exemptions())
                    .containsExactly(PpcExemption.RECOVERED_UNSEEN, PpcExemption.RESTORABLE_COPY);
        }

        @Test
        @DisplayName("ランサムウェア: 復元できなければ毀損（第3号）、復元できても持ち出しが否定できなければ漏えいのおそれ")
        void a_restorable_copy_only_removes_the_damage() {
            Plan noCopy = plan(ransomware(Answer.YES, Answer.NO));
            Plan copyButMaybeTaken = plan(ransomware(Answer.UNKNOWN, Answer.YES));

            assertThat(noCopy.ppcReport().triggers()).containsExactly(PpcTrigger.MALICIOUS_INTENT);
            assertThat(noCopy.ppcReport().exemptions()).isEmpty();
            assertThat(copyButMaybeTaken.ppcReport().triggers()).containsExactly(PpcTrigger.MALICIOUS_INTENT);
            assertThat(copyButMaybeTaken.ppcReport().exemptions()).isEmpty();
            assertThat(copyButMaybeTaken.questions()).extracting(q -> q.field()).contains("assets[0].recoveredUnseen");
        }

        @Test
        @DisplayName("写しについては、ランサムウェアのときだけ質問する")
        void the_copy_is_asked_after_ransomware_only() {
            Plan ransom = plan(ransomware(Answer.UNKNOWN, Answer.UNKNOWN));
            Plan misdelivery = plan(misdeliveryOf(harmlessAsset().personal(many).build()));

            assertThat(ransom.questions()).extracting(q -> q.field()).contains("assets[0].restorableCopy");
            assertThat(misdelivery.questions()).extracting(q -> q.field()).doesNotContain("assets[0].restorableCopy");
        }
    }

    @Nested
    @DisplayName("委託先（施行規則第9条、ガイドライン通則編3-5-3-5・3-5-4-1）")
    class Contractors {

        private Incident contractor(int persons) {
            return misdeliveryOf(harmlessAsset().owner(dev.leakcheck.model.Owner.OTHER_COMPANY)
                    .personal(persons(persons)).build());
        }

        @Test
        @DisplayName("報告対象なら、委託元への通知は速やかに（目標3日・期限5日）、報告と本人通知が免除されると理由に書く")
        void the_notice_to_the_client_has_the_preliminary_window_and_discharges_the_reports() {
            Plan plan = plan(contractor(1200));

            var owner = plan.action("NOTIFY_INFORMATION_OWNER").orElseThrow();
            assertThat(owner.deadline()).hasValueSatisfying(d -> {
                assertThat(d.target()).isEqualTo(LocalDate.of(2026, 12, 4));
                assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 6));
                assertThat(d.basis().ja()).contains("施行規則第9条", "3-5-3-5", "概ね3～5日");
            });
            assertThat(owner.because()).anySatisfy(t -> assertThat(t.ja()).contains("施行規則第8条第1項", "下書き"));
            assertThat(plan.action("PPC_PRELIMINARY_REPORT").orElseThrow().because())
                    .anySatisfy(t -> assertThat(t.ja()).contains("報告義務は免除", "施行規則第9条"));
            assertThat(plan.action("PPC_FINAL_REPORT").orElseThrow().because())
                    .anySatisfy(t -> assertThat(t.ja()).contains("免除"));
            assertThat(plan.action("NOTIFY_AFFECTED_INDIVIDUALS").orElseThrow().because())
                    .anySatisfy(t -> assertThat(t.ja()).contains("本人への通知義務も免除", "3-5-4-1"));
        }

        @Test
        @DisplayName("報告対象でなければ第9条の期限はつけない")
        void no_rule_nine_deadline_when_not_reportable() {
            Plan plan = plan(contractor(12));

            assertThat(plan.action("NOTIFY_INFORMATION_OWNER").orElseThrow().deadline()).isEmpty();
        }

        @Test
        @DisplayName("自社の情報なら、報告の理由に委託元の話は出ない")
        void own_data_says_nothing_of_a_client() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(persons(1200)).build()));

            assertThat(plan.action("PPC_PRELIMINARY_REPORT").orElseThrow().because())
                    .noneSatisfy(t -> assertThat(t.ja()).contains("委託元"));
        }
    }
}
