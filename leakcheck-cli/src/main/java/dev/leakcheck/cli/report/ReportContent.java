package dev.leakcheck.cli.report;

import dev.leakcheck.rules.Labels;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Phase;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the report shows, in the order it shows it; both formats render this. */
final class ReportContent {

    private final Plan plan;
    private final Language language;
    private final Labels labels;

    ReportContent(Plan plan, Language language, Labels labels) {
        this.plan = plan;
        this.language = language;
        this.labels = labels;
    }

    Plan plan() {
        return plan;
    }

    Language language() {
        return language;
    }

    String in(Text text) {
        return text.in(language);
    }

    String typeLabel() {
        return in(labels.value(plan.type()));
    }

    String label(Enum<?> code) {
        return in(labels.value(code));
    }

    /** 真っ先にすべき対応, in plan order. */
    List<PlannedAction> first() {
        return plan.actions().stream().filter(a -> a.phase() == Phase.FIRST).toList();
    }

    /** The other actions by phase, in plan order; phases without actions are left out. */
    Map<Phase, List<PlannedAction>> later() {
        Map<Phase, List<PlannedAction>> byPhase = new EnumMap<>(Phase.class);
        for (PlannedAction action : plan.actions()) {
            if (action.phase() != Phase.FIRST) {
                byPhase.computeIfAbsent(action.phase(), p -> new ArrayList<>()).add(action);
            }
        }
        return byPhase;
    }

    Timeline timeline() {
        return Timeline.of(plan);
    }

    /**
     * A field still to collect, as a person reads it: the catalogue's label, else the open question
     * that asks for it, else nothing more than its path.
     */
    String fieldName(String path) {
        return labels.field(path).map(this::in)
                .or(() -> plan.questions().stream().filter(q -> q.field().equals(path)).findFirst()
                        .map(Question::text).map(this::in))
                .orElse("");
    }
}
