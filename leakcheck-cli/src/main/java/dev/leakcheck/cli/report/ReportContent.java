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

    /**
     * The reports of the other regimes that are, or may be, required (My Number, sector laws, GDPR, ...):
     * the APPI report of either kind is the plan's {@code ppcReport}, shown on its own.
     */
    List<dev.leakcheck.model.RegimeReport> otherReports() {
        return plan.reports().stream().filter(dev.leakcheck.model.RegimeReport::required)
                .filter(r -> !r.regime().equals("APPI_BUSINESS") && !r.regime().equals("APPI_PUBLIC_SECTOR")).toList();
    }

    /** A regime's report in a line: 「EU一般データ保護規則（GDPR）→ EU/EEAの監督機関（必要）」. */
    String reportLine(dev.leakcheck.model.RegimeReport report) {
        Text decision = Words.regimeDecision(report);
        return in(labels.value(report.regime())) + " → " + in(report.authority())
                + in(Text.of("（" + decision.ja() + "）", " (" + decision.en() + ")"));
    }

    /** The other reports in one line, or empty when there is none. */
    String otherReportsLine() {
        return String.join(in(Text.of("、", "; ")), otherReports().stream().map(this::reportLine).toList());
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
