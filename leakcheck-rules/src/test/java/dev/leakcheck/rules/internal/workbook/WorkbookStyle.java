package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.DecisionTable;
import dev.leakcheck.rules.internal.workbook.TableChecks;
import dev.leakcheck.model.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Dresses the bundled decision-table workbooks for the people who edit them (issue A5), from what the
 * engine checks, so that the two never disagree:
 * <ul>
 * <li>the program rows (1–10) are locked by sheet protection without a password; the rule rows are not;
 * <li>every column with a list of allowed words gets a dropdown of them, and the sheet
 * {@value #VALUES_SHEET} lists each word with its meaning in Japanese and English; day counts and
 * other whole numbers get whole-number validation;
 * <li>the key columns (the first condition and the row's code) stay in view: the code column is moved
 * next to the first column and the panes are frozen right of it and below the labels;
 * <li>a table prints on A4 landscape at a legible scale, repeating the labels and the key columns;
 * <li>one statement of which rows are program rows, in the red note, the cell comments and 使い方.
 * </ul>
 * Run it after any change to a workbook's columns or to a vocabulary (enum, catalogue), then
 * regenerate the tables as text:
 * <pre>mvn -B -pl leakcheck-rules -am process-test-classes -Pworkbook-style</pre>
 * It is idempotent. {@code BundledWorkbookStyleTest} fails when a bundled workbook is not dressed.
 */
public final class WorkbookStyle {

    /** The sheet listing every allowed word with its meaning. */
    static final String VALUES_SHEET = "入力できる値";
    /** The one statement of which rows are program rows, everywhere it is made. */
    static final String STATEMENT_JA = "1～10行目はプログラムの行です（シートの保護で鍵がかかっています。パスワードはありません）。"
            + "規則を書くのは11行目から下です。";
    static final String STATEMENT_EN = "Rows 1–10 are program rows (locked by sheet protection, without a password). "
            + "Rules are written from row 11 down.";
    /** Rows that take a dropdown or a number check below the last rule: room for new rules. */
    static final int ROOM = 300;
    /** Words a dropdown leaves out: the English spellings the engine also accepts. */
    private static final Set<String> ENGLISH_ALIASES = Set.of("YES", "NO", "REQUIRED", "AS_NEEDED");
    private static final Map<String, Text> WORD_MEANINGS = Map.of(
            "はい", Text.of("当てはまる", "yes: applies"),
            "いいえ", Text.of("当てはまらない", "no: does not apply"),
            "必須", Text.of("必ず行う", "required"),
            "必要に応じて", Text.of("状況に応じて行う", "as needed"));

    private WorkbookStyle() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/dev/leakcheck/rules");
        Catalogue catalogue = Catalogue.read(Files.readAllBytes(dir.resolve(Catalogue.FILE)));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xlsx")
                    && !f.getFileName().toString().endsWith(".drl.xlsx")).sorted().toList()) {
                Files.write(file, normalised(Files.readAllBytes(file)));
                System.out.println("normalised " + file.getFileName());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl.xlsx")).sorted().toList()) {
                byte[] before = Files.readAllBytes(file);
                byte[] after = style(file.getFileName().toString(), before, catalogue);
                Files.write(file, after);
                System.out.println("styled " + file.getFileName());
            }
        }
    }

    /** A data workbook (catalogue, calendar) with shared strings only: nothing else changes. */
    static byte[] normalised(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            sharedStrings(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook, dressed. */
    static byte[] style(String name, byte[] xlsx, Catalogue catalogue) throws IOException {
        byte[] moved = keyColumnsFirst(name, xlsx);
        DecisionTable parsed = DecisionTable.read(name, moved);
        DecisionTable.Table table = parsed.tables.get(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(moved))) {
            sharedStrings(workbook);
            XSSFSheet sheet = workbook.getSheetAt(0);
            int labelRow = table.nameRow() + 4;
            int first = table.columns().get(0).index();
            int last = table.columns().get(table.columns().size() - 1).index();
            int lastRule = table.rows().isEmpty() ? labelRow : table.rows().get(table.rows().size() - 1).rowIndex();
            protect(workbook, sheet, labelRow, first, last);
            validations(workbook, sheet, table, labelRow + 1, lastRule + ROOM, catalogue);
            sheet.createFreezePane(first + 2, labelRow + 1);
            print(workbook, sheet, labelRow, first, last, lastRule);
            statement(workbook, sheet, parsed, labelRow);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Turns inline strings (as the workbooks' first generator wrote them) into shared strings: POI's
     * {@code setCellValue} on an inline-string cell keeps the old text, so every later edit by a program
     * would silently do nothing.
     */
    private static void sharedStrings(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    CTCell ct = ((XSSFCell) cell).getCTCell();
                    if (ct.getT() == STCellType.INLINE_STR) {
                        String text = cell.getStringCellValue();
                        if (ct.isSetIs()) {
                            ct.unsetIs();
                        }
                        if (ct.isSetV()) {
                            ct.unsetV();
                        }
                        ct.unsetT();
                        cell.setCellValue(text);
                    }
                }
            }
        }
    }

    /** Moves the code column (the action, trigger or dated actions of the row) next to the first column. */
    static byte[] keyColumnsFirst(String name, byte[] xlsx) throws IOException {
        DecisionTable.Table table = DecisionTable.read(name, xlsx).tables.get(0);
        int first = table.columns().get(0).index();
        int code = table.columns().stream()
                .filter(c -> c.kind() == DecisionTable.Kind.CODE && !c.keyword().equals("CONDITION"))
                .findFirst().orElseThrow().index();
        if (code <= first + 1) {
            return xlsx;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = table.nameRow() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    moveCell(row, code, first + 1);
                }
            }
            int width = sheet.getColumnWidth(code);
            for (int c = code; c > first + 1; c--) {
                sheet.setColumnWidth(c, sheet.getColumnWidth(c - 1));
            }
            sheet.setColumnWidth(first + 1, width);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Moves one cell of a row from column {@code from} to {@code to} (to &lt; from), shifting the others right. */
    private static void moveCell(Row row, int from, int to) {
        List<CellContent> contents = new ArrayList<>();
        for (int c = to; c <= from; c++) {
            contents.add(CellContent.take(row, c));
        }
        contents.add(0, contents.remove(contents.size() - 1));
        for (int i = 0; i < contents.size(); i++) {
            contents.get(i).put(row, to + i);
        }
    }

    /** A cell's value, style and comment, lifted out of the row. */
    private record CellContent(Object value, CellStyle style, String comment) {

        static CellContent take(Row row, int column) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                return new CellContent(null, null, null);
            }
            Object value = switch (cell.getCellType()) {
                case NUMERIC -> cell.getNumericCellValue();
                case BOOLEAN -> cell.getBooleanCellValue();
                case STRING -> cell.getStringCellValue();
                case FORMULA -> throw new IllegalStateException(cell.getAddress() + ": a formula in a rule table");
                default -> null;
            };
            String comment = cell.getCellComment() == null ? null : cell.getCellComment().getString().getString();
            if (cell.getCellComment() != null) {
                cell.removeCellComment();
            }
            CellContent content = new CellContent(value, cell.getCellStyle(), comment);
            row.removeCell(cell);
            return content;
        }

        void put(Row row, int column) {
            if (value == null && style == null) {
                return;
            }
            Cell cell = row.createCell(column);
            if (style != null) {
                cell.setCellStyle(style);
            }
            if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Double d) {
                cell.setCellValue(d);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            }
            if (comment != null) {
                WorkbookStyle.comment(row.getSheet(), cell, comment);
            }
        }
    }

    /**
     * Locks rows 1–10 (every cell, empty ones too) and leaves every column of the table open below them:
     * sheet protection without a password, allowing rows to be inserted and deleted and columns to be
     * widened, so that Excel and LibreOffice refuse only an edit of the program rows.
     */
    private static void protect(XSSFWorkbook workbook, XSSFSheet sheet, int labelRow, int first, int last) {
        Map<Integer, CellStyle> locked = new HashMap<>();
        Map<Integer, CellStyle> open = new HashMap<>();
        for (int c = 0; c <= last + 1; c++) {
            CellStyle column = sheet.getColumnStyle(c);
            boolean table = c >= first && c <= last;
            sheet.setDefaultColumnStyle(c, variant(workbook, column == null ? workbook.getCellStyleAt(0) : column,
                    !table, table ? open : locked));
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            boolean program = r <= labelRow;
            if (row == null) {
                if (!program) {
                    continue;
                }
                row = sheet.createRow(r);
            }
            for (int c = 0; c <= last + 1; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    if (!program) {
                        continue;
                    }
                    cell = row.createCell(c);
                }
                boolean lock = program || c < first || c > last;
                cell.setCellStyle(variant(workbook, cell.getCellStyle(), lock, lock ? locked : open));
            }
        }
        sheet.lockFormatCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockInsertColumns(true);
        sheet.lockDeleteColumns(true);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(true);
        sheet.lockObjects(true);
        sheet.enableLocking();
    }

    /** The style, locked or not, made once per original style. */
    private static CellStyle variant(XSSFWorkbook workbook, CellStyle style, boolean lock, Map<Integer, CellStyle> made) {
        if (style.getLocked() == lock) {
            return style;
        }
        return made.computeIfAbsent((int) style.getIndex(), index -> {
            for (int i = 0; i < workbook.getNumCellStyles(); i++) {
                CellStyle candidate = workbook.getCellStyleAt(i);
                if (candidate.getLocked() == lock && sameLook(candidate, style)) {
                    return candidate;
                }
            }
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setLocked(lock);
            return copy;
        });
    }

    private static boolean sameLook(CellStyle a, CellStyle b) {
        return a.getFontIndex() == b.getFontIndex() && a.getFillForegroundColor() == b.getFillForegroundColor()
                && a.getFillPattern() == b.getFillPattern() && a.getWrapText() == b.getWrapText()
                && a.getAlignment() == b.getAlignment() && a.getVerticalAlignment() == b.getVerticalAlignment()
                && a.getBorderBottom() == b.getBorderBottom() && a.getBorderTop() == b.getBorderTop()
                && a.getBorderLeft() == b.getBorderLeft() && a.getBorderRight() == b.getBorderRight()
                && a.getDataFormat() == b.getDataFormat() && a.getRotation() == b.getRotation()
                && a.getIndention() == b.getIndention() && a.getHidden() == b.getHidden();
    }

    /**
     * A dropdown for every column with a list of words (its meanings on the sheet {@value #VALUES_SHEET}),
     * whole-number validation for numbers. A condition cell may hold several codes separated by commas,
     * which no dropdown can offer: a word not on the list is a warning there, not a refusal, and the
     * engine's checks decide.
     */
    private static void validations(XSSFWorkbook workbook, XSSFSheet sheet, DecisionTable.Table table, int firstRow,
            int lastRow, Catalogue catalogue) {
        if (sheet.getCTWorksheet().isSetDataValidations()) {
            sheet.getCTWorksheet().unsetDataValidations();
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<Integer, String> listOfColumn = new LinkedHashMap<>();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (DecisionTable.Column column : table.columns()) {
            TableChecks.Allowed allowed = TableChecks.allowed(column, catalogue);
            CellRangeAddressList cells = new CellRangeAddressList(firstRow, lastRow, column.index(), column.index());
            if (allowed.wholeNumber()) {
                DataValidation number = helper.createValidation(helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "0", "9999"), cells);
                number.setErrorStyle(DataValidation.ErrorStyle.STOP);
                number.setShowErrorBox(true);
                number.createErrorBox("半角の整数 / whole number", "「" + column.name()
                        + "」には 0 から 9999 までの整数を半角で書きます / write a whole number from 0 to 9999");
                number.setShowPromptBox(true);
                number.createPromptBox(shortTitle(column.name()), "半角の整数（日数など） / a whole number");
                sheet.addValidationData(number);
            } else if (allowed.words().isPresent()) {
                List<String> words = allowed.words().get().stream().filter(w -> !ENGLISH_ALIASES.contains(w)).toList();
                String key = String.join(",", words);
                lists.putIfAbsent(key, words);
                listOfColumn.put(column.index(), key);
                int listIndex = new ArrayList<>(lists.keySet()).indexOf(key);
                String columnLetter = CellReference.convertNumToColString(listIndex * 4);
                String range = "'" + VALUES_SHEET + "'!$" + columnLetter + "$3:$" + columnLetter + "$" + (2 + words.size());
                DataValidation list = helper.createValidation(helper.createFormulaListConstraint(range), cells);
                boolean condition = column.kind() == DecisionTable.Kind.CONDITION;
                list.setErrorStyle(condition ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
                list.setShowErrorBox(true);
                list.createErrorBox("一覧にない値 / not on the list", condition
                        ? "一覧にない値です。複数のコードは「,」で区切って書けます（例: TRAIN, STORE）。誤った値は読み込むときに誤りとして示されます"
                                + " / not on the list. Several codes may be separated by commas; a wrong code is refused when the workbook is loaded"
                        : "一覧の値から選んでください（意味は「" + VALUES_SHEET + "」シート） / choose a value from the list");
                list.setShowPromptBox(true);
                list.createPromptBox(shortTitle(column.name()), "一覧から選びます。意味は「" + VALUES_SHEET + "」シートにあります / "
                        + "choose from the list; the meanings are on the sheet " + VALUES_SHEET);
                list.setSuppressDropDownArrow(false);
                sheet.addValidationData(list);
            }
        }
        valuesSheet(workbook, table, lists, listOfColumn, catalogue);
    }

    /** A prompt box title holds at most 32 characters. */
    private static String shortTitle(String name) {
        return name.length() <= 32 ? name : name.substring(0, 31) + "…";
    }

    /** The sheet of allowed words: one block of three columns (value, Japanese, English) per list. */
    private static void valuesSheet(XSSFWorkbook workbook, DecisionTable.Table table, Map<String, List<String>> lists,
            Map<Integer, String> listOfColumn, Catalogue catalogue) {
        int existing = workbook.getSheetIndex(VALUES_SHEET);
        if (existing >= 0) {
            workbook.removeSheetAt(existing);
        }
        XSSFSheet values = workbook.createSheet(VALUES_SHEET);
        workbook.setSheetOrder(VALUES_SHEET, 1);
        CellStyle heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        heading.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        List<String> keys = new ArrayList<>(lists.keySet());
        Row titles = values.createRow(0);
        Row headers = values.createRow(1);
        for (int i = 0; i < keys.size(); i++) {
            int column = i * 4;
            String key = keys.get(i);
            List<String> usedBy = new ArrayList<>();
            listOfColumn.forEach((index, list) -> {
                if (list.equals(key)) {
                    table.columns().stream().filter(c -> c.index() == index).findFirst()
                            .ifPresent(c -> usedBy.add(c.name()));
                }
            });
            Cell title = titles.createCell(column);
            title.setCellValue(String.join("・", usedBy));
            title.setCellStyle(heading);
            String[] names = {"値\nValue", "意味（日本語）\nMeaning (Japanese)", "意味（英語）\nMeaning (English)"};
            for (int k = 0; k < 3; k++) {
                Cell header = headers.createCell(column + k);
                header.setCellValue(names[k]);
                header.setCellStyle(heading);
            }
            List<String> words = lists.get(key);
            for (int w = 0; w < words.size(); w++) {
                Row row = values.getRow(2 + w) == null ? values.createRow(2 + w) : values.getRow(2 + w);
                Text meaning = meaning(words.get(w), catalogue);
                row.createCell(column).setCellValue(words.get(w));
                row.createCell(column + 1).setCellValue(meaning.ja());
                row.createCell(column + 2).setCellValue(meaning.en());
            }
            values.setColumnWidth(column, 36 * 256);
            values.setColumnWidth(column + 1, 40 * 256);
            values.setColumnWidth(column + 2, 40 * 256);
            values.setColumnWidth(column + 3, 3 * 256);
        }
        values.createFreezePane(0, 2);
        values.enableLocking();
        values.getPrintSetup().setLandscape(true);
        values.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    }

    private static Text meaning(String word, Catalogue catalogue) {
        if (WORD_MEANINGS.containsKey(word)) {
            return WORD_MEANINGS.get(word);
        }
        return catalogue.action(word).map(Catalogue.ActionEntry::title).orElseGet(() -> catalogue.valueLabel(word));
    }

    /**
     * A4 landscape at 70 %: about 9 pt for the 11-pt cells, where fitting 20 columns on one page width
     * shrank them to 3–4 pt. Pages run across; each repeats the labels and the key columns.
     */
    private static void print(XSSFWorkbook workbook, XSSFSheet sheet, int labelRow, int first, int last, int lastRule) {
        sheet.setFitToPage(false);
        sheet.setAutobreaks(false);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setScale((short) 70);
        setup.setFitWidth((short) 0);
        setup.setFitHeight((short) 0);
        sheet.setPrintGridlines(true);
        sheet.setRepeatingRows(new CellRangeAddress(labelRow, labelRow, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, first, first + 1));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), first, last, labelRow, lastRule);
        sheet.getFooter().setCenter("&P / &N");
        sheet.getHeader().setLeft("&F ＞ &A");
    }

    /** The statement of which rows are program rows: in the red note (Notes, row 4), the comments and 使い方. */
    private static void statement(XSSFWorkbook workbook, XSSFSheet sheet, DecisionTable parsed, int labelRow) {
        String statement = STATEMENT_JA + " / " + STATEMENT_EN;
        for (DecisionTable.CodeRow row : parsed.codeRows) {
            Row cells = sheet.getRow(row.rowIndex());
            Cell keyword = cells == null ? null : cells.getCell(1);
            Cell note = cells == null ? null : cells.getCell(2);
            if (keyword == null || note == null || !keyword.toString().strip().equalsIgnoreCase("notes")) {
                continue;
            }
            String text = note.getStringCellValue()
                    .replace("　6～10行目はプログラムのコードです（変更しないでください / do not edit）。", "")
                    .replace("　規則は11行目から始まります。", "")
                    .replace("　" + statement, "");
            int at = text.indexOf("　セルの書き方");
            note.setCellValue(at < 0 ? text + "　" + statement
                    : text.substring(0, at) + "　" + statement + text.substring(at));
            Font current = workbook.getFontAt(note.getCellStyle().getFontIndex());
            if (current.getBold() && current.getColor() == IndexedColors.RED.getIndex()) {
                continue;
            }
            CellStyle red = workbook.createCellStyle();
            red.cloneStyleFrom(note.getCellStyle());
            Font font = workbook.createFont();
            font.setBold(true);
            font.setColor(IndexedColors.RED.getIndex());
            red.setFont(font);
            red.setLocked(true);
            red.setWrapText(false);
            note.setCellStyle(red);
        }
        for (int r = 0; r <= labelRow; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(1);
            if (cell != null && cell.getCellComment() != null) {
                cell.removeCellComment();
            }
        }
        comment(sheet, sheet.getRow(0).getCell(1), STATEMENT_JA + "\n" + STATEMENT_EN);
        comment(sheet, sheet.getRow(labelRow).getCell(1), STATEMENT_JA + "\n" + STATEMENT_EN);
        int howTo = workbook.getSheetIndex("使い方");
        if (howTo >= 0) {
            Sheet guide = workbook.getSheetAt(howTo);
            for (Row row : guide) {
                for (Cell cell : row) {
                    if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (text.startsWith("・11行目から下の行") || text.startsWith("・1～10行目")) {
                        cell.setCellValue("・" + STATEMENT_JA + "1行が1つの規則です。");
                    } else if (text.startsWith("・Edit only the rows from row 11") || text.startsWith("・Rows 1–10")) {
                        cell.setCellValue("・" + STATEMENT_EN + " One row is one rule.");
                    }
                }
            }
        }
    }

    private static void comment(Sheet sheet, Cell cell, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        comment.setAuthor("leakcheck");
        comment.setAddress(new CellAddress(cell));
        cell.setCellComment(comment);
    }
}
