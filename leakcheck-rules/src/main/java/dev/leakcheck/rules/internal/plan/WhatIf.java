package dev.leakcheck.rules.internal.plan;

import dev.leakcheck.model.Answer;
import dev.leakcheck.model.Incident;
import dev.leakcheck.model.InformationAsset;
import dev.leakcheck.model.PersonalData;
import dev.leakcheck.model.Plan;
import dev.leakcheck.model.PlannedAction;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The fields a question row may mark, {@code assets[]} standing for every asset. */
    public static final Set<String> SUPPORTED = Set.of("assets[].personal.sensitive", "assets[].personal.financialDamageRisk",
            "assets[].personal.maliciousIntent", "assets[].financial", "assets[].publicInfrastructure",
            "assets[].businessPartner", "assets[].confidential", "assets[].recoveredUnseen",
            "assets[].restorableCopy", "assets[].protection.keyCompromised");

    private static final Pattern ASSET = Pattern.compile("assets\\[(\\d+)]\\.(.+)");
    private static final List<Answer> ANSWERS = List.of(Answer.YES, Answer.NO);
    /** The most evaluations the what-if adds to one plan. */
    static final int MAX_REPLANS = 12;
    /** Past this many assets (the JSON reader's own limit) each evaluation is long: every open question is kept. */
    static final int MAX_ASSETS = 100;

    private WhatIf() {
    }

    /** The plan with only the questions whose answer can change it. */
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
            Matcher asset = ASSET.matcher(question.field());
            if (budget >= ANSWERS.size() && asset.matches() && onlyIfDeciding.contains("assets[]." + asset.group(2))) {
                keep = false;
                int index = Integer.parseInt(asset.group(1));
                for (Answer answer : ANSWERS) {
                    Incident alternative = with(incident, index, asset.group(2), answer);
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
                plan.actions(), kept, plan.warnings());
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
        return r.required() != s.required() || r.provisional() != s.provisional()
                || !r.triggers().equals(s.triggers()) || !r.possibleTriggers().equals(s.possibleTriggers())
                || !r.exemptions().equals(s.exemptions());
    }

    /** The incident with one asset's yes/no field answered; null for a field this class cannot set. */
    static Incident with(Incident incident, int index, String field, Answer answer) {
        if (index >= incident.assets().size()) {
            return null;
        }
        InformationAsset a = incident.assets().get(index);
        PersonalData p = a.personal();
        var protection = a.protection();
        InformationAsset changed = switch (field) {
            case "personal.sensitive" -> asset(a, new PersonalData(p.included(), p.persons(), answer,
                    p.financialDamageRisk(), p.maliciousIntent()), a.financial(), a.publicInfrastructure(),
                    a.businessPartner(), a.confidential(), protection, a.recoveredUnseen(), a.restorableCopy());
            case "personal.financialDamageRisk" -> asset(a, new PersonalData(p.included(), p.persons(),
                    p.sensitive(), answer, p.maliciousIntent()), a.financial(), a.publicInfrastructure(),
                    a.businessPartner(), a.confidential(), protection, a.recoveredUnseen(), a.restorableCopy());
            case "personal.maliciousIntent" -> asset(a, new PersonalData(p.included(), p.persons(), p.sensitive(),
                    p.financialDamageRisk(), answer), a.financial(), a.publicInfrastructure(), a.businessPartner(),
                    a.confidential(), protection, a.recoveredUnseen(), a.restorableCopy());
            case "financial" -> asset(a, p, answer, a.publicInfrastructure(), a.businessPartner(), a.confidential(),
                    protection, a.recoveredUnseen(), a.restorableCopy());
            case "publicInfrastructure" -> asset(a, p, a.financial(), answer, a.businessPartner(), a.confidential(),
                    protection, a.recoveredUnseen(), a.restorableCopy());
            case "businessPartner" -> asset(a, p, a.financial(), a.publicInfrastructure(), answer, a.confidential(),
                    protection, a.recoveredUnseen(), a.restorableCopy());
            case "confidential" -> asset(a, p, a.financial(), a.publicInfrastructure(), a.businessPartner(), answer,
                    protection, a.recoveredUnseen(), a.restorableCopy());
            case "recoveredUnseen" -> asset(a, p, a.financial(), a.publicInfrastructure(), a.businessPartner(),
                    a.confidential(), protection, answer, a.restorableCopy());
            case "restorableCopy" -> asset(a, p, a.financial(), a.publicInfrastructure(), a.businessPartner(),
                    a.confidential(), protection, a.recoveredUnseen(), answer);
            case "protection.keyCompromised" -> asset(a, p, a.financial(), a.publicInfrastructure(),
                    a.businessPartner(), a.confidential(), new dev.leakcheck.model.Protection(protection.level(),
                            answer, protection.lockedStorage(), protection.openAccess()),
                    a.recoveredUnseen(), a.restorableCopy());
            default -> null;
        };
        if (changed == null) {
            return null;
        }
        List<InformationAsset> assets = new ArrayList<>(incident.assets());
        assets.set(index, changed);
        return new Incident(incident.id(), incident.type(), incident.channel(), incident.occurredAt(),
                incident.cause(), incident.socialImpactHigh(), incident.discovery(), assets, incident.lost(),
                incident.attack(), incident.insider());
    }

    private static InformationAsset asset(InformationAsset a, PersonalData personal, Answer financial,
            Answer publicInfrastructure, Answer businessPartner, Answer confidential,
            dev.leakcheck.model.Protection protection, Answer recoveredUnseen, Answer restorableCopy) {
        return new InformationAsset(a.description(), a.owner(), personal, financial, publicInfrastructure,
                businessPartner, confidential, a.forms(), protection, recoveredUnseen, restorableCopy,
                a.financialKinds());
    }
}
