package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.TableChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled decision tables are dressed for the people who edit them (issue A5): run
 * {@link WorkbookStyle} when this fails.
 */
@DisplayName("同梱の決定表: プログラムの行に鍵、選択肢の一覧、見出しと主な列の固定、読める印刷、同じ説明")
class BundledWorkbookStyleTest {

    static final Path DIRECTORY = Path.of("src/main/resources/dev/leakcheck/rules");

    static Stream<String> workbooks() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".drl.xlsx")).sorted().toList().stream();
        }
    }

    private record Opened(DecisionTable parsed, DecisionTable.Table table, XSSFWorkbook workbook, XSSFSheet sheet) {
        int labelRow() {
            return table.nameRow() + 4;
        }

        int first() {
            return table.columns().get(0).index();
        }

        int last() {
            return table.columns().get(table.columns().size() - 1).index();
        }
    }

    private static Opened open(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(DIRECTORY.resolve(name));
        DecisionTable parsed = DecisionTable.read(name, bytes);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        return new Opened(parsed, parsed.tables.get(0), workbook, workbook.getSheetAt(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    @DisplayName("1～10行目は保護で鍵がかかり（パスワードなし）、11行目から下の表の列は編集できる")
    void program_rows_are_locked_and_rule_rows_open(String name) throws IOException {
        Opened o = open(name);
        try (XSSFWorkbook ignored = o.workbook()) {
            assertThat(o.sheet().getProtect()).as("sheet protection").isTrue();
            assertThat(o.sheet().getCTWorksheet().getSheetProtection().isSetPassword()
                    || o.sheet().getCTWorksheet().getSheetProtection().isSetHashValue()).as("no password").isFalse();
            assertThat(o.sheet().getCTWorksheet().getSheetProtection().getInsertRows()).as("rows may be inserted").isFalse();
            for (int r = 0; r <= o.labelRow(); r++) {
                Row row = o.sheet().getRow(r);
                assertThat(row).as("row %d exists so that its empty cells are locked too", r + 1).isNotNull();
                for (int c = 0; c <= o.last(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell).as("%s row %d column %d", name, r + 1, c + 1).isNotNull();
                    assertThat(cell.getCellStyle().getLocked()).as("%s is locked", cell.getAddress()).isTrue();
                }
            }
            for (DecisionTable.DataRow rule : o.table().rows()) {
                for (DecisionTable.Column column : o.table().columns()) {
                    Cell cell = o.sheet().getRow(rule.rowIndex()).getCell(column.index());
                    if (cell != null) {
                        assertThat(cell.getCellStyle().getLocked()).as("%s is open", cell.getAddress()).isFalse();
                    }
                }
            }
            for (DecisionTable.Column column : o.table().columns()) {
                CellStyle style = o.sheet().getColumnStyle(column.index());
                assertThat(style).as("column %d has an open default style (new rows)", column.index() + 1).isNotNull();
                assertThat(style.getLocked()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    @DisplayName("選択肢のある列には一覧（意味は「入力できる値」シート）、日数には整数の入力規則")
    void every_column_with_a_vocabulary_has_its_dropdown(String name) throws IOException {
        Opened o = open(name);
        Catalogue catalogue = Catalogue.read(Files.readAllBytes(DIRECTORY.resolve(Catalogue.FILE)));
        try (XSSFWorkbook ignored = o.workbook()) {
            Sheet values = o.workbook().getSheet(WorkbookStyle.VALUES_SHEET);
            assertThat(values).as("sheet " + WorkbookStyle.VALUES_SHEET).isNotNull();
            assertThat(o.workbook().isSheetHidden(o.workbook().getSheetIndex(values))).isFalse();
            List<? extends DataValidation> validations = o.sheet().getDataValidations();
            int firstRule = o.labelRow() + 1;
            for (DecisionTable.Column column : o.table().columns()) {
                TableChecks.Allowed allowed = TableChecks.allowed(column, catalogue);
                DataValidation validation = validations.stream()
                        .filter(v -> covers(v, firstRule, column.index())).findFirst().orElse(null);
                if (allowed.wholeNumber()) {
                    assertThat(validation).as("%s: whole-number validation of %s", name, column.name()).isNotNull();
                    assertThat(validation.getValidationConstraint().getValidationType())
                            .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                } else if (allowed.words().isPresent()) {
                    assertThat(validation).as("%s: dropdown of %s", name, column.name()).isNotNull();
                    String formula = validation.getValidationConstraint().getFormula1();
                    assertThat(formula).startsWith("'" + WorkbookStyle.VALUES_SHEET + "'!");
                    List<String> listed = listAt(values, formula);
                    List<String> expected = allowed.words().get().stream()
                            .filter(w -> !Set.of("YES", "NO", "REQUIRED", "AS_NEEDED").contains(w)).toList();
                    assertThat(listed).as("%s: the list of %s is the engine's vocabulary", name, column.name())
                            .containsExactlyElementsOf(expected);
                    for (int i = 0; i < listed.size(); i++) {
                        Row row = values.getRow(rowOf(formula) + i);
                        int c = columnOf(formula);
                        assertThat(row.getCell(c + 1).getStringCellValue()).as("meaning of %s", listed.get(i)).isNotBlank();
                        assertThat(row.getCell(c + 2).getStringCellValue()).as("meaning of %s", listed.get(i)).isNotBlank();
                    }
                } else {
                    assertThat(validation).as("%s: %s takes any text", name, column.name()).isNull();
                }
            }
        }
    }

    private static boolean covers(DataValidation validation, int row, int column) {
        for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
            if (range.isInRange(row, column) && range.getLastRow() >= row + 100) {
                return true;
            }
        }
        return false;
    }

    private static int rowOf(String formula) {
        return new org.apache.poi.ss.util.AreaReference(formula, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
                .getFirstCell().getRow();
    }

    private static int columnOf(String formula) {
        return new org.apache.poi.ss.util.AreaReference(formula, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
                .getFirstCell().getCol();
    }

    private static List<String> listAt(Sheet values, String formula) {
        org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(formula,
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        List<String> words = new ArrayList<>();
        for (int r = area.getFirstCell().getRow(); r <= area.getLastCell().getRow(); r++) {
            words.add(values.getRow(r).getCell(area.getFirstCell().getCol()).getStringCellValue());
        }
        return words;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    @DisplayName("右へスクロールしても1列目とコードの列、下へスクロールしても見出しが見える")
    void key_columns_and_labels_stay_in_view(String name) throws IOException {
        Opened o = open(name);
        try (XSSFWorkbook ignored = o.workbook()) {
            DecisionTable.Column code = o.table().columns().stream()
                    .filter(c -> c.kind() == DecisionTable.Kind.CODE && !c.keyword().equals("CONDITION"))
                    .findFirst().orElseThrow();
            assertThat(code.index()).as("the code column is next to the first").isEqualTo(o.first() + 1);
            assertThat(o.sheet().getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) o.sheet().getPaneInformation().getVerticalSplitPosition()).isEqualTo(o.first() + 2);
            assertThat((int) o.sheet().getPaneInformation().getHorizontalSplitPosition()).isEqualTo(o.labelRow() + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    @DisplayName("A4横・縮小しすぎない印刷。各ページに見出しと主な列")
    void a_table_prints_legibly(String name) throws IOException {
        Opened o = open(name);
        try (XSSFWorkbook ignored = o.workbook()) {
            PrintSetup setup = o.sheet().getPrintSetup();
            assertThat(setup.getLandscape()).isTrue();
            assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(o.sheet().getFitToPage()).as("not shrunk to one page width").isFalse();
            assertThat((int) setup.getScale()).isBetween(70, 100);
            assertThat(o.sheet().getRepeatingRows()).isEqualTo(new CellRangeAddress(o.labelRow(), o.labelRow(), -1, -1));
            assertThat(o.sheet().getRepeatingColumns().getFirstColumn()).isEqualTo(o.first());
            assertThat(o.sheet().getRepeatingColumns().getLastColumn()).isEqualTo(o.first() + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    @DisplayName("プログラムの行の説明は一つ: 赤い注記、セルのコメント、使い方シート")
    void one_statement_in_the_workbook(String name) throws IOException {
        Opened o = open(name);
        try (XSSFWorkbook ignored = o.workbook()) {
            String note = o.sheet().getRow(3).getCell(2).getStringCellValue();
            assertThat(note).contains(WorkbookStyle.STATEMENT_JA).contains(WorkbookStyle.STATEMENT_EN)
                    .doesNotContain("6～10行目");
            assertThat(o.workbook().getFontAt(o.sheet().getRow(3).getCell(2).getCellStyle().getFontIndex()).getColor())
                    .as("the note is red").isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            assertThat(o.sheet().getCellComments().values()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getString().getString())
                            .isEqualTo(WorkbookStyle.STATEMENT_JA + "\n" + WorkbookStyle.STATEMENT_EN));
            StringBuilder guide = new StringBuilder();
            o.workbook().getSheet("使い方").forEach(row -> row.forEach(cell -> guide.append(cell).append('\n')));
            assertThat(guide.toString()).contains(WorkbookStyle.STATEMENT_JA).contains(WorkbookStyle.STATEMENT_EN)
                    .doesNotContain("6～10行目").doesNotContain("Rows 1-4 and 6-10");
        }
    }

    @Test
    @DisplayName("README と業務担当者向けガイドも同じ説明をしている")
    void the_same_statement_in_readme_and_guide() throws IOException {
        for (Path doc : List.of(Path.of("../README.md"), Path.of("../docs/GUIDE-business-staff.md"))) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            assertThat(text).as(doc.toString()).contains(WorkbookStyle.STATEMENT_JA).contains(WorkbookStyle.STATEMENT_EN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    @DisplayName("整えてもう一度整えても、表の内容は変わらない（冪等）")
    void styling_again_changes_nothing(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(DIRECTORY.resolve(name));
        Catalogue catalogue = Catalogue.read(Files.readAllBytes(DIRECTORY.resolve(Catalogue.FILE)));
        DecisionTable before = DecisionTable.read(name, bytes);
        DecisionTable after = DecisionTable.read(name, WorkbookStyle.style(name, bytes, catalogue));
        assertThat(after.grid).isEqualTo(before.grid);
    }
}
