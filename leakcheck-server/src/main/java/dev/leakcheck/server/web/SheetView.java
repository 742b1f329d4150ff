package dev.leakcheck.server.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A rendered copy of an uploaded sheet, to show a problem on its cell: the rows around the cell as text
 * (formulas are not evaluated; the check refuses them anyway). Only workbooks the check could read are rendered:
 * a problem names a cell only after the guards (size, zip bomb, XXE) let the workbook through.
 *
 * @param file   the workbook
 * @param sheet  the sheet
 * @param cell   the problem's cell, such as {@code B3}
 * @param text   the problem
 * @param first  the number (1-based) of the first row shown
 * @param header the column letters
 * @param rows   the cells' text, row by row
 * @param row    the problem's row index in {@code rows}, -1 when outside
 * @param column the problem's column index, -1 when outside
 */
record SheetView(String file, String sheet, String cell, String text, int first, List<String> header,
                 List<List<String>> rows, int row, int column) {

    private static final int AROUND = 6;
    private static final int MAX_COLUMNS = 16;

    /**
     * Renders the rows around a problem's cell, or nothing when the sheet cannot be read.
     *
     * @param bytes the workbook's bytes
     * @param sheetName the sheet
     * @param cellName  the cell
     * @param text      the problem
     * @param file      the workbook's name
     * @return the view, or {@code null}
     */
    static SheetView of(byte[] bytes, String file, String sheetName, String cellName, String text) {
        CellReference target = new CellReference(cellName);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                return null;
            }
            DataFormatter format = new DataFormatter();
            int firstRow = Math.max(0, target.getRow() - AROUND);
            int lastRow = target.getRow() + AROUND;
            int columns = Math.min(MAX_COLUMNS, Math.max(target.getCol() + 2, width(sheet, firstRow, lastRow)));
            List<String> header = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                header.add(CellReference.convertNumToColString(c));
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = firstRow; r <= lastRow; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    String value = cell == null ? "" : format.formatCellValue(cell);
                    cells.add(value.length() > 80 ? value.substring(0, 80) + "…" : value);
                }
                rows.add(cells);
            }
            return new SheetView(file, sheetName, cellName, text, firstRow + 1, header, rows,
                    target.getRow() - firstRow, target.getCol());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int width(Sheet sheet, int firstRow, int lastRow) {
        int width = 0;
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, row.getLastCellNum());
            }
        }
        return width;
    }
}
