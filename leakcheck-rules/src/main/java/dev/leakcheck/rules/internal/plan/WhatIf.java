package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.Question;
import dev.leakcheck.model.RegimeReport;
import dev.leakcheck.model.field.IncidentEditor;
import dev.leakcheck.model.field.IncidentField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks only what can change the plan (issue B11): for an open question whose row in the question sheet
 * says so (「計画を変える答えがあるときだけ聞く」, data), the plan is made again with each answer of the
 * field, and the question is kept only if some answer changes the plan's actions, their necessity,
 * provisional mark or deadline, or the report duty. A theft already settles Rule 7 No. 3: whether the
 * purpose was improper then changes nothing, and is not asked.
 *
 * <p>The cost is bounded: at most two more evaluations (yes and no) for each such question that is open,
 * none for the others, and never more than {@value #MAX_REPLANS} for one plan; the questions past that
 * budget are kept (asked), as they were before. An incident of thousands of unknown assets costs no more
 * than one of a few. Which fields may be marked is this class's: yes/no answers of an asset.
 */
public final class WhatIf {

    /**
     * The fields a question row may mark, {@code assets[]} standing for every asset: an asset's yes/no
     * fields, the incident's fields of several choices (the organisation's sectors), tried with none
     * and with every choice, and the incident's fields of one choice (the GDPR risk), tried with each.
     */
    public static final Set<String> SUPPORTED = Arrays.stream(IncidentField.values())
            .filter(field -> field.perAsset() ? field.kind() == IncidentField.Kind.YES_NO
                    : field.kind() == IncidentField.Kind.CHOICES || field.kind() == IncidentField.Kind.CHOICE)
            .map(IncidentField::template).collect(Collectors.toUnmodifiableSet());

    private static final List<Answer> ANSWERS = List.of(Answer.YES, Answer.NO);
    /** The most evaluations the what-if adds to one plan. */
    static final int MAX_REPLANS = 12;
    /** Past this many assets (the JSON reader's own limit) each evaluation is long: every open question is kept. */
    static final int MAX_ASSETS = 100;

    private WhatIf() {
    }

    /**
     * The plan with only the questions whose answer can change it.
     *
     * @param replan makes the plan of an incident with one more answer; only what {@link #changes} compares is
     *               read of it, so it may be a plan of decisions alone ({@link PlanAssembler.Detail#DECISIONS})
     */
    public static Plan relevant(Plan plan, Incident incident, Set<String> onlyIfDeciding, Function<Incident, Plan> replan) {
        if (onlyIfDeciding.isEmpty() || plan.questions().isEmpty() || incident.assets().size() > MAX_ASSETS) {
            return plan;
        }
        List<Question> kept = null;
        List<Question> questions = plan.questions();
        int budget = MAX_REPLANS;
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            boolean keep = true;
            Optional<IncidentField.Path> path = IncidentField.parse(question.field());
            if (path.isPresent() && budget >= answers(path.get().field()).size() && SUPPORTED.contains(path.get().field().template())
                    && onlyIfDeciding.contains(path.get().field().template())) {
                keep = false;
                for (Object answer : answers(path.get().field())) {
                    Incident alternative = with(incident, path.get(), answer);
                    if (alternative == null) {
                        keep = true;
                        break;
                    }
                    budget--;
                    if (changes(plan, replan.apply(alternative))) {
                        keep = true;
                        break;
                    }
                }
            }
            if (!keep && kept == null) {
                kept = new ArrayList<>(questions.subList(0, q));
            } else if (keep && kept != null) {
                kept.add(question);
            }
        }
        return kept == null ? plan : new Plan(plan.incidentId(), plan.type(), plan.awareDate(), plan.ppcReport(),
                plan.actions(), kept, plan.warnings(), plan.reports());
    }

    /** Whether the other plan differs in what a responder does or must report. */
    static boolean changes(Plan plan, Plan other) {
        List<PlannedAction> a = plan.actions();
        List<PlannedAction> b = other.actions();
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            PlannedAction x = a.get(i);
            PlannedAction y = b.get(i);
            if (!x.code().equals(y.code()) || x.necessity() != y.necessity() || x.provisional() != y.provisional()
                    || !x.deadline().equals(y.deadline())) {
                return true;
            }
        }
        PpcReport r = plan.ppcReport();
        PpcReport s = other.ppcReport();
        if (r.required() != s.required() || r.provisional() != s.provisional()
                || !r.triggers().equals(s.triggers()) || !r.possibleTriggers().equals(s.possibleTriggers())
                || !r.exemptions().equals(s.exemptions())) {
            return true;
        }
        // The other regimes' reports: whether each applies, is required, and on which cases.
        // A regime that applies but requires no report changes nothing a responder does.
        List<RegimeReport> p = plan.reports().stream().filter(x -> x.required()).toList();
        List<RegimeReport> o = other.reports().stream().filter(x -> x.required()).toList();
        if (p.size() != o.size()) {
            return true;
        }
        for (int i = 0; i < p.size(); i++) {
            RegimeReport x = p.get(i);
            RegimeReport y = o.get(i);
            if (!x.regime().equals(y.regime()) || x.required() != y.required() || x.provisional() != y.provisional()
                    || !x.triggers().equals(y.triggers()) || !x.possibleTriggers().equals(y.possibleTriggers())) {
                return true;
            }
        }
        return false;
    }

    /** The answers tried: yes and no; for several choices, none and all of them; for one choice, each. */
    private static List<?> answers(IncidentField field) {
        if (field.kind() == IncidentField.Kind.CHOICES) {
            return List.of(List.of(), List.of(field.choiceType().getEnumConstants()));
        }
        if (field.kind() == IncidentField.Kind.CHOICE) {
            return List.of(field.choiceType().getEnumConstants());
        }
        return ANSWERS;
    }

    /** The incident with one asset's yes/no field, or the incident's choices, answered; null for another field. */
    static Incident with(Incident incident, IncidentField.Path path, Object answer) {
        boolean choices = !path.field().perAsset() && (path.field().kind() == IncidentField.Kind.CHOICES
                || path.field().kind() == IncidentField.Kind.CHOICE);
        if (!choices && (path.asset() >= incident.assets().size() || path.field().kind() != IncidentField.Kind.YES_NO)) {
            return null;
        }
        return IncidentEditor.apply(incident, path, answer);
    }
}
