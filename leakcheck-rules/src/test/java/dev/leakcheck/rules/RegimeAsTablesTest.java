package dev.leakcheck.rules;

import static dev.leakcheck.rules.EditedWorkbooks.appendRow;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Organisation;
import dev.leakcheck.model.OrganisationKind;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.RegimeReport;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regime is rows of the workbooks, not code: a fictitious one, written by staff into a rules
 * directory (its regime and trigger rows, a case in the report-duty table, its report action and
 * texts, a deadline in hours), reaches the plan with its report, deadline and texts.
 */
@DisplayName("制度は表の行: 架空の制度を行として足すと、計画にその報告が載る")
class RegimeAsTablesTest {

    @TempDir
    Path rules;

    /** The fictitious act: more than 10 persons, for businesses and local governments; 72 hours. */
    private void writeFictionalAct() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(RuleSources.bundled().file("regimes.xlsx")))) {
            Sheet regimes = workbook.getSheet("制度");
            Row regime = appendRow(regimes);
            String[][] cells = {{"コード", "FICTIONAL_ACT"}, {"名前（日本語）", "架空の法律"}, {"名前（英語）", "Fictional Act"},
                {"報告先（日本語）", "架空庁"}, {"報告先（英語）", "Fictional Agency"}, {"事実の接頭辞", "fict"},
                {"数える情報", "REPORTABLE_PERSONAL"}, {"組織の種類", "BUSINESS, LOCAL_GOVERNMENT"}, {"種類が不明なら適用", "いいえ"},
                {"報告のアクション", "FICTIONAL_REPORT"}, {"出典（日本語）", "架空の法律 第1条"}, {"出典（英語）", "Fictional Act, Art. 1"}};
            for (String[] cell : cells) {
                set(regime, columnHeaded(regimes, cell[0]), cell[1]);
            }
            set(regime, columnHeaded(regimes, "順序"), 99);
            set(regime, columnHeaded(regimes, "本人の数の基準"), 10);
            Sheet triggers = workbook.getSheet("報告事由");
            Row trigger = appendRow(triggers);
            set(trigger, columnHeaded(triggers, "制度"), "FICTIONAL_ACT");
            set(trigger, columnHeaded(triggers, "コード"), "OVER_10_PERSONS");
            set(trigger, columnHeaded(triggers, "表示名（日本語）"), "本人の数が10人を超える");
            set(trigger, columnHeaded(triggers, "表示名（英語）"), "More than 10 persons");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(rules.resolve("regimes.xlsx"), out.toByteArray());
        }
        edit(rules, "ppc-duty.drl.xlsx", sheet -> {
            Row row = appendRow(sheet);
            set(row, columnOf(sheet, "out.trigger("), "OVER_10_PERSONS");
            set(row, columnHeaded(sheet, "制度"), "FICTIONAL_ACT");
            set(row, columnHeaded(sheet, "本人の数が基準を超える制度（事実の接頭辞）"), "fict");
            set(row, columnHeaded(sheet, "根拠（日本語）"), "架空の法律 第1条: 本人の数が10人を超える");
            set(row, columnHeaded(sheet, "根拠（英語）"), "Fictional Act, Art. 1: more than 10 persons");
        });
        edit(rules, "regime-reports.drl.xlsx", sheet -> {
            Row row = appendRow(sheet);
            set(row, columnOf(sheet, "out.propose("), "FICTIONAL_REPORT");
            set(row, columnHeaded(sheet, "報告義務のある制度（事実の接頭辞）"), "fict");
            set(row, columnHeaded(sheet, "必要性"), "必須");
            set(row, columnHeaded(sheet, "出典（日本語）"), "架空の法律 第2条");
            set(row, columnHeaded(sheet, "出典（英語）"), "Fictional Act, Art. 2");
        });
        edit(rules, "deadlines.drl.xlsx", sheet -> {
            Row row = appendRow(sheet);
            set(row, columnOf(sheet, "out.deadline("), "FICTIONAL_REPORT");
            set(row, columnHeaded(sheet, "期限（時間）"), 72);
            set(row, columnHeaded(sheet, "休日なら翌開庁日へ"), "いいえ");
            set(row, columnHeaded(sheet, "根拠（日本語）"), "架空の法律 第3条: 72時間以内");
            set(row, columnHeaded(sheet, "根拠（英語）"), "Fictional Act, Art. 3: within 72 hours");
        });
        edit(rules, "catalogue.xlsx", sheet -> {
            Row row = appendRow(sheet);
            set(row, columnHeaded(sheet, "コード"), "FICTIONAL_REPORT");
            set(row, columnHeaded(sheet, "フェーズ"), "INITIAL");
            set(row, columnHeaded(sheet, "見出し（日本語）"), "架空庁へ報告する");
            set(row, columnHeaded(sheet, "見出し（英語）"), "Report to the Fictional Agency");
            set(row, columnHeaded(sheet, "宛先（日本語）"), "架空庁");
            set(row, columnHeaded(sheet, "宛先（英語）"), "Fictional Agency");
        });
    }

    @Test
    @DisplayName("架空の制度: 10人を超えれば報告（72時間・期限切れの印）、10人なら不要、対象外の組織には載らない")
    void a_fictitious_regime_written_as_rows_reaches_the_plan() throws IOException {
        writeFictionalAct();
        // Planned on 2026-12-05 at noon, Tokyo: after the 72 hours from 2026-12-01 10:00 ran out.
        Clock later = Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneOffset.UTC);
        LeakcheckEngine engine = LeakcheckEngine.fromDirectory(rules).withClock(later);
        // A business in no regulated sector: the bundled sector regimes do not apply.
        LeakcheckEngine business = engine.withOrganisation(Organisation.of(OrganisationKind.BUSINESS).withSectors(java.util.Set.of()));
        Incident eleven = misdeliveryOf(harmlessAsset().personal(persons(11)).build());

        Plan plan = business.plan(eleven);

        assertThat(plan.ppcReport().required()).as("APPI: 11 persons is not reportable").isFalse();
        // MY_NUMBER, GDPR and UK_GDPR are there too, provisional: whether the data holds My Number, and
        // where the people live, is not answered.
        assertThat(plan.reports()).extracting(RegimeReport::regime)
                .containsExactly("APPI_BUSINESS", "MY_NUMBER", "GDPR", "UK_GDPR", "FICTIONAL_ACT");
        RegimeReport fictional = plan.report("FICTIONAL_ACT").orElseThrow();
        assertThat(fictional.required()).isTrue();
        assertThat(fictional.provisional()).isFalse();
        assertThat(fictional.triggers()).containsExactly("OVER_10_PERSONS");
        assertThat(fictional.authority().ja()).isEqualTo("架空庁");
        assertThat(fictional.because()).anySatisfy(t -> assertThat(t.ja()).isEqualTo("架空の法律 第1条: 本人の数が10人を超える"));
        assertThat(fictional.actions()).containsExactly("FICTIONAL_REPORT");
        var action = plan.action("FICTIONAL_REPORT").orElseThrow();
        assertThat(action.title().ja()).isEqualTo("架空庁へ報告する");
        assertThat(action.source().en()).isEqualTo("Fictional Act, Art. 2");
        Deadline deadline = action.deadline().orElseThrow();
        assertThat(deadline.dueAt()).contains(OffsetDateTime.parse("2026-12-04T10:00:00+09:00"));
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(deadline.overdue()).as("72 hours ran out before the plan was made").isTrue();
        assertThat(deadline.basis().ja()).startsWith("架空の法律 第3条: 72時間以内").contains("72 時間");
        // Deadlines in days: no instant; those of the day of awareness were past by 2026-12-05 as well. (The
        // bundled 72-hour notices of GDPR and UK GDPR are in the plan too, provisionally, with their instants.)
        var hours = java.util.Set.of("FICTIONAL_REPORT", "GDPR_NOTIFY_SUPERVISORY_AUTHORITY", "UK_GDPR_NOTIFY_ICO");
        assertThat(plan.actions()).filteredOn(a -> a.deadline().isPresent() && !hours.contains(a.code()))
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.deadline().get().dueAt()).isEmpty();
                    assertThat(a.deadline().get().overdue()).isEqualTo(a.deadline().get().due().isBefore(LocalDate.of(2026, 12, 5)));
                });

        // Ten persons: the regime applies, its report is not required.
        Plan ten = business.plan(misdeliveryOf(harmlessAsset().personal(persons(10)).build()));
        assertThat(ten.report("FICTIONAL_ACT")).hasValueSatisfying(r -> assertThat(r.required()).isFalse());
        assertThat(ten.action("FICTIONAL_REPORT")).isEmpty();

        // The kind unknown: the case holds, but the regime only may apply, so its report is provisional.
        assertThat(engine.plan(eleven).report("FICTIONAL_ACT")).hasValueSatisfying(r -> {
            assertThat(r.provisional()).isTrue();
            assertThat(r.triggers()).containsExactly("OVER_10_PERSONS");
            assertThat(r.because()).anySatisfy(t -> assertThat(t.ja()).startsWith("架空の法律が適用されるかは組織の情報によります"));
        });
        // An incident's own profile wins over the engine's: a national organ is not under the act.
        Plan national = business.plan(eleven.withOrganisation(Organisation.of(OrganisationKind.NATIONAL_ADMINISTRATIVE_ORGAN)));
        assertThat(national.reports()).extracting(RegimeReport::regime).doesNotContain("FICTIONAL_ACT");
        assertThat(national.actionCodes()).doesNotContain("FICTIONAL_REPORT");

        // The bundled rules know nothing of it.
        assertThat(SharedEngine.get().withOrganisation(Organisation.of(OrganisationKind.BUSINESS).withSectors(java.util.Set.of()))
                .plan(eleven).reports()).extracting(RegimeReport::regime).containsExactly("APPI_BUSINESS", "MY_NUMBER", "GDPR", "UK_GDPR");
    }

    @Test
    @DisplayName("制度の行の誤りは、ファイル・シート・セルを示して拒否し、ルールは組み立てない")
    void a_bad_regime_cell_is_refused_naming_its_cell() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(RuleSources.bundled().file("regimes.xlsx")))) {
            Sheet regimes = workbook.getSheet("制度");
            set(regimes.getRow(1), columnHeaded(regimes, "組織の種類"), "COMPANY");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(rules.resolve("regimes.xlsx"), out.toByteArray());
        }
        edit(rules, "ppc-duty.drl.xlsx", sheet -> set(appendRow(sheet), columnOf(sheet, "out.trigger("), "SENSITIVE_DATA"));

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules))
                .isInstanceOfSatisfying(RulesDefinitionException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("regimes.xlsx ＞ 制度 ＞ ").contains("COMPANY"))
                        .anySatisfy(p -> assertThat(p).startsWith("ppc-duty.drl.xlsx ＞ ").contains("制度")));
    }
}
