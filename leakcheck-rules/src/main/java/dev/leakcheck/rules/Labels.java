package dev.leakcheck.rules;

import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.workbook.RuleSources;
import dev.leakcheck.model.Text;
import java.util.Map;

/**
 * The labels people read for value codes ({@code EMAIL} → メール誤送信（宛先ミス）) and for incident
 * fields ({@code assets[].personal.persons} → 本人の数), from the bundled {@code catalogue.xlsx}
 * (sheets 選択肢 and 項目名): the same labels the plans are written with, for tools that show
 * incidents and plans to people. Labels are for reading, never for deciding.
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

    private static final class Bundled {
        static final Labels LABELS = of(Catalogue.read(RuleSources.bundled().file(Catalogue.FILE)));
    }

    static Labels of(Catalogue catalogue) {
        return new Labels(catalogue.valueLabels(), catalogue.fieldLabels());
    }
}
