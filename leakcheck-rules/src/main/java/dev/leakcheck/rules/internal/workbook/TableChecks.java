package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.plan.Proposal;
import dev.leakcheck.rules.internal.deadline.DeadlineFinding;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.facts.Topics;
import dev.leakcheck.rules.internal.duty.TriggerFinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Every check a decision-table workbook passes before an engine is built from it, for every way in
 * (the engine, the reloadable engine, {@code validate}, {@code plan --rules}): the bounds it was read
 * in, the program rows (locked unless the caller trusts code), cells outside the table, control
 * characters, the headers of the data columns, and every data cell against its column's vocabulary.
 * A compiled cell (a condition or the code column) can hold only the words of its vocabulary — codes,
 * はい/いいえ, whole numbers — so no cell can carry a quote, a backslash or anything else that could
 * become code. Each problem names file ＞ sheet ＞ cell, in Japanese and English.
 */
public final class TableChecks {

    static final String TRUST_HINT = "。開発者が確認した変更なら --trust-code で読み込めます"
            + " / if a developer reviewed the change, load it with --trust-code";

    /** How the engine reads a data column, by its header name. */
    enum DataKind {
        TEXT, NECESSITY, DAYS, YES_NO, HOURS, REGIME
    }

    /** The data columns the engine knows, by header name. */
    static final Map<String, DataKind> DATA_COLUMNS = Map.ofEntries(
            Map.entry("必要性", DataKind.NECESSITY),
            Map.entry("出典（日本語）", DataKind.TEXT),
            Map.entry("出典（英語）", DataKind.TEXT),
            Map.entry("補足（日本語）", DataKind.TEXT),
            Map.entry("補足（英語）", DataKind.TEXT),
            Map.entry(Proposal.TITLE_JA, DataKind.TEXT),
            Map.entry(Proposal.TITLE_EN, DataKind.TEXT),
            Map.entry("根拠（日本語）", DataKind.TEXT),
            Map.entry("根拠（英語）", DataKind.TEXT),
            Map.entry(DeadlineFinding.TARGET_DAYS, DataKind.DAYS),
            Map.entry(DeadlineFinding.DUE_DAYS, DataKind.DAYS),
            Map.entry(DeadlineFinding.ROLL_OVER, DataKind.YES_NO),
            Map.entry(DeadlineFinding.DAY_ONE, DataKind.YES_NO),
            Map.entry(DeadlineFinding.FROM_REPORTABLE, DataKind.YES_NO),
            Map.entry(DeadlineFinding.DUE_HOURS, DataKind.HOURS),
            Map.entry(TriggerFinding.REGIME, DataKind.REGIME));

    /** The data columns a table needs, by what its code column does. */
    private static final Map<String, List<String>> REQUIRED_DATA = Map.of(
            "out.propose(", List.of("必要性", "出典（日本語）", "出典（英語）", "補足（日本語）", "補足（英語）"),
            "out.trigger(", List.of(TriggerFinding.REGIME, "根拠（日本語）", "根拠（英語）"),
            "out.deadline(", List.of(DeadlineFinding.TARGET_DAYS, DeadlineFinding.DUE_DAYS, DeadlineFinding.ROLL_OVER,
                    DeadlineFinding.DAY_ONE, DeadlineFinding.FROM_REPORTABLE, "根拠（日本語）", "根拠（英語）"));

    /**
     * The texts every row must give, in Japanese, English or both: where its rule comes from (出典, 根拠). A text
     * in one language only is shown in that language to both readers (RuleRows.Cells#text).
     */
    private record RequiredText(String ja, String en) {
    }

    private static final List<RequiredText> REQUIRED_TEXTS = List.of(
            new RequiredText("出典（日本語）", "出典（英語）"),
            new RequiredText("根拠（日本語）", "根拠（英語）"));

    private static final Pattern TOPIC = Pattern.compile("Fact\\(topic == \"([^\"]+)\", admits\\(\"\\$param\"\\)\\)");
    /** Control characters: never in a cell (tab and line breaks only in texts). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern FULL_WIDTH = Pattern.compile("[\\uFF01-\\uFF5E\\u3000]");
    /** A word of a compiled cell whose column has no list of its own (a column a developer added). */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_.\\-]+|はい|いいえ");
    // Ordered: the workbooks' dropdown lists show the words in this order (the Japanese ones first).
    private static final Set<String> NECESSITIES = ordered("必須", "必要に応じて", "REQUIRED", "AS_NEEDED");
    private static final Set<String> YES_NO_WORDS = ordered("はい", "いいえ", "YES", "NO");
    private static final Set<String> SWITCH_WORDS = ordered("はい", "YES");

    private final DecisionTable sheet;
    private final Catalogue catalogue;
    private final Regimes regimes;
    private final List<String> problems = new ArrayList<>();

    private TableChecks(DecisionTable sheet, Catalogue catalogue, Regimes regimes) {
        this.sheet = sheet;
        this.catalogue = catalogue;
        this.regimes = regimes;
    }

    /** As {@link #problems(DecisionTable, DecisionTable, boolean, Catalogue, Regimes)} with the bundled regimes. */
    static List<String> problems(DecisionTable sheet, DecisionTable bundled, boolean trusted, Catalogue catalogue) {
        return problems(sheet, bundled, trusted, catalogue, Regimes.bundled());
    }

    /**
     * The problems of a decision-table sheet; empty when an engine may be built from it.
     *
     * @param bundled     the bundled sheet of the same name, whose program rows the edited one must keep
     * @param trusted     program rows may differ (a developer reviewed them)
     * @param catalogue   the catalogue: its action codes, and its topics with the values each allows
     * @param regimes     the regimes of regimes.xlsx: the report-duty rows' regimes and triggers
     */
    static List<String> problems(DecisionTable sheet, DecisionTable bundled, boolean trusted, Catalogue catalogue,
            Regimes regimes) {
        TableChecks checks = new TableChecks(sheet, catalogue, regimes);
        checks.problems.addAll(sheet.limits);
        checks.controlCharacters();
        if (!trusted) {
            checks.programRows(bundled);
        }
        checks.layout();
        for (DecisionTable.Table table : sheet.tables) {
            checks.table(table);
        }
        return checks.problems;
    }

    private void controlCharacters() {
        for (int r = 0; r < sheet.grid.size(); r++) {
            List<String> cells = sheet.grid.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (CONTROL.matcher(cells.get(c)).find()) {
                    problems.add(sheet.where(r, c) + ": 制御文字（目に見えない特殊な文字）が含まれています。セルを消して入力し直してください"
                            + " / the cell holds a control character: clear it and type it again");
                }
            }
        }
    }

    /** The program rows must be exactly the bundled ones, cell by cell, as written. */
    private void programRows(DecisionTable bundled) {
        List<DecisionTable.CodeRow> before = bundled.codeRows;
        List<DecisionTable.CodeRow> after = sheet.codeRows;
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            if (i >= before.size() || i >= after.size()) {
                problems.add(sheet.file + " ＞ " + sheet.sheetName + ": プログラムの行（RuleSet・Import・RuleTable の見出しなど）"
                        + "の数が変わっています / the number of program rows changed" + TRUST_HINT);
                return;
            }
            List<String> was = before.get(i).cells();
            List<String> is = after.get(i).cells();
            for (int c = 0; c < Math.max(was.size(), is.size()); c++) {
                String wasText = c < was.size() ? was.get(c) : "";
                String isText = c < is.size() ? is.get(c) : "";
                if (!wasText.equals(isText)) {
                    problems.add(sheet.where(after.get(i).rowIndex(), c) + ": この行はプログラムの一部で、変更できません（元は「"
                            + wasText + "」） / this row is program code and must not change (was '" + wasText + "')"
                            + TRUST_HINT);
                    return;
                }
            }
        }
    }

    private void layout() {
        for (String hidden : sheet.hiddenSheets) {
            problems.add(sheet.file + " ＞ " + hidden + ": 非表示のシートがあります。表示に戻してください（見えない変更を防ぐため）"
                    + " / a hidden sheet: unhide it, so that no change goes unseen");
        }
        for (CellRangeAddress merged : sheet.mergedRegions) {
            for (DecisionTable.Table table : sheet.tables) {
                int last = table.rows().isEmpty() ? table.firstDataRow() : table.rows().get(table.rows().size() - 1).rowIndex();
                if (merged.getLastRow() >= table.nameRow() && merged.getFirstRow() <= last) {
                    problems.add(sheet.file + " ＞ " + sheet.sheetName + " ＞ " + merged.formatAsString()
                            + ": 表の中に結合されたセルがあります。結合を解除してください / merged cells inside the table: unmerge them");
                }
            }
        }
        for (int[] cell : sheet.strayCells) {
            problems.add(sheet.where(cell[0], cell[1]) + ": 表の外にセルがあります。ここは読み込まれないので、消すか「使い方」など別のシートに"
                    + "書いてください（表の途中の空の行も表を終わらせます） / a cell outside the table is never read: delete it or move "
                    + "it to another sheet (an empty row inside the table ends the table)");
        }
        if (sheet.tables.isEmpty() && problems.isEmpty()) {
            problems.add(sheet.file + " ＞ " + sheet.sheetName + ": RuleTable がありません / no RuleTable in the first sheet");
        }
    }

    private void table(DecisionTable.Table table) {
        List<DecisionTable.Column> codeColumns = table.columns().stream()
                .filter(c -> c.kind() == DecisionTable.Kind.CODE && !c.keyword().equals("CONDITION")).toList();
        if (codeColumns.isEmpty()) {
            problems.add(sheet.where(table.nameRow() + 3, table.columns().isEmpty() ? 1 : table.columns().get(0).index())
                    + ": コードの列（ACTION）がありません / the table has no code (ACTION) column");
            return;
        }
        headers(table, codeColumns.get(0));
        topics(table);
        Map<List<String>, Integer> seen = new HashMap<>();
        for (DecisionTable.DataRow row : table.rows()) {
            Integer twin = seen.putIfAbsent(row.cells(), row.rowIndex());
            if (twin != null) {
                problems.add(sheet.where(row.rowIndex(), table.columns().get(0).index()) + ": " + (twin + 1)
                        + "行目と同じ行です。重複を削除してください / the same as row " + (twin + 1) + ": remove the duplicate");
            }
            for (DecisionTable.Column column : table.columns()) {
                cell(row, column);
            }
            placeholders(table, row);
            sources(table, row);
            regimeRow(table, row);
        }
    }

    /** A row cites where its rule comes from, in at least one language. */
    private void sources(DecisionTable.Table table, DecisionTable.DataRow row) {
        for (RequiredText text : REQUIRED_TEXTS) {
            DecisionTable.Column ja = table.column(text.ja());
            DecisionTable.Column en = table.column(text.en());
            if (ja != null && en != null && row.cell(ja.index()).isEmpty() && row.cell(en.index()).isEmpty()) {
                problems.add(sheet.where(row.rowIndex(), ja.index()) + ": 「" + label(ja) + "」と「" + label(en)
                        + "」が両方とも空です。この行の規則の拠り所を、日本語か英語で書いてください / '" + label(ja) + "' and '"
                        + label(en) + "' are both empty: every row says where its rule comes from, in Japanese or English");
            }
        }
    }

    /**
     * A text whose {@code {header}} placeholders, filled with the row's cells, would grow past the limit
     * of one cell is refused: the engine keeps every row's texts filled, so their size must stay bounded.
     */
    private void placeholders(DecisionTable.Table table, DecisionTable.DataRow row) {
        Map<String, String> cells = table.dataCells(row);
        for (DecisionTable.Column column : table.columns()) {
            if (column.kind() != DecisionTable.Kind.DATA) {
                continue;
            }
            int length = RuleRows.Cells.filledLength(row.cell(column.index()), cells);
            if (length > DecisionTable.MAX_CELL_CHARS) {
                problems.add(sheet.where(row.rowIndex(), column.index()) + ": 「" + label(column) + "」は {…} に同じ行のセルを差し込むと "
                        + length + " 字になり、上限 " + DecisionTable.MAX_CELL_CHARS + " 字を超えます / with its {…} placeholders filled"
                        + " from the row, the text is " + length + " characters; the limit is " + DecisionTable.MAX_CELL_CHARS);
            }
        }
    }

    /**
     * A report-duty row names a trigger of its own regime; a deadline row in hours is never rolled over
     * and has no day counts.
     */
    private void regimeRow(DecisionTable.Table table, DecisionTable.DataRow row) {
        DecisionTable.Column regimeColumn = null;
        DecisionTable.Column triggerColumn = null;
        DecisionTable.Column hoursColumn = null;
        DecisionTable.Column rollColumn = null;
        for (DecisionTable.Column column : table.columns()) {
            if (column.kind() == DecisionTable.Kind.DATA && TriggerFinding.REGIME.equals(column.name())) {
                regimeColumn = column;
            } else if (column.kind() == DecisionTable.Kind.DATA && DeadlineFinding.DUE_HOURS.equals(column.name())) {
                hoursColumn = column;
            } else if (column.kind() == DecisionTable.Kind.DATA && DeadlineFinding.ROLL_OVER.equals(column.name())) {
                rollColumn = column;
            } else if (column.kind() == DecisionTable.Kind.CODE && column.snippet().contains("out.trigger(")) {
                triggerColumn = column;
            }
        }
        if (regimeColumn != null && triggerColumn != null) {
            String regime = row.cell(regimeColumn.index());
            String trigger = row.cell(triggerColumn.index()).strip();
            Optional<Regimes.Regime> named = regimes.regime(regime);
            if (named.isPresent() && !trigger.isEmpty() && !named.get().triggerCodes().contains(trigger)) {
                problems.add(sheet.where(row.rowIndex(), triggerColumn.index()) + ": 報告事由「" + shown(trigger)
                        + "」は制度「" + regime + "」にありません。使えるのは " + String.join(", ", named.get().triggerCodes())
                        + "（regimes.xlsx「報告事由」） / not a trigger of this regime");
            }
        }
        if (hoursColumn != null && rollColumn != null && !row.cell(hoursColumn.index()).isEmpty()
                && YES_NO_WORDS.contains(row.cell(rollColumn.index())) && Vocabulary.yes(row.cell(rollColumn.index()))) {
            problems.add(sheet.where(row.rowIndex(), rollColumn.index()) + ": 時間で数える期限は休日でも繰り延べません。「いいえ」に"
                    + "してください / a period in hours is never moved past holidays: write いいえ");
        }
    }

    /** Every condition on a topic names one the engine derives: a row of the fact sheet, or one of the program's. */
    private void topics(DecisionTable.Table table) {
        for (DecisionTable.Column column : table.columns()) {
            Matcher topic = column.kind() == DecisionTable.Kind.CONDITION ? TOPIC.matcher(column.snippet().strip()) : null;
            if (topic != null && topic.matches() && catalogue.topics().allowed(topic.group(1)).isEmpty()) {
                problems.add(sheet.where(table.nameRow() + 3, column.index()) + ": 事実「" + topic.group(1)
                        + "」はありません。catalogue.xlsx の「事実一覧」に行を足してください / no topic '" + topic.group(1)
                        + "': add its row to the sheet 事実一覧 of catalogue.xlsx");
            }
        }
    }

    /** Every data column has a header the engine reads, once; the code column's kind needs some of them. */
    private void headers(DecisionTable.Table table, DecisionTable.Column code) {
        int labelRow = table.nameRow() + 4;
        Set<String> names = new java.util.HashSet<>();
        for (DecisionTable.Column column : table.columns()) {
            if (column.kind() != DecisionTable.Kind.DATA) {
                continue;
            }
            if (!DATA_COLUMNS.containsKey(column.name())) {
                problems.add(sheet.where(labelRow, column.index()) + ": 見出し「" + column.name() + "」の列は読めません。使える見出しは "
                        + String.join("、", DATA_COLUMNS.keySet().stream().sorted().toList()) + " / no data column is headed '"
                        + column.name() + "'");
            } else if (!names.add(column.name())) {
                problems.add(sheet.where(labelRow, column.index()) + ": 見出し「" + column.name() + "」が二つあります / the header '"
                        + column.name() + "' appears twice");
            }
        }
        REQUIRED_DATA.forEach((call, required) -> {
            if (code.snippet().contains(call)) {
                for (String name : required) {
                    if (!names.contains(name)) {
                        problems.add(sheet.file + " ＞ " + sheet.sheetName + " ＞ " + (labelRow + 1) + "行目: 見出し「" + name
                                + "」の列がありません / there is no column headed '" + name + "'");
                    }
                }
            }
        });
    }

    /**
     * What the cells of a column may hold: a list of words, a whole number, or any text. The checks
     * below and the dropdown lists of the bundled workbooks both come from here.
     */
    record Allowed(Optional<Set<String>> words, boolean wholeNumber) {

        static final Allowed ANY_TEXT = new Allowed(Optional.empty(), false);
        static final Allowed WHOLE_NUMBER = new Allowed(Optional.empty(), true);

        static Allowed of(Set<String> words) {
            return new Allowed(Optional.of(words), false);
        }
    }

    /** What a column allows, with the bundled regimes. */
    static Allowed allowed(DecisionTable.Column column, Catalogue catalogue) {
        return allowed(column, catalogue, Regimes.bundled());
    }

    /** What a column allows, by its kind, its topic or its code. */
    static Allowed allowed(DecisionTable.Column column, Catalogue catalogue, Regimes regimes) {
        return switch (column.kind()) {
            case CONDITION -> {
                Matcher topic = TOPIC.matcher(column.snippet().strip());
                Set<String> allowed = topic.matches() ? catalogue.topics().allowed(topic.group(1)).orElse(null) : null;
                yield allowed == null ? Allowed.ANY_TEXT
                        : Allowed.of(allowed.equals(Topics.YES_NO) ? YES_NO_WORDS : allowed);
            }
            case CODE -> {
                String snippet = column.snippet();
                if (unquotedParam(snippet)) {
                    yield Allowed.WHOLE_NUMBER;
                } else if (snippet.contains("out.propose(") || snippet.contains("out.deadline(")) {
                    yield Allowed.of(catalogue.actionCodes());
                } else if (snippet.contains("out.trigger(")) {
                    yield Allowed.of(regimes.triggerCodes());
                }
                yield Allowed.ANY_TEXT;
            }
            case SWITCH -> Allowed.of(SWITCH_WORDS);
            case DATA -> {
                DataKind kind = DATA_COLUMNS.get(column.name());
                yield kind == null ? Allowed.ANY_TEXT : switch (kind) {
                    case NECESSITY -> Allowed.of(NECESSITIES);
                    case YES_NO -> Allowed.of(YES_NO_WORDS);
                    case DAYS, HOURS -> Allowed.WHOLE_NUMBER;
                    case REGIME -> Allowed.of(regimes.codes());
                    case TEXT -> Allowed.ANY_TEXT;
                };
            }
        };
    }

    private void cell(DecisionTable.DataRow row, DecisionTable.Column column) {
        String value = row.cell(column.index());
        String where = sheet.where(row.rowIndex(), column.index());
        String label = label(column);
        Allowed allowed = allowed(column, catalogue, regimes);
        if (column.kind() == DecisionTable.Kind.DATA && value.isEmpty()
                && DATA_COLUMNS.get(column.name()) == DataKind.REGIME) {
            problems.add(where + ": 「" + label + "」が空です。この行がどの制度の報告事由か、regimes.xlsx のコードで書いてください"
                    + " / the regime is empty: write its code from regimes.xlsx");
            return;
        }
        if (column.kind() == DecisionTable.Kind.CONDITION && value.isEmpty() && column.snippet().strip()
                .equals(RuleRows.TYPE_CONDITION) && sheet.file.startsWith("checklist-")) {
            // A checklist row belongs to its section; rows of the legal tables may apply to every type.
            problems.add(where + ": 「" + label + "」が空です。この行がどの種別の行か書いてください / the type is empty");
            return;
        }
        if (column.kind() == DecisionTable.Kind.CODE && value.isEmpty()) {
            problems.add(where + ": 「" + label + "」が空です。値を入れてください / '" + label + "' is empty");
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        if (allowed.wholeNumber()) {
            int digits = column.kind() == DecisionTable.Kind.CODE ? 6 : 4;
            if (!value.matches("[0-9]{1," + digits + "}")) {
                problems.add(where + ": 「" + label + "」は半角数字だけで書いてください（例: 30。カンマ・全角数字・空白は使えません）: '"
                        + shown(value) + "' / write a whole number in ASCII digits");
            }
            return;
        }
        if (column.kind() == DecisionTable.Kind.DATA && allowed.words().isEmpty()) {
            return; // any text: it is data, shown to people as written
        }
        if (column.kind() != DecisionTable.Kind.DATA && column.kind() != DecisionTable.Kind.SWITCH
                && fullWidth(where, label, value)) {
            return;
        }
        allowed.words().ifPresentOrElse(words -> values(where, label, value, words),
                () -> plainWords(where, label, value));
    }

    /** How a message names a column: its label on one line, or its snippet when it has none. */
    private static String label(DecisionTable.Column column) {
        return column.label().isEmpty() ? column.snippet() : column.label().replace('\n', ' ');
    }

    private boolean fullWidth(String where, String label, String value) {
        if (FULL_WIDTH.matcher(value).find()) {
            problems.add(where + ": 全角の英数字や全角スペースが含まれています。半角で書いてください（「" + label + "」）: '" + shown(value)
                    + "' / full-width letters, digits or spaces: use half-width");
            return true;
        }
        return false;
    }

    private void plainWords(String where, String label, String value) {
        for (String word : Fact.cellValuesInOrder(value)) {
            if (!PLAIN_WORD.matcher(word).matches()) {
                problems.add(where + ": 「" + label + "」には半角英数字のコードか、はい・いいえだけを書いてください: '" + shown(word)
                        + "' / only codes of ASCII letters and digits, or はい/いいえ");
                return;
            }
        }
    }

    private void values(String where, String label, String value, Set<String> allowed) {
        for (String word : Fact.cellValuesInOrder(value)) {
            if (!allowed.contains(word)) {
                problems.add(where + ": 「" + label + "」に「" + shown(word) + "」は使えません。使えるのは "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + " / '" + shown(word)
                        + "' is not allowed here");
                return;
            }
        }
    }

    private static Set<String> ordered(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(words)));
    }

    /** A cell's text as a problem quotes it: at most 60 characters. */
    static String shown(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    static boolean unquotedParam(String snippet) {
        int at = snippet.indexOf("$param");
        return at >= 0 && (at == 0 || snippet.charAt(at - 1) != '"');
    }
}
