package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentField;
import java.util.Map;
import java.util.Optional;

/**
 * The labels people read for value codes ({@code EMAIL} → メール誤送信（宛先ミス）) and for incident
 * fields ({@code assets[].personal.persons} → 本人の数), from the bundled {@code catalogue.xlsx}
 * (sheets 選択肢 and 項目名): the same labels the plans are written with, for tools that show
 * incidents and plans to people. A code without a label is shown as the code. Labels are for
 * reading, never for deciding.
 *
 * @param values labels by value code
 * @param fields labels by field template, {@code assets[]} standing for every asset
 */
public record Labels(Map<String, Text> values, Map<String, Text> fields) {

    /**
     * Copies the maps: the labels cannot change.
     *
     * @param values labels by value code
     * @param fields labels by field template
     */
    public Labels {
        values = Map.copyOf(values);
        fields = Map.copyOf(fields);
    }

    /**
     * The labels of the bundled catalogue, read once.
     *
     * @return the labels
     */
    public static Labels bundled() {
        return Bundled.LABELS;
    }

    /**
     * The label of a value code, or the code itself when the catalogue has none.
     *
     * @param code a value code, such as {@code EMAIL}
     * @return its label
     */
    public Text value(String code) {
        return values.getOrDefault(code, Text.of(code, code));
    }

    /**
     * The label of an enum constant of the model ({@code Channel.EMAIL}, {@code PpcTrigger.…}).
     *
     * @param constant the constant
     * @return its label, or its name when the catalogue has none
     */
    public Text value(Enum<?> constant) {
        return value(constant.name());
    }

    /**
     * Whether the catalogue has a label of its own for the code.
     *
     * @param code a value code
     * @return true when it has
     */
    public boolean hasValue(String code) {
        return values.containsKey(code);
    }

    /**
     * The label of a field path, when the catalogue has one: {@code assets[2].personal.persons} is
     * looked up as {@code assets[].personal.persons}.
     *
     * @param path a field path of the incident
     * @return its label, if any
     */
    public Optional<Text> field(String path) {
        return Optional.ofNullable(fields.get(IncidentField.templateOf(path)));
    }

    private static final class Bundled {
        static final Labels LABELS = of(Catalogue.read(RuleSources.bundled().file(Catalogue.FILE)),
                dev.leakcheck.rules.internal.workbook.Regimes.bundled());
    }

    /** The catalogue's labels, and each regime's name under its code ({@code GDPR}: 「EU一般データ保護規則（GDPR）」). */
    static Labels of(Catalogue catalogue, dev.leakcheck.rules.internal.workbook.Regimes regimes) {
        Map<String, Text> values = new java.util.HashMap<>(catalogue.valueLabels());
        regimes.all().forEach(regime -> values.putIfAbsent(regime.code(), regime.name()));
        return new Labels(values, catalogue.fieldLabels());
    }
}
