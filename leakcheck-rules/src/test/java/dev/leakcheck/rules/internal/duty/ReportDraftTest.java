package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.LeakcheckEngine;
import dev.leakcheck.rules.SharedEngine;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.ReportItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The draft of the PPC report: the nine items of Rule 8(1), filled where the incident answers them. */
@DisplayName("個人情報保護委員会への報告の下書き")
class ReportDraftTest {

    private static final LeakcheckEngine engine = SharedEngine.get();

    @Test
    @DisplayName("報告対象なら九項目を下書きし、わかっている事実を埋め、残りは収集すべき項目として挙げる")
    void a_reportable_incident_gets_the_nine_items() {
        Plan plan = engine.plan(misdeliveryOf(harmlessAsset().description("顧客名簿").personal(persons(1200)).build()));

        assertThat(plan.ppcReport().draft()).extracting(ReportItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        ReportItem summary = plan.ppcReport().draft().get(0);
        assertThat(summary.content()).hasValueSatisfying(t -> assertThat(t.ja())
                .contains("メール").contains("2026-12-01T10:00+09:00"));
        assertThat(summary.toCollect()).containsExactly("occurredAt");
        ReportItem persons = plan.ppcReport().draft().get(2);
        assertThat(persons.content()).hasValueSatisfying(t -> assertThat(t.ja()).contains("1200").contains("顧客名簿"));
        assertThat(persons.toCollect()).isEmpty();
        ReportItem secondaryDamage = plan.ppcReport().draft().get(4);
        assertThat(secondaryDamage.content()).isEmpty();
        assertThat(secondaryDamage.title().ja()).contains("二次被害");
    }

    @Test
    @DisplayName("わからないことは収集すべき項目になる")
    void unknown_facts_are_listed_to_collect() {
        Plan plan = engine.plan(Incident.builder("INC-D", IncidentType.LOST_OR_STOLEN).build());

        assertThat(plan.ppcReport().draft().get(2).toCollect()).containsExactly("assets[0].personal.persons");
        assertThat(plan.ppcReport().draft().get(3).toCollect()).containsExactly("lost.circumstances");
    }

    @Test
    @DisplayName("報告が不要なら下書きはない")
    void no_report_no_draft() {
        assertThat(engine.plan(misdeliveryOf(harmlessAsset().build())).ppcReport().draft()).isEmpty();
    }
}
