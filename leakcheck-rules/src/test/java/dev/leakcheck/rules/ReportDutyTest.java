package dev.leakcheck.rules;

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
        @DisplayName("第2号: カード情報など金融情報を含む個人情報は財産的被害のおそれ")
        void card_data_with_personal_data_risks_financial_damage() {
            Plan plan = plan(misdeliveryOf(harmlessAsset().personal(persons(2)).financial(Answer.YES).build()));

            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.FINANCIAL_DAMAGE_RISK);
        }

        @Test
        @DisplayName("第3号: 外部攻撃は不正目的、確報は60日")
        void an_attack_is_malicious_and_the_final_report_has_sixty_days() {
            Plan plan = plan(Incident.builder("INC-A", IncidentType.EXTERNAL_ATTACK)
                    .discovery(Incidents.discovered(DiscoveryRoute.RANSOM_DEMAND))
                    .attack(Attack.of(List.of("ファイルサーバー"), AttackScope.WHOLE_NETWORK, Answer.YES))
                    .asset(harmlessAsset().personal(persons(10)).build()).build());

            assertThat(plan.ppcReport().triggers()).containsExactly(PpcTrigger.MALICIOUS_INTENT);
            // 2026-12-01 + 60 = 2027-01-30, a Saturday: due moves to Monday 2027-02-01.
            assertThat(plan.action("PPC_FINAL_REPORT").orElseThrow().deadline()).hasValueSatisfying(d -> {
                assertThat(d.target()).isEqualTo(LocalDate.of(2027, 1, 29));
                assertThat(d.due()).isEqualTo(LocalDate.of(2027, 2, 1));
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
                    .asset(harmlessAsset().personal(persons(5000)).build()).build());
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
        @DisplayName("祝日表の範囲外の期限には警告をつける")
        void a_due_date_past_the_holiday_table_is_warned_about() {
            Plan plan = reportable(ZonedDateTime.parse("2027-12-10T10:00:00+09:00"));

            assertThat(plan.action("PPC_FINAL_REPORT").orElseThrow().deadline().orElseThrow().due().getYear())
                    .isEqualTo(2028);
            assertThat(plan.warnings()).singleElement().satisfies(w -> assertThat(w.ja()).contains("PPC_FINAL_REPORT"));
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
}
