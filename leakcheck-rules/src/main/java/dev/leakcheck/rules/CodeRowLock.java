package dev.leakcheck.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Keeps the code of a decision table where the library put it. Drools compiles a spreadsheet's
 * cells into Java: the rows of the RuleSet area (Import, Variables, Functions…) and the header of
 * each RuleTable (its name, the CONDITION/ACTION row, the object and snippet rows) are program
 * code, part of the library. Staff edit the data rows only. An edited workbook whose code rows
 * differ from the bundled one is refused, naming the first cell that differs, unless the caller
 * explicitly trusts it.
 *
 * <p>A data cell is code too where a snippet puts it outside quotes ({@code d.targetDays($param)}):
 * such cells must hold a plain whole number, so that no data row can smuggle in a statement.
 */
final class CodeRowLock {

    private static final Set<String> RULESET_KEYWORDS = Set.of("ruleset", "import", "variables", "functions",
            "queries", "declare", "sequential", "sequentialmaxpriority", "sequentialminpriority", "escapequotes",
            "numericdisabled", "unit", "priority", "salience", "duration", "timer", "enabled", "calendars",
            "no-loop", "lock-on-active", "auto-focus", "activation-group", "agenda-group", "ruleflow-group",
            "date-effective", "date-expires", "dialect");
    private static final int HEADER_ROWS_AFTER_RULETABLE = 3;

    /** A row of code: where it is in the sheet, and its cells' texts by column. */
    record CodeRow(int rowIndex, List<String> cells) {
    }

    private CodeRowLock() {
    }

    /**
     * @throws RulesDefinitionException when the code rows differ (and {@code trusted} is false), or
     *                                  when a number cell holds something else than a number
     */
    static void check(String file, byte[] bundled, byte[] edited, boolean trusted) {
        Table original = Table.read(file, bundled);
        Table changed = Table.read(file, edited);
        List<String> problems = new ArrayList<>();
        if (!trusted) {
            compare(file, changed.sheetName, original.codeRows, changed.codeRows, problems);
        }
        changed.checkNumberCells(file, problems);
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
    }

    private static void compare(String file, String sheet, List<CodeRow> original, List<CodeRow> changed,
            List<String> problems) {
        int rows = Math.max(original.size(), changed.size());
        for (int i = 0; i < rows; i++) {
            if (i >= changed.size() || i >= original.size()) {
                problems.add(file + " ＞ " + sheet + ": プログラムの行（RuleSet・Import・RuleTable の見出しなど）の数が"
                        + "変わっています / the number of code rows changed" + TRUST_HINT);
                return;
            }
            CodeRow before = original.get(i);
            CodeRow after = changed.get(i);
            int columns = Math.max(before.cells().size(), after.cells().size());
            for (int c = 0; c < columns; c++) {
                String was = c < before.cells().size() ? before.cells().get(c) : "";
                String is = c < after.cells().size() ? after.cells().get(c) : "";
                if (!was.equals(is)) {
                    problems.add(file + " ＞ " + sheet + " ＞ " + new CellReference(after.rowIndex(), c).formatAsString(false)
                            + ": この行はプログラムの一部で、変更できません（元は「" + was + "」） / this row is program code and"
                            + " must not change (was '" + was + "')" + TRUST_HINT);
                    return;
                }
            }
        }
    }

    private static final String TRUST_HINT = "。開発者が確認した変更なら --trust-code で読み込めます"
            + " / if a developer reviewed the change, load it with --trust-code";

    /** The code rows and number columns of a workbook's first sheet, the only one Drools compiles. */
    private static final class Table {

        private final String sheetName;
        private final List<CodeRow> codeRows = new ArrayList<>();
        private final Sheet sheet;
        private final List<int[]> numberColumns = new ArrayList<>();

        private Table(Sheet sheet) {
            this.sheet = sheet;
            this.sheetName = sheet.getSheetName();
        }

        static Table read(String file, byte[] bytes) {
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                Table table = new Table(workbook.getSheetAt(0));
                table.scan();
                return table;
            } catch (IOException | RuntimeException e) {
                throw new RulesDefinitionException(file + ": xlsx 形式のブックとして読めません / not a readable xlsx workbook ("
                        + e.getClass().getSimpleName() + ")");
            }
        }

        private void scan() {
            int header = -1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = texts(sheet.getRow(r));
                String first = cells.stream().filter(t -> !t.isEmpty()).findFirst().orElse("");
                if (first.regionMatches(true, 0, "RuleTable", 0, "RuleTable".length())) {
                    header = 0;
                } else if (header >= 0 && header < HEADER_ROWS_AFTER_RULETABLE) {
                    header++;
                } else if (RULESET_KEYWORDS.contains(first.toLowerCase(Locale.ROOT))) {
                    header = -1;
                } else {
                    if (header == HEADER_ROWS_AFTER_RULETABLE) {
                        header = -1;
                    }
                    continue;
                }
                codeRows.add(new CodeRow(r, cells));
                if (header == HEADER_ROWS_AFTER_RULETABLE) {
                    markNumberColumns(r, cells);
                }
            }
        }

        /** A snippet that puts {@code $param} outside quotes makes its column's cells code: numbers only. */
        private void markNumberColumns(int snippetRow, List<String> snippets) {
            for (int c = 0; c < snippets.size(); c++) {
                String snippet = snippets.get(c);
                int at = snippet.indexOf("$param");
                if (at >= 0 && (at == 0 || snippet.charAt(at - 1) != '"')) {
                    numberColumns.add(new int[] {snippetRow, c});
                }
            }
        }

        void checkNumberCells(String file, List<String> problems) {
            for (int[] column : numberColumns) {
                // Data rows start after the label row that follows the snippet row.
                for (int r = column[0] + 2; r <= sheet.getLastRowNum(); r++) {
                    List<String> cells = texts(sheet.getRow(r));
                    if (cells.stream().allMatch(String::isEmpty)) {
                        break;
                    }
                    String value = column[1] < cells.size() ? cells.get(column[1]) : "";
                    if (!value.isEmpty() && !value.matches("[0-9]+")) {
                        problems.add(file + " ＞ " + sheetName + " ＞ " + new CellReference(r, column[1]).formatAsString(false)
                                + ": 半角数字だけで書いてください（例: 30。カンマ・全角数字・空白は使えません）: '" + value
                                + "' / write a whole number in ASCII digits");
                    }
                }
            }
        }

        private static List<String> texts(Row row) {
            List<String> cells = new ArrayList<>();
            if (row == null) {
                return cells;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : DataSheet.DataRow.FORMATTER.formatCellValue(cell).strip());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return cells;
        }
    }
}
