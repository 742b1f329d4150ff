package dev.leakcheck.rules.internal.workbook;

import dev.leakcheck.rules.internal.plan.WhatIf;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.facts.FieldFacts;
import dev.leakcheck.rules.internal.facts.FieldRef;
import dev.leakcheck.rules.internal.facts.Topics;
import dev.leakcheck.model.field.IncidentField;
import dev.leakcheck.rules.internal.plan.QuestionRow;
import dev.leakcheck.rules.RulesDefinitionException;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Text;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data of {@code catalogue.xlsx}: the action catalogue with its titles, the checklist's
 * questions in the order it asks them, the labels of facts and values, and the settings.
 */
public final class Catalogue {

    public static final String FILE = "catalogue.xlsx";
    /** The retired sheet of settings (see {@link #refuseRetiredSettings}). */
    static final String RETIRED_SETTINGS = "設定";
    /** The fact sheet's column of the field a topic reads. */
    static final String FACT_FIELD = "項目";
    /** The fact sheet's column of how the assets' answers are combined. */
    static final String COMBINATION = "まとめ方";

    /** One action of the catalogue; {@code rank} is its row, the order within a phase. */
    public record ActionEntry(String code, Phase phase, int rank, Text title, Optional<Text> recipient) {
    }

    private final Map<String, ActionEntry> actions;
    private final List<QuestionRow> questions;
    private final Map<String, Text> topicLabels;
    private final Map<String, Text> valueLabels;
    private final List<ReportItemRow> reportItems;
    private final Map<String, Text> fieldLabels;
    private final Set<String> askedFields;
    /** The fields asked only while some answer can change the plan, {@code assets[]} for every asset. */
    private final Set<String> onlyIfDeciding;
    /** The plain facts of the fact sheet, each the reading of one field. */
    private final List<FieldFacts.Row> fieldFacts;
    private final Topics topics;

    /** One of the nine items of the PPC report, and the incident fields that draft it. */
    public record ReportItemRow(int number, Text title, List<FieldRef> fields) {
    }

    private Catalogue(Map<String, ActionEntry> actions, List<QuestionRow> questions, Map<String, Text> topicLabels,
            Map<String, Text> valueLabels, List<ReportItemRow> reportItems,
            Map<String, Text> fieldLabels, List<FieldFacts.Row> fieldFacts) {
        this.actions = actions;
        this.fieldFacts = fieldFacts;
        this.topics = Topics.of(fieldFacts);
        this.questions = questions;
        this.topicLabels = topicLabels;
        this.valueLabels = valueLabels;
        this.reportItems = reportItems;
        this.fieldLabels = fieldLabels;
        this.askedFields = questions.stream().map(q -> q.field().template()).collect(Collectors.toUnmodifiableSet());
        this.onlyIfDeciding = questions.stream().filter(QuestionRow::onlyIfDeciding).map(q -> q.field().template())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Catalogue read(byte[] bytes) {
        Map<String, DataSheet> present = DataSheet.readPresent(FILE, bytes, "アクション一覧", "質問一覧", "事実一覧", "選択肢",
                RETIRED_SETTINGS, "報告事項", "項目名");
        refuseRetiredSettings(present.get(RETIRED_SETTINGS));
        List<DataSheet> sheets = DataSheet.named(FILE, present, "アクション一覧", "質問一覧", "事実一覧", "選択肢",
                "報告事項", "項目名");
        List<String> problems = new java.util.ArrayList<>();
        expect(problems, sheets.get(0), "コード", "フェーズ", "見出し（日本語）", "見出し（英語）", "宛先（日本語）", "宛先（英語）");
        expect(problems, sheets.get(1), "項目", "対象の種別", "前提", "質問（日本語）", "質問（英語）");
        expect(problems, sheets.get(2), "事実", "表示名（日本語）", "表示名（英語）", FACT_FIELD, COMBINATION);
        expect(problems, sheets.get(3), "値", "日本語", "英語");
        expect(problems, sheets.get(4), "番号", "報告事項（日本語）", "報告事項（英語）", "下書きに使う項目");
        expect(problems, sheets.get(5), "項目", "表示名（日本語）", "表示名（英語）");
        if (!problems.isEmpty()) {
            throw new RulesDefinitionException(problems);
        }
        return new Catalogue(actions(sheets.get(0)), questions(sheets.get(1)),
                labels(sheets.get(2), "事実", "表示名（日本語）", "表示名（英語）"),
                labels(sheets.get(3), "値", "日本語", "英語"), reportItems(sheets.get(4)),
                labels(sheets.get(5), "項目", "表示名（日本語）", "表示名（英語）"), fieldFacts(sheets.get(2)));
    }

    /**
     * The fact sheet's plain facts: the rows that name a field of the registry, with how the
     * assets are combined. A row without a field is a topic the engine derives in Java.
     */
    private static List<FieldFacts.Row> fieldFacts(DataSheet sheet) {
        List<FieldFacts.Row> rows = new java.util.ArrayList<>();
        Set<String> topics = new java.util.HashSet<>();
        for (DataSheet.DataRow row : sheet.rows()) {
            String topic = row.required("事実");
            if (!topics.add(topic)) {
                throw row.error("事実", "事実「" + topic + "」が二度あります", "topic '" + topic + "' appears twice");
            }
            String template = row.text(FACT_FIELD);
            String cell = row.text(COMBINATION);
            if (template.isEmpty()) {
                if (!Topics.derivedInJava(topic)) {
                    throw row.error(FACT_FIELD, "事実「" + topic + "」が読む項目を書いてください（例: lost.stolen、assets[].forms）",
                            "write the field that topic '" + topic + "' reads (e.g. lost.stolen, assets[].forms)");
                }
                if (!cell.isEmpty()) {
                    throw row.error(COMBINATION, "項目のない行（プログラムが導く事実）には、まとめ方は書けません",
                            "a row without a field (a topic the program derives) takes no combination");
                }
                continue;
            }
            if (Topics.derivedInJava(topic)) {
                throw row.error(FACT_FIELD, "事実「" + topic + "」はプログラムが導きます。項目は空欄にしてください",
                        "topic '" + topic + "' is derived by the program: leave the field empty");
            }
            IncidentField field = IncidentField.ofTemplate(template).filter(FieldFacts::readable)
                    .orElseThrow(() -> row.error(FACT_FIELD, "項目「" + template + "」は事実にできません。使えるのは "
                            + String.join(", ", readableFields()) + "（「はい/いいえ」か選択肢の項目）",
                            "field '" + template + "' cannot be a topic; allowed (yes/no or choice fields): "
                            + String.join(", ", readableFields())));
            FieldFacts.Combination combination = cell.isEmpty() ? null : FieldFacts.Combination.of(cell)
                    .orElseThrow(() -> row.error(COMBINATION, "まとめ方「" + cell + "」はありません。"
                            + combinationWords(), "no combination '" + cell + "'. " + combinationWords()));
            if (combination == null ? field.perAsset() : !combination.suits(field)) {
                throw row.error(COMBINATION, "項目「" + template + "」のまとめ方は「" + expected(field) + "」です"
                        + "（資産ごとの はい/いいえ は いずれかの資産、資産ごとの選択肢は すべての資産の値、事件全体の項目は空欄）",
                        "the combination for '" + template + "' is '" + expectedEnglish(field) + "' (ANY_ASSET for an"
                        + " asset's yes/no, VALUES_OF_ALL_ASSETS for an asset's choices, empty for the incident's own fields)");
            }
            rows.add(new FieldFacts.Row(topic, field, combination));
        }
        return List.copyOf(rows);
    }

    private static List<String> readableFields() {
        return Arrays.stream(IncidentField.values()).filter(FieldFacts::readable).map(IncidentField::template).toList();
    }

    private static String combinationWords() {
        return "使えるのは " + Arrays.stream(FieldFacts.Combination.values()).map(c -> c.japanese() + " / " + c.name())
                .collect(Collectors.joining("、")) + "、または空欄 / or empty";
    }

    private static FieldFacts.Combination combinationOf(IncidentField field) {
        if (!field.perAsset()) {
            return null;
        }
        return field.kind() == IncidentField.Kind.YES_NO ? FieldFacts.Combination.ANY_ASSET
                : FieldFacts.Combination.VALUES_OF_ALL_ASSETS;
    }

    private static String expected(IncidentField field) {
        FieldFacts.Combination c = combinationOf(field);
        return c == null ? "空欄" : c.japanese();
    }

    private static String expectedEnglish(IncidentField field) {
        FieldFacts.Combination c = combinationOf(field);
        return c == null ? "empty" : c.name();
    }

    private static List<ReportItemRow> reportItems(DataSheet sheet) {
        return sheet.rows().stream().map(row -> new ReportItemRow(row.integer("番号"),
                row.texts("報告事項（日本語）", "報告事項（英語）"),
                Fact.cellValuesInOrder(row.text("下書きに使う項目")).stream().map(FieldRef::of).toList())).toList();
    }

    private static Map<String, ActionEntry> actions(DataSheet sheet) {
        Map<String, ActionEntry> actions = new LinkedHashMap<>();
        int rank = 0;
        for (DataSheet.DataRow row : sheet.rows()) {
            String code = row.required("コード");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw row.error("コード", "コードは半角英大文字と _ で書いてください: '" + code + "'",
                        "a code is upper-case ASCII letters, digits and _: '" + code + "'");
            }
            if (actions.containsKey(code)) {
                throw row.error("コード", "コード「" + code + "」が二度あります", "code '" + code + "' appears twice");
            }
            Phase phase = enumValue(row, "フェーズ", Phase.class);
            Text title = row.texts("見出し（日本語）", "見出し（英語）");
            Optional<Text> recipient = row.text("宛先（日本語）").isEmpty() ? Optional.empty()
                    : Optional.of(row.texts("宛先（日本語）", "宛先（英語）"));
            actions.put(code, new ActionEntry(code, phase, rank++, title, recipient));
        }
        return actions;
    }

    private static List<QuestionRow> questions(DataSheet sheet) {
        return sheet.rows().stream().map(row -> {
            String field = row.required("項目");
            Set<IncidentType> types = types(row, "対象の種別");
            String onlyWhen = row.text("前提");
            boolean onlyIfDeciding = false;
            if (sheet.column(QuestionRow.ONLY_IF_DECIDING) >= 0) {
                String cell = row.text(QuestionRow.ONLY_IF_DECIDING);
                try {
                    onlyIfDeciding = Vocabulary.yes(cell);
                } catch (IllegalArgumentException e) {
                    throw row.error(QuestionRow.ONLY_IF_DECIDING, "「はい」か空欄で書いてください: '" + cell + "'",
                            "write はい or leave it empty: '" + cell + "'");
                }
                if (onlyIfDeciding && !WhatIf.SUPPORTED.contains(field)) {
                    throw row.error(QuestionRow.ONLY_IF_DECIDING, "この項目には使えません（使える項目: "
                            + String.join("、", WhatIf.SUPPORTED.stream().sorted().toList()) + "）",
                            "not for this field; it can be used for " + String.join(", ",
                                    WhatIf.SUPPORTED.stream().sorted().toList()));
                }
            }
            return new QuestionRow(FieldRef.of(field), types, QuestionRow.Precondition.parse(onlyWhen, row, "前提"),
                    row.texts("質問（日本語）", "質問（英語）"), onlyIfDeciding);
        }).toList();
    }

    private static Set<IncidentType> types(DataSheet.DataRow row, String column) {
        String cell = row.required(column);
        if (cell.equalsIgnoreCase("ALL") || cell.equals("全て") || cell.equals("すべて")) {
            return Set.of(IncidentType.values());
        }
        return Fact.cellValues(cell).stream().map(v -> {
            try {
                return IncidentType.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw row.error(column, "種別「" + v + "」はありません。使えるのは ALL, " + names(IncidentType.class),
                        "no incident type '" + v + "'; allowed: ALL, " + names(IncidentType.class));
            }
        }).collect(Collectors.toUnmodifiableSet());
    }

    private static void expect(List<String> problems, DataSheet sheet, String... headers) {
        try {
            sheet.expect(headers);
        } catch (RulesDefinitionException e) {
            problems.addAll(e.problems());
        }
    }

    private static Map<String, Text> labels(DataSheet sheet, String key, String japanese, String english) {
        Map<String, Text> labels = new LinkedHashMap<>();
        for (DataSheet.DataRow row : sheet.rows()) {
            labels.put(row.required(key), row.texts(japanese, english));
        }
        return labels;
    }

    /**
     * The sheet 「設定」 held one setting, the APPI threshold of persons (ppc.personsThreshold), which now
     * lives only in regimes.xlsx (「制度」, 本人の数の基準), beside every other regime's. A catalogue edited
     * before still carrying a row there is refused, naming the cell, so that nobody edits a number that no
     * longer decides anything; an empty or absent sheet is fine.
     */
    private static void refuseRetiredSettings(DataSheet settings) {
        if (settings == null || settings.rows().isEmpty()) {
            return;
        }
        throw settings.rows().get(0).error("項目", "「設定」シートは使われなくなりました。本人の数の基準は regimes.xlsx の「制度」シート"
                + "（本人の数の基準の列）で決まります。この行（又はシート）を削除してください",
                "the sheet 設定 is retired: the threshold of persons is set in regimes.xlsx, sheet 制度, column 本人の数の基準;"
                        + " delete this row (or the sheet)");
    }

    static <E extends Enum<E>> E enumValue(DataSheet.DataRow row, String label, Class<E> type) {
        String cell = row.required(label);
        try {
            return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
            throw row.error(label, "「" + label + "」に「" + cell + "」は使えません。使えるのは " + names(type),
                    "'" + cell + "' is not allowed in '" + label + "'; allowed: " + names(type));
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public Optional<ActionEntry> action(String code) {
        return Optional.ofNullable(actions.get(code));
    }

    public Set<String> actionCodes() {
        return actions.keySet();
    }

    /** The plain facts of the fact sheet, each the reading of one field. */
    public List<FieldFacts.Row> fieldFacts() {
        return fieldFacts;
    }

    /** The topics the tables may name, with the values each allows. */
    public Topics topics() {
        return topics;
    }

    /** The fields asked only while some answer can change the plan. */
    public Set<String> onlyIfDeciding() {
        return onlyIfDeciding;
    }

    public List<QuestionRow> questions() {
        return questions;
    }

    public List<ReportItemRow> reportItems() {
        return reportItems;
    }

    public Map<String, Text> valueLabels() {
        return valueLabels;
    }

    public Map<String, Text> fieldLabels() {
        return fieldLabels;
    }

    /** The fields (as templates) the question sheet asks about. */
    public Set<String> askedFields() {
        return askedFields;
    }

    /** The label of a field template ({@code assets[].personal.persons} → 本人の数). */
    public Text fieldLabel(String template) {
        return fieldLabels.getOrDefault(template, Text.of(template, template));
    }

    /** The label of a topic, for the {@code because} of an action. */
    public Text topicLabel(String topic) {
        return topicLabels.getOrDefault(topic, Text.of(topic, topic));
    }

    /** The label of a value code (EMAIL → メール); the code itself when the sheet has none. */
    public Text valueLabel(String value) {
        return valueLabels.getOrDefault(value, Text.of(value, value));
    }
}
