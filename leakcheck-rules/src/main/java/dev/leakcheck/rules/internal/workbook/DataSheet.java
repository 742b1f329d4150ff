package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.model.Text;
import dev.leakcheck.rules.RulesDefinitionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A plain data sheet of a workbook (a header in row 1, one record per row after it, ending at the
 * first empty row), read so that every mistake is reported with its file, sheet and cell, in
 * words business staff understand.
 *
 * <p>The cells are read once, as text (as Excel shows them) and, for date cells, as dates. The
 * bundled workbooks are also stored in that form at build time ({@link #dump}), so that an engine of
 * the bundled tables starts without loading POI; the form is told apart from an xlsx by its first bytes.
 */
public final class DataSheet {

    /** The first bytes of a dump: no xlsx (a zip file, "PK") starts with them. */
    private static final byte[] DUMP_MAGIC = "leakcheck-sheets/2\n".getBytes(StandardCharsets.US_ASCII);

    private final String file;
    private final String name;
    /** The header row (row 1) as written. */
    private final String[] header;
    /** The column of each header, by its first line (the Japanese name): 「見出し（英語）⏎Title (English)」 → 見出し（英語）. */
    private final Map<String, Integer> columns;
    private final List<DataRow> rows;

    private DataSheet(String file, String name, String[] header, List<DataRow> rows) {
        this.file = file;
        this.name = name;
        this.header = header;
        this.columns = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            String key = headerKey(header[c]);
            if (!key.isEmpty()) {
                columns.putIfAbsent(key, c);
            }
        }
        List<DataRow> bound = new ArrayList<>(rows.size());
        for (DataRow row : rows) {
            bound.add(new DataRow(this, row.rowIndex, row.texts, row.dates));
        }
        this.rows = List.copyOf(bound);
    }

    /** A header's name: its first line, stripped. */
    static String headerKey(String header) {
        int newline = header.indexOf('\n');
        return (newline < 0 ? header : header.substring(0, newline)).strip();
    }

    /**
     * Checks that every named column is in the header row exactly once; the sheet is read by these
     * names, never by position.
     *
     * @throws RulesDefinitionException naming the header row, or the cell of a repeated header
     */
    public DataSheet expect(String... names) {
        List<String> problems = new ArrayList<>();
        for (String wanted : names) {
            int count = 0;
            for (int c = 0; c < header.length; c++) {
                if (headerKey(header[c]).equals(wanted) && ++count == 2) {
                    problems.add(where(0, c) + ": 見出し「" + wanted + "」が二つあります。一つにしてください"
                            + " / the header '" + wanted + "' appears twice");
                }
            }
            if (count == 0) {
                problems.add(file + " ＞ " + name + " ＞ 1行目: 見出し「" + wanted + "」の列がありません（列を消したり、見出しを"
                        + "書き換えたりしていないか確かめてください） / there is no column headed '" + wanted + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return this;
    }

    private String where(int rowIndex, int column) {
        return file + " ＞ " + name + " ＞ " + DataRow.columnLetters(column) + (rowIndex + 1);
    }

    /** The column index of a header, or -1 when the sheet has no such column. */
    int column(String headerName) {
        return columns.getOrDefault(headerName, -1);
    }

    /** Reads the named sheets of a workbook that are there (an xlsx, or the dump of one), by name. */
    public static Map<String, DataSheet> readPresent(String file, byte[] bytes, String... sheetNames) {
        return isDump(bytes) ? undump(file, bytes) : readXlsx(file, bytes, sheetNames);
    }

    /** Reads the named sheets of a workbook: an xlsx, or the dump of one. */
    public static List<DataSheet> read(String file, byte[] bytes, String... sheetNames) {
        return named(file, readPresent(file, bytes, sheetNames), sheetNames);
    }

    /** The named sheets, in order; refused naming the first that is missing. */
    public static List<DataSheet> named(String file, Map<String, DataSheet> sheets, String... sheetNames) {
        List<DataSheet> named = new ArrayList<>();
        for (String sheetName : sheetNames) {
            DataSheet sheet = sheets.get(sheetName);
            if (sheet == null) {
                throw new RulesDefinitionException(file + ": シート「" + sheetName + "」がありません"
                        + " / sheet '" + sheetName + "' is missing");
            }
            named.add(sheet);
        }
        return named;
    }

    /** Reads every sheet of an xlsx workbook and returns them in the dump form. */
    public static byte[] dump(String file, byte[] xlsx) {
        Map<String, DataSheet> sheets = readXlsx(file, xlsx, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(DUMP_MAGIC);
            out.writeInt(sheets.size());
            for (DataSheet sheet : sheets.values()) {
                out.writeUTF(sheet.name);
                out.writeInt(sheet.header.length);
                for (String text : sheet.header) {
                    out.writeUTF(text);
                }
                out.writeInt(sheet.rows.size());
                for (DataRow row : sheet.rows) {
                    out.writeInt(row.rowIndex);
                    out.writeInt(row.texts.length);
                    for (int c = 0; c < row.texts.length; c++) {
                        out.writeUTF(row.texts[c]);
                        out.writeUTF(row.dates[c] == null ? "" : row.dates[c].toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean isDump(byte[] bytes) {
        return bytes.length >= DUMP_MAGIC.length
                && Arrays.equals(bytes, 0, DUMP_MAGIC.length, DUMP_MAGIC, 0, DUMP_MAGIC.length);
    }

    private static Map<String, DataSheet> undump(String file, byte[] bytes) {
        Map<String, DataSheet> sheets = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.skipNBytes(DUMP_MAGIC.length);
            int sheetCount = in.readInt();
            for (int s = 0; s < sheetCount; s++) {
                String name = in.readUTF();
                String[] header = new String[in.readInt()];
                for (int c = 0; c < header.length; c++) {
                    header[c] = in.readUTF();
                }
                int rowCount = in.readInt();
                List<DataRow> rows = new ArrayList<>(rowCount);
                for (int r = 0; r < rowCount; r++) {
                    int rowIndex = in.readInt();
                    int cells = in.readInt();
                    String[] texts = new String[cells];
                    LocalDate[] dates = new LocalDate[cells];
                    for (int c = 0; c < cells; c++) {
                        texts[c] = in.readUTF();
                        String date = in.readUTF();
                        dates[c] = date.isEmpty() ? null : LocalDate.parse(date);
                    }
                    rows.add(new DataRow(null, rowIndex, texts, dates));
                }
                sheets.put(name, new DataSheet(file, name, header, rows));
            }
        } catch (IOException | RuntimeException e) {
            throw new RulesDefinitionException(file + ": 読み込めません / unreadable (" + e.getClass().getSimpleName() + ")");
        }
        return sheets;
    }

    /** The sheets of an xlsx workbook by name: the named ones, or all when {@code sheetNames} is null. */
    private static Map<String, DataSheet> readXlsx(String file, byte[] bytes, String[] sheetNames) {
        return ReadWorkbooks.read(file, "data sheets: " + (sheetNames == null ? "all" : String.join("\n", sheetNames)), bytes,
                () -> Collections.unmodifiableMap(readXlsxNow(file, bytes, sheetNames)));
    }

    private static Map<String, DataSheet> readXlsxNow(String file, byte[] bytes, String[] sheetNames) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Map<String, DataSheet> sheets = new LinkedHashMap<>();
            if (sheetNames == null) {
                for (Sheet sheet : workbook) {
                    sheets.put(sheet.getSheetName(), sheetOf(file, sheet));
                }
            } else {
                for (String sheetName : sheetNames) {
                    Sheet sheet = workbook.getSheet(sheetName);
                    if (sheet != null) {
                        sheets.put(sheetName, sheetOf(file, sheet));
                    }
                }
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesDefinitionException rde) {
                throw rde;
            }
            throw new RulesDefinitionException(file + ": xlsx 形式のブックとして読めません / not a readable xlsx workbook ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static DataSheet sheetOf(String file, Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Row headerRow = sheet.getRow(0);
        String[] header = headerRow == null ? new String[0] : DataRow.of(file, headerRow, formatter).texts;
        if (sheet.getLastRowNum() >= DecisionTable.MAX_ROWS) {
            throw new RulesDefinitionException(file + " ＞ " + sheet.getSheetName() + ": 行が多すぎます（" + (sheet.getLastRowNum() + 1)
                    + " 行、上限 " + DecisionTable.MAX_ROWS + " 行）。使っていない行を削除してください / too many rows (the limit is "
                    + DecisionTable.MAX_ROWS + ")");
        }
        List<DataRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isEmpty(row, formatter)) {
                break;
            }
            rows.add(DataRow.of(file, row, formatter));
        }
        return new DataSheet(file, sheet.getSheetName(), header, rows);
    }

    private static boolean isEmpty(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    public List<DataRow> rows() {
        return rows;
    }

    String name() {
        return name;
    }

    String file() {
        return file;
    }

    /**
     * One record of a data sheet: the text of each cell, and the date of each date cell. Cells are
     * asked for by their column's header name, never by position.
     */
    public static final class DataRow {

        private final DataSheet sheet;
        private final int rowIndex;
        private final String[] texts;
        private final LocalDate[] dates;

        private DataRow(DataSheet sheet, int rowIndex, String[] texts, LocalDate[] dates) {
            this.sheet = sheet;
            this.rowIndex = rowIndex;
            this.texts = texts;
            this.dates = dates;
        }

        static DataRow of(String file, Row row, DataFormatter formatter) {
            int cells = Math.max(0, row.getLastCellNum());
            if (cells > DecisionTable.MAX_COLUMNS) {
                throw new RulesDefinitionException(file + " ＞ " + row.getSheet().getSheetName() + " ＞ " + (row.getRowNum() + 1)
                        + "行目: 列が多すぎます（上限 " + DecisionTable.MAX_COLUMNS + " 列） / too many columns (the limit is "
                        + DecisionTable.MAX_COLUMNS + ")");
            }
            String[] texts = new String[cells];
            LocalDate[] dates = new LocalDate[cells];
            for (int c = 0; c < cells; c++) {
                Cell cell = row.getCell(c);
                texts[c] = cell == null ? "" : DecisionTable.text(cell, formatter).strip();
                if (texts[c].length() > DecisionTable.MAX_CELL_CHARS) {
                    throw new RulesDefinitionException(file + " ＞ " + row.getSheet().getSheetName() + " ＞ " + columnLetters(c) + (row.getRowNum() + 1)
                            + ": 文字数が多すぎます（" + texts[c].length() + " 字、上限 " + DecisionTable.MAX_CELL_CHARS
                            + " 字） / too long (the limit is " + DecisionTable.MAX_CELL_CHARS + " characters)");
                }
                if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    dates[c] = cell.getLocalDateTimeCellValue().toLocalDate();
                }
            }
            return new DataRow(null, row.getRowNum(), texts, dates);
        }

        /** Where a cell is, as staff see it: {@code catalogue.xlsx ＞ アクション一覧 ＞ B5}. */
        String where(String header) {
            return sheet.where(rowIndex, column(header));
        }

        private int column(String header) {
            int column = sheet.column(header);
            if (column < 0) {
                throw new RulesDefinitionException(sheet.file + " ＞ " + sheet.name + " ＞ 1行目: 見出し「" + header
                        + "」の列がありません / there is no column headed '" + header + "'");
            }
            return column;
        }

        /** A, B, … Z, AA, AB, …: the column as Excel names it. */
        static String columnLetters(int column) {
            StringBuilder letters = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString();
        }

        public RulesDefinitionException error(String header, String ja, String en) {
            return new RulesDefinitionException(where(header) + ": " + ja + " / " + en);
        }

        /** The text of the cell under this header, stripped; empty for an empty cell. */
        String text(String header) {
            int column = column(header);
            return column < texts.length ? texts[column] : "";
        }

        /**
         * A text in Japanese and English: the Japanese must be written; an English cell left empty shows the
         * Japanese text to an English reader, never an empty line.
         */
        public Text texts(String japanese, String english) {
            return TwoLanguages.text(required(japanese), text(english));
        }

        public String required(String label) {
            String text = text(label);
            if (text.isEmpty()) {
                throw error(label, "「" + label + "」が空です。値を入れてください", "'" + label + "' is empty");
            }
            return text;
        }

        int integer(String label) {
            String text = required(label);
            if (!text.matches("[0-9]{1,9}")) {
                throw error(label, "「" + label + "」は半角数字だけで書いてください（例: 1000。カンマや全角数字は使えません）: '"
                        + text + "'", "'" + label + "' must be a whole number in ASCII digits: '" + text + "'");
            }
            return Integer.parseInt(text);
        }

        public LocalDate date(String label) {
            int column = column(label);
            if (column < dates.length && dates[column] != null) {
                return dates[column];
            }
            String text = required(label);
            try {
                return LocalDate.parse(text.replace('/', '-'));
            } catch (DateTimeParseException e) {
                throw error(label, "「" + label + "」は日付（例: 2027-01-01）で書いてください: '" + text + "'",
                        "'" + label + "' must be a date such as 2027-01-01: '" + text + "'");
            }
        }
    }
}
