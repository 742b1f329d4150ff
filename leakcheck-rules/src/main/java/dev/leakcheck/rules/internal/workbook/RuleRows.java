package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.model.IncidentType;
import dev.leakcheck.rules.internal.drools.Match;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.model.Necessity;
import dev.leakcheck.model.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

        /** The cells by header, placeholders filled once: every evaluation reads them, none changes them. */
        private final Map<String, String> byHeader;

        private Cells(Map<String, String> cells) {
            Map<String, String> filled = new HashMap<>();
            // Interned, as the literal headers the engine asks for are: a lookup then meets its key by identity.
            cells.forEach((header, text) -> filled.put(header.intern(), filled(text, cells)));
            this.byHeader = Map.copyOf(filled);
        }

        /** The cell under this header, placeholders filled; empty when there is none. */
        public String text(String header) {
            return byHeader.getOrDefault(header, "");
        }

        /**
         * How long a cell's text is with its placeholders filled, without filling them: the table check
         * refuses a cell that would grow past the limit of a cell (issue A: bounded memory).
         */
        static int filledLength(String text, Map<String, String> cells) {
            if (text.indexOf('{') < 0) {
                return text.length();
            }
            long length = text.length();
            Matcher placeholder = PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                String value = cells.get(placeholder.group(1));
                if (value != null) {
                    length += value.length() - (placeholder.end() - placeholder.start());
                }
            }
            return (int) Math.min(length, Integer.MAX_VALUE);
        }

        /** A cell's text with each {@code {header}} replaced by that column's cell of the row, as written. */
        private static String filled(String text, Map<String, String> cells) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            Matcher placeholder = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder(text.length());
            while (placeholder.find()) {
                String value = cells.get(placeholder.group(1));
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
            }
            placeholder.appendTail(filled);
            return filled.toString();
        }

        /** A text in both languages ({@link TwoLanguages}: one language only is shown to both readers). */
        public Text text(String japanese, String english) {
            return TwoLanguages.text(text(japanese), text(english));
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

    /**
     * The one condition whose outcome is known before an incident is seen: the incident's type is
     * always known, so a row that names types in this column can fire only for those types.
     */
    public static final String TYPE_CONDITION = "Fact(topic == \"type\", admits(\"$param\"))";

    private final Map<String, Map<Integer, Cells>> tables;
    /** Where each rule of these tables comes from, by the name Drools gives it: read once per engine. */
    private final Map<String, Match.TableRow> byRule;
    /** The types a rule can fire for, by rule name, for the rows whose type cell names some. */
    private final Map<String, Set<String>> typesByRule;

    private RuleRows(Map<String, Map<Integer, Cells>> tables, Map<String, Match.TableRow> byRule,
            Map<String, Set<String>> typesByRule) {
        this.tables = tables;
        this.byRule = byRule;
        this.typesByRule = typesByRule;
    }

    /** The rows of these (checked) sheets. */
    public static RuleRows of(List<DecisionTable> sheets) {
        Map<String, Map<Integer, Cells>> tables = new HashMap<>();
        Map<String, Match.TableRow> byRule = new HashMap<>();
        Map<String, Set<String>> typesByRule = new HashMap<>();
        for (DecisionTable sheet : sheets) {
            for (DecisionTable.Table table : sheet.tables) {
                Map<Integer, Cells> rows = new HashMap<>();
                for (DecisionTable.DataRow row : table.rows()) {
                    // Rule names count rows from 1, as Excel does: 「期限_11」 is the row Excel calls 11.
                    rows.put(row.rowIndex() + 1, new Cells(table.dataCells(row)));
                    // The rows of a table share one name instance, so that comparing two rows of one table is cheap.
                    Match.TableRow where = new Match.TableRow(table.name(), row.rowIndex() + 1);
                    byRule.put(table.name() + "_" + where.row(), where);
                    for (DecisionTable.Column column : table.columns()) {
                        String cell = row.cell(column.index());
                        if (column.kind() == DecisionTable.Kind.CONDITION && column.snippet().strip().equals(TYPE_CONDITION)
                                && !cell.isEmpty()) {
                            typesByRule.merge(table.name() + "_" + where.row(), Fact.cellValues(cell), (a, b) ->
                                    a.stream().filter(b::contains).collect(Collectors.toUnmodifiableSet()));
                        }
                    }
                }
                tables.put(table.name(), Map.copyOf(rows));
            }
        }
        return new RuleRows(Map.copyOf(tables), Map.copyOf(byRule), Map.copyOf(typesByRule));
    }

    /**
     * Whether a rule can fire for an incident of this type: no unless its row's type cell names the
     * type; yes for a row without a type cell and for a rule that is not a row of these tables.
     */
    public boolean canFire(String rule, IncidentType type) {
        Set<String> types = typesByRule.get(rule);
        return types == null || types.contains(type.name());
    }

    /** Where a rule comes from: known for the rows of these tables, read from the name for any other rule. */
    public Match.TableRow tableRow(String rule) {
        Match.TableRow where = byRule.get(rule);
        return where != null ? where : Match.TableRow.of(rule);
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
