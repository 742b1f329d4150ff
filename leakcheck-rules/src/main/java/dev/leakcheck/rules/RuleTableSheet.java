package dev.leakcheck.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A decision-table workbook as Drools reads it: the first sheet only, its program rows (the RuleSet
 * area and each RuleTable's header) and its data rows, one rule each, up to the first empty row.
 * Read with POI, so that every finding can name its cell.
 */
final class RuleTableSheet {

    private static final Set<String> RULESET_KEYWORDS = Set.of("ruleset", "import", "variables", "functions",
            "queries", "declare", "sequential", "sequentialmaxpriority", "sequentialminpriority", "escapequotes",
            "numericdisabled", "unit", "priority", "salience", "duration", "timer", "enabled", "calendars",
            "no-loop", "lock-on-active", "auto-focus", "activation-group", "agenda-group", "ruleflow-group",
            "date-effective", "date-expires", "dialect");
    /** After "RuleTable name": the CONDITION/ACTION row, the object-type row and the snippet row. */
    private static final int HEADER_ROWS = 3;

    /** A row of program code: where it is, and its cells' texts by column. */
    record CodeRow(int rowIndex, List<String> cells) {
    }

    /** One column of a rule table: its keyword, its snippet and its label for people. */
    record Column(int index, String kind, String snippet, String label) {
    }

    /** One data row, one rule. */
    record DataRow(int rowIndex, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** One RuleTable of the sheet. */
    record Table(String name, int firstDataRow, List<Column> columns, List<DataRow> rows) {
    }

    final String file;
    final String sheetName;
    final List<CodeRow> codeRows = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<String> hiddenSheets = new ArrayList<>();
    final List<CellRangeAddress> mergedRegions = new ArrayList<>();

    private RuleTableSheet(String file, String sheetName) {
        this.file = file;
        this.sheetName = sheetName;
    }

    static RuleTableSheet read(String file, byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            RuleTableSheet parsed = new RuleTableSheet(file, sheet.getSheetName());
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    parsed.hiddenSheets.add(workbook.getSheetName(i));
                }
            }
            parsed.mergedRegions.addAll(sheet.getMergedRegions());
            parsed.scan(sheet);
            return parsed;
        } catch (IOException | RuntimeException e) {
            throw new RulesDefinitionException(file + ": xlsx 形式のブックとして読めません / not a readable xlsx workbook ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private void scan(Sheet sheet) {
        int last = sheet.getLastRowNum();
        for (int r = 0; r <= last; r++) {
            List<String> cells = texts(sheet.getRow(r));
            String first = cells.stream().filter(t -> !t.isEmpty()).findFirst().orElse("");
            if (first.regionMatches(true, 0, "RuleTable", 0, "RuleTable".length())) {
                r = table(sheet, r, first.substring("RuleTable".length()).strip());
            } else if (RULESET_KEYWORDS.contains(first.toLowerCase(Locale.ROOT))) {
                codeRows.add(new CodeRow(r, cells));
            }
        }
    }

    /** Reads one RuleTable from its name row; returns the last row it occupies. */
    private int table(Sheet sheet, int nameRow, String name) {
        codeRows.add(new CodeRow(nameRow, texts(sheet.getRow(nameRow))));
        List<List<String>> header = new ArrayList<>();
        for (int i = 1; i <= HEADER_ROWS; i++) {
            List<String> cells = texts(sheet.getRow(nameRow + i));
            codeRows.add(new CodeRow(nameRow + i, cells));
            header.add(cells);
        }
        List<String> labels = texts(sheet.getRow(nameRow + HEADER_ROWS + 1));
        List<Column> columns = new ArrayList<>();
        List<String> kinds = header.get(0);
        for (int c = 0; c < kinds.size(); c++) {
            if (!kinds.get(c).isEmpty()) {
                columns.add(new Column(c, kinds.get(c).toUpperCase(Locale.ROOT), cellOf(header.get(2), c), cellOf(labels, c)));
            }
        }
        int firstData = nameRow + HEADER_ROWS + 2;
        List<DataRow> rows = new ArrayList<>();
        int r = firstData;
        for (; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = texts(sheet.getRow(r));
            if (cells.stream().allMatch(String::isEmpty)) {
                break;
            }
            rows.add(new DataRow(r, cells));
        }
        tables.add(new Table(name, firstData, columns, rows));
        return r;
    }

    private static String cellOf(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** {@code checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ N24}. */
    String where(int row, int column) {
        return file + " ＞ " + sheetName + " ＞ " + new CellReference(row, column).formatAsString(false);
    }

    static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        // DataFormatter keeps state: one per call, never shared between threads.
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
