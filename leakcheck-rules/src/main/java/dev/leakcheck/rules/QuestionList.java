package dev.leakcheck.rules;

import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The checklist's questions that are still open for an incident, in the order the checklist asks
 * them: only those of the incident's type, not those an earlier answer made moot.
 */
final class QuestionList {

    private static final String EVERY_ASSET = "assets[]";

    private QuestionList() {
    }

    static List<Question> open(Incident incident, List<QuestionRow> rows) {
        IncidentFields fields = IncidentFields.of(incident);
        List<Question> open = new ArrayList<>();
        for (QuestionRow row : rows) {
            if (!row.types().contains(incident.type())) {
                continue;
            }
            if (row.field().startsWith(EVERY_ASSET)) {
                for (int i = 0; i < fields.assetsToAsk(); i++) {
                    String asset = "assets[" + i + "]";
                    ask(row, row.field().replace(EVERY_ASSET, asset), row.onlyWhen().field().replace(EVERY_ASSET, asset),
                            fields, open);
                }
            } else {
                ask(row, row.field(), row.onlyWhen().field(), fields, open);
            }
        }
        return open;
    }

    private static void ask(QuestionRow row, String field, String preconditionField, IncidentFields fields,
            List<Question> open) {
        if (fields.value(field).isPresent() || moot(row, preconditionField, fields)) {
            return;
        }
        open.add(new Question(field, row.text()));
    }

    /** Moot when the earlier answer is known and is not one of the values the question needs. */
    private static boolean moot(QuestionRow row, String preconditionField, IncidentFields fields) {
        if (row.onlyWhen().always()) {
            return false;
        }
        return fields.value(preconditionField)
                .map(answer -> !row.onlyWhen().values().contains(answer))
                .orElse(false);
    }
}
