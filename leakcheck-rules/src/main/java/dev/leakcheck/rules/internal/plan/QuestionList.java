package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.rules.internal.facts.FieldRef;
import dev.leakcheck.rules.internal.facts.IncidentFields;
import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The checklist's questions that are still open for an incident, in the order the checklist asks
 * them: only those of the incident's type, not those an earlier answer made moot.
 *
 * <p>A precondition may also name what the plan decided rather than an answer:
 * {@value #PPC_REQUIRED} is {@code YES} when the report to the PPC is required for sure,
 * {@code PROVISIONAL} while it may be, {@code NO} when it is not. A question that only matters once
 * the report is required ({@code ppcReport.required=YES}) waits until it is.
 */
final class QuestionList {

    /** The plan's decision on the PPC report, as a precondition names it. */
    static final String PPC_REQUIRED = "ppcReport.required";

    private QuestionList() {
    }

    static List<Question> open(IncidentType type, IncidentFields fields, List<QuestionRow> rows) {
        return open(type, fields, rows, "PROVISIONAL");
    }

    /** @param ppcRequired {@code YES}, {@code PROVISIONAL} or {@code NO}: the decision on the PPC report */
    static List<Question> open(IncidentType type, IncidentFields fields, List<QuestionRow> rows, String ppcRequired) {
        List<Question> open = new ArrayList<>();
        for (QuestionRow row : rows) {
            if (!row.types().contains(type)) {
                continue;
            }
            if (row.field().everyAsset()) {
                for (int i = 0; i < fields.assetsToAsk(); i++) {
                    // The precondition is read for the same asset: assets[] stands for asset i there too.
                    if (fields.get(row.field(), i) == null && !moot(row, fields, i, ppcRequired)) {
                        open.add(new Question(row.field().concrete(i), row.text()));
                    }
                }
            } else if (fields.get(row.field().template()) == null && !moot(row, fields, -1, ppcRequired)) {
                open.add(new Question(row.field().template(), row.text()));
            }
        }
        return open;
    }

    /**
     * Moot when the earlier answer is known and is not one of the values the question needs. For a
     * question about every asset ({@code asset} ≥ 0) the precondition is read for the same asset.
     */
    private static boolean moot(QuestionRow row, IncidentFields fields, int asset, String ppcRequired) {
        if (row.onlyWhen().always()) {
            return false;
        }
        FieldRef field = row.onlyWhen().field();
        String answer = field.template().equals(PPC_REQUIRED) ? ppcRequired
                : asset >= 0 ? fields.get(field, asset) : fields.get(field.template());
        return answer != null && !row.onlyWhen().values().contains(answer);
    }
}
