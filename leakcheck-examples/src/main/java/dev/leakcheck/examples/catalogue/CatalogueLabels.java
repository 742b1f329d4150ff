package dev.leakcheck.examples.catalogue;

import dev.leakcheck.model.Text;
import dev.leakcheck.rules.LeakcheckEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The labels people read for codes and fields, from the rules' own {@code catalogue.xlsx}: sheet
 * 選択肢 (a value code such as {@code EMAIL} → メール誤送信（宛先ミス）) and sheet 項目名 (a field such
 * as {@code assets[].personal.persons} → 本人の数).
 *
 * <p>The engine reads the same sheets but keeps them to itself (its catalogue is not public API,
 * and leakcheck-rules is not to change for the command-line tool), so the tool reads the bundled
 * workbook the engine of {@link LeakcheckEngine#bundled()} is built from: business staff keep one
 * list of labels, and the interview and the report show what the plan's own texts show. A code
 * without a label is shown as the code; labels are for reading, never for deciding.
 */
public final class CatalogueLabels {

    /** The bundled workbook, next to the engine's classes (as RuleSources finds it). */
    static final String RESOURCE = "catalogue.xlsx";
    static final String VALUES_SHEET = "選択肢";
    static final String FIELDS_SHEET = "項目名";

    private static final String EVERY_ASSET = "assets[]";

    private final Map<String, Text> values;
    private final Map<String, Text> fields;

    private CatalogueLabels(Map<String, Text> values, Map<String, Text> fields) {
        this.values = Map.copyOf(values);
        this.fields = Map.copyOf(fields);
    }

    /** The labels of the catalogue bundled with the engine; read once per JVM. */
    public static CatalogueLabels bundled() {
        return Bundled.LABELS;
    }

    /** Labels given directly, for tests and for callers with a catalogue of their own. */
    public static CatalogueLabels of(Map<String, Text> values, Map<String, Text> fields) {
        return new CatalogueLabels(values, fields);
    }

    /** The label of a value code, or the code itself when the catalogue has none. */
    public Text value(String code) {
        return values.getOrDefault(code, Text.of(code, code));
    }

    /** The label of an enum constant of the model ({@code Channel.EMAIL}, {@code PpcTrigger.…}). */
    public Text value(Enum<?> constant) {
        return value(constant.name());
    }

    /** Whether the catalogue has a label of its own for the code. */
    public boolean hasValue(String code) {
        return values.containsKey(code);
    }

    /**
     * The label of a field path ({@code assets[2].personal.persons} is looked up as
     * {@code assets[].personal.persons}), when the catalogue has one.
     */
    public Optional<Text> field(String path) {
        return Optional.ofNullable(fields.get(template(path)));
    }

    /** {@code assets[2].personal.persons} → {@code assets[].personal.persons}. */
    static String template(String path) {
        return path.replaceFirst("^assets\\[\\d+\\]", EVERY_ASSET);
    }

    private static final class Bundled {
        static final CatalogueLabels LABELS = read();

        private static CatalogueLabels read() {
            try (InputStream in = LeakcheckEngine.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return new CatalogueLabels(Map.of(), Map.of());
                }
                try (Workbook workbook = WorkbookFactory.create(in)) {
                    return new CatalogueLabels(sheet(workbook, VALUES_SHEET), sheet(workbook, FIELDS_SHEET));
                }
            } catch (IOException | RuntimeException e) {
                // The engine reads the same workbook and reports its mistakes by cell; here the
                // codes are shown as they are rather than failing the interview over a label.
                return new CatalogueLabels(Map.of(), Map.of());
            }
        }
    }

    /** Key in column A, Japanese in B, English in C; the header is row 1, the data ends at the first empty row. */
    static Map<String, Text> sheet(Workbook workbook, String name) {
        Map<String, Text> labels = new LinkedHashMap<>();
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            return labels;
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String key = text(formatter, row, 0);
            if (key.isEmpty()) {
                break;
            }
            String ja = text(formatter, row, 1);
            if (!ja.isEmpty()) {
                labels.put(key, Text.of(ja, text(formatter, row, 2)));
            }
        }
        return labels;
    }

    private static String text(DataFormatter formatter, Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
