package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.drools.Precompiled;
import dev.leakcheck.rules.RulesDefinitionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision-table workbook as leakcheck reads it: the first sheet only, its program rows (the
 * RuleSet area and each RuleTable's header) and its data rows, one rule each, up to the first
 * empty row. Read with POI, within bounds, so that every finding can name its cell.
 *
 * <p>Drools never compiles this sheet as it was written. {@link #compilable()} writes a new workbook
 * of the program rows and, of each data row, only the cells Drools needs to match (the condition
 * columns and the code column), after {@link TableChecks} has checked them against their column's
 * vocabulary. The texts, day counts and flags of a row are data: the engine reads them from the row
 * by their column's header ({@link RuleRows}), they never reach the DRL.
 */
public final class DecisionTable {

    /** Whole numbers up to this are shown as digits: beyond it a double no longer holds every whole number. */
    private static final double MAX_WHOLE = 1e15;
    /** Rows of a sheet read at the most; the bundled tables have fewer than 60. */
    static final int MAX_ROWS = 2_000;
    /** Columns at the most; the bundled tables have 20. */
    static final int MAX_COLUMNS = 64;
    /** Characters in one cell at the most; the longest bundled text has about 330. */
    static final int MAX_CELL_CHARS = 4_000;

    private static final Set<String> RULESET_KEYWORDS = Set.of("ruleset", "import", "variables", "functions",
            "queries", "declare", "sequential", "sequentialmaxpriority", "sequentialminpriority", "escapequotes",
            "numericdisabled", "unit", "priority", "salience", "duration", "timer", "enabled", "calendars",
            "no-loop", "lock-on-active", "auto-focus", "activation-group", "agenda-group", "ruleflow-group",
            "date-effective", "date-expires", "dialect", "notes");
    /** After "RuleTable name": the CONDITION/ACTION row, the object-type row, the snippet row and the label row. */
    private static final int HEADER_ROWS = 4;
    private static final byte[] DUMP_MAGIC = "leakcheck-table/1\n".getBytes(StandardCharsets.US_ASCII);

    /** A row of program code: where it is, and its cells' texts by column, exactly as written. */
    record CodeRow(int rowIndex, List<String> cells) {
    }

    /** How a column's cells are used. */
    public enum Kind {
        /** Matched by Drools: {@code Fact(topic == "…", admits("$param"))}; the cell is a list of codes. */
        CONDITION,
        /** The action the row proposes, the trigger or the actions it dates: compiled, a list of codes. */
        CODE,
        /** Compiled without the cell's text (the snippet has no {@code $param}); the cell only switches it on. */
        SWITCH,
        /** Read by the engine from the row by its header; never compiled (the snippet is a comment). */
        DATA
    }

    /** One column of a rule table: its keyword, its snippet and its label for people. */
    public record Column(int index, String keyword, String snippet, String label) {

        /** The header's name: the first line of the label (the Japanese one). */
        String name() {
            return DataSheet.headerKey(label);
        }

        public Kind kind() {
            if (keyword.equals("CONDITION")) {
                return Kind.CONDITION;
            }
            String code = snippet.strip();
            if (code.startsWith("//")) {
                return Kind.DATA;
            }
            return code.contains("$param") ? Kind.CODE : Kind.SWITCH;
        }
    }

    /** One data row, one rule; the cells stripped of surrounding white space. */
    public record DataRow(int rowIndex, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** One RuleTable of the sheet. */
    public record Table(String name, int nameRow, int firstDataRow, List<Column> columns, List<DataRow> rows) {

        /** A row's data cells (the columns the engine reads, never compiled) by their header's name. */
        Map<String, String> dataCells(DataRow row) {
            Map<String, String> cells = new HashMap<>();
            for (Column column : columns) {
                if (column.kind() == Kind.DATA) {
                    cells.put(column.name(), row.cell(column.index()));
                }
            }
            return cells;
        }

        /** The column with this header name, or null. */
        Column column(String name) {
            for (Column column : columns) {
                if (column.name().equals(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    public final String file;
    final String sheetName;
    /** Every cell of the sheet as written, by row; rows past the end of the table included. */
    final List<List<String>> grid;
    final List<CodeRow> codeRows = new ArrayList<>();
    private final List<Table> found = new ArrayList<>();
    /** The sheet's rule tables, in order; read-only, as the sheet is shared once read ({@link ReadWorkbooks}). */
    public final List<Table> tables = Collections.unmodifiableList(found);
    final List<String> hiddenSheets = new ArrayList<>();
    final List<CellRangeAddress> mergedRegions = new ArrayList<>();
    /** Cells that belong to no table and no program row: nothing reads them, so they are refused. */
    final List<int[]> strayCells = new ArrayList<>();
    /** What was too large to read: the sheet is refused with these. */
    final List<String> limits = new ArrayList<>();

    private DecisionTable(String file, String sheetName, List<List<String>> grid) {
        this.file = file;
        this.sheetName = sheetName;
        this.grid = grid;
        scan();
    }

    /** Reads a decision-table workbook (an xlsx, or the dump the build made of one). */
    public static DecisionTable read(String file, byte[] bytes) {
        if (bytes.length >= DUMP_MAGIC.length && Arrays.equals(bytes, 0, DUMP_MAGIC.length, DUMP_MAGIC, 0, DUMP_MAGIC.length)) {
            return undump(file, bytes);
        }
        return ReadWorkbooks.read(file, "decision table", bytes, () -> readXlsx(file, bytes));
    }

    private static DecisionTable readXlsx(String file, byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> limits = new ArrayList<>();
            List<List<String>> grid = gridOf(file, sheet, limits);
            DecisionTable parsed = new DecisionTable(file, sheet.getSheetName(), grid);
            parsed.limits.addAll(limits);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    parsed.hiddenSheets.add(workbook.getSheetName(i));
                }
            }
            parsed.mergedRegions.addAll(sheet.getMergedRegions());
            return parsed;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesDefinitionException rde) {
                throw rde;
            }
            throw new RulesDefinitionException(file + ": xlsx 形式のブックとして読めません / not a readable xlsx workbook ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<List<String>> gridOf(String file, Sheet sheet, List<String> limits) {
        // DataFormatter keeps state: one per call, never shared between threads.
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        int last = sheet.getLastRowNum();
        if (last >= MAX_ROWS) {
            limits.add(file + " ＞ " + sheet.getSheetName() + ": 行が多すぎます（" + (last + 1) + " 行、上限 " + MAX_ROWS
                    + " 行）。使っていない行を削除してください / too many rows (" + (last + 1) + "; the limit is " + MAX_ROWS + ")");
            last = MAX_ROWS - 1;
        }
        List<List<String>> grid = new ArrayList<>(last + 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int width = row.getLastCellNum();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    String text = cell == null ? "" : text(cell, formatter);
                    if (c >= MAX_COLUMNS) {
                        if (!text.isEmpty()) {
                            limits.add(where(file, sheet.getSheetName(), r, c) + ": 列が多すぎます（上限 " + MAX_COLUMNS
                                    + " 列）。表の右にあるセルを削除してください / too many columns (the limit is " + MAX_COLUMNS + ")");
                            break;
                        }
                        continue;
                    }
                    if (text.length() > MAX_CELL_CHARS) {
                        limits.add(where(file, sheet.getSheetName(), r, c) + ": 文字数が多すぎます（" + text.length()
                                + " 字、上限 " + MAX_CELL_CHARS + " 字） / too long (" + text.length() + " characters; the limit is "
                                + MAX_CELL_CHARS + ")");
                        text = text.substring(0, MAX_CELL_CHARS);
                    }
                    cells.add(text);
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            grid.add(List.copyOf(cells));
        }
        return grid;
    }

    /**
     * A cell's text as Excel shows it; of a formula, the value Excel last computed (never the formula,
     * which leakcheck does not evaluate). A number that is whole is its digits, whatever format the
     * cell shows it in: a day count of 4 in a cell formatted {@code 0.0} (shown 4.0) or 1000 formatted
     * {@code #,##0} (shown 1,000) is the number staff typed, and Drools reads such cells as digits too.
     */
    static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell, formatter);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle().getDataFormatString();
        boolean plain = !DateUtil.isCellDateFormatted(cell) && (format == null || !format.contains("%"));
        if (plain && value == Math.rint(value) && Math.abs(value) < MAX_WHOLE) {
            return Long.toString((long) value);
        }
        return formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(), format);
    }

    /**
     * Finds the program rows and the tables as Drools would: a keyword is the first non-empty cell of
     * a row, trimmed as Drools trims it ({@link String#trim()}), compared without case.
     */
    private void scan() {
        int rows = grid.size();
        for (int r = 0; r < rows; r++) {
            List<String> cells = grid.get(r);
            int first = firstNonEmpty(cells);
            if (first < 0) {
                continue;
            }
            String keyword = cells.get(first).trim();
            if (keyword.regionMatches(true, 0, "RuleTable", 0, "RuleTable".length())) {
                r = table(r, first, keyword.substring("RuleTable".length()).strip());
            } else if (RULESET_KEYWORDS.contains(keyword.toLowerCase(Locale.ROOT))) {
                codeRows.add(new CodeRow(r, cells));
            } else {
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        strayCells.add(new int[] {r, c});
                    }
                }
            }
        }
    }

    private static int firstNonEmpty(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).trim().isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    /** Reads one RuleTable from its name row; returns the last row it occupies. */
    private int table(int nameRow, int firstColumn, String name) {
        codeRows.add(new CodeRow(nameRow, row(nameRow)));
        for (int i = 1; i <= HEADER_ROWS; i++) {
            codeRows.add(new CodeRow(nameRow + i, row(nameRow + i)));
        }
        List<String> keywords = row(nameRow + 1);
        List<String> snippets = row(nameRow + 3);
        List<String> labels = row(nameRow + 4);
        List<Column> columns = new ArrayList<>();
        for (int c = firstColumn; c < keywords.size(); c++) {
            String keyword = keywords.get(c).trim().toUpperCase(Locale.ROOT);
            if (!keyword.isEmpty()) {
                columns.add(new Column(c, keyword, cellOf(snippets, c), cellOf(labels, c)));
            }
        }
        int lastColumn = columns.isEmpty() ? firstColumn : columns.get(columns.size() - 1).index();
        int firstData = nameRow + HEADER_ROWS + 1;
        List<DataRow> rows = new ArrayList<>();
        int r = firstData;
        for (; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            if (firstNonEmpty(cells) < 0) {
                break;
            }
            List<String> stripped = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if ((c < firstColumn || c > lastColumn) && !text.isEmpty()) {
                    strayCells.add(new int[] {r, c});
                }
                stripped.add(text.strip());
            }
            rows.add(new DataRow(r, List.copyOf(stripped)));
        }
        found.add(new Table(name, nameRow, firstData, List.copyOf(columns), List.copyOf(rows)));
        return r;
    }

    private List<String> row(int index) {
        return index < grid.size() ? grid.get(index) : List.of();
    }

    private static String cellOf(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** {@code checklist-missent.drl.xlsx ＞ メール誤送信・web誤公開 ＞ N24}. */
    String where(int row, int column) {
        return where(file, sheetName, row, column);
    }

    private static String where(String file, String sheet, int row, int column) {
        return file + " ＞ " + sheet + " ＞ " + new CellReference(row, column).formatAsString(false);
    }

    /** One cell of the workbook Drools compiles. */
    record CompiledCell(int row, int column, String text) {
    }

    /**
     * The cells Drools compiles: the program rows as written, and of each data row only the cells of
     * the condition and code columns (a switch column's cell as a mark). Rows keep their numbers, so
     * every rule keeps its name ({@code <table>_<row>}). Use only after {@link TableChecks} found no
     * problem: the cells are then words of their column's vocabulary.
     */
    List<CompiledCell> compiledCells() {
        List<CompiledCell> cells = new ArrayList<>();
        for (CodeRow code : codeRows) {
            for (int c = 0; c < code.cells().size(); c++) {
                if (!code.cells().get(c).isEmpty()) {
                    cells.add(new CompiledCell(code.rowIndex(), c, code.cells().get(c)));
                }
            }
        }
        for (Table table : tables) {
            for (DataRow data : table.rows()) {
                for (Column column : table.columns()) {
                    String value = data.cell(column.index());
                    if (!value.isEmpty()) {
                        switch (column.kind()) {
                            case CONDITION, CODE -> cells.add(new CompiledCell(data.rowIndex(), column.index(), value));
                            case SWITCH -> cells.add(new CompiledCell(data.rowIndex(), column.index(), "x"));
                            case DATA -> {
                                // read by the engine from the row, never compiled
                            }
                        }
                    }
                }
            }
        }
        cells.sort(java.util.Comparator.comparingInt(CompiledCell::row).thenComparingInt(CompiledCell::column));
        return cells;
    }

    /**
     * SHA-256 of {@link #compiledCells()}: two sheets with the same digest compile to the same rules,
     * whatever their texts say. The build records it, so that an edit of texts alone reuses the
     * precompiled rules.
     */
    public String compiledDigest() {
        StringBuilder text = new StringBuilder(sheetName).append('\n');
        for (CompiledCell cell : compiledCells()) {
            text.append(cell.row()).append('\t').append(cell.column()).append('\t').append(cell.text()).append('\n');
        }
        return Precompiled.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The workbook of {@link #compiledCells()}, for Drools' decision-table compiler. */
    byte[] compilable() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (CompiledCell cell : compiledCells()) {
                Row row = sheet.getRow(cell.row());
                if (row == null) {
                    row = sheet.createRow(cell.row());
                }
                row.createCell(cell.column()).setCellValue(cell.text());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's cells in a compact form, for the build to store next to the precompiled rules. */
    public byte[] dump() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(DUMP_MAGIC);
            out.writeUTF(sheetName);
            out.writeInt(grid.size());
            for (List<String> row : grid) {
                out.writeInt(row.size());
                for (String cell : row) {
                    out.writeUTF(cell);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static DecisionTable undump(String file, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.skipNBytes(DUMP_MAGIC.length);
            String name = in.readUTF();
            int rows = in.readInt();
            List<List<String>> grid = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                String[] cells = new String[in.readInt()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = in.readUTF();
                }
                grid.add(List.of(cells));
            }
            return new DecisionTable(file, name, grid);
        } catch (IOException | RuntimeException e) {
            throw new RulesDefinitionException(file + ": 読み込めません / unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }
}
