package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.plan.Proposal;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import static dev.leakcheck.rules.EditedWorkbooks.appendRow;
import org.apache.poi.ss.usermodel.Row;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static dev.leakcheck.rules.Incidents.harmlessAsset;
import static dev.leakcheck.rules.Incidents.misdeliveryOf;
import static dev.leakcheck.rules.Incidents.persons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Business staff edit copies of the workbooks; the engine takes them from a directory, safely. */
@DisplayName("外部のブックでルールを変更する")
class ExternalRulesTest {

    private static final Incident REPORTABLE = misdeliveryOf(harmlessAsset().personal(persons(1200)).build());

    @TempDir
    Path rules;

    private static LocalDate preliminaryDue(Plan plan) {
        return plan.action("PPC_PRELIMINARY_REPORT").orElseThrow().deadline().orElseThrow().due();
    }

    @Test
    @DisplayName("速報の期限を5日から4日に変えると、計画の期限が変わる")
    void a_changed_day_count_changes_the_plan() {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), 4));

        assertThat(preliminaryDue(LeakcheckEngine.fromDirectory(rules).plan(REPORTABLE)))
                .isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(preliminaryDue(SharedEngine.get().plan(REPORTABLE))).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    @DisplayName("行を追加すると、その対応が計画に加わる")
    void a_new_row_adds_an_action() {
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            var row = appendRow(sheet);
            set(row, columnOf(sheet, "topic == \"type\""), "MISSENT_OR_MISPUBLISHED");
            set(row, columnOf(sheet, "out.propose("), "ESCALATE_TO_MANAGEMENT");
            set(row, columnHeaded(sheet, "必要性"), "必須");
            set(row, columnHeaded(sheet, "出典（日本語）"), "社内規程 第12条");
        });
        Incident harmless = misdeliveryOf(harmlessAsset().build());

        assertThat(LeakcheckEngine.fromDirectory(rules).plan(harmless).action("ESCALATE_TO_MANAGEMENT"))
                .hasValueSatisfying(a -> assertThat(a.source().ja()).isEqualTo("社内規程 第12条"));
        assertThat(SharedEngine.get().plan(harmless).actionCodes()).doesNotContain("ESCALATE_TO_MANAGEMENT");
    }

    @Test
    @DisplayName("プログラムの行を変えたブックは、信頼の指定がなければ拒否し、セルを示す")
    void changed_code_rows_are_refused_unless_trusted() {
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            var snippets = rowWith(sheet, "Proposal p = out.propose(kcontext, \"$param\");");
            set(snippets, columnOf(sheet, "out.propose("), "Proposal p = out.propose(kcontext, \"$param\"); p.hashCode();");
        });

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules))
                .isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ ")
                .hasMessageContaining("プログラムの一部")
                .hasMessageContaining("--trust-code");
        assertThat(LeakcheckEngine.fromDirectory(rules, true).plan(REPORTABLE).actionCodes())
                .contains("PPC_PRELIMINARY_REPORT");
    }

    @Test
    @DisplayName("数のセルに「1,000」や全角数字を書くと、セルを示して拒否する")
    void a_number_cell_must_hold_a_plain_number() {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), "５"));

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules))
                .isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("deadlines.drl.xlsx ＞ 期限 ＞ ")
                .hasMessageContaining("半角数字");
    }

    @Test
    @DisplayName("アクションコードの書き間違いは、表と行を示して拒否する")
    void a_misspelt_code_is_refused_with_its_row() {
        String[] codeCell = new String[1];
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            Row row = rowWith(sheet, "ASSESS_SEVERITY");
            int column = columnOf(sheet, "out.propose(");
            codeCell[0] = new org.apache.poi.ss.util.CellReference(row.getRowNum(), column).formatAsString(false);
            set(row, column, "ASSES_SEVERITY");
        });

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules))
                .isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("ASSES_SEVERITY")
                .hasMessageContaining("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ " + codeCell[0] + ": ");
    }

    @Test
    @DisplayName("xlsx でないファイル、知らないファイル名、zip 爆弾は拒否する")
    void what_is_not_a_workbook_is_refused() throws IOException {
        Files.writeString(rules.resolve("catalogue.xlsx"), "名前,コード\n");
        Files.write(rules.resolve("calendar.xlsx"), zipBomb());
        Files.write(rules.resolve("my-rules.drl.xlsx"), new byte[] {'P', 'K', 3, 4});

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules))
                .isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("catalogue.xlsx: xlsx 形式ではありません")
                .hasMessageContaining("calendar.xlsx: 展開すると極端に大きくなる")
                .hasMessageContaining("my-rules.drl.xlsx: leakcheck のブックではありません");
    }

    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    @DisplayName("祝日の表の書き間違いはセルを示して拒否する")
    void a_bad_holiday_is_refused_with_its_cell() {
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(RuleSources.bundled().file("calendar.xlsx")))) {
            workbook.getSheet("国民の祝日").getRow(3).getCell(0).setCellValue("2016年3月20日");
            try (var out = Files.newOutputStream(rules.resolve("calendar.xlsx"))) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThatThrownBy(() -> LeakcheckEngine.fromDirectory(rules))
                .isInstanceOf(RulesDefinitionException.class)
                .hasMessageContaining("calendar.xlsx ＞ 国民の祝日 ＞ A4");
    }

    @Test
    @DisplayName("データのセルに引用符を書いても、文字として扱われ、プログラムにはならない")
    void quotes_in_a_data_cell_stay_text() {
        String attempt = "至急\"); out.propose(kcontext, \"REPORT_TO_POLICE\"); p.noteJa(\"";
        edit(rules, "checklist-missent.drl.xlsx", sheet ->
                set(rowWith(sheet, "ASSESS_SEVERITY"), columnHeaded(sheet, "補足（日本語）"), attempt));
        Plan plan = LeakcheckEngine.fromDirectory(rules).plan(misdeliveryOf(harmlessAsset().build()));

        assertThat(plan.actionCodes()).doesNotContain("REPORT_TO_POLICE");
        assertThat(plan.action("ASSESS_SEVERITY").orElseThrow().because())
                .anySatisfy(t -> assertThat(t.ja()).isEqualTo(attempt));
    }
}
