package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data cells of the decision tables' rows, by table and row: the texts, necessities, day counts
 * and flags that a fired rule stands for. Drools decides which rows apply; what a row says is read
 * here, from the sheet, by its column's header, so that no text a person wrote is ever compiled.
 * Immutable, shared by every evaluation of an engine.
 */
public final class RuleRows {

    /** {@code {期限（日数）}} in a text stands for that column's cell of the same row. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]{1,40})\\}");

    /** One row's data cells by header name. */
    public static final class Cells {

        static final Cells NONE = new Cells(Map.of());

        private final Map<String, String> byHeader;

        private Cells(Map<String, String> byHeader) {
            this.byHeader = byHeader;
        }

        /** The cell under this header, placeholders filled; empty when there is none. */
        public String text(String header) {
            String text = byHeader.getOrDefault(header, "");
            if (text.indexOf('{') < 0) {
                return text;
            }
            Matcher placeholder = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder(text.length());
            while (placeholder.find()) {
                String value = byHeader.get(placeholder.group(1));
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
            }
            placeholder.appendTail(filled);
            return filled.toString();
        }

        public Text text(String japanese, String english) {
            return Text.of(text(japanese), text(english));
        }

        public Necessity necessity() {
            return Vocabulary.necessity(text("必要性"));
        }

        public int days(String header) {
            String cell = text(header);
            return cell.isEmpty() ? 0 : Integer.parseInt(cell);
        }

        public boolean yes(String header) {
            return Vocabulary.yes(text(header));
        }
    }

    private final Map<String, Map<Integer, Cells>> tables;

    private RuleRows(Map<String, Map<Integer, Cells>> tables) {
        this.tables = tables;
    }

    /** The rows of these (checked) sheets. */
    public static RuleRows of(List<DecisionTable> sheets) {
        Map<String, Map<Integer, Cells>> tables = new HashMap<>();
        for (DecisionTable sheet : sheets) {
            for (DecisionTable.Table table : sheet.tables) {
                Map<Integer, Cells> rows = new HashMap<>();
                for (DecisionTable.DataRow row : table.rows()) {
                    Map<String, String> cells = new HashMap<>();
                    for (DecisionTable.Column column : table.columns()) {
                        if (column.kind() == DecisionTable.Kind.DATA) {
                            cells.put(column.name(), row.cell(column.index()));
                        }
                    }
                    // Rule names count rows from 1, as Excel does: 「期限_11」 is the row Excel calls 11.
                    rows.put(row.rowIndex() + 1, new Cells(Map.copyOf(cells)));
                }
                tables.put(table.name(), Map.copyOf(rows));
            }
        }
        return new RuleRows(Map.copyOf(tables));
    }

    /** The data cells of the row a rule comes from; none for a rule that is not a table row. */
    public Cells of(Match.TableRow row) {
        Map<Integer, Cells> table = tables.get(row.table());
        if (table == null) {
            return Cells.NONE;
        }
        return table.getOrDefault(row.row(), Cells.NONE);
    }
}
