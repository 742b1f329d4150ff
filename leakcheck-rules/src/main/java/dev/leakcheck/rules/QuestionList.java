package dev.leakcheck.rules;

import dev.leakcheck.model.IncidentType;
import dev.leakcheck.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The checklist's questions that are still open for an incident, in the order the checklist asks
 * them: only those of the incident's type, not those an earlier answer made moot.
 */
final class QuestionList {

    private QuestionList() {
    }

    static List<Question> open(IncidentType type, IncidentFields fields, List<QuestionRow> rows) {
        List<Question> open = new ArrayList<>();
        for (QuestionRow row : rows) {
            if (!row.types().contains(type)) {
                continue;
            }
            if (row.field().everyAsset()) {
                for (int i = 0; i < fields.assetsToAsk(); i++) {
                    // The precondition is read for the same asset: assets[] stands for asset i there too.
                    if (fields.get(row.field(), i) == null && !moot(row, fields, i)) {
                        open.add(new Question(row.field().concrete(i), row.text()));
                    }
                }
            } else if (fields.get(row.field().template()) == null && !moot(row, fields, -1)) {
                open.add(new Question(row.field().template(), row.text()));
            }
        }
        return open;
    }

    /**
     * Moot when the earlier answer is known and is not one of the values the question needs. For a
     * question about every asset ({@code asset} ≥ 0) the precondition is read for the same asset.
     */
    private static boolean moot(QuestionRow row, IncidentFields fields, int asset) {
        if (row.onlyWhen().always()) {
            return false;
        }
        FieldRef field = row.onlyWhen().field();
        String answer = asset >= 0 ? fields.get(field, asset) : fields.get(field.template());
        return answer != null && !row.onlyWhen().values().contains(answer);
    }
}
