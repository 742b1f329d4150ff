package dev.leakcheck.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The response plan for one incident: what to do, in checklist order, with deadlines and reasons,
 * and the questions still open. The same incident always gives the same plan.
 *
 * @param awareDate the date of awareness in Asia/Tokyo, from which the legal periods run
 * @param actions   ordered by phase, then catalogue order; each code at most once
 * @param questions the checklist's unanswered questions, in the order it asks them
 * @param warnings  what the plan could not vouch for (a deadline past the holiday table, …)
 * @param reports   one decision per regime that applies, or may apply, to the organisation, in the order
 *                  of the regimes sheet; APPI_BUSINESS's is the decision of {@code ppcReport}
 */
public record Plan(
        String incidentId,
        IncidentType type,
        Optional<LocalDate> awareDate,
        PpcReport ppcReport,
        List<PlannedAction> actions,
        List<Question> questions,
        List<Text> warnings,
        List<RegimeReport> reports) {

    /**
     * Checks that no component is null; the lists are copied.
     *
     * @param incidentId the {@code incidentId} component
     * @param type the {@code type} component
     * @param awareDate the {@code awareDate} component
     * @param ppcReport the {@code ppcReport} component
     * @param actions the {@code actions} component
     * @param questions the {@code questions} component
     * @param warnings the {@code warnings} component
     * @param reports the {@code reports} component
     * @throws NullPointerException if a component is null
     */
    public Plan {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(awareDate, "awareDate");
        Objects.requireNonNull(ppcReport, "ppcReport");
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
        reports = List.copyOf(reports);
    }

    /**
     * A plan without reports of other regimes.
     *
     * @param incidentId the {@code incidentId} component
     * @param type the {@code type} component
     * @param awareDate the {@code awareDate} component
     * @param ppcReport the {@code ppcReport} component
     * @param actions the {@code actions} component
     * @param questions the {@code questions} component
     * @param warnings the {@code warnings} component
     */
    public Plan(String incidentId, IncidentType type, Optional<LocalDate> awareDate, PpcReport ppcReport,
            List<PlannedAction> actions, List<Question> questions, List<Text> warnings) {
        this(incidentId, type, awareDate, ppcReport, actions, questions, warnings, List.of());
    }

    /**
     * The decision on the report of this regime, if it applies or may apply.
     *
     * @param regime the regime's code, e.g. APPI_BUSINESS
     * @return its report, if the plan has one
     */
    public Optional<RegimeReport> report(String regime) {
        return reports.stream().filter(r -> r.regime().equals(regime)).findFirst();
    }

    /**
     * The planned action with this code, if the plan has it.
     *
     * @param code an action code
     * @return the action, if the plan has it
     */
    public Optional<PlannedAction> action(String code) {
        return actions.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * The codes of the planned actions, in plan order.
     *
     * @return the codes of the plan's actions, in plan order
     */
    public List<String> actionCodes() {
        return actions.stream().map(PlannedAction::code).toList();
    }
}
