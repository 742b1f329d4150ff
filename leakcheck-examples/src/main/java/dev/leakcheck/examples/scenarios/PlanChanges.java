package dev.leakcheck.examples.scenarios;

import dev.leakcheck.model.Deadline;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an edit of the rules changes in one plan: actions that appear or disappear, and for the
 * others their necessity, provisional flag and dates; and the report decision.
 */
public final class PlanChanges {

    /**
     * One change.
     *
     * @param subject an action code, or {@code ppcReport}
     */
    public record Change(String subject, String before, String after) {
    }

    private PlanChanges() {
    }

    public static List<Change> between(Plan before, Plan after) {
        List<Change> changes = new ArrayList<>();
        String reportBefore = report(before);
        String reportAfter = report(after);
        if (!reportBefore.equals(reportAfter)) {
            changes.add(new Change("ppcReport", reportBefore, reportAfter));
        }
        Set<String> codes = new LinkedHashSet<>(before.actionCodes());
        codes.addAll(after.actionCodes());
        for (String code : codes) {
            String was = before.action(code).map(PlanChanges::describe).orElse("—");
            String is = after.action(code).map(PlanChanges::describe).orElse("—");
            if (!was.equals(is)) {
                changes.add(new Change(code, was, is));
            }
        }
        return changes;
    }

    private static String report(Plan plan) {
        var report = plan.ppcReport();
        return (report.required() ? (report.provisional() ? "REQUIRED?" : "REQUIRED") : "NOT_REQUIRED")
                + " " + report.triggers();
    }

    private static String describe(PlannedAction action) {
        return action.necessity() + (action.provisional() ? " provisional" : "")
                + action.deadline().map(PlanChanges::dates).orElse("");
    }

    private static String dates(Deadline deadline) {
        return " " + deadline.target() + "/" + deadline.due();
    }

    static Optional<Change> find(List<Change> changes, String subject) {
        return changes.stream().filter(c -> c.subject().equals(subject)).findFirst();
    }
}
