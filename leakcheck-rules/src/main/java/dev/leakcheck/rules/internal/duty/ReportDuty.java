package dev.leakcheck.rules.internal.duty;

import dev.leakcheck.rules.internal.plan.UnknownFields;
import dev.leakcheck.rules.internal.workbook.Catalogue;
import dev.leakcheck.rules.internal.facts.Fact;
import dev.leakcheck.rules.internal.facts.AnswerWithFields;
import dev.leakcheck.model.Answer;
import dev.leakcheck.model.PpcExemption;
import dev.leakcheck.model.PpcReport;
import dev.leakcheck.model.PpcTrigger;
import dev.leakcheck.model.ReportItem;
import dev.leakcheck.model.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The report duty of APPI Art. 26(1): required when any case of Rule 7 holds, provisional when the
 * cases only may hold. The cases themselves are decided by the report-duty table; this class only
 * combines the rows that fired, and hands the decision back to the tables as facts
 * ({@code ppc.required}, {@code ppc.MALICIOUS_INTENT}, …) for the actions and deadlines that
 * depend on it.
 */
public final class ReportDuty {

    private final Map<PpcTrigger, AnswerWithFields> cases;
    private final AnswerWithFields required;
    private final List<TriggerFinding> findings;
    private final List<PpcExemption> exemptions;

    private ReportDuty(Map<PpcTrigger, AnswerWithFields> cases, AnswerWithFields required, List<TriggerFinding> findings,
            List<PpcExemption> exemptions) {
        this.cases = cases;
        this.required = required;
        this.findings = findings;
        this.exemptions = exemptions;
    }

    public static ReportDuty decide(List<TriggerFinding> findings, List<PpcExemption> exemptions) {
        Map<PpcTrigger, AnswerWithFields> cases = new EnumMap<>(PpcTrigger.class);
        for (PpcTrigger trigger : PpcTrigger.values()) {
            List<AnswerWithFields> rows = new ArrayList<>();
            for (TriggerFinding finding : findings) {
                if (finding.code().equals(trigger.name())) {
                    rows.add(finding.match().provisional() ? AnswerWithFields.unknown(finding.match().unknownFields()) : AnswerWithFields.YES);
                }
            }
            cases.put(trigger, rows.isEmpty() ? AnswerWithFields.NO : AnswerWithFields.any(rows, row -> row, List.of()));
        }
        AnswerWithFields required = AnswerWithFields.any(List.copyOf(cases.values()), t -> t, List.of());
        return new ReportDuty(cases, required, findings, exemptions);
    }

    /** {@code YES} when the report is required for sure, {@code PROVISIONAL} while it may be, {@code NO} otherwise. */
    public String required() {
        return switch (required.answer()) {
            case YES -> "YES";
            case NO -> "NO";
            case UNKNOWN -> "PROVISIONAL";
        };
    }

    /** The decision as facts for the second pass of the rules. */
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        facts.add(required.toFact("ppc.required"));
        cases.forEach((trigger, tri) -> facts.add(tri.toFact("ppc." + trigger.name())));
        return facts;
    }

    /**
     * The decision; {@code draft} is made and attached only when a report is, or may be, required.
     * The cases that hold are the {@code triggers}, those that rest on an unknown answer the
     * {@code possibleTriggers}: a person ticking the PPC form's boxes ticks exactly the first.
     */
    public PpcReport report(Catalogue catalogue, Supplier<List<ReportItem>> draft) {
        List<PpcTrigger> triggers = new ArrayList<>(cases.size());
        List<PpcTrigger> possible = new ArrayList<>(cases.size());
        cases.forEach((trigger, tri) -> {
            if (tri.answer() == Answer.YES) {
                triggers.add(trigger);
            } else if (tri.answer() == Answer.UNKNOWN) {
                possible.add(trigger);
            }
        });
        return new PpcReport(required.answer() != Answer.NO, required.answer() == Answer.UNKNOWN, triggers, possible,
                exemptions, because(catalogue), required.answer() == Answer.NO ? List.of() : draft.get());
    }

    /**
     * The reasons of the table rows that fired: those of the cases that hold (their sure rows), then
     * those of the cases that may hold, marked as resting on an unknown answer.
     */
    private List<Text> because(Catalogue catalogue) {
        List<Text> because = new ArrayList<>();
        List<PpcTrigger> order = new ArrayList<>(cases.size());
        for (PpcTrigger trigger : PpcTrigger.values()) {
            if (cases.get(trigger).answer() == Answer.YES) {
                order.add(trigger);
            }
        }
        for (PpcTrigger trigger : PpcTrigger.values()) {
            if (cases.get(trigger).answer() == Answer.UNKNOWN) {
                order.add(trigger);
            }
        }
        for (PpcTrigger trigger : order) {
            boolean sure = cases.get(trigger).answer() == Answer.YES;
            // Each reason once per case; a reason shared by two cases is given under both.
            List<Text> reasons = new ArrayList<>();
            for (TriggerFinding finding : findings) {
                if (finding.code().equals(trigger.name()) && finding.match().provisional() != sure) {
                    Text unsure = sure ? null : UnknownFields.unknown(catalogue, finding.match().unknownFields());
                    Text reason = sure ? finding.reason() : Text.of(finding.reason().ja() + "（" + unsure.ja() + "）",
                            finding.reason().en() + " (" + unsure.en() + ")");
                    if (!reasons.contains(reason)) {
                        reasons.add(reason);
                    }
                }
            }
            because.addAll(reasons);
        }
        exemptions.forEach(e -> because.add(catalogue.valueLabel(e.name())));
        return because;
    }
}
