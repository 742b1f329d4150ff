package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.workbook.RuleSources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Edits copies of the bundled workbooks, as a member of staff would in Excel. Shared with the
 * command-line tests through this module's test jar.
 */
public final class EditedWorkbooks {

    private static final org.apache.poi.ss.usermodel.DataFormatter TEXT =
            new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);

    private EditedWorkbooks() {
    }

    /** Writes an edited copy of a bundled workbook into {@code directory}. */
    public static Path edit(Path directory, String name, Consumer<Sheet> change) {
        return editWorkbook(directory, name, workbook -> change.accept(workbook.getSheetAt(0)));
    }

    /** Writes an edited copy of a bundled workbook into {@code directory}, changing any of its sheets. */
    public static Path editWorkbook(Path directory, String name, Consumer<Workbook> change) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(RuleSources.bundled().file(name)))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Path file = directory.resolve(name);
            Files.write(file, out.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an edited copy of a bundled workbook into {@code directory}, changing the sheet of that name. */
    public static Path edit(Path directory, String name, String sheet, Consumer<Sheet> change) {
        return edit(directory, name, first -> change.accept(first.getWorkbook().getSheet(sheet)));
    }

    /** The row whose cells include {@code text}. */
    public static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (text.equals(TEXT.formatCellValue(cell).strip())) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    /** The column whose snippet (the code row) contains {@code code}. */
    public static int columnOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (TEXT.formatCellValue(cell).contains(code)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no snippet with " + code);
    }

    /** The column whose label (the header row of the table, its first line) is {@code name}. */
    public static int columnHeaded(Sheet sheet, String name) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = TEXT.formatCellValue(cell);
                int newline = text.indexOf('\n');
                if ((newline < 0 ? text : text.substring(0, newline)).strip().equals(name)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column headed " + name);
    }

    public static void set(Row row, int column, String value) {
        fresh(row, column).setCellValue(value);
    }

    public static void set(Row row, int column, double value) {
        fresh(row, column).setCellValue(value);
    }

    /** A number shown in an Excel format of the person's choosing: {@code 0.0} shows 4 as 4.0. */
    public static void set(Row row, int column, double value, String format) {
        Cell cell = fresh(row, column);
        cell.setCellValue(value);
        Workbook workbook = row.getSheet().getWorkbook();
        org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
    }

    /**
     * A new cell in place of the old one, as Excel writes it on save. POI cannot overwrite the
     * inline strings openpyxl writes: the new value would be stored beside the old and not read.
     */
    private static Cell fresh(Row row, int column) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        return row.createCell(column);
    }

    /** A new data row right after the last one, copying nothing. */
    public static Row appendRow(Sheet sheet) {
        int last = sheet.getLastRowNum();
        while (last > 0 && isEmpty(sheet.getRow(last))) {
            last--;
        }
        return sheet.createRow(last + 1);
    }

    private static boolean isEmpty(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (!TEXT.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
