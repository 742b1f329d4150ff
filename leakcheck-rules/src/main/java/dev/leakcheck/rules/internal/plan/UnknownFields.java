package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.model.Text;
import dev.leakcheck.model.field.IncidentField;
import dev.leakcheck.rules.internal.workbook.Catalogue;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the answers a provisional reason waits for: 「不明（未確認: 復号の鍵（パスワード）も漏れたか
 * assets[0].protection.keyCompromised）」 rather than a bare 「不明」, so that a reader sees which
 * question settles it, even when the fact itself (460,000 persons) is known (issue B13).
 */
public final class UnknownFields {

    /** How many unknown answers a reason names before it counts the rest. */
    static final int MAX_NAMED = 3;


    private UnknownFields() {
    }

    /** 「不明（未確認: 項目名 path、…）」, or the bare unknown label when no field is named. */
    public static Text unknown(Catalogue catalogue, List<String> fields) {
        Text unknown = catalogue.valueLabel("UNKNOWN");
        if (fields.isEmpty()) {
            return unknown;
        }
        // A reason names a few answers, not every one: an incident of thousands of unknown assets
        // would otherwise give each reason thousands of names (and cost time with the square of them).
        List<String> ja = new ArrayList<>(MAX_NAMED + 1);
        List<String> en = new ArrayList<>(MAX_NAMED + 1);
        for (String field : fields.subList(0, Math.min(fields.size(), MAX_NAMED))) {
            String template = IncidentField.templateOf(field);
            Text label = catalogue.fieldLabel(template);
            boolean labelled = !label.ja().equals(template);
            ja.add(labelled ? label.ja() + " " + field : field);
            en.add(labelled ? label.en() + " " + field : field);
        }
        if (fields.size() > MAX_NAMED) {
            ja.add("ほか " + (fields.size() - MAX_NAMED) + " 項目");
            en.add("and " + (fields.size() - MAX_NAMED) + " more");
        }
        return Text.of(unknown.ja() + "（未確認: " + String.join("、", ja) + "）",
                unknown.en() + " (not yet known: " + String.join(", ", en) + ")");
    }
}
