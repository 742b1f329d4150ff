package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.deadline.DeadlineFinding;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import static dev.leakcheck.rules.EditedWorkbooks.appendRow;
import static dev.leakcheck.rules.EditedWorkbooks.columnOf;
import static dev.leakcheck.rules.EditedWorkbooks.edit;
import static dev.leakcheck.rules.EditedWorkbooks.columnHeaded;
import static dev.leakcheck.rules.EditedWorkbooks.rowWith;
import static dev.leakcheck.rules.EditedWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What staff get wrong in Excel, and the message that points them at the cell. */
@DisplayName("編集したブックの検査")
class RulesValidatorTest {

    @TempDir
    Path rules;

    private RulesValidator.Validation validate() {
        return RulesValidator.validate(rules, false);
    }

    /** The A1 reference of a cell in the row holding {@code rowText}, column of {@code snippet}. */
    private static String[] cellOf(Sheet sheet, String rowText, String snippet) {
        Row row = rowWith(sheet, rowText);
        return new String[] {new CellReference(row.getRowNum(), columnOf(sheet, snippet)).formatAsString(false)};
    }

    @Test
    @DisplayName("編集していないブックは、すべて妥当で、エンジンができる")
    void unedited_copies_are_valid() throws IOException {
        for (String name : RuleSources.RULE_FILES) {
            edit(rules, name, sheet -> { });
        }
        for (String name : RuleSources.DATA_FILES) {
            Files.write(rules.resolve(name), RuleSources.bundled().file(name));
        }

        RulesValidator.Validation validation = validate();
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.engine()).isPresent();
    }

    @Test
    @DisplayName("知らないアクションコード、使えない値、空の種別、重複した行を、セルを示してまとめて報告する")
    void every_problem_at_once_with_its_cell() {
        String[][] cells = new String[3][];
        edit(rules, "checklist-missent.drl.xlsx", sheet -> {
            cells[0] = cellOf(sheet, "ASSESS_SEVERITY", "out.propose(");
            cells[1] = cellOf(sheet, "REQUEST_RECIPIENT_DELETION", "topic == \"channel\"");
            cells[2] = cellOf(sheet, "REVIEW_PROCEDURES_AND_CHECKS", "topic == \"type\"");
            set(rowWith(sheet, "ASSESS_SEVERITY"), columnOf(sheet, "out.propose("), "ASSES_SEVERITY");
            set(rowWith(sheet, "REQUEST_RECIPIENT_DELETION"), columnOf(sheet, "topic == \"channel\""), "MAIL");
            set(rowWith(sheet, "REVIEW_PROCEDURES_AND_CHECKS"), columnOf(sheet, "topic == \"type\""), "");
        });
        edit(rules, "ppc-duty.drl.xlsx", sheet -> {
            Row copy = appendRow(sheet);
            Row original = rowWith(sheet, "SENSITIVE_DATA");
            original.forEach(cell -> set(copy, cell.getColumnIndex(),
                    org.apache.poi.ss.usermodel.DataFormatter.class.cast(new org.apache.poi.ss.usermodel.DataFormatter())
                            .formatCellValue(cell)));
        });

        RulesValidator.Validation validation = validate();

        assertThat(validation.valid()).isFalse();
        assertThat(validation.engine()).isEmpty();
        assertThat(validation.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ " + cells[0][0])
                .contains("「ASSES_SEVERITY」は使えません"));
        assertThat(validation.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ " + cells[1][0])
                .contains("「MAIL」は使えません").contains("EMAIL"));
        assertThat(validation.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ " + cells[2][0])
                .contains("が空です"));
        assertThat(validation.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("ppc-duty.drl.xlsx ＞ 報告義務の判定 ＞ ").contains("行目と同じ行です"));
    }

    @Test
    @DisplayName("数のセルの「1,000」や全角数字、コードのセルの全角文字")
    void numbers_and_full_width_characters() {
        edit(rules, "deadlines.drl.xlsx", sheet -> {
            set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), "1,000");
            set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "目標（日数）"), "３");
        });
        edit(rules, "checklist-lost.drl.xlsx", sheet ->
                set(rowWith(sheet, "REPORT_TO_POLICE"), columnOf(sheet, "out.propose("), "REPORT_TO_ＰOLICE"));

        assertThat(validate().problems())
                .anySatisfy(p -> assertThat(p).startsWith("deadlines.drl.xlsx ＞ 期限 ＞ ").contains("'1,000'")
                        .contains("半角数字"))
                .anySatisfy(p -> assertThat(p).startsWith("deadlines.drl.xlsx ＞ 期限 ＞ ").contains("'３'"))
                .anySatisfy(p -> assertThat(p).startsWith("checklist-lost.drl.xlsx ＞ 紛失・盗難 ＞ ")
                        .contains("全角"));
    }

    @Test
    @DisplayName("数のセルは値で読む: 書式で「4.0」「1,000」と表示される整数は受け付け、4.5 は拒否")
    void whole_numbers_are_read_by_value_whatever_their_format() {
        edit(rules, "deadlines.drl.xlsx", sheet -> {
            set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), 4, "0.0");
            set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "目標（日数）"), 3, "#,##0.00");
        });

        RulesValidator.Validation validation = validate();
        assertThat(validation.problems()).isEmpty();
        Incident reportable = Incidents.misdeliveryOf(Incidents.harmlessAsset().personal(Incidents.persons(1200)).build());
        Deadline preliminary = validation.engine().orElseThrow().plan(reportable).action("PPC_PRELIMINARY_REPORT")
                .orElseThrow().deadline().orElseThrow();
        assertThat(preliminary.target()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(preliminary.due()).isEqualTo(LocalDate.of(2026, 12, 5));

        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "PPC_PRELIMINARY_REPORT"), columnHeaded(sheet, "期限（日数）"), 4.5, "0.0"));
        assertThat(validate().problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("deadlines.drl.xlsx ＞ 期限 ＞ ").contains("'4.5'").contains("半角数字"));
    }

    @Test
    @DisplayName("非表示のシート、表の中の結合セル、xlsx でないファイル")
    void hidden_sheets_merged_cells_and_other_formats() throws IOException {
        edit(rules, "checklist-attack.drl.xlsx", sheet -> {
            sheet.getWorkbook().setSheetHidden(1, true);
            int row = rowWith(sheet, "ISOLATE_COMPROMISED_SYSTEMS").getRowNum();
            int column = columnHeaded(sheet, "補足（日本語）");
            sheet.addMergedRegion(new CellRangeAddress(row, row + 1, column, column));
        });
        Files.writeString(rules.resolve("calendar.xlsx"), "2027-01-01,元日\n");

        assertThat(validate().problems())
                .anySatisfy(p -> assertThat(p).startsWith("checklist-attack.drl.xlsx ＞ ").contains("非表示のシート"))
                .anySatisfy(p -> assertThat(p).startsWith("checklist-attack.drl.xlsx ＞ 外部攻撃 ＞ ").contains("結合"))
                .anySatisfy(p -> assertThat(p).startsWith("calendar.xlsx: xlsx 形式ではありません"));
    }

    @Test
    @DisplayName("プログラムの行の変更は、信頼を指定しなければ問題として報告する")
    void code_rows_are_locked() {
        edit(rules, "deadlines.drl.xlsx", sheet ->
                set(rowWith(sheet, "DeadlineFinding d = out.deadline(kcontext, \"$param\");"), columnOf(sheet, "out.deadline("),
                        "DeadlineFinding d = out.deadline(kcontext, \"$param\"); d.hashCode();"));

        assertThat(validate().problems()).singleElement().asString()
                .startsWith("deadlines.drl.xlsx ＞ 期限 ＞ ").contains("プログラムの一部");
        assertThat(RulesValidator.validate(rules, true).problems()).isEmpty();
    }
}
