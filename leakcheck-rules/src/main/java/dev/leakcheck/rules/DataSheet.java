package dev.leakcheck.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A plain data sheet of a workbook (a header in row 1, one record per row after it, ending at the
 * first empty row), read so that every mistake is reported with its file, sheet and cell, in
 * words business staff understand.
 */
final class DataSheet {

    private final String file;
    private final String name;
    private final List<DataRow> rows;

    private DataSheet(String file, String name, List<DataRow> rows) {
        this.file = file;
        this.name = name;
        this.rows = rows;
    }

    /** Reads the named sheets of a workbook. */
    static List<DataSheet> read(String file, byte[] bytes, String... sheetNames) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<DataSheet> sheets = new ArrayList<>();
            for (String sheetName : sheetNames) {
                Sheet sheet = workbook.getSheet(sheetName);
                if (sheet == null) {
                    throw new RulesDefinitionException(file + ": シート「" + sheetName + "」がありません"
                            + " / sheet '" + sheetName + "' is missing");
                }
                sheets.add(new DataSheet(file, sheetName, rowsOf(file, sheet)));
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

    private static List<DataRow> rowsOf(String file, Sheet sheet) {
        List<DataRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isEmpty(row)) {
                break;
            }
            rows.add(new DataRow(file, sheet.getSheetName(), row));
        }
        return rows;
    }

    private static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !DataRow.FORMATTER.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    List<DataRow> rows() {
        return rows;
    }

    String name() {
        return name;
    }

    String file() {
        return file;
    }

    /** One record of a data sheet. */
    static final class DataRow {

        static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

        private final String file;
        private final String sheet;
        private final Row row;

        DataRow(String file, String sheet, Row row) {
            this.file = file;
            this.sheet = sheet;
            this.row = row;
        }

        /** Where a cell is, as staff see it: {@code catalogue.xlsx ＞ アクション一覧 ＞ B5}. */
        String where(int column) {
            return file + " ＞ " + sheet + " ＞ " + new CellReference(row.getRowNum(), column).formatAsString(false);
        }

        RulesDefinitionException error(int column, String ja, String en) {
            return new RulesDefinitionException(where(column) + ": " + ja + " / " + en);
        }

        /** The cell's text, stripped; empty for an empty cell. */
        String text(int column) {
            Cell cell = row.getCell(column);
            return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
        }

        String required(int column, String label) {
            String text = text(column);
            if (text.isEmpty()) {
                throw error(column, "「" + label + "」が空です。値を入れてください", "'" + label + "' is empty");
            }
            return text;
        }

        int integer(int column, String label) {
            String text = required(column, label);
            if (!text.matches("[0-9]+")) {
                throw error(column, "「" + label + "」は半角数字だけで書いてください（例: 1000。カンマや全角数字は使えません）: '"
                        + text + "'", "'" + label + "' must be a whole number in ASCII digits: '" + text + "'");
            }
            return Integer.parseInt(text);
        }

        LocalDate date(int column, String label) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String text = required(column, label);
            try {
                return LocalDate.parse(text.replace('/', '-'));
            } catch (DateTimeParseException e) {
                throw error(column, "「" + label + "」は日付（例: 2027-01-01）で書いてください: '" + text + "'",
                        "'" + label + "' must be a date such as 2027-01-01: '" + text + "'");
            }
        }
    }
}
